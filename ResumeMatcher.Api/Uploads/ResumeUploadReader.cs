using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ResumeMatcher.Api.Uploads;

/// <summary>
/// Streams a multipart/form-data upload into memory with the size limit enforced as the bytes arrive (and before
/// anything is read when Content-Length already says too much). Nothing is buffered to disk.
/// </summary>
public sealed class ResumeUploadReader(IOptions<UploadOptions> options)
{
    public const string FileField = "file";
    public const string LimitField = "limit";
    public const string MinScoreField = "min_score";
    public const string LocationField = "location";
    public const string RemoteField = "remote";

    private const int MaxFormFieldLength = 64;

    public async Task<ResumeUpload> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw new UploadRejectedException(
                StatusCodes.Status415UnsupportedMediaType,
                "Send the resume as multipart/form-data",
                "POST the resume as multipart/form-data with the file in a field named 'file'.");
        }

        var maxBody = limits.MaxFileBytes + limits.MultipartOverheadBytes;
        if (request.ContentLength > maxBody)
        {
            throw UploadRejectedException.TooLarge(limits.MaxFileBytes);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = maxBody;
        }

        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            throw new UploadRejectedException(StatusCodes.Status400BadRequest, "Malformed multipart body", "The multipart boundary is missing.");
        }

        byte[]? content = null;
        string? fileName = null, limit = null, minScore = null, location = null, remote = null;
        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = maxBody };
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
                if (disposition.IsFileDisposition() && name == FileField && content is null)
                {
                    fileName = HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                    content = await ReadLimitedAsync(section.Body, limits.MaxFileBytes, cancellationToken);
                }
                else if (disposition.IsFormDisposition() && name is LimitField or MinScoreField or LocationField or RemoteField)
                {
                    var value = await ReadFieldAsync(section.Body, cancellationToken);
                    switch (name)
                    {
                        case LimitField:
                            limit = value;
                            break;
                        case MinScoreField:
                            minScore = value;
                            break;
                        case LocationField:
                            location = value;
                            break;
                        default:
                            remote = value;
                            break;
                    }
                }
                else
                {
                    await section.Body.CopyToAsync(Stream.Null, cancellationToken);
                }
            }
        }
        catch (InvalidDataException ex) when (ex.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase))
        {
            throw UploadRejectedException.TooLarge(limits.MaxFileBytes);
        }
        catch (IOException ex)
        {
            throw new UploadRejectedException(StatusCodes.Status400BadRequest, "Malformed multipart body", ex.Message);
        }

        if (content is null)
        {
            throw new UploadRejectedException(
                StatusCodes.Status400BadRequest,
                "No file was uploaded",
                "Attach the resume (PDF or text) in a multipart field named 'file'.");
        }

        return new ResumeUpload(content, fileName, limit, minScore, location, remote);
    }

    private static async Task<byte[]> ReadLimitedAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw UploadRejectedException.TooLarge(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static async Task<string> ReadFieldAsync(Stream body, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await ReadLimitedAsync(body, MaxFormFieldLength, cancellationToken);
            return System.Text.Encoding.UTF8.GetString(bytes).Trim();
        }
        catch (UploadRejectedException)
        {
            throw new UploadRejectedException(StatusCodes.Status400BadRequest, "A form field is too long", $"Form fields hold at most {MaxFormFieldLength} bytes.");
        }
    }
}
