using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Regional.TestSupport;

namespace Regional.Host.Tests.Finance;

/// <summary>CBS population files uploaded: all or nothing, never over earlier figures, and feeding the keys (how files are read: <c>PopulationCsvTests</c>).</summary>
public sealed class PopulationImportTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Api = "/api/regions/kop-van-noord-holland/finance";

    private static byte[] File(string name) => System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Finance", "Files", name));

    [Fact]
    public async Task A_file_with_a_municipality_outside_the_region_imports_nothing()
    {
        using var client = await app.SignedInClientAsync("controller.knh");

        var response = await PostAsync(client, "latin1-unknown-code.csv", "2020-01-01");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("GM1900 (regel 6)");
        var figures = await client.GetFromJsonAsync<JsonElement>($"{Api}/population");
        figures.EnumerateArray().ShouldNotContain(f => f.GetProperty("referenceDate").GetString() == "2020-01-01");
    }

    [Fact]
    public async Task Imported_figures_feed_a_key_by_inhabitants_aged_0_to_17_and_a_repeat_import_is_refused()
    {
        using var client = await app.SignedInClientAsync("controller.knh");
        var pools = await client.GetFromJsonAsync<JsonElement>($"{Api}/pools");
        var poolId = pools.EnumerateArray().Single(p => p.GetProperty("productGroup").GetString() == "Verblijf Jeugd").GetProperty("id").GetGuid();

        var import = await PostAsync(client, "statline-utf8-bom.csv", "2019-01-01");
        var again = await PostAsync(client, "statline-utf8-bom.csv", "2019-01-01");
        var setKey = await client.PutAsJsonAsync($"{Api}/pools/{poolId}/key", new { components = new[] { new { basis = "InhabitantsAged0To17", weight = 1 } }, inputs = Array.Empty<object>() });
        var key = await client.GetFromJsonAsync<JsonElement>($"{Api}/pools/{poolId}/key");

        import.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync()).ShouldContain("niet overschreven");
        setKey.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var texel = key.GetProperty("shares").EnumerateArray().Single(s => s.GetProperty("municipality").GetString() == "Texel");
        texel.GetProperty("share").GetDecimal().ShouldBe(2_410m / (10_512m + 2_410m + 9_788m + 10_021m), 0.0000000001m);
    }

    [Fact]
    public async Task An_upload_that_is_not_text_csv_is_refused()
    {
        using var client = await app.SignedInClientAsync("controller.knh");

        var response = await client.PostAsync($"{Api}/population?referenceDate=2019-01-01&source=x", new FormUrlEncodedContent([]));

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string file, string date)
    {
        var content = new ByteArrayContent(File(file));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return client.PostAsync($"{Api}/population?referenceDate={date}&source=CBS%20StatLine%20test", content);
    }
}
