using ResumeMatcher.Core.Listings;
using ResumeMatcher.Core.Matching;
using ResumeMatcher.Core.Skills;

namespace ResumeMatcher.Tests.Matching;

/// <summary>
/// The scores of <see cref="ListingIndex"/> computed the plain way, listing by listing, with no inverted index:
/// the cosine of the two TF-IDF vectors by a dictionary dot product, skill coverage by set intersection, title
/// similarity by comparing the catalogue title and the word sets, then a full sort.
/// </summary>
public sealed class BruteForceRanking(IReadOnlyList<JobListing> listings, TfIdfVectorizer vectorizer, JobTitleExtractor titles)
{
    private readonly List<Dictionary<int, float>> _vectors = vectorizer.TransformMany(listings.Select(ListingIndex.DocumentText).ToList())
        .Select(v => v.Indices.Zip(v.Values).ToDictionary(p => p.First, p => p.Second))
        .ToList();

    public List<(JobListing Listing, double Score, ScoreComponents Components)> Rank(MatchRequest request, MatchingOptions options)
    {
        var resume = vectorizer.Transform(request.ResumeText);
        var resumeSkills = request.Profile.Skills.Select(s => s.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var all = new List<(JobListing Listing, double Score, ScoreComponents Components)>();
        for (var i = 0; i < listings.Count; i++)
        {
            var listing = listings[i];
            double dot = 0;
            for (var k = 0; k < resume.Indices.Length; k++)
            {
                dot += resume.Values[k] * (double)_vectors[i].GetValueOrDefault(resume.Indices[k]);
            }

            var listingSkills = listing.Skills.ToHashSet(StringComparer.OrdinalIgnoreCase);
            var coverage = listingSkills.Count == 0
                ? 0
                : listingSkills.Count(resumeSkills.Contains) / (double)Math.Max(listingSkills.Count, options.MinimumListingSkills);
            var title = TitleSimilarity(listing.Title, request.Profile.Titles);
            var cosine = Math.Clamp(dot, 0, 1);
            var score = (options.CosineWeight * cosine) + (options.SkillWeight * coverage) + (options.TitleWeight * title);
            if (score >= request.MinScore && score > 0 && request.Admits(listing))
            {
                all.Add((listing, score, new ScoreComponents(cosine, coverage, title)));
            }
        }

        return all.OrderByDescending(s => s.Score).ThenBy(s => s.Listing.Id, StringComparer.Ordinal).ToList();
    }

    private double TitleSimilarity(string listingTitle, IReadOnlyList<string> resumeTitles)
    {
        if (titles.Normalise(listingTitle) is { } catalogTitle && resumeTitles.Contains(catalogTitle))
        {
            return 1.0;
        }

        var listingWords = JobTitleCatalog.Words(listingTitle).ToHashSet(StringComparer.Ordinal);
        var best = 0.0;
        foreach (var resumeTitle in resumeTitles)
        {
            var words = JobTitleCatalog.Words(resumeTitle).ToHashSet(StringComparer.Ordinal);
            var shared = words.Count(listingWords.Contains);
            if (shared > 0)
            {
                best = Math.Max(best, shared / (double)words.Union(listingWords).Count());
            }
        }

        return best;
    }
}
