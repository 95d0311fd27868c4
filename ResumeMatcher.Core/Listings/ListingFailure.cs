using System.Net;
using System.Text.Json;
using Polly.Timeout;
using Refit;
using ResumeMatcher.Core.Listings.Http;

namespace ResumeMatcher.Core.Listings;

/// <summary>Turns why a source failed into a sentence for the task status (no stack traces, no response bodies).</summary>
public static class ListingFailure
{
    public static string Describe(Exception exception) => exception switch
    {
        ApiException { InnerException: { } inner } api when (int)api.StatusCode is >= 200 and < 300 => Describe(inner),
        ApiException api when api.StatusCode == HttpStatusCode.TooManyRequests =>
            $"rate limited by {api.Uri?.Authority}: HTTP 429{RetryAfter(api)}",
        ApiException api => $"HTTP {(int)api.StatusCode} {api.ReasonPhrase} from {api.Uri?.Authority}",
        HttpRequestException { StatusCode: HttpStatusCode.TooManyRequests } http => $"rate limited: HTTP 429 ({http.Message})",
        HttpRequestException { StatusCode: { } status } => $"HTTP {(int)status} {status}",
        HttpRequestException http => $"network error: {http.Message}",
        TimeoutRejectedException timeout => $"timed out after {timeout.Timeout.TotalSeconds:0.###} s",
        TaskCanceledException or OperationCanceledException => "timed out or cancelled",
        JsonException json => $"malformed JSON: {json.Message}",
        InvalidDataException data => $"malformed response: {data.Message}",
        ListingFetchRefusedException refused => refused.Message,
        _ when exception.InnerException is { } inner && exception is not ListingFetchRefusedException => Describe(inner),
        _ => exception.Message,
    };

    private static string RetryAfter(ApiException api) =>
        api.Headers.RetryAfter is { } retry
            ? retry.Delta is { } delta ? $", retry after {delta.TotalSeconds:0} s" : $", retry after {retry.Date:O}"
            : "";
}
