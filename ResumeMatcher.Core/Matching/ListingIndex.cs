using System.Buffers;
using ResumeMatcher.Core.Listings;
using ResumeMatcher.Core.Skills;

namespace ResumeMatcher.Core.Matching;

/// <summary>
/// An immutable search index over a listing corpus: TF-IDF vectors learnt over the whole corpus, held as a compressed
/// inverted index with each listing's norm (<see cref="TermPostings"/>), and postings from skill, catalogue title and
/// title word to listings for the other components. It holds no listing text and no <see cref="JobListing"/>: only
/// ids and what scoring and filtering need, so matches carry the listing id and the caller looks up the winners'
/// details (from the listing cache, or its file). Build it once per corpus version (<see cref="ListingIndexBuilder"/>,
/// streaming) and share it between tasks; ranking never refits and is thread-safe.
/// </summary>
public sealed class ListingIndex
{
    private readonly string[] _ids;
    private readonly TfIdfVectorizer? _vectorizer;
    private readonly TermPostings? _postings;
    private readonly ListingSkills _skills;
    private readonly ListingTitles _titles;
    private readonly ListingPlaces _places;

    internal ListingIndex(
        long version,
        string[] ids,
        TfIdfVectorizer? vectorizer,
        TermPostings? postings,
        ListingSkills skills,
        ListingTitles titles,
        ListingPlaces places)
    {
        Version = version;
        _ids = ids;
        _vectorizer = vectorizer;
        _postings = postings;
        _skills = skills;
        _titles = titles;
        _places = places;
    }

    /// <summary>The cache version this index was built from.</summary>
    public long Version { get; }

    public int Count => _ids.Length;

    /// <summary>The ids of the indexed listings, in index order.</summary>
    public IReadOnlyList<string> Ids => _ids;

    /// <summary>The TF-IDF model learnt over this corpus (null for an empty index).</summary>
    public TfIdfVectorizer? Vectorizer => _vectorizer;

    /// <summary>Bytes held by the TF-IDF postings (for logs and benchmarks).</summary>
    public long PostingBytes => _postings?.SizeInBytes ?? 0;

    public static ListingIndex Empty(long version = 0) =>
        new(version, [], null, null, Matching.ListingSkills.Empty, ListingTitles.Empty, ListingPlaces.Empty);

    /// <summary>Builds the index of <paramref name="listings"/>, enumerating them once.</summary>
    public static ListingIndex Build(IEnumerable<JobListing> listings, JobTitleExtractor titles, long version = 0)
    {
        var builder = new ListingIndexBuilder(titles);
        foreach (var listing in listings)
        {
            builder.Add(listing);
        }

        return builder.Build(version);
    }

    /// <summary>The text a listing is vectorised from: its title counts twice.</summary>
    public static string DocumentText(JobListing listing) => string.Join('\n', DocumentParts(listing));

    /// <summary>The parts of <see cref="DocumentText"/>, for tokenising without joining them.</summary>
    public static string[] DocumentParts(JobListing listing) => [listing.Title, listing.Title, listing.Description];

    /// <summary>A listing's distinct skills (case-insensitive), as skill coverage counts them.</summary>
    public static HashSet<string> ListingSkills(JobListing listing) => new(listing.Skills, StringComparer.OrdinalIgnoreCase);

    /// <summary>The distinct words of a job title without rank words, as title similarity compares them.</summary>
    public static HashSet<string> TitleWords(string title) => new(JobTitleCatalog.Words(title), StringComparer.Ordinal);

    public IReadOnlyList<RankedMatch> Rank(MatchRequest request, MatchingOptions weights)
    {
        if (_vectorizer is null || _postings is null || request.Limit <= 0)
        {
            return [];
        }

        var n = _ids.Length;
        var dots = ArrayPool<float>.Shared.Rent(n);
        var sharedSkills = ArrayPool<int>.Shared.Rent(n);
        var titleSimilarity = ArrayPool<double>.Shared.Rent(n);
        var scratch = ArrayPool<int>.Shared.Rent(n);
        try
        {
            Array.Clear(dots, 0, n);
            Array.Clear(sharedSkills, 0, n);
            Array.Clear(titleSimilarity, 0, n);
            Array.Clear(scratch, 0, n);

            var resume = _vectorizer.Transform(request.ResumeText);
            for (var k = 0; k < resume.Indices.Length; k++)
            {
                var term = resume.Indices[k];
                _postings.Accumulate(term, resume.Values[k] * _vectorizer.Idf(term), dots);
            }

            var resumeSkills = request.Profile.Skills.Select(s => s.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var skill in resumeSkills)
            {
                if (_skills.Listings.TryGetValue(skill, out var postings))
                {
                    foreach (var listing in postings)
                    {
                        sharedSkills[listing]++;
                    }
                }
            }

            AddTitleSimilarities(request.Profile.Titles, titleSimilarity, scratch);
            var best = SelectBest(request, weights, dots, sharedSkills, titleSimilarity);
            return best.Select(s => Explain(s.Listing, s.Score, s.Components, resumeSkills)).ToList();
        }
        finally
        {
            ArrayPool<float>.Shared.Return(dots);
            ArrayPool<int>.Shared.Return(sharedSkills);
            ArrayPool<double>.Shared.Return(titleSimilarity);
            ArrayPool<int>.Shared.Return(scratch);
        }
    }

