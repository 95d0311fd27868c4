namespace ResumeMatcher.Core.Resumes;

/// <summary>What an upload is found to be at the door, before it is queued.</summary>
public abstract record ResumeInspection
{
    private ResumeInspection()
    {
    }

    /// <summary>Legacy .doc files and encrypted Office documents are OLE compound files.</summary>
    private static ReadOnlySpan<byte> OleCompoundFileSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public sealed record Accepted(ResumeFormat Format) : ResumeInspection;

    /// <summary>Not a PDF, a Word document (DOCX) or UTF-8/UTF-16 text.</summary>
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

        if (content.AsSpan().StartsWith(OleCompoundFileSignature))
        {
            return new Unreadable(
                "The file is a legacy Word .doc or a password-protected Office document. Save it as DOCX without a password, or as PDF.");
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
