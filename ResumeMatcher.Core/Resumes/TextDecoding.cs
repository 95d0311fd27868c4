using System.Text;

namespace ResumeMatcher.Core.Resumes;

/// <summary>Decodes text files: UTF-8 and UTF-16 with or without a byte order mark, and UTF-32 with one.</summary>
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

        if (DetectUtf16WithoutBom(content) is { } utf16)
        {
            return utf16.GetString(content);
        }

        return Encoding.UTF8.GetString(content);
    }

    /// <summary>
    /// UTF-16 text without a byte order mark: mostly Latin text has a zero byte in every other position
    /// (odd positions for little-endian, even for big-endian). Returns null for anything else.
    /// </summary>
    public static Encoding? DetectUtf16WithoutBom(ReadOnlySpan<byte> content)
    {
        if (content.Length < 4 || content.Length % 2 != 0)
        {
            return null;
        }

        var sample = content[..Math.Min(content.Length, 4096)];
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                if (i % 2 == 0)
                {
                    evenZeros++;
                }
                else
                {
                    oddZeros++;
                }
            }
        }

        var half = sample.Length / 2;
        if (oddZeros > half * 0.6 && evenZeros < half * 0.05)
        {
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false);
        }

        if (evenZeros > half * 0.6 && oddZeros < half * 0.05)
        {
            return new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false);
        }

        return null;
    }
}
