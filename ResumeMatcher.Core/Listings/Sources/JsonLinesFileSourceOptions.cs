using System.ComponentModel.DataAnnotations;

namespace ResumeMatcher.Core.Listings.Sources;

public sealed class JsonLinesFileSourceOptions
{
    public const string SectionName = "Listings:Sources:File";

    public bool Enabled { get; set; } = true;

    /// <summary>A JSON Lines file of listings; relative paths are read from the application's folder.</summary>
    [Required]
    public string Path { get; set; } = "data/listings.jsonl";
}
