using System.ComponentModel.DataAnnotations;

namespace ResumeMatcher.Core.Listings.Http;

/// <summary>What every network source has: a switch, a base URL (tests point it at a local server) and timeouts.</summary>
public abstract class JobBoardOptions : IValidatableObject
{
    /// <summary>Network sources are off until switched on in configuration.</summary>
    public bool Enabled { get; set; }

    /// <summary>The board's scheme and host (and path prefix, if any). Only this host is ever contacted.</summary>
    [Required]
    public string BaseUrl { get; set; } = "";

    /// <summary>The longest a single attempt may take.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The longest one fetch may take, retries and waits included.</summary>
    [Range(typeof(TimeSpan), "00:00:00.200", "00:30:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Other hosts a redirect may lead to (the base URL's host is always allowed).</summary>
    public List<string> AllowedRedirectHosts { get; set; } = [];

    public Uri BaseUri => new(BaseUrl.EndsWith('/') ? BaseUrl : BaseUrl + "/", UriKind.Absolute);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult($"BaseUrl '{BaseUrl}' is not an absolute http(s) URL.", [nameof(BaseUrl)]);
        }

        if (TotalTimeout < AttemptTimeout)
        {
            yield return new ValidationResult("TotalTimeout must be at least AttemptTimeout.", [nameof(TotalTimeout)]);
        }

        foreach (var result in ValidateSource())
        {
            yield return result;
        }
    }

    /// <summary>What the source itself needs when enabled (board tokens, queries...).</summary>
    protected virtual IEnumerable<ValidationResult> ValidateSource() => [];
}
