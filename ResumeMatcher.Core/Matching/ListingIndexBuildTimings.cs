namespace ResumeMatcher.Core.Matching;

/// <summary>
/// Where a <see cref="ListingIndexBuilder"/> spent its time: the listing fields (ids, skills, titles, places), the word
/// stage with the postings it feeds, and the final packing (IDF, norms, frozen tables). For logs and benchmarks.
/// </summary>
public sealed record ListingIndexBuildTimings(TimeSpan Fields, TimeSpan Words, TimeSpan Finish)
{
    public TimeSpan Total => Fields + Words + Finish;
}
