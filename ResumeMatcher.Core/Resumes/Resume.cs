using ResumeMatcher.Core.Skills;

namespace ResumeMatcher.Core.Resumes;

/// <summary>An uploaded resume: its bytes (kept in the database, never on disk), its text and what was found in it.</summary>
public sealed class Resume
{
    public Guid Id { get; set; }

    /// <summary>SHA-256 of the file, hex.</summary>
    public required string ContentHash { get; set; }

    public ResumeFormat Format { get; set; }

    public string? FileName { get; set; }

    public long SizeBytes { get; set; }

    public byte[]? Content { get; set; }

    public string? Text { get; set; }

    public List<string> Titles { get; set; } = [];

    public List<ResumeSkill> Skills { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
}
