using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Regional.TestSupport;
using static Regional.Care.Tests.KnhCare;

namespace Regional.Care.Tests;

/// <summary>The sample messages in samples/ do what samples/README.md promises on the demo data.</summary>
public sealed class SampleFilesTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_sample_JW301_and_JW323_are_accepted_by_the_demo_and_again_change_nothing()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");

        var assignments = await SendAsync(denHelder, "/care/assignment-messages", "JW301_0400_toewijzing.xml");
        var declaration = await SendAsync(denHelder, "/care/declarations", "JW323_0400_april2023.xml");
        var again = await SendAsync(denHelder, "/care/declarations", "JW323_0400_april2023.xml");

        assignments.StatusCode.ShouldBe(HttpStatusCode.Created, await assignments.Content.ReadAsStringAsync());
        (await assignments.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength().ShouldBe(2);
        declaration.StatusCode.ShouldBe(HttpStatusCode.Created, await declaration.Content.ReadAsStringAsync());
        var received = await declaration.Content.ReadFromJsonAsync<JsonElement>();
        received.GetProperty("accepted").GetInt32().ShouldBe(2);
        received.GetProperty("rejected").GetInt32().ShouldBe(0);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string sample) =>
        await client.PostAsync(RegionApi + path, new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Root, "samples", sample)))
        {
            Headers = { ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/xml") },
        });
}
