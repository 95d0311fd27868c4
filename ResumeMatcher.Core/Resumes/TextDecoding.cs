using System.Text;

namespace ResumeMatcher.Core.Resumes;

/// <summary>Decodes text files: UTF-8 with or without a byte order mark, and UTF-16/UTF-32 with one.</summary>
public static class TextDecoding
{
    public static bool HasUnicodeByteOrderMark(ReadOnlySpan<byte> content) =>
        content.StartsWith(Encoding.UTF8.Preamble)
        || content.StartsWith(Encoding.Unicode.Preamble)
        || content.StartsWith(Encoding.BigEndianUnicode.Preamble);

    public static string Decode(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(Encoding.UTF32.Preamble))
        {
            return Encoding.UTF32.GetString(content[Encoding.UTF32.Preamble.Length..]);
        }

        if (content.StartsWith(Encoding.UTF8.Preamble))
        {
            return Encoding.UTF8.GetString(content[Encoding.UTF8.Preamble.Length..]);
        }

        if (content.StartsWith(Encoding.Unicode.Preamble))
        {
            return Encoding.Unicode.GetString(content[Encoding.Unicode.Preamble.Length..]);
        }

        if (content.StartsWith(Encoding.BigEndianUnicode.Preamble))
        {
            return Encoding.BigEndianUnicode.GetString(content[Encoding.BigEndianUnicode.Preamble.Length..]);
        }

        return Encoding.UTF8.GetString(content);
    }
}
