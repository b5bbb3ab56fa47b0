using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Regional.Host.Tests.Finance;

/// <summary>What the settlement tests ask of the Kop van Noord-Holland's finance API.</summary>
internal static class FinanceApi
{
    public const string FinanceRoot = "/api/regions/kop-van-noord-holland/finance";

    public static async Task<Guid> PoolIdAsync(HttpClient client)
    {
        var pools = await client.GetFromJsonAsync<JsonElement>($"{FinanceRoot}/pools");
        return pools.EnumerateArray().Single(p => p.GetProperty("productGroup").GetString() == "Verblijf Jeugd").GetProperty("id").GetGuid();
    }

    public static async Task<Guid> ProductIdAsync(HttpClient client, string code)
    {
        var products = await client.GetFromJsonAsync<JsonElement>("/api/regions/kop-van-noord-holland/purchasing/products");
        return products.EnumerateArray().Single(p => p.GetProperty("code").GetString() == code).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement;
    }

    public static async Task<string> ProblemAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        return await response.Content.ReadAsStringAsync();
    }

    public static Guid Id(JsonElement element) => element.GetProperty("id").GetGuid();
}
