using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResumeMatcher.Core.Resumes;

/// <summary>
/// Reads a Word document (DOCX) in memory with the Open XML SDK: headers first (where contact lines often sit), then
/// the body's paragraphs and table cells in document order, one line per paragraph, list items marked "- ".
/// </summary>
public static class DocxTextExtractor
{
    private const string DocumentPart = "word/document.xml";

    /// <summary>Whether the bytes are a ZIP package holding a Word main document part.</summary>
    public static bool IsDocx(ReadOnlySpan<byte> content)
    {
        if (!content.StartsWith("PK\u0003\u0004"u8))
        {
            return false;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(content.ToArray(), writable: false), ZipArchiveMode.Read);
            return zip.GetEntry(DocumentPart) is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    public static string Extract(byte[] content, ResumeReadingOptions options)
    {
        var text = new StringBuilder();
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(content, writable: false), isEditable: false);
            var main = document.MainDocumentPart ?? throw new ResumeUnreadableException("The Word document has no main part: the file is damaged.");
            foreach (var header in main.HeaderParts)
            {
                AppendParagraphs(header.Header, text, options);
            }

            AppendParagraphs(main.Document?.Body, text, options);
        }
        catch (ResumeUnreadableException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new ResumeUnreadableException("The Word document could not be opened: the file is corrupt or truncated.", ex);
        }

        var result = text.ToString().Trim();
        if (result.Length == 0)
        {
            throw new ResumeUnreadableException("The Word document holds no text (it may contain only images). Send a document with text, or a PDF.");
        }

        return result;
    }

    private static void AppendParagraphs(OpenXmlElement? root, StringBuilder text, ResumeReadingOptions options)
    {
        if (root is null)
        {
            return;
        }

        foreach (var paragraph in root.Descendants<Paragraph>())
        {
            if (paragraph.ParagraphProperties?.NumberingProperties is not null)
            {
                text.Append("- ");
            }

            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case Text t:
                        text.Append(t.Text);
                        break;
                    case TabChar:
                        text.Append(' ');
                        break;
                    case Break or CarriageReturn:
                        text.Append('\n');
                        break;
                }
            }

            text.Append('\n');
            if (text.Length > options.MaxCharacters)
            {
                throw new ResumeUnreadableException(
                    $"The Word document holds more than {options.MaxCharacters:N0} characters of text, more than a resume has.");
            }
        }
    }
}
