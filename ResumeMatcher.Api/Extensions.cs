using System.Text.Json;
using System.Text.Json.Serialization;
using ResumeMatcher.Api.Access;
using ResumeMatcher.Api.Problems;
using ResumeMatcher.Api.Uploads;
using ResumeMatcher.Core.Hosting;
using Scalar.AspNetCore;

namespace ResumeMatcher.Api;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddResumeMatcherInfrastructure();
        builder.Services.TryAddValidatedOptions<UploadOptions>(UploadOptions.SectionName);
        builder.Services.AddSingleton<ResumeUploadReader>();

        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });
        builder.Services.AddOpenApi(options => options.AddOperatorKeySecurity());
        builder.AddAccessControl();
        return builder;
    }

    /// <summary>The OpenAPI document at /openapi/v1.json and Scalar's interactive reference at /scalar.</summary>
    public static WebApplication MapOpenApiReference(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference();
        return app;
    }
}
