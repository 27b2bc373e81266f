using System.Text.Json.Nodes;

using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GeccPortal.Search.Http;

/// <summary>
/// Completes the OpenAPI description of the search API's query parameters: an example for each, and the
/// integer type of the numbers (bound as text so that blank means the default; see <see cref="QueryNumber"/>).
/// </summary>
public sealed class SearchApiParameters : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, JsonNode> Examples = new(StringComparer.Ordinal)
    {
        ["q"] = JsonValue.Create("ศูนย์ราชการสะดวก"),
        ["agency"] = JsonValue.Create("มท"),
        ["type"] = JsonValue.Create("external"),
        ["urgency"] = JsonValue.Create("ด่วนที่สุด"),
        ["from"] = JsonValue.Create("2568-01-01"),
        ["to"] = JsonValue.Create("2025-12-31"),
        ["fiscalYear"] = JsonValue.Create(2568),
        ["page"] = JsonValue.Create(1),
        ["size"] = JsonValue.Create(10),
        ["sort"] = JsonValue.Create("relevance"),
        ["ref"] = JsonValue.Create("ที่ มท ๐๘๑๐.๓/ว ๗๖"),
        ["max"] = JsonValue.Create(8),
    };

    private static readonly HashSet<string> WholeNumbers = new(StringComparer.Ordinal) { "page", "size", "max", "fiscalYear" };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        // Typing the start of a reference is the common case for completions.
        var isSuggest = operation.OperationId == "SuggestCompletions";
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.Name is not { } name)
            {
                continue;
            }

            if (WholeNumbers.Contains(name))
            {
                parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" };
            }

            parameter.Example = isSuggest && name == "q"
                ? JsonValue.Create("มท 0810")
                : Examples.TryGetValue(name, out var example) ? example.DeepClone() : null;
        }

        return Task.CompletedTask;
    }
}
