using ResumeMatcher.Core.Skills;

namespace ResumeMatcher.Core.Matching;

/// <summary>
/// What to rank listings for: the resume's text and profile, how many results above which score, and optional
/// filters: <paramref name="Location"/> keeps listings whose location contains the text (case-insensitive);
/// <paramref name="Remote"/> keeps only remote (true) or only on-site (false) listings, leaving out listings that
/// do not say.
/// </summary>
public sealed record MatchRequest(
    string ResumeText,
    ResumeProfile Profile,
    double MinScore,
    int Limit,
    string? Location = null,
    bool? Remote = null)
{
    /// <summary>Whether a listing passes the request's location and remote filters.</summary>
    public bool Admits(Listings.JobListing listing) =>
        (Remote is not { } remote || listing.Remote == remote) && AdmitsLocation(listing.Location);

    /// <summary>Whether a listing's location passes the location filter.</summary>
    public bool AdmitsLocation(string location) =>
        string.IsNullOrWhiteSpace(Location) || location.Contains(Location.Trim(), StringComparison.OrdinalIgnoreCase);
}
