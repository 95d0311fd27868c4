using ResumeMatcher.Core.Skills;

namespace ResumeMatcher.Core.Matching;

/// <summary>What to rank listings for: the resume's text and profile, and how many results above which score.</summary>
public sealed record MatchRequest(string ResumeText, ResumeProfile Profile, double MinScore, int Limit);
