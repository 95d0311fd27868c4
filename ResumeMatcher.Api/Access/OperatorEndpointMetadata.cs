namespace ResumeMatcher.Api.Access;

/// <summary>Marks operator endpoints, so the OpenAPI document lists the API key as their security.</summary>
public sealed class OperatorEndpointMetadata
{
    public static readonly OperatorEndpointMetadata Instance = new();

    private OperatorEndpointMetadata()
    {
    }
}
