using ResumeMatcher.Api;
using ResumeMatcher.Api.Access;
using ResumeMatcher.Api.Apis;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAccessControl();
app.MapOpenApiReference();
app.MapDefaultEndpoints();
app.MapMatchJobsApi();
app.MapHistoryApi();

app.Run();

/// <summary>The Api's entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
