using System.Security.Cryptography;

namespace ResumeMatcher.AppHost;

/// <summary>
/// The folder the AppHost keeps local state in (<c>BackingServices:StateDirectory</c>, default <c>.local/</c> at the
/// repository root, ignored by git): the local PostgreSQL cluster and the operator API key.
/// </summary>
public static class LocalState
{
    private const string OperatorKeyFile = "operator-api-key";

    public static string Directory(IDistributedApplicationBuilder builder)
    {
        var root = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
        var directory = builder.Configuration["BackingServices:StateDirectory"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(root, ".local");
        System.IO.Directory.CreateDirectory(directory);
        return directory;
    }

    /// <summary>
    /// The operator API key: <c>Operator:ApiKey</c> from configuration, or one generated on first run and kept in
    /// <c>.local/operator-api-key</c> (readable by its owner only), so the operator endpoints work locally out of the box.
    /// </summary>
    public static string OperatorApiKey(IDistributedApplicationBuilder builder)
    {
        if (builder.Configuration["Operator:ApiKey"] is { Length: > 0 } configured)
        {
            return configured;
        }

        var path = Path.Combine(Directory(builder), OperatorKeyFile);
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        File.WriteAllText(path, key);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }
}
