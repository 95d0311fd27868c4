using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace ResumeMatcher.Api.Apis;

/// <summary>Paging for list endpoints: 1-based page numbers.</summary>
public sealed record PageQuery(
    [property: FromQuery(Name = "page"), Description("1-based page number (default 1).")] int? Page,
    [property: FromQuery(Name = "page_size"), Description("Items per page, 1-100 (default 20).")] int? PageSize);

/// <summary>The filters of <c>GET /api/matches</c>; all optional and combined with AND.</summary>
public sealed record MatchFilter(
    [property: FromQuery(Name = "skill"), Description("A skill the listing asks for (matched or missing), by name or alias, e.g. 'postgres'.")] string? Skill,
    [property: FromQuery(Name = "company"), Description("The listing's company, case-insensitive, exact.")] string? Company,
    [property: FromQuery(Name = "title"), Description("Words that must all appear in the listing's title (stemmed: 'engineers' finds 'Engineer').")] string? Title,
    [property: FromQuery(Name = "from"), Description("Matched at or after this instant (ISO 8601).")] DateTimeOffset? From,
    [property: FromQuery(Name = "to"), Description("Matched before this instant (ISO 8601).")] DateTimeOffset? To,
    [property: FromQuery(Name = "min_score"), Description("Only matches scoring at least this, 0-1.")] double? MinScore);
