using Microsoft.ML.Data;

namespace ResumeMatcher.Core.Matching;

/// <summary>An L2-normalised sparse vector: term indices (ascending) and their weights.</summary>
public sealed class SparseVector(int[] indices, float[] values)
{
    public int[] Indices { get; } = indices;

    public float[] Values { get; } = values;

    public bool IsEmpty => Indices.Length == 0;

    public static SparseVector FromVBuffer(VBuffer<float> buffer)
    {
        var indices = new List<int>();
        var values = new List<float>();
        var bufferValues = buffer.GetValues();
        if (buffer.IsDense)
        {
            for (var i = 0; i < bufferValues.Length; i++)
            {
                if (bufferValues[i] != 0)
                {
                    indices.Add(i);
                    values.Add(bufferValues[i]);
                }
            }
        }
        else
        {
            var bufferIndices = buffer.GetIndices();
            for (var i = 0; i < bufferValues.Length; i++)
            {
                if (bufferValues[i] != 0)
                {
                    indices.Add(bufferIndices[i]);
                    values.Add(bufferValues[i]);
                }
            }
        }

        return Normalised(indices, values);
    }

    /// <summary>A vector of the given weights scaled to unit length (empty when they are all zero).</summary>
    public static SparseVector Normalised(List<int> indices, List<float> values)
    {
        var norm = MathF.Sqrt(values.Sum(v => v * v));
        var normalised = norm > 0 ? values.Select(v => v / norm).ToArray() : [];
        return new SparseVector(norm > 0 ? indices.ToArray() : [], normalised);
    }

    /// <summary>The dot product with another sparse vector (the cosine, as both are normalised).</summary>
    public float Dot(SparseVector other)
    {
        float sum = 0;
        int i = 0, j = 0;
        while (i < Indices.Length && j < other.Indices.Length)
        {
            var a = Indices[i];
            var b = other.Indices[j];
            if (a == b)
            {
                sum += Values[i++] * other.Values[j++];
            }
            else if (a < b)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }
}
