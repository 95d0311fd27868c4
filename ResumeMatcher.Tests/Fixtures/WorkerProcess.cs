using System.Collections.Concurrent;
using System.Diagnostics;

namespace ResumeMatcher.Tests.Fixtures;

/// <summary>The Worker running as its own OS process, with the tail of its output kept for failure messages.</summary>
public sealed class WorkerProcess : IDisposable
{
    private const int KeptLines = 40;
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    public WorkerProcess(ProcessStartInfo info)
    {
        _process = Process.Start(info) ?? throw new InvalidOperationException("The Worker process did not start.");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public bool HasExited => _process.HasExited;

    public string OutputTail => string.Join('\n', _output);

    /// <summary>SIGKILL: the worker gets no chance to acknowledge or hand anything back.</summary>
    public async Task KillAsync(CancellationToken cancellationToken)
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync(cancellationToken);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > KeptLines && _output.TryDequeue(out _))
        {
        }
    }
}
