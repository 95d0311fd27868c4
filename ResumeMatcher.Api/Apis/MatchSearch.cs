using Microsoft.EntityFrameworkCore;
using ResumeMatcher.Core.Matching;

namespace ResumeMatcher.Api.Apis;

/// <summary>
/// The filters of <c>GET /api/matches</c> as SQL each index can serve: the skill as array containment (GIN on the
/// skill arrays), the company as <c>lower("Company")</c> (an expression index), the title words as a full-text match (GIN
/// on the generated tsvector), dates and score as ranges (b-tree).
/// </summary>
public static class MatchSearch
{
    /// <param name="filter">The filters, with <see cref="MatchFilter.Skill"/> already the taxonomy's name.</param>
    public static IQueryable<MatchResult> Filter(IQueryable<MatchResult> results, MatchFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Skill))
        {
            var wanted = new[] { filter.Skill };
            results = results.Where(r => wanted.All(w => r.MatchedSkills.Contains(w)) || wanted.All(w => r.MissingSkills.Contains(w)));
        }

        if (!string.IsNullOrWhiteSpace(filter.Company))
        {
            var company = filter.Company.Trim().ToLowerInvariant();
            results = results.Where(r => r.Company.ToLower() == company);
        }

        if (!string.IsNullOrWhiteSpace(filter.Title))
        {
            var words = filter.Title.Trim();
            results = results.Where(r => r.TitleSearch!.Matches(EF.Functions.PlainToTsQuery(MatchResult.TitleSearchConfiguration, words)));
        }

        if (filter.From is { } from)
        {
            results = results.Where(r => r.CreatedAt >= from);
        }

        if (filter.To is { } to)
        {
            results = results.Where(r => r.CreatedAt < to);
        }

        if (filter.MinScore is { } minScore)
        {
            results = results.Where(r => r.Score >= minScore);
        }

        return results;
    }
}
