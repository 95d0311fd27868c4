using ResumeMatcher.Core.Evaluation;
using ResumeMatcher.Core.Listings;
using ResumeMatcher.Core.Matching;
using ResumeMatcher.Core.Skills;

namespace ResumeMatcher.Tests.Matching;

/// <summary>
/// The field-ranking measure: each distinct labelled resume is ranked against the real postings, and precision@K is
/// the share of its top K that belong to the resume's field (by <see cref="FieldLabels"/>; a missing result counts
/// as a miss). Only categories with at least K postings of their field take part, so a perfect ranking scores 1.
/// The measure is the mean over resumes (macro over resumes, not categories).
/// </summary>
public sealed record FieldRankingMeasure(double MeanPrecision, int Resumes, int Categories)
{
    public const int K = 10;

    public static FieldRankingMeasure Compute(
        IReadOnlyList<LabelledResume> resumes,
        IReadOnlyList<JobListing> postings,
        Func<LabelledResume, IReadOnlyList<JobListing>> rank)
    {
        var eligible = FieldLabels.Categories
            .Where(c => postings.Count(p => FieldLabels.Belongs(c, p.Title)) >= K)
            .ToHashSet(StringComparer.Ordinal);
        var precisions = new List<double>();
        foreach (var resume in resumes.Where(r => eligible.Contains(r.Category)))
        {
            var top = rank(resume).Take(K);
            precisions.Add(top.Count(p => FieldLabels.Belongs(resume.Category, p.Title)) / (double)K);
        }

        return new FieldRankingMeasure(precisions.Count == 0 ? 0 : precisions.Average(), precisions.Count, eligible.Count);
    }

    /// <summary>Ranks with the listing index and the product's own profile extraction, with no score threshold.</summary>
    public static Func<LabelledResume, IReadOnlyList<JobListing>> WithIndex(
        ListingIndex index,
        IReadOnlyList<JobListing> postings,
        ProfileExtractor profiles,
        MatchingOptions options)
    {
        var byId = postings.ToDictionary(p => p.Id, StringComparer.Ordinal);
        return resume => index.Rank(new MatchRequest(resume.Text, profiles.Extract(resume.Text), MinScore: 0, Limit: K), options)
            .Select(m => byId[m.ListingId]).ToList();
    }
}
