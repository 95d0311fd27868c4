using System.ComponentModel.DataAnnotations;

namespace ResumeMatcher.Api.Access;

/// <summary>Who may use the operator endpoints: the holder of the configured API key.</summary>
public sealed class OperatorAccessOptions
{
    public const string SectionName = "Operator";

    /// <summary>The header that carries the key.</summary>
    public const string HeaderName = "X-Api-Key";

    /// <summary>
    /// The operator API key (at least 32 characters; set it through a secret store or the environment,
    /// <c>Operator__ApiKey</c>). While it is not set, every operator endpoint answers 403.
    /// </summary>
    [MinLength(32)]
    public string? ApiKey { get; set; }
}
