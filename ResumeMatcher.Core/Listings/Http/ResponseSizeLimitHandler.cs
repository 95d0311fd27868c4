namespace ResumeMatcher.Core.Listings.Http;

/// <summary>Reads each response body into memory up to a cap, and refuses a larger one (declared or actual).</summary>
public sealed class ResponseSizeLimitHandler(long maxBytes) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Content.Headers.ContentLength is { } declared && declared > maxBytes)
        {
            response.Dispose();
            throw TooLarge(request, $"{declared:N0} bytes declared");
        }

        var buffer = new MemoryStream();
        await using (var body = await response.Content.ReadAsStreamAsync(cancellationToken))
        {
            var chunk = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    response.Dispose();
                    throw TooLarge(request, $"more than {maxBytes:N0} bytes sent");
                }

                buffer.Write(chunk, 0, read);
            }
        }

        var content = new ByteArrayContent(buffer.GetBuffer(), 0, (int)buffer.Length);
        foreach (var header in response.Content.Headers)
        {
            content.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        content.Headers.ContentLength = buffer.Length;
        response.Content.Dispose();
        response.Content = content;
        return response;
    }

    private ListingFetchRefusedException TooLarge(HttpRequestMessage request, string detail) =>
        new($"response from {request.RequestUri!.Authority} too large: {detail}, the cap is {maxBytes:N0} bytes");
}
