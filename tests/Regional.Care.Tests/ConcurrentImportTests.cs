using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Regional.Host.Seeding;
using static Regional.Care.Tests.KnhCare;

namespace Regional.Care.Tests;

/// <summary>
/// Two declarations of one provider to one municipality received at the same moment: each is checked against what
/// the other stored, so together they neither exceed a toewijzing nor credit one debit twice.
/// </summary>
public sealed class ConcurrentImportTests(DeclarationAppFixture app) : IClassFixture<DeclarationAppFixture>
{
    private const int Filler = 3_000; // keeps each import's transaction open long enough for the other to start

    [Fact]
    public async Task Two_files_at_once_together_stay_within_the_toewijzing_and_credit_a_debit_once()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        await AssignAsync(denHelder, "91001", hoursPerWeek: 10, frequency: "TotalWithinPeriod"); // ten hours in the whole year
        await AssignAsync(denHelder, "91002", hoursPerWeek: 3, frequency: "PerWeek");
        await AssignAsync(denHelder, "91003", OtherClient, hoursPerWeek: 100_000, frequency: "TotalWithinPeriod");
        var tariff = await TariffCentsAsync(denHelder);
        var debit = March("CI-DEBIT", "91002", 4, tariff);
        (await SendAsync(denHelder, Jw323File.Text(Header("CI-M0", "CID0"), [debit]))).StatusCode.ShouldBe(HttpStatusCode.Created);

        Task<HttpResponseMessage> Send(string name)
        {
            var lines = new List<Jw323Prestatie>
            {
                March($"CI-{name}-SIX", "91001", 6, tariff),
                debit with { Reference = $"CI-{name}-CREDIT", Previous = "CI-DEBIT", Credit = true },
            };
            lines.AddRange(Enumerable.Range(1, Filler).Select(i => March($"CI-{name}-{i}", "91003", 1, tariff, OtherClient)));
            return SendAsync(denHelder, Jw323File.Text(Header($"CI-{name}", $"CID{name}"), lines));
        }

        var responses = await Task.WhenAll(Send("A"), Send("B"));

        var codes = new List<(string Reference, string Codes)>();
        foreach (var response in responses)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            codes.AddRange((await denHelder.GetFromJsonAsync<JsonElement>($"{DeclarationsApi}/{id}/lines?take=2")).EnumerateArray()
                .Select(l => (l.GetProperty("reference").GetString()!, string.Join(' ', l.GetProperty("retourCodes").EnumerateArray().Select(c => c.GetProperty("code").GetString())))));
        }

        codes.Count(c => c.Reference.EndsWith("-SIX", StringComparison.Ordinal) && c.Codes == "").ShouldBe(1, string.Join(", ", codes)); // 6 + 6 > 10
        codes.Count(c => c.Reference.EndsWith("-SIX", StringComparison.Ordinal) && c.Codes == "9322").ShouldBe(1, string.Join(", ", codes));
        codes.Count(c => c.Reference.EndsWith("-CREDIT", StringComparison.Ordinal) && c.Codes == "").ShouldBe(1, string.Join(", ", codes));
        codes.Count(c => c.Reference.EndsWith("-CREDIT", StringComparison.Ordinal) && c.Codes == "9390").ShouldBe(1, string.Join(", ", codes));
    }
}
