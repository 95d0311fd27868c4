using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ResumeMatcher.Benchmarks.Load;

/// <summary>
/// A load test against a running system (./run.sh): CLIENTS concurrent clients each upload a resume and poll its status
/// until it ends, TASKS times in all. Reports throughput of completed tasks and the end-to-end latency from upload to
/// completion (p50, p99), and counts anything not completed.
/// Usage: dotnet run -c Release --project ResumeMatcher.Benchmarks -- load URL FILE CLIENTS TASKS
/// </summary>
public static class LoadTest
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    public static async Task<int> RunAsync(Uri api, string file, int clients, int tasks, CancellationToken cancellationToken)
    {
        var content = await File.ReadAllBytesAsync(file, cancellationToken);
        using var http = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromSeconds(60) };
        var latencies = new List<double>(tasks);
        var failures = 0;
        var next = -1;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) < tasks)
            {
                var (completed, seconds) = await RunOneAsync(http, content, Path.GetFileName(file), cancellationToken);
                lock (latencies)
                {
                    if (completed)
                    {
                        latencies.Add(seconds);
                    }
                    else
                    {
                        failures++;
                    }
                }
            }
        }));
        total.Stop();

        latencies.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"clients={clients} tasks={tasks} completed={latencies.Count} not_completed={failures} wall={total.Elapsed.TotalSeconds:F1}s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"throughput={latencies.Count / total.Elapsed.TotalSeconds:F1} tasks/s p50={Percentile(latencies, 0.50) * 1000:F0} ms p99={Percentile(latencies, 0.99) * 1000:F0} ms"));
        return failures == 0 ? 0 : 1;
    }

    private static async Task<(bool Completed, double Seconds)> RunOneAsync(HttpClient http, byte[] content, string fileName, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        using var upload = await http.PostAsync("/api/match-jobs", form, cancellationToken);
        if (!upload.IsSuccessStatusCode)
        {
            return (false, 0);
        }

        var statusUrl = (await upload.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("status_url").GetString();
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(PollInterval, cancellationToken);
            var status = (await http.GetFromJsonAsync<JsonElement>(statusUrl, cancellationToken)).GetProperty("status").GetString();
            if (status is "completed" or "failed")
            {
                return (status == "completed", watch.Elapsed.TotalSeconds);
            }
        }

        return (false, 0);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
