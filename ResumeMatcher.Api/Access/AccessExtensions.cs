using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using ResumeMatcher.Core.Hosting;

namespace ResumeMatcher.Api.Access;

/// <summary>Who may call what: the operator key, the per-client upload limit, and CORS only when configured.</summary>
public static class AccessExtensions
{
    public static IHostApplicationBuilder AddAccessControl(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddValidatedOptions<OperatorAccessOptions>(OperatorAccessOptions.SectionName);
        services.TryAddValidatedOptions<UploadRateLimitOptions>(UploadRateLimitOptions.SectionName);
        services.AddSingleton<OperatorKeyFilter>();

        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(UploadRateLimitOptions.PolicyName, context =>
            {
                var settings = context.RequestServices.GetRequiredService<IOptions<UploadRateLimitOptions>>().Value;
                // Behind a proxy, configure forwarded headers so RemoteIpAddress is the client's address.
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = settings.PermitLimit,
                    Window = settings.Window,
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = WriteRejectionAsync;
        });

        var cors = builder.Configuration.GetSection(CorsSettings.SectionName).Get<CorsSettings>() ?? new CorsSettings();
        if (cors.AllowedOrigins.Length > 0)
        {
            services.AddCors(options => options.AddPolicy(CorsSettings.PolicyName, policy =>
                policy.WithOrigins(cors.AllowedOrigins).WithMethods("GET", "POST", "DELETE").WithHeaders("Content-Type", OperatorAccessOptions.HeaderName)));
        }

        return builder;
    }

    /// <summary>The rate limiter, and CORS only when origins are configured.</summary>
    public static WebApplication UseAccessControl(this WebApplication app)
    {
        var cors = app.Configuration.GetSection(CorsSettings.SectionName).Get<CorsSettings>() ?? new CorsSettings();
        if (cors.AllowedOrigins.Length > 0)
        {
            app.UseCors(CorsSettings.PolicyName);
        }

        app.UseRateLimiter();
        return app;
    }

    /// <summary>Marks an endpoint as an operator endpoint: the API key filter, and the key in its OpenAPI security.</summary>
    public static TBuilder RequireOperatorKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilter<TBuilder, OperatorKeyFilter>();
        builder.WithMetadata(OperatorEndpointMetadata.Instance);
        return builder;
    }

    private static async ValueTask WriteRejectionAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        var detail = "Too many uploads from this client; try again later.";
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            detail = $"Too many uploads from this client; try again in {seconds} seconds.";
        }

        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = detail },
        });
    }
}
