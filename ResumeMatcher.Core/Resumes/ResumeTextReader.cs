using Microsoft.Extensions.Options;

namespace ResumeMatcher.Core.Resumes;

/// <summary>Turns the bytes of a resume into its text, in memory.</summary>
public sealed class ResumeTextReader(IOptions<ResumeReadingOptions> options)
{
    public string Read(byte[] content, ResumeFormat format)
    {
        if (content.Length == 0)
        {
            throw new ResumeUnreadableException("The file is empty.");
        }

        var text = format switch
        {
            ResumeFormat.Pdf => PdfTextExtractor.Extract(content, options.Value),
            ResumeFormat.Docx => DocxTextExtractor.Extract(content, options.Value),
            ResumeFormat.Text => ReadText(content),
            _ => throw new ResumeUnreadableException($"Files of type {format} are not read."),
        };

        return text;
    }

    private string ReadText(byte[] content)
    {
        var text = TextDecoding.Decode(content).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (text.Length == 0)
        {
            throw new ResumeUnreadableException("The text file holds only white space.");
        }

        if (text.Length > options.Value.MaxCharacters)
        {
            throw new ResumeUnreadableException(
                $"The text holds more than {options.Value.MaxCharacters:N0} characters, more than a resume has.");
        }

        return text;
    }
}