    /// <summary>Skill coverage: shared skills over the listing's skills, counted against at least a minimum.</summary>
    public static double SkillCoverage(int sharedSkills, int listingSkills, MatchingOptions weights) =>
        listingSkills == 0 ? 0 : (double)sharedSkills / Math.Max(listingSkills, weights.MinimumListingSkills);

    /// <summary>
    /// Title similarity: 1 when the listing's title is one of the catalogue titles the resume names, else the best
    /// Jaccard similarity between the words of a resume title and those of the listing's title.
    /// </summary>
    private void AddTitleSimilarities(IReadOnlyList<string> resumeTitles, double[] similarity, int[] sharedWords)
    {
        var touched = new List<int>();
        foreach (var resumeTitle in resumeTitles)
        {
            if (_titles.CatalogTitleListings.TryGetValue(resumeTitle, out var exact))
            {
                foreach (var listing in exact)
                {
                    similarity[listing] = 1.0;
                }
            }

            var words = TitleWords(resumeTitle);
            foreach (var word in words)
            {
                if (_titles.TitleWordListings.TryGetValue(word, out var postings))
                {
                    foreach (var listing in postings)
                    {
                        if (sharedWords[listing]++ == 0)
                        {
                            touched.Add(listing);
                        }
                    }
                }
            }

            foreach (var listing in touched)
            {
                var shared = sharedWords[listing];
                var jaccard = (double)shared / (words.Count + _titles.TitleWordCount[listing] - shared);
                similarity[listing] = Math.Max(similarity[listing], jaccard);
                sharedWords[listing] = 0;
            }

            touched.Clear();
        }
    }

    private List<(int Listing, double Score, ScoreComponents Components)> SelectBest(
        MatchRequest request,
        MatchingOptions weights,
        float[] dots,
        int[] sharedSkills,
        double[] titleSimilarity)
    {
        var postings = _postings!;
        var skillCount = _skills.DistinctCount;
        var admittedLocations = _places.AdmittedLocations(request);

        // A bounded heap whose root is the worst match kept: lower score first, then the later id.
        var heap = new PriorityQueue<int, (double Score, int Listing)>(request.Limit + 1, new WorstFirst(_ids));
        for (var i = 0; i < _ids.Length; i++)
        {
            var coverage = SkillCoverage(sharedSkills[i], skillCount[i], weights);
            var cosine = Math.Clamp(dots[i] * postings.InverseNorm(i), 0f, 1f);
            var score = (weights.CosineWeight * cosine) + (weights.SkillWeight * coverage) + (weights.TitleWeight * titleSimilarity[i]);
            if (score < request.MinScore || score <= 0)
            {
                continue;
            }

            if (heap.Count == request.Limit)
            {
                heap.TryPeek(out _, out var worst);
                if (WorstFirst.Compare((score, i), worst, _ids) <= 0)
                {
                    continue;
                }
            }

            if (!_places.Admits(i, request, admittedLocations))
            {
                continue;
            }

            if (heap.Count == request.Limit)
            {
                heap.DequeueEnqueue(i, (score, i));
            }
            else
            {
                heap.Enqueue(i, (score, i));
            }
        }

        var best = new List<(int Listing, double Score, ScoreComponents Components)>(heap.Count);
        while (heap.TryDequeue(out var listing, out var priority))
        {
            var coverage = SkillCoverage(sharedSkills[listing], skillCount[listing], weights);
            var cosine = Math.Clamp(dots[listing] * postings.InverseNorm(listing), 0f, 1f);
            best.Add((listing, priority.Score, new ScoreComponents(cosine, coverage, titleSimilarity[listing])));
        }

        best.Reverse();
        return best;
    }

    private RankedMatch Explain(int listing, double score, ScoreComponents components, HashSet<string> resumeSkills)
    {
        var skills = _skills.Of(listing).ToList();
        return new(
            _ids[listing],
            Math.Round(score, 4),
            new ScoreComponents(Math.Round(components.Cosine, 4), Math.Round(components.SkillCoverage, 4), Math.Round(components.TitleSimilarity, 4)),
            skills.Where(resumeSkills.Contains).ToList(),
            skills.Where(s => !resumeSkills.Contains(s)).ToList());
    }

    /// <summary>Orders matches worst first: by score ascending, then by listing id descending (ids break ties).</summary>
    private sealed class WorstFirst(string[] ids) : IComparer<(double Score, int Listing)>
    {
        public int Compare((double Score, int Listing) x, (double Score, int Listing) y) => Compare(x, y, ids);

        public static int Compare((double Score, int Listing) x, (double Score, int Listing) y, string[] ids)
        {
            var byScore = x.Score.CompareTo(y.Score);
            return byScore != 0 ? byScore : string.CompareOrdinal(ids[y.Listing], ids[x.Listing]);
        }
    }
}
