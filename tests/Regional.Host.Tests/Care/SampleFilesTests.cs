using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Regional.TestSupport;
using static Regional.Host.Tests.Care.KnhCare;

namespace Regional.Host.Tests.Care;

/// <summary>The sample messages in samples/ do what samples/README.md promises on the demo data.</summary>
public sealed class SampleFilesTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("JW301_0400_toewijzing.xml", "JW323_0400_april2023.xml")]
    [InlineData("WMO301_0400_toewijzing.xml", "WMO323_0400_april2023.xml")]
    public async Task A_sample_toewijzing_and_declaration_are_accepted_by_the_demo_and_again_change_nothing(string toewijzing, string declaratie)
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");

        var assignments = await SendAsync(denHelder, "/care/assignment-messages", toewijzing);
        var declaration = await SendAsync(denHelder, "/care/declarations", declaratie);
        var again = await SendAsync(denHelder, "/care/declarations", declaratie);

        assignments.StatusCode.ShouldBe(HttpStatusCode.Created, await assignments.Content.ReadAsStringAsync());
        (await assignments.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength().ShouldBe(2);
        declaration.StatusCode.ShouldBe(HttpStatusCode.Created, await declaration.Content.ReadAsStringAsync());
        var received = await declaration.Content.ReadFromJsonAsync<JsonElement>();
        received.GetProperty("accepted").GetInt32().ShouldBe(2, received.ToString());
        received.GetProperty("rejected").GetInt32().ShouldBe(0);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string sample) =>
        await client.PostAsync(RegionApi + path, new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Root, "samples", sample)))
        {
            Headers = { ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/xml") },
        });
}
