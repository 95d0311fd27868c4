using System.Text.RegularExpressions;

namespace ResumeMatcher.Core.Skills;

/// <summary>
/// The sections of a resume (summary, experience, education, skills, projects, certifications), line by line.
/// A section starts at a heading line ("WORK EXPERIENCE", "## Skills", "Education:") and runs to the next heading;
/// a "Skills: Python, Go" line marks only itself as skills.
/// </summary>
public sealed partial class SectionMap
{
    public const string Summary = "summary";
    public const string Experience = "experience";
    public const string Education = "education";
    public const string Skills = "skills";
    public const string Projects = "projects";
    public const string Certifications = "certifications";

    /// <summary>Heading text (lower case, "&amp;" as "and") to the section it opens. Headings not listed end a section.</summary>
    private static readonly Dictionary<string, string?> Headings = BuildHeadings();

    private readonly string?[] _lineSections;

    private SectionMap(string?[] lineSections, IReadOnlyList<string> found, int firstHeadingLine)
    {
        _lineSections = lineSections;
        Found = found;
        FirstHeadingLine = firstHeadingLine;
    }

    /// <summary>
    /// The line of the first section heading (known or not), or the number of lines when there is none: the lines
    /// above it are the resume's header (name, headline, contacts).
    /// </summary>
    public int FirstHeadingLine { get; }

    /// <summary>The sections recognised, in the order their headings first appear.</summary>
    public IReadOnlyList<string> Found { get; }

    /// <summary>A map with no sections, for text that is not a resume (a job posting, a sentence).</summary>
    public static SectionMap None { get; } = new([], [], 0);

    /// <summary>The section of a line (0-based, counted by '\n'), or null before any heading and in unknown sections.</summary>
    public string? SectionOf(int line) => (uint)line < (uint)_lineSections.Length ? _lineSections[line] : null;

    public bool Has(string section) => Found.Contains(section);

    public static SectionMap Detect(string text)
    {
        var lines = text.Split('\n');
        var sections = new string?[lines.Length];
        var found = new List<string>();
        string? current = null;
        var firstHeading = lines.Length;
        for (var i = 0; i < lines.Length; i++)
        {
            if (TryReadHeading(lines[i], out var heading, out var inline))
            {
                firstHeading = Math.Min(firstHeading, i);
                if (heading is not null && !found.Contains(heading))
                {
                    found.Add(heading);
                }

                if (inline)
                {
                    sections[i] = heading;
                    continue;
                }

                current = heading;
            }

            sections[i] = current;
        }

        return new SectionMap(sections, found, firstHeading);
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a heading. <paramref name="inline"/> is true for "Skills: a, b" lines that
    /// carry their content after the colon (only skill headings are read that way).
    /// </summary>
    private static bool TryReadHeading(string line, out string? section, out bool inline)
    {
        section = null;
        inline = false;
        var trimmed = HeadingDecoration().Replace(line, string.Empty).Trim();
        if (trimmed.Length is 0 or > 60)
        {
            return false;
        }

        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && colon < trimmed.Length - 1)
        {
            var key = Normalise(trimmed[..colon]);
            if (Headings.TryGetValue(key, out var inlineSection) && inlineSection == Skills)
            {
                section = Skills;
                inline = true;
                return true;
            }

            return false;
        }

        return Headings.TryGetValue(Normalise(trimmed.TrimEnd(':')), out section);
    }

    private static string Normalise(string heading) =>
        Spaces().Replace(heading.Replace("&", " and ", StringComparison.Ordinal), " ").Trim().ToLowerInvariant();

    [GeneratedRegex(@"^[\s#*=_\-•●▪■◆|]+|[\s#*=_\-|]+$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingDecoration();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    private static Dictionary<string, string?> BuildHeadings()
    {
        var headings = new Dictionary<string, string?>(StringComparer.Ordinal);
        void Add(string? section, params string[] names)
        {
            foreach (var name in names)
            {
                headings[name] = section;
            }
        }

        Add(Summary, "summary", "professional summary", "career summary", "profile", "professional profile", "about me", "about",
            "objective", "career objective", "objectives", "personal statement", "executive summary", "overview",
            "summary of qualifications", "profile summary", "personal profile", "introduction");
        Add(Experience, "experience", "work experience", "professional experience", "employment", "employment history",
            "work history", "career history", "relevant experience", "professional background", "internships", "internship",
            "internship experience", "industry experience", "experience summary", "research experience", "teaching experience",
            "work", "positions held", "professional history", "career", "volunteer experience", "leadership experience",
            "selected experience", "relevant work experience", "work and experience", "employment experience", "job history");
        Add(Education, "education", "academic background", "academic qualifications", "educational qualifications",
            "education and training", "academics", "education details", "educational background", "academic profile",
            "qualifications", "academic qualification", "educational qualification", "education and certifications");
        Add(Skills, "skills", "technical skills", "core skills", "key skills", "core competencies", "competencies",
            "skills and abilities", "technologies", "technical proficiencies", "tools and technologies", "expertise",
            "areas of expertise", "it skills", "computer skills", "programming languages", "languages and technologies",
            "skill set", "skillset", "skills summary", "technical expertise", "tech stack", "technical skill", "skill",
            "skills and expertise", "technical competencies", "professional skills", "additional skills", "key competencies",
            "skills and tools", "technologies and tools", "software", "software skills", "hard skills", "soft skills",
            "frameworks", "tools", "languages and tools", "technical summary", "skills and interests", "skills and technologies");
        Add(Projects, "projects", "personal projects", "academic projects", "key projects", "selected projects",
            "side projects", "open source", "open source projects", "project experience", "projects undertaken", "project",
            "notable projects", "project details", "portfolio");
        Add(Certifications, "certifications", "certificates", "certification", "licenses and certifications",
            "certifications and licenses", "licenses", "courses", "training", "certifications and training",
            "trainings", "training and certifications", "courses and certifications", "professional development",
            "accreditations");

        // Headings of sections this profile does not read: they end the section before them.
        Add(null, "awards", "honors", "honours", "awards and honors", "achievements", "publications", "interests",
            "hobbies", "languages", "references", "volunteering", "activities", "extracurricular activities",
            "additional information", "personal details", "personal information", "contact", "contact information",
            "declaration", "patents", "talks", "presentations", "memberships", "affiliations", "strengths");
        return headings;
    }
}
