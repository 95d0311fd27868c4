using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace ResumeMatcher.Core.Matching;

/// <summary>
/// The whole TF-IDF pipeline of Microsoft.ML (normalise, tokenise, drop stop words, map to keys, 1-2-grams weighted by
/// TF-IDF), fitted and applied by ML.NET itself, read as L2-normalised sparse vectors. The index does not use it (it
/// transforms the corpus three times and holds every n-gram as text: 81 s and 2 GB at 100k listings); it is the
/// reference that <see cref="TfIdfVectorizer"/> is tested against, and the seed's refit-per-task baseline.
/// </summary>
public sealed class MlNetTfIdfModel
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly Lock _engineLock = new();
    private readonly PredictionEngine<Document, Features> _engine;

    private MlNetTfIdfModel(MLContext ml, ITransformer model, DataViewSchema inputSchema)
    {
        _ml = ml;
        _model = model;
        TermCount = model.GetOutputSchema(inputSchema)[nameof(Features.Vector)].Type is VectorDataViewType { Size: > 0 } vector
            ? vector.Size
            : throw new InvalidOperationException("The TF-IDF output is not a vector of known size.");
        _engine = ml.Model.CreatePredictionEngine<Document, Features>(model);
    }

    /// <summary>Learns the vocabulary and IDF weights from <paramref name="corpus"/>.</summary>
    public static MlNetTfIdfModel Fit(IEnumerable<string> corpus)
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(corpus.Select(text => new Document { Text = text }));
        var pipeline = ml.Transforms.Text.NormalizeText("Normalized", nameof(Document.Text), keepDiacritics: false, keepPunctuations: true, keepNumbers: true)
            .Append(ml.Transforms.Text.TokenizeIntoWords("Tokens", "Normalized", TextTokenizer.Separators))
            .Append(ml.Transforms.Text.RemoveDefaultStopWords("Tokens"))
            .Append(ml.Transforms.Conversion.MapValueToKey("TokenKeys", "Tokens"))
            .Append(ml.Transforms.Text.ProduceNgrams(
                nameof(Features.Vector),
                "TokenKeys",
                ngramLength: 2,
                useAllLengths: true,
                weighting: NgramExtractingEstimator.WeightingCriteria.TfIdf));
        return new MlNetTfIdfModel(ml, pipeline.Fit(data), data.Schema);
    }

    /// <summary>How many terms (1- and 2-grams) the vocabulary holds: term indices are below this.</summary>
    public int TermCount { get; }

    /// <summary>Vectors for many texts at once (one pass through the model).</summary>
    public List<SparseVector> TransformMany(IReadOnlyList<string> texts)
    {
        var data = _ml.Data.LoadFromEnumerable(texts.Select(text => new Document { Text = text }));
        var transformed = _model.Transform(data);
        var vectors = new List<SparseVector>(texts.Count);
        using var cursor = transformed.GetRowCursor(transformed.Schema.Where(c => c.Name == nameof(Features.Vector)));
        var getter = cursor.GetGetter<VBuffer<float>>(transformed.Schema[nameof(Features.Vector)]);
        var buffer = default(VBuffer<float>);
        while (cursor.MoveNext())
        {
            getter(ref buffer);
            vectors.Add(SparseVector.FromVBuffer(buffer));
        }

        return vectors;
    }

    /// <summary>The vector of one text; safe to call from many threads.</summary>
    public SparseVector Transform(string text)
    {
        var features = new Features();
        lock (_engineLock)
        {
            _engine.Predict(new Document { Text = text }, ref features);
            return SparseVector.FromVBuffer(features.Vector);
        }
    }

    private sealed class Document
    {
        public string Text { get; set; } = "";
    }

    private sealed class Features
    {
        public VBuffer<float> Vector { get; set; }
    }
}
