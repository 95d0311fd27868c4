using ResumeMatcher.Core.Listings;

namespace ResumeMatcher.Core.Matching;

/// <summary>A listing ranked for a resume, with the parts its score is made of.</summary>
public sealed record RankedMatch(
    JobListing Listing,
    double Score,
    ScoreComponents Components,
    IReadOnlyList<string> MatchedSkills,
    IReadOnlyList<string> MissingSkills);

/// <summary>The parts of a score: each in [0, 1], blended by the weights in <see cref="MatchingOptions"/>.</summary>
public sealed record ScoreComponents(double Cosine, double SkillCoverage, double TitleSimilarity);
