using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Regional.Host.Tests.Fuzz;

/// <summary>One request the fuzzer sends, with what it varied.</summary>
public sealed record FuzzRequest(string Method, string Url, string? ContentType, string? Body, string Varied);

/// <summary>
/// Requests for an operation: first a well-formed one, then each input in turn missing, malformed, extreme or hostile
/// (long strings, 1e20, 2019-02-30, negative numbers, other tenants' ids, markup and SQL), the others kept well-formed.
/// </summary>
/// <param name="ids">Real ids per kind of thing (pools, contracts, ...): this region's and the other region's.</param>
/// <param name="known">Well-formed values by input name (a CBS code, a product code, an AGB code), so a request gets past the
/// first check and the hostile value reaches the deeper ones.</param>
public sealed class FuzzCases(JsonElement components, IReadOnlyDictionary<string, (Guid Own, Guid OtherTenant)> ids, IReadOnlyDictionary<string, string> known)
{
    private const string Region = "kop-van-noord-holland";

    private static readonly string[] Texts = ["", new('x', 5_000), "1e20", "2019-02-30", "'; DROP TABLE kernel.users; --", "<script>alert(1)</script>", "\u0000", "ÿ€😀"];

    private static readonly string[] Numbers = ["-1", "0", "2147483648", "1e20", "-1e20", "abc"];

    private static readonly string[] Dates = ["2019-02-30", "0001-01-01", "9999-12-31", "31-12-2024", ""];

    private static readonly JsonNode?[] JsonNumbers = [1e20m, -1e20m, 2147483648L, -1, 0, 0.001m, "abc", null];

    public IEnumerable<FuzzRequest> For(OpenApiOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        // Route values the handler does not bind (the region of a route group) are in the template but not in the parameters.
        var path = System.Text.RegularExpressions.Regex.Matches(operation.Path, @"\{(\w+)\}").ToDictionary(m => m.Groups[1].Value, m => PathValue(operation.Path, m.Groups[1].Value));
        var query = operation.Parameters.Where(p => p.In == "query").ToDictionary(p => p.Name, p => ScalarValue(p.Schema, p.Name));
        var body = BaseBody(operation);
        yield return Request(operation, path, query, body, "well-formed");

        foreach (var (name, value) in path)
        {
            var schema = operation.Parameters.SingleOrDefault(p => p.Name == name)?.Schema ?? JsonDocument.Parse("{}").RootElement;
            foreach (var hostile in Hostile(schema, name).Append("bestaat-niet"))
            {
                yield return Request(operation, new Dictionary<string, string>(path) { [name] = hostile }, query, body, $"path {name}={Short(hostile)}");
            }
        }

        yield return Request(operation, path, [], body, "no query parameters");
        foreach (var name in query.Keys)
        {
            foreach (var hostile in Hostile(operation.Parameters.Single(p => p.Name == name).Schema, name))
            {
                yield return Request(operation, path, new Dictionary<string, string>(query) { [name] = hostile }, body, $"query {name}={Short(hostile)}");
            }
        }

        foreach (var (variant, varied) in BodyVariants(operation, body))
        {
            yield return Request(operation, path, query, variant, varied);
        }
    }

    private IEnumerable<(string? Body, string Varied)> BodyVariants(OpenApiOperation operation, string? body)
    {
        if (operation.BodyType is null)
        {
            yield break;
        }

        foreach (var raw in new[] { null, "", "null", "{}", "[]", "{", "\"x\"", "<?xml version=\"1.0\"?><x/>", "\uFEFF", new string('a', 200_000) })
        {
            yield return (raw, $"body {Short(raw ?? "(none)")}");
        }

        if (operation.BodyType != "application/json" || JsonNode.Parse(body!) is not JsonObject sample)
        {
            yield break;
        }

        var schema = OpenApiSchema.Resolve(operation.BodySchema!.Value, components);
        foreach (var property in schema.GetProperty("properties").EnumerateObject())
        {
            var without = sample.DeepClone().AsObject();
            without.Remove(property.Name);
            yield return (without.ToJsonString(), $"body without {property.Name}");
            foreach (var hostile in HostileJson(OpenApiSchema.Resolve(property.Value, components), property.Name))
            {
                var changed = sample.DeepClone().AsObject();
                changed[property.Name] = hostile?.DeepClone();
                yield return (changed.ToJsonString(), $"body {property.Name}={Short(hostile?.ToJsonString() ?? "null")}");
            }
        }
    }

    private IEnumerable<JsonNode?> HostileJson(JsonElement schema, string name) => OpenApiSchema.Kind(schema) switch
    {
        "integer" or "number" => JsonNumbers,
        "boolean" => ["misschien", null],
        "array" => [new JsonArray(), new JsonArray((JsonNode?)null), "x", null],
        "object" => [new JsonObject(), "x", null],
        _ => Hostile(schema, name).Select(v => (JsonNode?)v).Append(null).Append(12),
    };

    private IEnumerable<string> Hostile(JsonElement schema, string name) => (OpenApiSchema.Kind(schema), OpenApiSchema.Format(schema)) switch
    {
        ("integer" or "number", _) => Numbers,
        ("boolean", _) => ["misschien", ""],
        (_, "date") => Dates,
        (_, "uuid") => [Guid.NewGuid().ToString(), IdFor(name, otherTenant: true), "geen-guid", Guid.Empty.ToString()],
        _ => Texts.Append(IdFor(name, otherTenant: true)),
    };

    private string PathValue(string path, string name) => name switch
    {
        "region" => Region,
        "year" => "2024",
        "format" => path.Contains("statement", StringComparison.Ordinal) ? "pdf" : "csv",
        "register" => "contracten",
        "id" => IdFor(path[..path.IndexOf("/{id}", StringComparison.Ordinal)].Split('/')[^1]),
        _ => "x",
    };

    private string ScalarValue(JsonElement schema, string name) => OpenApiSchema.Sample(schema, components, Known, name)!.ToString();

    private string? BaseBody(OpenApiOperation operation) => operation.BodyType switch
    {
        null => null,
        "application/json" => OpenApiSchema.Sample(operation.BodySchema!.Value, components, Known)!.ToJsonString(),
        _ => "x",
    };

    private string? Known(string name, string? format) => format == "uuid" ? IdFor(name) : known.GetValueOrDefault(name);

    /// <summary>A real id of the kind the name suggests (pools, contracts, ...): this region's, or another region's.</summary>
    private string IdFor(string name, bool otherTenant = false)
    {
        var kind = name.EndsWith("Id", StringComparison.Ordinal) ? name[..^2] + "s" : name;
        var match = ids.Keys.FirstOrDefault(k => kind.Contains(k, StringComparison.OrdinalIgnoreCase) || k.Contains(kind, StringComparison.OrdinalIgnoreCase));
        return match is null ? Guid.NewGuid().ToString() : (otherTenant ? ids[match].OtherTenant : ids[match].Own).ToString();
    }

    private static FuzzRequest Request(OpenApiOperation operation, Dictionary<string, string> path, Dictionary<string, string> query, string? body, string varied)
    {
        var url = new StringBuilder(path.Aggregate(operation.Path, (p, v) => p.Replace("{" + v.Key + "}", Uri.EscapeDataString(v.Value), StringComparison.Ordinal)));
        if (query.Count > 0)
        {
            url.Append('?').AppendJoin('&', query.Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value)}"));
        }

        return new FuzzRequest(operation.Method, url.ToString(), body is null ? null : operation.BodyType, body, varied);
    }

    private static string Short(string value) => value.Length > 30 ? $"{value[..10]}...({value.Length} chars)" : value;
}
