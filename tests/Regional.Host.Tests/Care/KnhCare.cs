using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Regional.Care.Demo;

namespace Regional.Host.Tests.Care;

/// <summary>
/// The Kop van Noord-Holland demo as the declaration tests use it: Den Helder (0400) and the demo provider
/// (AGB 98000001) with its 2019-2023 contract for Begeleiding Jeugd (45/45A04, per hour).
/// </summary>
public static class KnhCare
{
    public const string RegionApi = "/api/regions/kop-van-noord-holland";
    public const string DeclarationsApi = RegionApi + "/care/declarations";
    public const string Agb = "98000001";
    public const string DenHelder = "0400";
    public const string Client = "999900006";
    public const string OtherClient = "999900018";

    /// <summary>A year of Begeleiding Jeugd in 2023, <paramref name="hoursPerWeek"/> a week, for one client of Den Helder (or another <paramref name="member"/>).</summary>
    public static async Task<JsonElement> AssignAsync(
        HttpClient client, string reference, string bsn = Client, decimal hoursPerWeek = 3, string frequency = "PerWeek", string member = DenHelder)
    {
        var response = await client.PostAsJsonAsync(RegionApi + "/care/assignments", new
        {
            municipalityCbsCode = "GM" + member, reference, bsn, clientBirthDate = "2010-02-14", productCode = "KNH-JGD-BG", providerAgbCode = Agb,
            startsOn = "2023-01-01", endsOn = "2023-12-31", volume = hoursPerWeek, frequency,
        });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The contract tariff of Begeleiding Jeugd in 2023, in cents.</summary>
    public static async Task<long> TariffCentsAsync(HttpClient client)
    {
        var contracts = await client.GetFromJsonAsync<JsonElement>(RegionApi + "/purchasing/contracts");
        var contract = contracts.EnumerateArray().Single(c => c.GetProperty("number").GetString() == "KNH-J-2019-001").GetProperty("id").GetGuid();
        var tariff = await client.GetFromJsonAsync<JsonElement>($"{RegionApi}/purchasing/tariffs/on?productCode=KNH-JGD-BG&date=2023-03-01&contractId={contract}");
        return (long)(tariff.GetProperty("amount").GetDecimal() * 100);
    }

    /// <summary>A March 2023 prestatie of Begeleiding Jeugd.</summary>
    public static Jw323Prestatie March(string reference, string assignment, int hours, long tariffCents, string bsn = Client) =>
        new(bsn, reference, assignment, "45", "45A04", new DateOnly(2023, 3, 1), new DateOnly(2023, 3, 31), hours, "04", tariffCents, hours * tariffCents);

    public static Jw323Header Header(string messageId, string number, long? total = null) =>
        new(Agb, DenHelder, messageId, number, new DateOnly(2023, 3, 1), new DateOnly(2023, 3, 31), total);

    public static Task<HttpResponseMessage> SendAsync(HttpClient client, string content, string type = "application/xml") =>
        client.PostAsync(DeclarationsApi, new StringContent(content, Encoding.UTF8, type));
}
