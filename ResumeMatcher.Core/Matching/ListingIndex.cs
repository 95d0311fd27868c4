using System.Buffers;
using ResumeMatcher.Core.Listings;
using ResumeMatcher.Core.Skills;

namespace ResumeMatcher.Core.Matching;

/// <summary>
/// An immutable search index over a listing corpus: TF-IDF vectors learnt over the whole corpus and normalised once,
/// an inverted index from term to listings for the cosine (flat arrays: one offset table, one array of listings and
/// one of weights), and postings from skill, catalogue title and title word to listings for the other components.
/// Build it once per corpus version and share it between tasks; ranking never refits and is thread-safe.
/// </summary>
public sealed class ListingIndex
{
    private readonly JobListing[] _listings;
    private readonly TfIdfVectorizer? _vectorizer;

    // Term postings, compressed-row: listings holding term t are _termListing[_termStart[t].._termStart[t + 1]].
    private readonly int[] _termStart;
    private readonly int[] _termListing;
    private readonly float[] _termWeight;

    private readonly Dictionary<string, int[]> _skillListings;
    private readonly int[] _skillCount;
    private readonly Dictionary<string, int[]> _catalogTitleListings;
    private readonly Dictionary<string, int[]> _titleWordListings;

    private readonly int[] _titleWordCount;

    private ListingIndex(JobListing[] listings, TfIdfVectorizer? vectorizer, List<SparseVector> vectors, JobTitleExtractor titles, long version)
    {
        _listings = listings;
        _vectorizer = vectorizer;
        Version = version;
        (_termStart, _termListing, _termWeight) = BuildTermPostings(vectors, vectorizer?.TermCount ?? 0);

        var skills = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var catalogTitles = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var titleWords = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        _skillCount = new int[listings.Length];
        _titleWordCount = new int[listings.Length];
        for (var i = 0; i < listings.Length; i++)
        {
            var listingSkills = ListingSkills(listings[i]);
            _skillCount[i] = listingSkills.Count;
            foreach (var skill in listingSkills)
            {
                Add(skills, skill, i);
            }

            if (titles.Normalise(listings[i].Title) is { } catalogTitle)
            {
                Add(catalogTitles, catalogTitle, i);
            }

            var words = TitleWords(listings[i].Title);
            _titleWordCount[i] = words.Count;
            foreach (var word in words)
            {
                Add(titleWords, word, i);
            }
        }

        _skillListings = Freeze(skills, StringComparer.OrdinalIgnoreCase);
        _catalogTitleListings = Freeze(catalogTitles, StringComparer.Ordinal);
        _titleWordListings = Freeze(titleWords, StringComparer.Ordinal);
    }

    /// <summary>The cache version this index was built from.</summary>
    public long Version { get; }

    public int Count => _listings.Length;

    public IReadOnlyList<JobListing> Listings => _listings;

    /// <summary>The TF-IDF model learnt over this corpus (null for an empty index).</summary>
    public TfIdfVectorizer? Vectorizer => _vectorizer;

    public static ListingIndex Empty(JobTitleExtractor titles) => new([], null, [], titles, 0);

    public static ListingIndex Build(IReadOnlyList<JobListing> listings, JobTitleExtractor titles, long version = 0)
    {
        if (listings.Count == 0)
        {
            return Empty(titles);
        }

        var texts = listings.Select(DocumentText).ToList();
        var vectorizer = TfIdfVectorizer.Fit(texts);
        return new ListingIndex([.. listings], vectorizer, vectorizer.TransformMany(texts), titles, version);
    }

    /// <summary>The text a listing is vectorised from: its title counts twice.</summary>
    public static string DocumentText(JobListing listing) => $"{listing.Title}\n{listing.Title}\n{listing.Description}";

    /// <summary>A listing's distinct skills (case-insensitive), as skill coverage counts them.</summary>
    public static HashSet<string> ListingSkills(JobListing listing) => new(listing.Skills, StringComparer.OrdinalIgnoreCase);

