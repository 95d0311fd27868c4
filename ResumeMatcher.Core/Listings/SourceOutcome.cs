namespace ResumeMatcher.Core.Listings;

/// <summary>How one source fared in a refresh: ok with a count, or failed with a reason.</summary>
public sealed record SourceOutcome(string Source, bool Ok, int Count, string? Error)
{
    public static SourceOutcome Succeeded(string source, int count) => new(source, true, count, null);

    public static SourceOutcome Failed(string source, string error) => new(source, false, 0, error);
}
