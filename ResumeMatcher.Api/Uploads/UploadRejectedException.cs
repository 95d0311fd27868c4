namespace ResumeMatcher.Api.Uploads;

/// <summary>An upload refused at the door; <see cref="StatusCode"/> is the HTTP status the client gets.</summary>
public sealed class UploadRejectedException(int statusCode, string title, string detail) : Exception(detail)
{
    public int StatusCode { get; } = statusCode;

    public string Title { get; } = title;

    public static UploadRejectedException TooLarge(long maxBytes) => new(
        StatusCodes.Status413PayloadTooLarge,
        "The file is too large",
        $"Resumes of up to {maxBytes / 1024.0 / 1024.0:0.#} MB are accepted.");
}