    /// <summary>The distinct words of a job title without rank words, as title similarity compares them.</summary>
    public static HashSet<string> TitleWords(string title) => new(JobTitleCatalog.Words(title), StringComparer.Ordinal);

    public IReadOnlyList<RankedMatch> Rank(MatchRequest request, MatchingOptions weights)
    {
        if (_vectorizer is null || request.Limit <= 0)
        {
            return [];
        }

        var n = _listings.Length;
        var cosines = ArrayPool<float>.Shared.Rent(n);
        var sharedSkills = ArrayPool<int>.Shared.Rent(n);
        var titleSimilarity = ArrayPool<double>.Shared.Rent(n);
        var scratch = ArrayPool<int>.Shared.Rent(n);
        try
        {
            Array.Clear(cosines, 0, n);
            Array.Clear(sharedSkills, 0, n);
            Array.Clear(titleSimilarity, 0, n);
            Array.Clear(scratch, 0, n);

            AddCosines(_vectorizer.Transform(request.ResumeText), cosines);
            var resumeSkills = request.Profile.Skills.Select(s => s.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var skill in resumeSkills)
            {
                if (_skillListings.TryGetValue(skill, out var postings))
                {
                    foreach (var listing in postings)
                    {
                        sharedSkills[listing]++;
                    }
                }
            }

            AddTitleSimilarities(request.Profile.Titles, titleSimilarity, scratch);
            var best = SelectBest(request, weights, cosines, sharedSkills, titleSimilarity);
            return best.Select(s => Explain(_listings[s.Listing], s.Score, s.Components, resumeSkills)).ToList();
        }
        finally
        {
            ArrayPool<float>.Shared.Return(cosines);
            ArrayPool<int>.Shared.Return(sharedSkills);
            ArrayPool<double>.Shared.Return(titleSimilarity);
            ArrayPool<int>.Shared.Return(scratch);
        }
    }

    /// <summary>Skill coverage: shared skills over the listing's skills, counted against at least a minimum.</summary>
    public static double SkillCoverage(int sharedSkills, int listingSkills, MatchingOptions weights) =>
        listingSkills == 0 ? 0 : (double)sharedSkills / Math.Max(listingSkills, weights.MinimumListingSkills);

    private void AddCosines(SparseVector resume, float[] cosines)
    {
        var termListing = _termListing;
        var termWeight = _termWeight;
        for (var k = 0; k < resume.Indices.Length; k++)
        {
            var term = resume.Indices[k];
            if ((uint)term >= (uint)(_termStart.Length - 1))
            {
                continue;
            }

            var weight = resume.Values[k];
            var end = _termStart[term + 1];
            for (var p = _termStart[term]; p < end; p++)
            {
                cosines[termListing[p]] += weight * termWeight[p];
            }
        }
    }

    /// <summary>
    /// Title similarity: 1 when the listing's title is one of the catalogue titles the resume names, else the best
    /// Jaccard similarity between the words of a resume title and those of the listing's title.
    /// </summary>
    private void AddTitleSimilarities(IReadOnlyList<string> resumeTitles, double[] similarity, int[] sharedWords)
    {
        var touched = new List<int>();
        foreach (var resumeTitle in resumeTitles)
        {
            if (_catalogTitleListings.TryGetValue(resumeTitle, out var exact))
            {
                foreach (var listing in exact)
                {
                    similarity[listing] = 1.0;
                }
            }

            var words = TitleWords(resumeTitle);
            foreach (var word in words)
            {
                if (_titleWordListings.TryGetValue(word, out var postings))
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
                var jaccard = (double)shared / (words.Count + _titleWordCount[listing] - shared);
                similarity[listing] = Math.Max(similarity[listing], jaccard);
                sharedWords[listing] = 0;
            }

            touched.Clear();
        }
    }

