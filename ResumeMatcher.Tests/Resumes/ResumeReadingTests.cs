using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Options;
using ResumeMatcher.Core.Resumes;
using ResumeMatcher.Core.Skills;
using ResumeMatcher.Tests.Fixtures;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ResumeMatcher.Tests.Resumes;

public sealed class ResumeReadingTests
{
    private static ResumeTextReader Reader(int maxPages = 30) =>
        new(Options.Create(new ResumeReadingOptions { MaxPages = maxPages }));

    [Fact]
    public void Encrypted_pdf_fails_at_the_door_with_reason()
    {
        var inspection = ResumeInspection.Inspect(TestDocuments.PasswordProtectedPdf());

        var unreadable = Assert.IsType<ResumeInspection.Unreadable>(inspection);
        Assert.Contains("encrypted", unreadable.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Scanned_pdf_without_text_layer_fails_with_reason()
    {
        var ex = Assert.Throws<ResumeUnreadableException>(() => Reader().Read(TestDocuments.PdfWithoutText(), ResumeFormat.Pdf));

        Assert.Contains("no text layer", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_pdf_fails_with_reason()
    {
        var pdf = TestDocuments.Truncated(TestDocuments.PdfWithText("Skills", "C#, PostgreSQL, Redis"), 0.4);

        var reason = ResumeInspection.Inspect(pdf) is ResumeInspection.Unreadable unreadable
            ? unreadable.Reason
            : Assert.Throws<ResumeUnreadableException>(() => Reader().Read(pdf, ResumeFormat.Pdf)).Message;

        Assert.Matches("corrupt|damaged|no text layer", reason);
    }

    [Fact]
    public void Pdf_over_the_page_limit_fails_with_reason()
    {
        var ex = Assert.Throws<ResumeUnreadableException>(() => Reader(maxPages: 2).Read(PdfWithPages(3), ResumeFormat.Pdf));

        Assert.Contains("3 pages", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_column_pdf_is_read_column_by_column()
    {
        var left = Enumerable.Range(1, 12).Select(i => $"Experience line {i} with Kubernetes").ToArray();
        var right = Enumerable.Range(1, 12).Select(i => $"Sidebar {i} Python").ToArray();
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var i = 0; i < left.Length; i++)
        {
            page.AddText(left[i], 10, new PdfPoint(40, 800 - (i * 14)), font);
            page.AddText(right[i], 10, new PdfPoint(400, 800 - (i * 14)), font);
        }

        var text = Reader().Read(builder.Build(), ResumeFormat.Pdf);

        Assert.Contains(string.Join('\n', left), text, StringComparison.Ordinal);
        Assert.Contains(string.Join('\n', right), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_aligned_right_beside_roles_stay_on_the_role_line()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(612, 792);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        string[] months = ["Jan", "Sept", "May", "Nov"];
        var y = 740.0;
        for (var i = 1; i <= 4; i++)
        {
            page.AddText($"Backend Engineer, Example Corp {i}", 10, new PdfPoint(50, y), font);
            var dates = $"{months[i - 1]} 201{i} – Present";
            var width = page.MeasureText(dates, 10, new PdfPoint(0, 0), font)[^1].EndBaseLine.X;
            page.AddText(dates, 10, new PdfPoint(560 - width, y), font);
            page.AddText($"• Built payment services {i} in Go and PostgreSQL", 10, new PdfPoint(60, y - 14), font);
            page.AddText($"• Ran the on-call rotation for team {i}", 10, new PdfPoint(60, y - 28), font);
            y -= 50;
        }

        var text = Reader().Read(builder.Build(), ResumeFormat.Pdf);

        for (var i = 1; i <= 4; i++)
        {
            Assert.Contains(
                $"Backend Engineer, Example Corp {i} {months[i - 1]} 201{i} – Present\n• Built payment services {i} in Go and PostgreSQL\n",
                text,
                StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Words_set_without_space_glyphs_stay_apart()
    {
        // LaTeX places words by position and draws no space glyph; tight lines leave gaps of under two points.
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var x = 50.0;
        foreach (var word in new[] { "Data", "Engineer", "at", "Example", "Corp" })
        {
            x = page.AddText(word, 10, new PdfPoint(x, 800), font)[^1].EndBaseLine.X + 1.6;
        }

        var text = Reader().Read(builder.Build(), ResumeFormat.Pdf);

        Assert.Equal("Data Engineer at Example Corp", text);
    }

    [Fact]
    public void One_column_pdf_keeps_lines_and_words_in_order()
    {
        var text = Reader().Read(TestDocuments.PdfWithText("EXPERIENCE", "Backend Engineer, 2019 - Present", "SKILLS", "C#, .NET, Node.js"), ResumeFormat.Pdf);

        Assert.Equal("EXPERIENCE\nBackend Engineer, 2019 - Present\nSKILLS\nC#, .NET, Node.js", text);
    }

    [Fact]
    public void Docx_is_recognised_by_its_bytes_and_read_with_its_structure()
    {
        var docx = Docx("Alex Example", "SKILLS", "C#, PostgreSQL, Kubernetes");

        Assert.Equal(ResumeFormat.Docx, ResumeFormatDetector.Detect(docx));
        Assert.Equal(new ResumeInspection.Accepted(ResumeFormat.Docx), ResumeInspection.Inspect(docx));
        Assert.Equal("Alex Example\nSKILLS\nC#, PostgreSQL, Kubernetes", Reader().Read(docx, ResumeFormat.Docx));
    }

    [Fact]
    public void Docx_without_text_fails_with_reason()
    {
        var ex = Assert.Throws<ResumeUnreadableException>(() => Reader().Read(Docx(), ResumeFormat.Docx));

        Assert.Contains("no text", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Corrupt_docx_fails_with_reason()
    {
        var docx = Docx("Some text");
        var broken = docx[..(docx.Length / 2)];

        var reason = ResumeInspection.Inspect(broken) switch
        {
            ResumeInspection.Accepted => Assert.Throws<ResumeUnreadableException>(() => Reader().Read(broken, ResumeFormat.Docx)).Message,
            ResumeInspection.Unreadable unreadable => unreadable.Reason,
            var other => other.ToString(),
        };

        Assert.DoesNotContain("Accepted", reason, StringComparison.Ordinal);
        Assert.True(ResumeFormatDetector.Detect(broken) != ResumeFormat.Text, "a broken ZIP must not pass as text");
    }

    [Fact]
    public void Legacy_doc_or_encrypted_office_file_fails_with_reason()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        var unreadable = Assert.IsType<ResumeInspection.Unreadable>(ResumeInspection.Inspect(ole));

        Assert.Contains("DOCX", unreadable.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be-bom")]
    [InlineData("utf-16be")]
    [InlineData("utf-8-bom")]
    public void Unicode_text_is_read_with_or_without_byte_order_mark(string encoding)
    {
        const string markdown = "# Alex Example\n\n## Skills\n- **C#**, PostgreSQL, Go\n- Kubernetes\n";
        var bytes = encoding switch
        {
            "utf-16le-bom" => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(markdown)],
            "utf-16le" => Encoding.Unicode.GetBytes(markdown),
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(markdown)],
            "utf-16be" => Encoding.BigEndianUnicode.GetBytes(markdown),
            _ => (byte[])[.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(markdown)],
        };

        var inspection = Assert.IsType<ResumeInspection.Accepted>(ResumeInspection.Inspect(bytes));
        var text = Reader().Read(bytes, inspection.Format);

        Assert.Equal(ResumeFormat.Text, inspection.Format);
        Assert.Equal(markdown.Trim(), text);
        var skills = new SkillExtractor(SkillTaxonomy.LoadEmbedded()).Extract(text, SectionMap.Detect(text)).Select(s => s.Name);
        Assert.Equal(["C#", "PostgreSQL", "Go", "Kubernetes"], skills);
    }

    private static byte[] PdfWithPages(int pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var i = 0; i < pages; i++)
        {
            builder.AddPage(595, 842).AddText($"Page {i + 1}", 11, new PdfPoint(50, 800), font);
        }

        return builder.Build();
    }

    private static byte[] Docx(params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p))))));
        }

        return stream.ToArray();
    }
}
