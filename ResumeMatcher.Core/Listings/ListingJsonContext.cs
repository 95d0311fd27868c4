using System.Text.Json.Serialization;

namespace ResumeMatcher.Core.Listings;

/// <summary>Source-generated JSON for listings, in files and in the Redis cache.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(JobListing))]
public sealed partial class ListingJsonContext : JsonSerializerContext;
