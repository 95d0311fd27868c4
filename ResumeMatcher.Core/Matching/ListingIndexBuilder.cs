using System.Diagnostics;
using ResumeMatcher.Core.Listings;
using ResumeMatcher.Core.Skills;

namespace ResumeMatcher.Core.Matching;

/// <summary>
/// Builds a <see cref="ListingIndex"/> from listings streamed one by one: each listing's text goes through the word
/// stage in batches and straight into the postings, and of the listing itself only what ranking needs is kept
/// (id, skills as numbers, title words, location, remote). The caller can drop each listing once added, so a corpus
/// never has to be in memory at once.
/// </summary>
public sealed class ListingIndexBuilder
{
    private readonly JobTitleExtractor _titles;
    private readonly TextTokenizer _tokenizer = new();
    private readonly TermPostingsBuilder _terms = new();
    private readonly TextTokenizer.WordSink _addWords;
    private readonly List<string> _ids = [];

    private readonly Dictionary<string, int> _skillNumbers = new(StringComparer.Ordinal);
    private readonly List<string> _skillNames = [];
    private readonly List<int> _listingSkillStart = [0];
    private readonly List<int> _listingSkills = [];
    private readonly List<int> _skillCount = [];
    private readonly Dictionary<string, List<int>> _skillListings = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<int>> _catalogTitleListings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _titleWordListings = new(StringComparer.Ordinal);
    private readonly List<int> _titleWordCount = [];

    private readonly Dictionary<string, int> _locationNumbers = new(StringComparer.Ordinal);
    private readonly List<string> _locationNames = [];
    private readonly List<int> _locations = [];
    private readonly List<sbyte> _remote = [];

    private long _fieldTicks;
    private long _wordTicks;
    private long _finishTicks;

    public ListingIndexBuilder(JobTitleExtractor titles)
    {
        _titles = titles;
        _addWords = (_, words) => _terms.Add(words);
    }

    public int Count => _ids.Count;

    /// <summary>Time spent so far, by phase.</summary>
    public ListingIndexBuildTimings Timings =>
        new(Stopwatch.GetElapsedTime(0, _fieldTicks), Stopwatch.GetElapsedTime(0, _wordTicks), Stopwatch.GetElapsedTime(0, _finishTicks));

    public void Add(JobListing listing)
    {
        var started = Stopwatch.GetTimestamp();
        var number = _ids.Count;
        _ids.Add(listing.Id);

        foreach (var skill in listing.Skills)
        {
            if (!_skillNumbers.TryGetValue(skill, out var skillNumber))
            {
                skillNumber = _skillNames.Count;
                _skillNumbers[skill] = skillNumber;
                _skillNames.Add(skill);
            }

            _listingSkills.Add(skillNumber);
        }

        _listingSkillStart.Add(_listingSkills.Count);
        var distinctSkills = ListingIndex.ListingSkills(listing);
        _skillCount.Add(distinctSkills.Count);
        foreach (var skill in distinctSkills)
        {
            Add(_skillListings, skill, number);
        }

        if (_titles.Normalise(listing.Title) is { } catalogTitle)
        {
            Add(_catalogTitleListings, catalogTitle, number);
        }

        var words = ListingIndex.TitleWords(listing.Title);
        _titleWordCount.Add(words.Count);
        foreach (var word in words)
        {
            Add(_titleWordListings, word, number);
        }

        if (!_locationNumbers.TryGetValue(listing.Location, out var location))
        {
            location = _locationNames.Count;
            _locationNumbers[listing.Location] = location;
            _locationNames.Add(listing.Location);
        }

        _locations.Add(location);
        _remote.Add(listing.Remote switch { true => 1, false => 0, null => -1 });

        var fieldsDone = Stopwatch.GetTimestamp();
        _fieldTicks += fieldsDone - started;
        _tokenizer.Tokenize(ListingIndex.DocumentParts(listing), _addWords);

        _wordTicks += Stopwatch.GetTimestamp() - fieldsDone;
    }

    /// <summary>The index of every listing added; the builder must not be used afterwards.</summary>
    /// <summary>
    /// Returns the memory a finished build leaves behind (its vocabulary tables and posting chunks: tens of megabytes at
    /// 100k listings) to the operating system with one compacting collection, so a process holding the index stays
    /// small. Builds are rare (once per cache version), so the pause is paid rarely.
    /// </summary>
    public static void ReleaseBuildMemory()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    public ListingIndex Build(long version = 0)
    {
        if (_ids.Count == 0)
        {
            return ListingIndex.Empty(version);
        }

        var flushed = Stopwatch.GetTimestamp();
        var (vectorizer, postings) = _terms.Build(_tokenizer);
        var index = new ListingIndex(
            version,
            [.. _ids],
            vectorizer,
            postings,
            new ListingSkills([.. _skillNames], [.. _listingSkillStart], [.. _listingSkills], [.. _skillCount], Freeze(_skillListings, StringComparer.OrdinalIgnoreCase)),
            new ListingTitles(Freeze(_catalogTitleListings, StringComparer.Ordinal), Freeze(_titleWordListings, StringComparer.Ordinal), [.. _titleWordCount]),
            new ListingPlaces([.. _locationNames], [.. _locations], [.. _remote]));
        _finishTicks += Stopwatch.GetTimestamp() - flushed;
        return index;
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
}
