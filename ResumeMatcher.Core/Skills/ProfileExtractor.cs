namespace ResumeMatcher.Core.Skills;

/// <summary>Builds a <see cref="ResumeProfile"/> from resume text. Thread-safe; build it once and share it.</summary>
public sealed class ProfileExtractor(SkillExtractor skills, JobTitleExtractor titles, TimeProvider time)
{
    /// <summary>A title this many lines from a "- Present" range belongs to the current role.</summary>
    private const int TitleToDateLines = 2;

    public ResumeProfile Extract(string text)
    {
        var sections = SectionMap.Detect(text);
        var hasExperience = sections.Has(SectionMap.Experience);

        // Work dates are read in the experience section; without one, anywhere but education, projects and certifications.
        bool IsWorkLine(int line) => sections.SectionOf(line) switch
        {
            SectionMap.Experience => true,
            SectionMap.Education or SectionMap.Projects or SectionMap.Certifications => false,
            _ => !hasExperience,
        };

        var ranges = DateRangeParser.Parse(text, time.GetUtcNow(), IsWorkLine);
        double? years = ranges.Count == 0 ? null : Math.Round(DateRangeParser.MergedMonths(ranges) / 12.0, 1);

        // One tokenisation serves skills and titles; titles inside skill names ("SQL Server") are dropped.
        var tokens = SkillTokenizer.Tokenize(text);
        var mentions = skills.FindMentions(tokens, sections);
        var titleLines = titles.ExtractWithLines(text, tokens, sections, mentions);
        var workTitles = titleLines.Where(t => IsWorkLine(t.Line)).ToList();
        if (workTitles.Count == 0)
        {
            workTitles = titleLines.ToList();
        }

        var current = workTitles
            .Where(t => ranges.Any(r => r.IsCurrent && Math.Abs(r.Line - t.Line) <= TitleToDateLines))
            .Select(t => t.Title)
            .FirstOrDefault() ?? workTitles.Select(t => t.Title).FirstOrDefault();

        return new ResumeProfile(SkillExtractor.Extract(mentions, sections), titleLines.Select(t => t.Title).ToList())
        {
            Sections = sections.Found,
            CurrentTitle = current,
            PastTitles = workTitles.Select(t => t.Title).Where(t => t != current).Distinct().ToList(),
            YearsOfExperience = years,
            HighestDegree = DegreeExtractor.Extract(text, sections),
            Contacts = ContactExtractor.Extract(text),
        };
    }
}
