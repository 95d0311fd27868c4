using System.Text.Json.Serialization;

namespace ResumeMatcher.Core.Listings.Sources;

/// <summary>The boards that answer in snake_case: Greenhouse, Remotive, Remote OK, Arbeitnow.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(GreenhouseJobsResponse))]
[JsonSerializable(typeof(RemotiveResponse))]
[JsonSerializable(typeof(IReadOnlyList<RemoteOkJob>))]
[JsonSerializable(typeof(ArbeitnowResponse))]
public sealed partial class SnakeCaseBoardJsonContext : JsonSerializerContext;

/// <summary>The boards that answer in camelCase: Lever, Ashby.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(IReadOnlyList<LeverPosting>))]
[JsonSerializable(typeof(AshbyJobBoardResponse))]
public sealed partial class CamelCaseBoardJsonContext : JsonSerializerContext;
