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

    /// <summary>The uploaded bytes, until the retention job drops them once the resume has been processed.</summary>
    public byte[]? Content { get; set; }

    /// <summary>When the retention job dropped <see cref="Content"/> (the text and profile stay).</summary>
    public DateTimeOffset? ContentDroppedAt { get; set; }

    public string? Text { get; set; }

    public List<string> Titles { get; set; } = [];

    /// <summary>Total years of experience from the resume's date ranges (overlaps merged), when it has any.</summary>
    public double? YearsOfExperience { get; set; }

    /// <summary>The highest degree the resume names ("Bachelor", "Master", "Doctorate", ...).</summary>
    public string? HighestDegree { get; set; }

    /// <summary>Contact e-mail addresses and links found in the resume: personal data, never logged.</summary>
    public List<string> Contacts { get; set; } = [];

    public List<ResumeSkill> Skills { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
}
