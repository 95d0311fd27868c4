using System.Globalization;

namespace ResumeMatcher.Core.Listings.Sources;

/// <summary>The date forms boards send: ISO 8601 with or without an offset (UTC assumed), Unix seconds or milliseconds.</summary>
public static class ListingDates
{
    public static DateTimeOffset? Parse(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? parsed
            : null;

    public static DateTimeOffset? FromUnixSeconds(long? seconds) =>
        seconds is > 0 and < 253402300799 ? DateTimeOffset.FromUnixTimeSeconds(seconds.Value) : null;

    public static DateTimeOffset? FromUnixMilliseconds(long? milliseconds) =>
        milliseconds is > 0 and < 253402300799999 ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds.Value) : null;
}
