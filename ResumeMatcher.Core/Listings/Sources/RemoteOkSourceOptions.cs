using ResumeMatcher.Core.Listings.Http;

namespace ResumeMatcher.Core.Listings.Sources;

public sealed class RemoteOkSourceOptions : JobBoardOptions
{
    public const string SectionName = "Listings:Sources:RemoteOk";

    public RemoteOkSourceOptions() => BaseUrl = "https://remoteok.com";
}
