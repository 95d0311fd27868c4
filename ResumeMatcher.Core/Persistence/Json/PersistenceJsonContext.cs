using System.Text.Json.Serialization;
using ResumeMatcher.Core.Listings;

namespace ResumeMatcher.Core.Persistence.Json;

/// <summary>Source-generated JSON for the jsonb columns.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(List<SourceOutcome>))]
public sealed partial class PersistenceJsonContext : JsonSerializerContext;
