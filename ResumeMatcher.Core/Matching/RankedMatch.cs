namespace ResumeMatcher.Core.Matching;

/// <summary>
/// A listing ranked for a resume, by id (the index holds no listing details: see <see cref="ListingMatch"/> for the
/// match joined with its listing), with the parts its score is made of and the skills it explains itself with.
/// </summary>
public sealed record RankedMatch(
    string ListingId,
    double Score,
    ScoreComponents Components,
    IReadOnlyList<string> MatchedSkills,
    IReadOnlyList<string> MissingSkills);

/// <summary>The parts of a score: each in [0, 1], blended by the weights in <see cref="MatchingOptions"/>.</summary>
public sealed record ScoreComponents(double Cosine, double SkillCoverage, double TitleSimilarity);
