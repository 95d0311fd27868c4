using System.ComponentModel.DataAnnotations;

namespace ResumeMatcher.Core.Resumes;

public sealed class ResumeReadingOptions
{
    public const string SectionName = "ResumeReading";

    /// <summary>Longer documents are refused: a resume is a few pages, not a book.</summary>
    [Range(1, 500)]
    public int MaxPages { get; set; } = 30;

    /// <summary>The most characters of text kept from one resume.</summary>
    [Range(1_000, 10_000_000)]
    public int MaxCharacters { get; set; } = 200_000;
}
