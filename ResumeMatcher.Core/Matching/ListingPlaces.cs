namespace ResumeMatcher.Core.Matching;

/// <summary>What the location and remote filters need: each distinct location once, each listing's location number and remote flag (1, 0, -1 unknown).</summary>
internal sealed record ListingPlaces(string[] LocationNames, int[] Locations, sbyte[] Remote)
{
    public static ListingPlaces Empty { get; } = new([], [], []);

    /// <summary>Which location numbers pass the request's location filter (null: all do).</summary>
    public bool[]? AdmittedLocations(MatchRequest request) =>
        string.IsNullOrWhiteSpace(request.Location) ? null : LocationNames.Select(request.AdmitsLocation).ToArray();

    public bool Admits(int listing, MatchRequest request, bool[]? admittedLocations) =>
        (request.Remote is not { } remote || Remote[listing] == (remote ? 1 : 0))
        && (admittedLocations is null || admittedLocations[Locations[listing]]);
}
