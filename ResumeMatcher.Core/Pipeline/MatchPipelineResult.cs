using ResumeMatcher.Core.Listings;
using ResumeMatcher.Core.Matching;
using ResumeMatcher.Core.Skills;

namespace ResumeMatcher.Core.Pipeline;

/// <summary>What one run of the pipeline found: the resume's profile, the ranked matches and how the sources fared.</summary>
public sealed record MatchPipelineResult(
    ResumeProfile Profile,
    IReadOnlyList<ListingMatch> Matches,
    IReadOnlyList<SourceOutcome> SourceOutcomes);
