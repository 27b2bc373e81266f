using System.Text.Json.Nodes;

using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GeccPortal.Search.Http;

/// <summary>Puts an example value on every query parameter of the search API's OpenAPI operations.</summary>
public sealed class SearchApiExamples : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, string> Examples = new(StringComparer.Ordinal)
    {
        ["q"] = "ศูนย์ราชการสะดวก",
        ["agency"] = "มท",
        ["type"] = "external",
        ["urgency"] = "ด่วนที่สุด",
        ["from"] = "2568-01-01",
        ["to"] = "2025-12-31",
        ["page"] = "1",
        ["size"] = "10",
        ["sort"] = "relevance",
        ["ref"] = "ที่ มท ๐๘๑๐.๓/ว ๗๖",
        ["max"] = "8",
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.Name is { } name && Examples.TryGetValue(name, out var example))
            {
                parameter.Example = int.TryParse(example, out var number) ? JsonValue.Create(number) : JsonValue.Create(example);
            }
        }

        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Routing.IRouteNameMetadata>()
                .FirstOrDefault()?.RouteName == "SuggestCompletions")
        {
            // Typing the start of a reference is the common case for completions.
            var q = operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => p.Name == "q");
            q?.Example = JsonValue.Create("มท 0810");
        }

        return Task.CompletedTask;
    }
}