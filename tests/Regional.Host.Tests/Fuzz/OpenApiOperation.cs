using System.Text.Json;
using System.Text.Json.Nodes;

namespace Regional.Host.Tests.Fuzz;

/// <summary>One operation of the OpenAPI document, reduced to what a fuzzer needs: where its inputs go and of what kind.</summary>
public sealed record OpenApiOperation(string Method, string Path, IReadOnlyList<OpenApiInput> Parameters, string? BodyType, JsonElement? BodySchema)
{
    public static IReadOnlyList<OpenApiOperation> Read(JsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var components = document.RootElement.GetProperty("components").GetProperty("schemas");
        var operations = new List<OpenApiOperation>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var parameters = operation.Value.TryGetProperty("parameters", out var list)
                    ? list.EnumerateArray().Select(p => new OpenApiInput(
                        p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!, OpenApiSchema.Resolve(p.GetProperty("schema"), components))).ToList()
                    : [];
                var (bodyType, bodySchema) = Body(operation.Value, components);
                operations.Add(new OpenApiOperation(operation.Name.ToUpperInvariant(), path.Name, parameters, bodyType, bodySchema));
            }
        }

        return operations;
    }

    private static (string?, JsonElement?) Body(JsonElement operation, JsonElement components)
    {
        if (!operation.TryGetProperty("requestBody", out var body))
        {
            return (null, null);
        }

        var content = body.GetProperty("content").EnumerateObject().First();
        return (content.Name, OpenApiSchema.Resolve(content.Value.GetProperty("schema"), components));
    }
}

/// <summary>A path or query parameter.</summary>
public sealed record OpenApiInput(string Name, string In, JsonElement Schema);

/// <summary>Reading JSON schemas as the document writes them: $ref, oneOf with null, and type lists such as ["null", "string"].</summary>
public static class OpenApiSchema
{
    private static readonly string[] Kinds = ["array", "object", "integer", "number", "boolean", "string"];

    public static JsonElement Resolve(JsonElement schema, JsonElement components)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return Resolve(components.GetProperty(reference.GetString()!.Split('/')[^1]), components);
        }

        return schema.TryGetProperty("oneOf", out var options)
            ? Resolve(options.EnumerateArray().First(o => !o.TryGetProperty("type", out var t) || t.ValueKind != JsonValueKind.String || t.GetString() != "null"), components)
            : schema;
    }

    /// <summary>The schema's kind: array, object, integer, number, boolean or string (the default).</summary>
    public static string Kind(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : "string";
        }

        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).ToList() : [type.GetString()];
        return Kinds.FirstOrDefault(types.Contains) ?? "string";
    }

    public static string? Format(JsonElement schema) => schema.TryGetProperty("format", out var format) ? format.GetString() : null;

    public static IReadOnlyList<string> Enum(JsonElement schema) =>
        schema.TryGetProperty("enum", out var values) ? values.EnumerateArray().Select(v => v.ToString()).ToList() : [];

    /// <summary>A well-formed value; <paramref name="known"/> gives realistic ones by name and format (a real id, a CBS code) where it can.</summary>
    public static JsonNode? Sample(JsonElement schema, JsonElement components, Func<string, string?, string?> known, string name = "", int depth = 0)
    {
        var resolved = Resolve(schema, components);
        return Kind(resolved) switch
        {
            "array" when depth < 3 => new JsonArray(Sample(resolved.GetProperty("items"), components, known, name, depth + 1)),
            "array" => new JsonArray(),
            "object" when depth < 3 && resolved.TryGetProperty("properties", out var properties) =>
                new JsonObject(properties.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, Sample(p.Value, components, known, p.Name, depth + 1)))),
            "object" => new JsonObject(),
            "integer" => 2024,
            "number" => 10.5m,
            "boolean" => true,
            _ => Enum(resolved) is [var first, ..] ? first : known(name, Format(resolved)) ?? (Format(resolved) == "date" ? "2024-03-01" : "x"),
        };
    }
}
