namespace ResumeMatcher.Core.Listings.Http;

/// <summary>
/// A request this service refuses to make or a response it refuses to read (another host, too large, disallowed by
/// robots.txt). Never retried; its message is the reason shown in the task status.
/// </summary>
public sealed class ListingFetchRefusedException(string message) : Exception(message);
