using System.Diagnostics;

namespace ResumeMatcher.Tests.Fixtures;

public static class ProcessRunner
{
    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>Runs a command to completion; throws with its output when it fails.</summary>
    public static async Task<string> RunAsync(string fileName, IEnumerable<string> arguments, CancellationToken cancellationToken = default)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', info.ArgumentList)} exited with {process.ExitCode}: {await stderr}{await stdout}");
        }

        return await stdout;
    }

    /// <summary>Runs a command as the 'postgres' user when this process is root (PostgreSQL refuses root).</summary>
    public static Task<string> RunAsServerUserAsync(string fileName, IEnumerable<string> arguments, CancellationToken cancellationToken = default) =>
        IsRoot
            ? RunAsync("runuser", ["-u", "postgres", "--", fileName, .. arguments], cancellationToken)
            : RunAsync(fileName, arguments, cancellationToken);
}
