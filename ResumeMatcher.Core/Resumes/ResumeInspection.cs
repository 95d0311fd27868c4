namespace ResumeMatcher.Core.Resumes;

/// <summary>What an upload is found to be at the door, before it is queued.</summary>
public abstract record ResumeInspection
{
    private ResumeInspection()
    {
    }

    public sealed record Accepted(ResumeFormat Format) : ResumeInspection;

    /// <summary>Neither a PDF nor UTF-8 (or BOM-marked Unicode) text.</summary>
    public sealed record UnsupportedType : ResumeInspection;

    /// <summary>Of a supported type, but it cannot be read (empty, encrypted, corrupt).</summary>
    public sealed record Unreadable(string Reason) : ResumeInspection;

    /// <summary>Checks the cheap things a user should hear about at once: emptiness, type, whether a PDF opens.</summary>
    public static ResumeInspection Inspect(byte[] content)
    {
        if (content.Length == 0 || content.AsSpan().IndexOfAnyExcept(" \n\r\t"u8) < 0)
        {
            return new Unreadable("The file is empty.");
        }

        var format = ResumeFormatDetector.Detect(content);
        if (format is null)
        {
            return new UnsupportedType();
        }

        if (format == ResumeFormat.Pdf)
        {
            try
            {
                PdfTextExtractor.CountPages(content);
            }
            catch (ResumeUnreadableException ex)
            {
                return new Unreadable(ex.Message);
            }
        }

        return new Accepted(format.Value);
    }
}
