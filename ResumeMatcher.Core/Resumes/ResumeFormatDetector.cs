using System.Text;

namespace ResumeMatcher.Core.Resumes;

/// <summary>Decides what a file is by its bytes, never by its declared name or content type alone.</summary>
public static class ResumeFormatDetector
{
    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();

    /// <summary>PDF readers accept the signature anywhere in the first kilobyte (ISO 32000-1, annex H).</summary>
    private const int PdfSignatureWindow = 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Returns the format of <paramref name="content"/>, or null when it is not a PDF, a Word document (DOCX) or text.</summary>
    public static ResumeFormat? Detect(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty)
        {
            return null;
        }

        var head = content[..Math.Min(content.Length, PdfSignatureWindow)];
        if (head.IndexOf(PdfSignature) >= 0)
        {
            return ResumeFormat.Pdf;
        }

        if (DocxTextExtractor.IsDocx(content))
        {
            return ResumeFormat.Docx;
        }

        return IsText(content) ? ResumeFormat.Text : null;
    }

    private static bool IsText(ReadOnlySpan<byte> content)
    {
        if (TextDecoding.HasUnicodeByteOrderMark(content) || TextDecoding.DetectUtf16WithoutBom(content) is not null)
        {
            return true;
        }

        try
        {
            var text = StrictUtf8.GetString(content);
            return !ContainsBinaryControlCharacters(text);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool ContainsBinaryControlCharacters(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                return true;
            }
        }

        return false;
    }
}
