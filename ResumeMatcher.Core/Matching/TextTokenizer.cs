using Microsoft.ML;
using Microsoft.ML.Data;

namespace ResumeMatcher.Core.Matching;

/// <summary>
/// The word stage of Microsoft.ML text featurisation: normalise (lower case, no diacritics, punctuation and numbers
/// kept), split into words, drop English stop words. These transforms learn nothing, so they are fitted on no data and
/// applied in one streaming pass; the vocabulary, n-grams and IDF are learnt by <see cref="TermPostingsBuilder"/>.
/// </summary>
public sealed class TextTokenizer
{
    /// <summary>
    /// Word separators. ML.NET's tokeniser splits on spaces only by default, and NormalizeText keeps line breaks and
    /// drops punctuation without leaving a space, so "Engineer\nPython" and "Java/Python" became single junk tokens
    /// that no other document shares: most of a multi-line resume's words never met a listing's, and cosines came
    /// out near zero. Punctuation is kept through normalisation and split on here instead.
    /// </summary>
    public static readonly char[] Separators =
    [
        ' ', '\n', '\r', '\t', '\f', '\v', '\u00a0', ',', ';', ':', '/', '\\', '|', '(', ')', '[', ']', '{', '}', '<', '>', '"', '\'',
        '!', '?', '.', '*', '=', '~', '`', '\u2022', '\u00b7', '\u2013', '\u2014', '\u2018', '\u2019', '\u201c', '\u201d',
    ];

    private readonly MLContext _ml = new(seed: 1);
    private readonly ITransformer _model;
    private readonly Lock _engineLock = new();
    private readonly PredictionEngine<Document, Words> _engine;

    public TextTokenizer()
    {
        var pipeline = _ml.Transforms.Text.NormalizeText("Normalized", nameof(Document.Text), keepDiacritics: false, keepPunctuations: true, keepNumbers: true)
            .Append(_ml.Transforms.Text.TokenizeIntoWords(nameof(Words.Tokens), "Normalized", Separators))
            .Append(_ml.Transforms.Text.RemoveDefaultStopWords(nameof(Words.Tokens)));
        _model = pipeline.Fit(_ml.Data.LoadFromEnumerable(Array.Empty<Document>()));
        _engine = _ml.Model.CreatePredictionEngine<Document, Words>(_model);
    }

    /// <summary>Receives the words of one document, in order; the span is valid only during the call.</summary>
    public delegate void WordSink(int document, ReadOnlySpan<ReadOnlyMemory<char>> words);

    /// <summary>The words of many texts, in one pass through ML.NET; <paramref name="sink"/> sees them in order.</summary>
    public void TokenizeMany(IReadOnlyList<string> texts, WordSink sink)
    {
        var transformed = _model.Transform(_ml.Data.LoadFromEnumerable(texts.Select(text => new Document { Text = text })));
        var column = transformed.Schema[nameof(Words.Tokens)];
        using var cursor = transformed.GetRowCursor([column]);
        var getter = cursor.GetGetter<VBuffer<ReadOnlyMemory<char>>>(column);
        var buffer = default(VBuffer<ReadOnlyMemory<char>>);
        var document = 0;
        while (cursor.MoveNext())
        {
            getter(ref buffer);
            sink(document++, Values(buffer));
        }
    }

    /// <summary>The words of one text; safe to call from many threads.</summary>
    public void Tokenize(string text, WordSink sink)
    {
        var words = new Words();
        lock (_engineLock)
        {
            _engine.Predict(new Document { Text = text }, ref words);
            sink(0, Values(words.Tokens));
        }
    }

    private static ReadOnlySpan<ReadOnlyMemory<char>> Values(VBuffer<ReadOnlyMemory<char>> words) =>
        words.IsDense ? words.GetValues() : words.DenseValues().ToArray();

    private sealed class Document
    {
        public string Text { get; set; } = "";
    }

    private sealed class Words
    {
        public VBuffer<ReadOnlyMemory<char>> Tokens { get; set; }
    }
}
