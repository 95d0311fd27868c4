extern alias Worker;

using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Worker::ResumeMatcher.Worker;

namespace ResumeMatcher.Tests.Fixtures;

/// <summary>
/// The whole system for one test class: its own redis-server, its own PostgreSQL database, the real Api in-process,
/// and the real Worker, in-process (start and stop it at will) or as a separate OS process (to kill it).
/// </summary>
public sealed class MatchingSystem : IAsyncDisposable
{
    private readonly ApiFactory _api;
    private readonly Dictionary<string, string?> _settings;
    private readonly ILoggerProvider? _logs;
    private IHost? _worker;

    private MatchingSystem(LocalRedisServer redis, Dictionary<string, string?> settings, ILoggerProvider? logs)
    {
        Redis = redis;
        _settings = settings;
        _logs = logs;
        _api = new ApiFactory(settings, logs);
        Client = _api.CreateClient();
    }

    public LocalRedisServer Redis { get; }

    public HttpClient Client { get; }

    public IReadOnlyDictionary<string, string?> Settings => _settings;

    public string DatabaseConnectionString => _settings["ConnectionStrings:resumematcher"]!;

    public static async Task<MatchingSystem> StartAsync(
        SharedPostgres postgres,
        string purpose,
        IReadOnlyDictionary<string, string?>? overrides = null,
        bool startWorker = true,
        ILoggerProvider? logs = null)
    {
        var redis = await LocalRedisServer.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:redis"] = redis.ConnectionString,
            ["ConnectionStrings:resumematcher"] = postgres.Server.ConnectionStringFor(SharedPostgres.NewDatabaseName(purpose)),
            ["Listings:Sources:File:Path"] = RepositoryPaths.ListingsFile,
            ["TaskProcessing:PollInterval"] = "00:00:00.100",
            ["TaskProcessing:ReclaimInterval"] = "00:00:00.500",
            ["Schedule:SweepInterval"] = "00:00:01",
            ["Schedule:RequeueAfter"] = "00:00:05",
            ["Logging:LogLevel:Default"] = "Warning",
            ["UploadRateLimit:PermitLimit"] = "100000",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var system = new MatchingSystem(redis, settings, logs);
        try
        {
            await system.WaitForApiReadyAsync();
            if (startWorker)
            {
                await system.StartWorkerAsync();
            }

            return system;
        }
        catch
        {
            await system.DisposeAsync();
            throw;
        }
    }

    public async Task StartWorkerAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = "Testing",
            ApplicationName = "ResumeMatcher.Worker",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(_settings);
        builder.AddServiceDefaults();
        builder.AddWorkerServices();
        if (_logs is not null)
        {
            builder.Logging.AddProvider(_logs);
        }

        _worker = builder.Build();
        await _worker.StartAsync();
    }

    public async Task StopWorkerAsync()
    {
        if (_worker is not null)
        {
            await _worker.StopAsync();
            _worker.Dispose();
            _worker = null;
        }
    }

    /// <summary>Starts the Worker as its own process (from its build output), so a test can kill it outright.</summary>
    public WorkerProcess StartWorkerProcess(IReadOnlyDictionary<string, string?> overrides)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = Path.Combine(RepositoryPaths.Root, "ResumeMatcher.Worker", "bin", configuration, "net10.0", "ResumeMatcher.Worker.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var (key, value) in _settings.Concat(overrides))
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        info.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        return new WorkerProcess(info);
    }

    public static MultipartFormDataContent Form(byte[] content, string fileName, string contentType = "application/octet-stream", IReadOnlyDictionary<string, string>? fields = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "file", fileName);
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    /// <summary>Uploads a resume and returns the task id from the 202 answer.</summary>
    public async Task<Guid> UploadAsync(byte[] content, string fileName, IReadOnlyDictionary<string, string>? fields = null)
    {
        using var response = await Client.PostAsync("/api/match-jobs", Form(content, fileName, fields: fields));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Accepted, $"Upload of {fileName} answered {(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("task_id").GetGuid();
    }

    public async Task<JsonElement> GetStatusAsync(Guid taskId)
    {
        using var response = await Client.GetAsync($"/api/task-status/{taskId}");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>())!;
    }

    /// <summary>Polls the task's status until it is completed or failed.</summary>
    public async Task<JsonElement> WaitForEndAsync(Guid taskId, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var status = await GetStatusAsync(taskId);
            var state = status.GetProperty("status").GetString();
            if (state is "completed" or "failed")
            {
                return status;
            }

            if (deadline.Elapsed > timeout)
            {
                Assert.Fail($"Task {taskId} did not end within {timeout}; it is {state} at stage {status.GetProperty("stage").GetString()}.");
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopWorkerAsync();
        Client.Dispose();
        await _api.DisposeAsync();
        await Redis.DisposeAsync();
    }

    private async Task WaitForApiReadyAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            using var response = await Client.GetAsync("/health");
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            if (deadline.Elapsed > TimeSpan.FromSeconds(60))
            {
                Assert.Fail($"The Api did not become healthy: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }

            await Task.Delay(100);
        }
    }
}
