using System.Text.Json;
using System.Text.Json.Serialization;

namespace Regional.Host.Tests.Api;

/// <summary>The API's JSON conventions (web defaults, enums as names).</summary>
internal static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
