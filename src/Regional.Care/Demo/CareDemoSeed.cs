using System.Text;
using Regional.Care.Assignments;
using Regional.Care.Declarations;
using Regional.Kernel.Tenancy;
using Regional.Purchasing.Facts;
using Regional.Kernel.Modules;

namespace Regional.Care.Demo;

/// <summary>A toewijzing of the demo, with the hours its provider declares for it each month.</summary>
internal sealed record DemoAssignment(string CbsCode, string Number, string Bsn, string ProductCode, decimal Volume, Frequency Frequency, int HoursPerMonth);

/// <summary>A region's care demo: one provider's toewijzingen in 2023 on its contract.</summary>
internal sealed record DemoCare(string ProviderAgb, string ContractNumber, DemoAssignment[] Assignments);

/// <summary>
/// Care demo data per seed region: toewijzingen in 2023 on the demo contract (the iStandaarden test BSNs), and the
/// provider's JW323 declarations for January to March, one message per municipality and month, received through the
/// same importer a user's upload goes through. In March the first municipality's last toewijzing is declared once more at a wrong tariff,
/// so each demo shows a rejected line. They arrive years after 2023, so the demo shows them late. Runs once per
/// region: the last demo message is the marker (and the same toewijzingen and messages again would change nothing).
/// </summary>
internal sealed class CareDemoSeed(
    AssignmentService assignments, DeclarationImporter declarations, DeclarationService received, RegionDirectory directory, IPurchasedCare purchased) : IDemoData
{
    private static readonly Dictionary<string, DemoCare> PerRegion = new()
    {
        ["kop-van-noord-holland"] = new("98000001", "KNH-J-2019-001",
        [
            new("GM0400", "80001", "999900006", "KNH-JGD-BG", 3, Frequency.PerWeek, 12),
            new("GM0400", "80002", "999900018", "KNH-JGD-BG", 40, Frequency.TotalWithinPeriod, 4),
            new("GM0441", "80003", "999900031", "KNH-JGD-BH", 2, Frequency.PerWeek, 8),
        ]),
        ["rigg"] = new("98000011", "RIGG-J-2018-001",
        [
            new("GM0014", "140001", "999900043", "RIGG-AMB", 4, Frequency.PerWeek, 14),
            new("GM0014", "140002", "999900055", "RIGG-AMB", 60, Frequency.TotalWithinPeriod, 5),
            new("GM0047", "470001", "999900067", "RIGG-AMB", 2, Frequency.PerWeek, 8),
        ]),
    };

    public int Order => 40;

    public async Task SeedAsync(string regionCode, CancellationToken cancellationToken)
    {
        var demo = PerRegion[regionCode];
        var municipalities = demo.Assignments.Select(a => a.CbsCode).Distinct().ToList();
        if ((await received.ListAsync(new DeclarationFilter(), cancellationToken).ConfigureAwait(false)).Any(d => d.MessageId == MessageId(municipalities[^1], 3)))
        {
            return;
        }

        var members = (await directory.MembersAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(m => m.CbsCode);
        var provider = (await purchased.ProviderAsync(demo.ProviderAgb, cancellationToken).ConfigureAwait(false))!;
        var (start, end) = (new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31));
        await assignments.CreateAllAsync(demo.Assignments.Select(a => new NewAssignment(members[a.CbsCode].MunicipalityId, a.Number, a.Bsn, new DateOnly(2009, 6, 1),
            a.ProductCode, provider.Id, start, end, a.Volume, a.Frequency)).ToList(), cancellationToken).ConfigureAwait(false);

        var contract = (await purchased.ContractsAsync(cancellationToken).ConfigureAwait(false)).Single(c => c.Number == demo.ContractNumber);
        var all = await purchased.TariffsAsync(cancellationToken).ConfigureAwait(false);
        var declared = new Dictionary<string, (ProductInfo Product, long TariffCents)>();
        foreach (var code in demo.Assignments.Select(a => a.ProductCode).Distinct())
        {
            var product = (await purchased.ProductAsync(code, cancellationToken).ConfigureAwait(false))!;
            declared[code] = (product, (long)(TariffInfo.InForce(all, product.Id, start, contract.Id)!.Amount * 100));
        }

        for (var month = 1; month <= 3; month++)
        {
            var (from, to) = (new DateOnly(2023, month, 1), new DateOnly(2023, month, 1).AddMonths(1).AddDays(-1));
            foreach (var cbs in municipalities)
            {
                var lines = demo.Assignments.Where(a => a.CbsCode == cbs).Select((a, i) => Line(a, i + 1, declared[a.ProductCode], from, to, month)).ToList();
                if (month == 3 && cbs == municipalities[0])
                {
                    var last = demo.Assignments.Last(a => a.CbsCode == cbs);
                    var wrong = declared[last.ProductCode].TariffCents + 150;
                    lines.Add(Line(last, lines.Count + 1, (declared[last.ProductCode].Product, wrong), from, to, month) with { Volume = 2, AmountCents = 2 * wrong });
                }

                var number = cbs[2..];
                await ImportAsync(new Jw323Header(demo.ProviderAgb, number, MessageId(cbs, month), $"DEMO{number}D{month}", from, to), lines, cancellationToken)
                    .ConfigureAwait(false);
            }
        }
    }

    private static string MessageId(string cbsCode, int month) => $"DEMO{cbsCode[2..]}M{month}";

    private static Jw323Prestatie Line(DemoAssignment assignment, int position, (ProductInfo Product, long TariffCents) declared, DateOnly from, DateOnly to, int month) =>
        new(assignment.Bsn, $"DEMO-{month:00}-{position}", assignment.Number, declared.Product.CategoryCode, declared.Product.NationalCode!, from, to,
            assignment.HoursPerMonth, "04", declared.TariffCents, assignment.HoursPerMonth * declared.TariffCents);

    private async Task ImportAsync(Jw323Header header, IReadOnlyCollection<Jw323Prestatie> lines, CancellationToken cancellationToken)
    {
        await using var content = new MemoryStream(Encoding.UTF8.GetBytes(Jw323File.Text(header, lines)));
        await declarations.ImportAsync(content, null, cancellationToken).ConfigureAwait(false);
    }
}
