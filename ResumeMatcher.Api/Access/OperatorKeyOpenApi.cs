using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ResumeMatcher.Api.Access;

/// <summary>Declares the operator API key as a security scheme, and requires it on the operator endpoints.</summary>
public static class OperatorKeyOpenApi
{
    public const string SchemeName = "OperatorApiKey";

    public static OpenApiOptions AddOperatorKeySecurity(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = OperatorAccessOptions.HeaderName,
                Description = "The operator API key (configuration Operator:ApiKey). Without one configured, operator endpoints answer 403.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<OperatorEndpointMetadata>().Any())
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] });
                operation.Responses ??= new OpenApiResponses();
                operation.Responses.TryAdd("401", new OpenApiResponse { Description = "The API key is missing or wrong (problem details)." });
                operation.Responses.TryAdd("403", new OpenApiResponse { Description = "No operator API key is configured on the server (problem details)." });
            }

            return Task.CompletedTask;
        });
        return options;
    }
}
