using System.Text;
using Regional.Care.Assignments;
using Regional.Care.Declarations;
using Regional.Kernel.Tenancy;
using Regional.Purchasing.Catalogue;
using Regional.Purchasing.Contracts;
using Regional.Purchasing.Providers;
using Regional.Purchasing.Tariffs;

namespace Regional.Host.Seeding;

/// <summary>
/// Care demo data for the Kop van Noord-Holland: toewijzingen of Begeleiding and Behandeling Jeugd in 2023 on
/// the demo contract (the iStandaarden test BSNs), and the provider's JW323 declarations for January to March,
/// received through the same importer a user's upload goes through (one line in March has a wrong tariff and
/// is rejected). They arrive years after 2023, so the demo shows them late. Runs once per database: the last
/// demo message received is the marker (and the same assignments and messages again would change nothing).
/// </summary>
public sealed class CareDemoSeed(
    AssignmentService assignments, DeclarationImporter declarations, DeclarationService received, RegionDirectory directory, ProviderRegister providers, ProductCatalogue products,
    ContractService contracts, TariffService tariffs)
{
    private static readonly (string Cbs, string Number, string Bsn, string Product, decimal Volume, Frequency Frequency)[] Assigned =
    [
        ("GM0400", "80001", "999900006", "KNH-JGD-BG", 3, Frequency.PerWeek),
        ("GM0400", "80002", "999900018", "KNH-JGD-BG", 40, Frequency.TotalWithinPeriod),
        ("GM0441", "80003", "999900031", "KNH-JGD-BH", 2, Frequency.PerWeek),
    ];

    private const string LastMessage = "DEMO0441M3";

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        if ((await received.ListAsync(new DeclarationFilter(), cancellationToken).ConfigureAwait(false)).Any(d => d.MessageId == LastMessage))
        {
            return;
        }

        var members = (await directory.MembersAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(m => m.CbsCode);
        var provider = (await providers.FindByAgbAsync("98000001", cancellationToken).ConfigureAwait(false))!;
        await assignments.CreateAllAsync(Assigned.Select(a => new NewAssignment(members[a.Cbs].MunicipalityId, a.Number, a.Bsn, new DateOnly(2009, 6, 1), a.Product,
            provider.Id, new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), a.Volume, a.Frequency)).ToList(), cancellationToken).ConfigureAwait(false);

        var contract = (await contracts.ListAsync(cancellationToken).ConfigureAwait(false)).Single(c => c.Number == "KNH-J-2019-001");
        var all = await tariffs.ListAsync(cancellationToken).ConfigureAwait(false);
        async Task<long> CentsAsync(string code) =>
            (long)(TariffRules.InForce(all, (await products.FindByCodeAsync(code, cancellationToken).ConfigureAwait(false))!.Id, new DateOnly(2023, 1, 1), contract.Id)!.Amount * 100);
        var begeleiding = await CentsAsync("KNH-JGD-BG").ConfigureAwait(false);
        var behandeling = await CentsAsync("KNH-JGD-BH").ConfigureAwait(false);
        for (var month = 1; month <= 3; month++)
        {
            var (from, to) = (new DateOnly(2023, month, 1), new DateOnly(2023, month, 1).AddMonths(1).AddDays(-1));
            Jw323Prestatie Line(string reference, string assignment, string bsn, string code, int hours, long tariff) =>
                new(bsn, $"DEMO-{month:00}-{reference}", assignment, "45", code, from, to, hours, "04", tariff, hours * tariff);
            var denHelder = new List<Jw323Prestatie> { Line("1", "80001", "999900006", "45A04", 12, begeleiding), Line("2", "80002", "999900018", "45A04", 4, begeleiding) };
            if (month == 3)
            {
                denHelder.Add(Line("3", "80002", "999900018", "45A04", 2, begeleiding + 150) with { AmountCents = 2 * (begeleiding + 150) });
            }

            await ImportAsync(new Jw323Header("98000001", "0400", $"DEMO0400M{month}", $"DEMO0400D{month}", from, to), denHelder, cancellationToken).ConfigureAwait(false);
            await ImportAsync(new Jw323Header("98000001", "0441", $"DEMO0441M{month}", $"DEMO0441D{month}", from, to),
                [Line("1", "80003", "999900031", "45A65", 8, behandeling)], cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ImportAsync(Jw323Header header, IReadOnlyCollection<Jw323Prestatie> lines, CancellationToken cancellationToken)
    {
        await using var content = new MemoryStream(Encoding.UTF8.GetBytes(Jw323File.Text(header, lines)));
        await declarations.ImportAsync(content, null, cancellationToken).ConfigureAwait(false);
    }
}
