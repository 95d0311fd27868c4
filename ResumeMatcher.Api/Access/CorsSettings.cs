namespace ResumeMatcher.Api.Access;

/// <summary>Browser origins allowed to call the Api. Empty (the default): no CORS middleware, no CORS headers.</summary>
public sealed class CorsSettings
{
    public const string SectionName = "Cors";

    public const string PolicyName = "configured-origins";

    public string[] AllowedOrigins { get; set; } = [];
}
