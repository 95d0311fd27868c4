namespace ResumeMatcher.Core.Hosting;

/// <summary>Names of the Aspire resources, shared by the AppHost and the services that connect to them.</summary>
public static class ResourceNames
{
    public const string Redis = "redis";
    public const string Postgres = "postgres";
    public const string Database = "resumematcher";
    public const string Api = "api";
    public const string Worker = "worker";
}
