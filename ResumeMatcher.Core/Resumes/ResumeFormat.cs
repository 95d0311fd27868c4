namespace ResumeMatcher.Core.Resumes;

/// <summary>The kinds of resume file ResumeMatcher reads, decided from the bytes of the file.</summary>
public enum ResumeFormat
{
    Pdf,
    Text,
    Docx,
}
