using System.ComponentModel.DataAnnotations;
using ResumeMatcher.Core.Listings.Http;

namespace ResumeMatcher.Core.Listings.Sources;

public sealed class RemotiveSourceOptions : JobBoardOptions
{
    public const string SectionName = "Listings:Sources:Remotive";

    public RemotiveSourceOptions() => BaseUrl = "https://remotive.com";

    /// <summary>A Remotive category slug ("software-dev"), or none for every category.</summary>
    public string? Category { get; set; }

    /// <summary>At most this many jobs per request.</summary>
    [Range(1, 1000)]
    public int Limit { get; set; } = 200;
}