    private List<(int Listing, double Score, ScoreComponents Components)> SelectBest(
        MatchRequest request,
        MatchingOptions weights,
        float[] cosines,
        int[] sharedSkills,
        double[] titleSimilarity)
    {
        // A bounded heap whose root is the worst match kept: lower score first, then the later id.
        var heap = new PriorityQueue<int, (double Score, int Listing)>(request.Limit + 1, new WorstFirst(_listings));
        for (var i = 0; i < _listings.Length; i++)
        {
            var coverage = SkillCoverage(sharedSkills[i], _skillCount[i], weights);
            var cosine = Math.Clamp(cosines[i], 0f, 1f);
            var score = (weights.CosineWeight * cosine) + (weights.SkillWeight * coverage) + (weights.TitleWeight * titleSimilarity[i]);
            if (score < request.MinScore || score <= 0)
            {
                continue;
            }

            if (heap.Count == request.Limit)
            {
                heap.TryPeek(out _, out var worst);
                if (WorstFirst.Compare((score, i), worst, _listings) <= 0)
                {
                    continue;
                }
            }

            if (!request.Admits(_listings[i]))
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
            var coverage = SkillCoverage(sharedSkills[listing], _skillCount[listing], weights);
            best.Add((listing, priority.Score, new ScoreComponents(Math.Clamp(cosines[listing], 0f, 1f), coverage, titleSimilarity[listing])));
        }

        best.Reverse();
        return best;
    }

    private static (int[] Start, int[] Listing, float[] Weight) BuildTermPostings(List<SparseVector> vectors, int termCount)
    {
        var start = new int[termCount + 1];
        foreach (var vector in vectors)
        {
            foreach (var term in vector.Indices)
            {
                start[term + 1]++;
            }
        }

        for (var t = 0; t < termCount; t++)
        {
            start[t + 1] += start[t];
        }

        var listing = new int[start[termCount]];
        var weight = new float[start[termCount]];
        var next = start[..termCount];
        for (var i = 0; i < vectors.Count; i++)
        {
            var vector = vectors[i];
            for (var k = 0; k < vector.Indices.Length; k++)
            {
                var slot = next[vector.Indices[k]]++;
                listing[slot] = i;
                weight[slot] = vector.Values[k];
            }
        }

        return (start, listing, weight);
    }

    private static void Add(Dictionary<string, List<int>> postings, string key, int listing)
    {
        if (!postings.TryGetValue(key, out var list))
        {
            postings[key] = list = [];
        }

        list.Add(listing);
    }

    private static Dictionary<string, int[]> Freeze(Dictionary<string, List<int>> postings, StringComparer comparer) =>
        postings.ToDictionary(p => p.Key, p => p.Value.ToArray(), comparer);

    private static RankedMatch Explain(JobListing listing, double score, ScoreComponents components, HashSet<string> resumeSkills) =>
        new(
            listing,
            Math.Round(score, 4),
            new ScoreComponents(Math.Round(components.Cosine, 4), Math.Round(components.SkillCoverage, 4), Math.Round(components.TitleSimilarity, 4)),
            listing.Skills.Where(resumeSkills.Contains).ToList(),
            listing.Skills.Where(s => !resumeSkills.Contains(s)).ToList());

    /// <summary>Orders matches worst first: by score ascending, then by listing id descending (ids break ties).</summary>
    private sealed class WorstFirst(JobListing[] listings) : IComparer<(double Score, int Listing)>
    {
        public int Compare((double Score, int Listing) x, (double Score, int Listing) y) => Compare(x, y, listings);

        public static int Compare((double Score, int Listing) x, (double Score, int Listing) y, JobListing[] listings)
        {
            var byScore = x.Score.CompareTo(y.Score);
            return byScore != 0 ? byScore : string.CompareOrdinal(listings[y.Listing].Id, listings[x.Listing].Id);
        }
    }
}
