using ResumeMatcher.Core.Listings;
using ResumeMatcher.Core.Skills;

namespace ResumeMatcher.Core.Matching;

/// <summary>
/// An immutable search index over a listing corpus: TF-IDF vectors learnt over the whole corpus and normalised once,
/// an inverted index from term to listings for the cosine, and one from skill to listings for skill coverage.
/// Build it once per corpus version and share it between tasks; ranking never refits.
/// </summary>
public sealed class ListingIndex
{
    private readonly IReadOnlyList<JobListing> _listings;
    private readonly TfIdfVectorizer? _vectorizer;
    private readonly Dictionary<int, List<(int Listing, float Weight)>> _termPostings = [];
    private readonly Dictionary<string, List<int>> _skillPostings = new(StringComparer.OrdinalIgnoreCase);
    private readonly string[][] _titleWords;
    private readonly string?[] _catalogTitles;

    private ListingIndex(IReadOnlyList<JobListing> listings, TfIdfVectorizer? vectorizer, List<SparseVector> vectors, JobTitleExtractor titles, long version)
    {
        _listings = listings;
        _vectorizer = vectorizer;
        Version = version;
        _titleWords = new string[listings.Count][];
        _catalogTitles = new string?[listings.Count];
        for (var i = 0; i < listings.Count; i++)
        {
            var vector = vectors[i];
            for (var k = 0; k < vector.Indices.Length; k++)
            {
                if (!_termPostings.TryGetValue(vector.Indices[k], out var postings))
                {
                    _termPostings[vector.Indices[k]] = postings = [];
                }

                postings.Add((i, vector.Values[k]));
            }

            foreach (var skill in listings[i].Skills)
            {
                if (!_skillPostings.TryGetValue(skill, out var postings))
                {
                    _skillPostings[skill] = postings = [];
                }

                postings.Add(i);
            }

            _titleWords[i] = JobTitleCatalog.Words(listings[i].Title).ToArray();
            _catalogTitles[i] = titles.Normalise(listings[i].Title);
        }
    }

    /// <summary>The cache version this index was built from.</summary>
    public long Version { get; }

    public int Count => _listings.Count;

    public IReadOnlyList<JobListing> Listings => _listings;

    public static ListingIndex Empty(JobTitleExtractor titles) => new([], null, [], titles, 0);

    public static ListingIndex Build(IReadOnlyList<JobListing> listings, JobTitleExtractor titles, long version = 0)
    {
        if (listings.Count == 0)
        {
            return Empty(titles);
        }

        var texts = listings.Select(DocumentText).ToList();
        var vectorizer = TfIdfVectorizer.Fit(texts);
        return new ListingIndex(listings, vectorizer, vectorizer.TransformMany(texts), titles, version);
    }

    public static string DocumentText(JobListing listing) => $"{listing.Title}\n{listing.Title}\n{listing.Description}";

    public IReadOnlyList<RankedMatch> Rank(MatchRequest request, MatchingOptions weights)
    {
        if (_vectorizer is null)
        {
            return [];
        }

        var cosines = new float[_listings.Count];
        var resumeVector = _vectorizer.Transform(request.ResumeText);
        for (var k = 0; k < resumeVector.Indices.Length; k++)
        {
            if (_termPostings.TryGetValue(resumeVector.Indices[k], out var postings))
            {
                var weight = resumeVector.Values[k];
                foreach (var (listing, listingWeight) in postings)
                {
                    cosines[listing] += weight * listingWeight;
                }
            }
        }

        var resumeSkills = request.Profile.Skills.Select(s => s.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var sharedSkills = new int[_listings.Count];
        foreach (var skill in resumeSkills)
        {
            if (_skillPostings.TryGetValue(skill, out var postings))
            {
                foreach (var listing in postings)
                {
                    sharedSkills[listing]++;
                }
            }
        }

        var resumeTitleWords = request.Profile.Titles.Select(t => JobTitleCatalog.Words(t).ToHashSet(StringComparer.Ordinal)).ToList();
        var resumeTitles = request.Profile.Titles.ToHashSet(StringComparer.Ordinal);

        var scored = new List<(int Listing, double Score, ScoreComponents Components)>();
        for (var i = 0; i < _listings.Count; i++)
        {
            var skillCount = _listings[i].Skills.Count;
            var coverage = skillCount == 0 ? 0 : (double)sharedSkills[i] / Math.Max(skillCount, weights.MinimumListingSkills);
            var title = TitleSimilarity(i, resumeTitles, resumeTitleWords);
            var cosine = Math.Clamp(cosines[i], 0f, 1f);
            var score = (weights.CosineWeight * cosine) + (weights.SkillWeight * coverage) + (weights.TitleWeight * title);
            if (score >= request.MinScore && score > 0)
            {
                scored.Add((i, score, new ScoreComponents(cosine, coverage, title)));
            }
        }

        return scored
            .OrderByDescending(s => s.Score)
            .ThenBy(s => _listings[s.Listing].Id, StringComparer.Ordinal)
            .Take(request.Limit)
            .Select(s => Explain(_listings[s.Listing], s.Score, s.Components, resumeSkills))
            .ToList();
    }

    private double TitleSimilarity(int listing, HashSet<string> resumeTitles, List<HashSet<string>> resumeTitleWords)
    {
        if (_catalogTitles[listing] is { } catalogTitle && resumeTitles.Contains(catalogTitle))
        {
            return 1.0;
        }

        var best = 0.0;
        foreach (var words in resumeTitleWords)
        {
            if (words.Count == 0 || _titleWords[listing].Length == 0)
            {
                continue;
            }

            var shared = _titleWords[listing].Count(words.Contains);
            var union = words.Count + _titleWords[listing].Length - shared;
            best = Math.Max(best, (double)shared / union);
        }

        return best;
    }

    private static RankedMatch Explain(JobListing listing, double score, ScoreComponents components, HashSet<string> resumeSkills) =>
        new(
            listing,
            Math.Round(score, 4),
            new ScoreComponents(Math.Round(components.Cosine, 4), Math.Round(components.SkillCoverage, 4), Math.Round(components.TitleSimilarity, 4)),
            listing.Skills.Where(resumeSkills.Contains).ToList(),
            listing.Skills.Where(s => !resumeSkills.Contains(s)).ToList());
}
