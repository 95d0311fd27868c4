namespace ResumeMatcher.Api.Uploads;

/// <summary>An uploaded resume, read into memory, with the raw form fields that came with it.</summary>
public sealed record ResumeUpload(byte[] Content, string? FileName, string? Limit, string? MinScore, string? Location = null, string? Remote = null);
