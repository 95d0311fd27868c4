using NpgsqlTypes;

namespace ResumeMatcher.Core.Matching;

/// <summary>A stored match: a snapshot of the listing as the user saw it, its rank and its score with parts.</summary>
public sealed class MatchResult
{
    /// <summary>The text search configuration of <see cref="TitleSearch"/>; title queries must use the same.</summary>
    public const string TitleSearchConfiguration = "english";

    public long Id { get; set; }

    public Guid TaskId { get; set; }

    public int Rank { get; set; }

    public required string ListingId { get; set; }

    public required string Source { get; set; }

    public required string Title { get; set; }

    public required string Company { get; set; }

    public string Location { get; set; } = "";

    public bool? Remote { get; set; }

    public required string Description { get; set; }

    public required string Url { get; set; }

    public string? Salary { get; set; }

    public double Score { get; set; }

    public double Cosine { get; set; }

    public double SkillCoverage { get; set; }

    public double TitleSimilarity { get; set; }

    public List<string> MatchedSkills { get; set; } = [];

    public List<string> MissingSkills { get; set; } = [];

    /// <summary>When the match was stored (the task's completion), for history queries by date.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The title's words (english stemming), computed by PostgreSQL for title searches; never written.</summary>
    public NpgsqlTsVector? TitleSearch { get; set; }
}
