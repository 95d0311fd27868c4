using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Util;

namespace ResumeMatcher.Core.Resumes;

/// <summary>
/// Reads a PDF's text layer in memory with PdfPig: words, grouped into lines (and, on multi-column pages, blocks)
/// in reading order, so two-column layouts do not interleave their columns (see <see cref="PageLayout"/>).
/// </summary>
public static class PdfTextExtractor
{
    /// <summary>Opens the PDF only to check that it can be read; throws <see cref="ResumeUnreadableException"/> otherwise.</summary>
    public static int CountPages(byte[] content)
    {
        using var document = Open(content);
        return document.NumberOfPages;
    }

    public static string Extract(byte[] content, ResumeReadingOptions options)
    {
        using var document = Open(content);
        if (document.NumberOfPages > options.MaxPages)
        {
            throw new ResumeUnreadableException(
                $"The PDF has {document.NumberOfPages} pages; at most {options.MaxPages} are read. Send a shorter resume.");
        }

        var text = new StringBuilder();
        try
        {
            foreach (var page in document.GetPages())
            {
                AppendPage(page, text);
                if (text.Length > options.MaxCharacters)
                {
                    throw new ResumeUnreadableException(
                        $"The PDF holds more than {options.MaxCharacters:N0} characters of text, more than a resume has.");
                }
            }
        }
        catch (Exception ex) when (ex is not ResumeUnreadableException and not OutOfMemoryException)
        {
            throw new ResumeUnreadableException("The PDF is damaged: its pages could not be read.", ex);
        }

        var result = text.ToString().Trim();
        if (result.Length == 0)
        {
            throw new ResumeUnreadableException(
                "The PDF has no text layer (it may be a scanned image). Send a PDF exported from a word processor, or a text file.");
        }

        return result;
    }

    private static PdfDocument Open(byte[] content)
    {
        try
        {
            return PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new ResumeUnreadableException("The PDF is encrypted with a password. Send an unprotected copy.", ex);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new ResumeUnreadableException("The PDF could not be opened: the file is corrupt or truncated.", ex);
        }
    }

    /// <summary>
    /// PdfPig's default word extractor (letters in content order, split at spaces and gaps) rather than the nearest
    /// neighbour one: about seven times cheaper, and right where nearest neighbour is wrong. On LaTeX resumes that
    /// draw no space glyphs it keeps words apart ("Data Engineer"), where nearest neighbour joined whole lines
    /// ("DATAENGINEER"); on every other resume in ../shared/data both give the same words.
    /// </summary>
    private static void AppendPage(Page page, StringBuilder text) =>
        PageLayout.AppendText(page.GetWords(DefaultWordExtractor.Instance).ToList(), text);

    /// <summary>The text of one page in reading order (for benchmarks and diagnostics).</summary>
    public static string ExtractPage(Page page)
    {
        var text = new StringBuilder();
        AppendPage(page, text);
        return text.ToString();
    }
}
