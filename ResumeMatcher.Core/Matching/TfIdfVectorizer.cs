using System.Runtime.InteropServices;

namespace ResumeMatcher.Core.Matching;

/// <summary>
/// TF-IDF weights learnt over the listing corpus: Microsoft.ML's word stage (<see cref="TextTokenizer"/>), then
/// 1- and 2-grams weighted by count × ln(documents / document frequency), the weighting of ML.NET's n-gram
/// transform (<see cref="MlNetTfIdfModel"/>; tests check the vectors are the same), learnt in one pass by
/// <see cref="TermPostingsBuilder"/>. Vectors come back L2-normalised, so a dot product is a cosine; terms the corpus
/// never had are left out. Safe to use from many threads.
/// </summary>
public sealed class TfIdfVectorizer
{
    private readonly TextTokenizer _tokenizer;
    private readonly TermVocabulary _vocabulary;
    private readonly float[] _idf;

    internal TfIdfVectorizer(TextTokenizer tokenizer, TermVocabulary vocabulary, float[] idf)
    {
        _tokenizer = tokenizer;
        _vocabulary = vocabulary;
        _idf = idf;
    }

    /// <summary>How many terms (1- and 2-grams) the vocabulary holds: term indices are below this.</summary>
    public int TermCount => _idf.Length;

    /// <summary>The inverse document frequency of a term.</summary>
    public float Idf(int term) => _idf[term];

    /// <summary>The vector of one text.</summary>
    public SparseVector Transform(string text)
    {
        SparseVector? vector = null;
        _tokenizer.Tokenize(text, (_, words) => vector = Vectorize(words));
        return vector!;
    }

    /// <summary>Vectors for many texts at once (one pass through the word stage).</summary>
    public List<SparseVector> TransformMany(IReadOnlyList<string> texts)
    {
        var vectors = new List<SparseVector>(texts.Count);
        _tokenizer.TokenizeMany(texts, (_, words) => vectors.Add(Vectorize(words)));
        return vectors;
    }

    private SparseVector Vectorize(ReadOnlySpan<ReadOnlyMemory<char>> words)
    {
        var terms = new List<int>(words.Length * 2);
        _vocabulary.AppendTerms(words, terms, learn: false);
        var sorted = CollectionsMarshal.AsSpan(terms);
        sorted.Sort();
        var indices = new List<int>();
        var values = new List<float>();
        for (var i = 0; i < sorted.Length;)
        {
            var term = sorted[i];
            var j = i + 1;
            while (j < sorted.Length && sorted[j] == term)
            {
                j++;
            }

            var weight = (float)((j - i) * (double)_idf[term]);
            if (weight != 0)
            {
                indices.Add(term);
                values.Add(weight);
            }

            i = j;
        }

        return SparseVector.Normalised(indices, values);
    }
}
