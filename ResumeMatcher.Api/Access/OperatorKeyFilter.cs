using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ResumeMatcher.Api.Access;

/// <summary>
/// Guards the operator endpoints with the configured API key, compared in constant time. With no key configured the
/// endpoints refuse with 403 (no credential could succeed, so asking for one with 401 would mislead); a missing or
/// wrong key is 401 with a <c>WWW-Authenticate</c> challenge.
/// </summary>
public sealed partial class OperatorKeyFilter(IOptionsMonitor<OperatorAccessOptions> options, ILogger<OperatorKeyFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var configured = options.CurrentValue.ApiKey;
        if (string.IsNullOrEmpty(configured))
        {
            LogNotConfigured(context.HttpContext.Request.Path);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Operator endpoints are disabled",
                detail: "No operator API key is configured on this server (Operator:ApiKey), so operator endpoints refuse every request.");
        }

        var presented = context.HttpContext.Request.Headers[OperatorAccessOptions.HeaderName].ToString();
        if (presented.Length == 0 || !KeysEqual(presented, configured))
        {
            LogRejected(context.HttpContext.Request.Path, presented.Length == 0);
            context.HttpContext.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{OperatorAccessOptions.HeaderName}\"";
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Operator API key required",
                detail: $"Send the operator API key in the {OperatorAccessOptions.HeaderName} header.");
        }

        return await next(context);
    }

    /// <summary>Compares digests of both keys, so neither their content nor their length leaks through timing.</summary>
    private static bool KeysEqual(string presented, string configured) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(configured)));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Operator endpoint {Path} refused: no operator API key is configured")]
    private partial void LogNotConfigured(PathString path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Operator endpoint {Path} refused: API key missing ({Missing}) or wrong")]
    private partial void LogRejected(PathString path, bool missing);
}
