using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using ResumeMatcher.Api.Uploads;
using StackExchange.Redis;

namespace ResumeMatcher.Api.Problems;

/// <summary>Maps every exception that escapes an endpoint to RFC 9457 problem details, in one place.</summary>
public sealed partial class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            UploadRejectedException rejected => (rejected.StatusCode, rejected.Title, rejected.Message),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                (StatusCodes.Status413PayloadTooLarge, "The request body is too large", exception.Message),
            BadHttpRequestException bad => (bad.StatusCode, "Bad request", exception.Message),
            RedisException or TimeoutException =>
                (StatusCodes.Status503ServiceUnavailable, "The service is temporarily unavailable", "A backing service did not answer. Try again shortly."),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested =>
                (499, "Client closed request", "The client closed the connection."),
            _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred", "The error was logged; try again later."),
        };

        if (status >= 500)
        {
            LogUnhandled(exception, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Path}")]
    private partial void LogUnhandled(Exception exception, PathString path);
}
