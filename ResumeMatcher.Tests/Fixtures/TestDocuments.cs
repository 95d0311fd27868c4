using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ResumeMatcher.Tests.Fixtures;

/// <summary>Documents made for the tests: a text resume of a fictional person, and PDFs with known defects.</summary>
public static class TestDocuments
{
    /// <summary>A resume of a fictional person, written for these tests.</summary>
    public const string BackendEngineerResume = """
        Alex Example
        Senior Backend Engineer

        SUMMARY
        Backend engineer with eight years of experience building distributed services in C# and .NET,
        PostgreSQL and Redis, deployed with Docker and Kubernetes on Azure.

        EXPERIENCE
        Senior Software Engineer, Contoso Freight, 2020 - Present
        - Built ASP.NET Core REST APIs and background workers processing two million events a day.
        - Designed PostgreSQL schemas and Entity Framework Core migrations; tuned slow SQL queries.
        - Introduced CI/CD pipelines with GitHub Actions, unit tests with xUnit, and OpenTelemetry tracing.

        Software Developer, Fabrikam Retail, 2016 - 2020
        - Developed microservices in C# with RabbitMQ messaging and Redis caching.
        - Worked in an Agile Scrum team; reviewed code and mentored two junior developers.

        SKILLS
        C#, .NET, ASP.NET Core, Entity Framework Core, PostgreSQL, SQL Server, Redis, RabbitMQ, Docker,
        Kubernetes, Azure, Git, CI/CD, REST APIs, Microservices, Go, Python

        EDUCATION
        B.Sc. Computer Science, Example University, 2016
        """;

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A one-page PDF with real text, made with PdfPig's builder.</summary>
    public static byte[] PdfWithText(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var y = 800.0;
        foreach (var line in lines)
        {
            page.AddText(line, 11, new PdfPoint(50, y), font);
            y -= 16;
        }

        return builder.Build();
    }

    /// <summary>A PDF whose only page holds a drawing and no text layer, as a scanned resume has.</summary>
    public static byte[] PdfWithoutText()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        page.DrawRectangle(new PdfPoint(50, 50), 400, 600, 2);
        return builder.Build();
    }

    /// <summary>
    /// A PDF with a Standard security handler whose user password is not empty: readers cannot open it without the
    /// password, as with a password-protected resume.
    /// </summary>
    public static byte[] PasswordProtectedPdf()
    {
        var o = new string('A', 64);
        var u = new string('B', 64);
        return AssemblePdf(
            [
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
                $"<< /Filter /Standard /V 1 /R 2 /O <{o}> /U <{u}> /P -44 >>",
            ],
            "/Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]");
    }

    /// <summary>The first part of a real PDF only, as a broken download leaves it.</summary>
    public static byte[] Truncated(byte[] pdf, double keep) => pdf[..(int)(pdf.Length * keep)];

    private static byte[] AssemblePdf(IReadOnlyList<string> objects, string trailerExtra)
    {
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.ASCII.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R {trailerExtra} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
