using System.Net;

namespace ResumeMatcher.Core.Listings.Http;

/// <summary>
/// Contacts only the configured hosts, and follows redirects itself (the primary handler does not) so that a redirect to
/// any other host is refused rather than followed.
/// </summary>
public sealed class AllowedHostsHandler(IReadOnlySet<string> allowedHosts, int maxRedirects) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        EnsureAllowed(request.RequestUri!, "request");
        var response = await base.SendAsync(request, cancellationToken);
        for (var redirects = 0; IsRedirect(response.StatusCode); redirects++)
        {
            var location = response.Headers.Location;
            if (location is null)
            {
                return response;
            }

            var target = location.IsAbsoluteUri ? location : new Uri(request.RequestUri!, location);
            response.Dispose();
            if (redirects >= maxRedirects)
            {
                throw new ListingFetchRefusedException($"more than {maxRedirects} redirects from {request.RequestUri!.Authority}");
            }

            EnsureAllowed(target, "redirect");
            var method = response.StatusCode is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect ? request.Method : HttpMethod.Get;
            var next = new HttpRequestMessage(method, target) { Version = request.Version, VersionPolicy = request.VersionPolicy };
            foreach (var header in request.Headers)
            {
                next.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            request = next;
            response = await base.SendAsync(request, cancellationToken);
        }

        return response;
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private void EnsureAllowed(Uri uri, string what)
    {
        if (!allowedHosts.Contains(uri.Authority))
        {
            throw new ListingFetchRefusedException(
                $"{what} to {uri.Authority} refused: only {string.Join(", ", allowedHosts.Order(StringComparer.Ordinal))} may be contacted");
        }
    }
}
