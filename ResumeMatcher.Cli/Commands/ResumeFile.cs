using ResumeMatcher.Core.Resumes;

namespace ResumeMatcher.Cli.Commands;

/// <summary>Reads a resume file from disk into text the way the Worker reads an upload.</summary>
internal static class ResumeFile
{
    public static async Task<string> ReadTextAsync(FileInfo file, ResumeTextReader reader, CancellationToken cancellationToken)
    {
        var content = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
        return ResumeInspection.Inspect(content) switch
        {
            ResumeInspection.Accepted accepted => reader.Read(content, accepted.Format),
            ResumeInspection.Unreadable unreadable => throw new ResumeUnreadableException(unreadable.Reason),
            _ => throw new ResumeUnreadableException("The file is not a PDF, a Word document (DOCX) or UTF-8/UTF-16 text."),
        };
    }
}
