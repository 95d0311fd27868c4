using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ResumeMatcher.Core.Listings;

/// <summary>
/// Turns a board's description (HTML, HTML-escaped HTML, or text) into clean text: tags stripped, entities decoded,
/// block elements on their own lines, whitespace normalised, and UTF-8 read as Latin-1 ("â€™") repaired.
/// </summary>
public static partial class ListingText
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
        "article", "header", "footer", "blockquote", "pre", "hr", "dd", "dt", "dl",
    };

    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template" };

    [GeneratedRegex(@"[ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"[\u00c2-\u00f4][\u0080-\u00bf]{1,3}")]
    private static partial Regex Mojibake();

    [GeneratedRegex(@"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*[\s/>]")]
    private static partial Regex Tag();

    /// <summary>Clean text from <paramref name="html"/>; null and blank give "".</summary>
    public static string Clean(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var source = html;
        if (!Tag().IsMatch(source) && source.Contains("&lt;", StringComparison.Ordinal))
        {
            // Greenhouse sends HTML escaped once more: decode it to HTML first.
            source = WebUtility.HtmlDecode(source);
        }

        var text = new StringBuilder(source.Length);
        if (Tag().IsMatch(source))
        {
            var document = Parser.ParseDocument($"<body>{source}</body>");
            Append(document.Body!, text);
        }
        else
        {
            text.Append(WebUtility.HtmlDecode(source));
        }

        return Normalise(RepairMojibake(text.ToString()));
    }

    /// <summary>Collapses runs of spaces, trims each line and keeps at most one blank line between paragraphs.</summary>
    public static string Normalise(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select(line => Spaces().Replace(line, " ").Trim());
        return BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim();
    }

    /// <summary>One line of text (titles, companies, locations): whitespace collapsed, entities decoded.</summary>
    public static string Line(string? value) =>
        string.IsNullOrWhiteSpace(value) ? "" : Spaces().Replace(RepairMojibake(WebUtility.HtmlDecode(value)).Replace('\n', ' ').Replace('\r', ' '), " ").Trim();

    private static string RepairMojibake(string text) => Mojibake().Replace(text, match =>
    {
        try
        {
            var bytes = Encoding.Latin1.GetBytes(match.Value);
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return match.Value;
        }
    });

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data.Replace('\n', ' '));
                    break;
                case IElement e when SkippedElements.Contains(e.LocalName):
                    break;
                case IElement e:
                    var block = BlockElements.Contains(e.LocalName);
                    if (block)
                    {
                        text.Append('\n');
                    }

                    if (e.LocalName.Equals("li", StringComparison.OrdinalIgnoreCase))
                    {
                        text.Append("- ");
                    }

                    Append(e, text);
                    if (block)
                    {
                        text.Append('\n');
                    }

                    break;
            }
        }
    }
}
