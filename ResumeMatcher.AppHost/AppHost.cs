using ResumeMatcher.AppHost;
using ResumeMatcher.Core.Hosting;

var builder = DistributedApplication.CreateBuilder(args);

var backing = BackingServices.Add(builder);

var api = builder.AddProject<Projects.ResumeMatcher_Api>(ResourceNames.Api, launchProfileName: "http")
    .WithBackingServices(backing)
    .WithEnvironment("Operator__ApiKey", LocalState.OperatorApiKey(builder))
    .WithHttpHealthCheck("/health");

builder.AddProject<Projects.ResumeMatcher_Worker>(ResourceNames.Worker)
    .WithBackingServices(backing)
    .WaitFor(api);

builder.Build().Run();
