using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Regional.Care.Declarations;
using Regional.Care.Demo;

namespace Regional.Care.Tests;

/// <summary>
/// Care and finance together, without the host: what a declaration accepts is booked in finance's ledger once, to the
/// cent, and what it rejects books nothing.
/// </summary>
public sealed class DeclarationBookingTests(CareFixture db) : IClassFixture<CareFixture>
{
    private const string Knh = "kop-van-noord-holland";

    /// <summary>Per declaration: what its accepted lines add up to, against what its ledger entries owe the provider.</summary>
    private const string Unbooked = """
        SELECT count(*) FROM care.declarations d
        WHERE d.posted_at IS NULL OR d.total_accepted <> (
            SELECT coalesce(-sum(p.amount), 0) FROM finance.journal_entries j JOIN finance.postings p ON p.entry_id = j.id
            WHERE j.idempotency_key LIKE 'cost:declaratie:' || replace(d.id::text, '-', '') || ':%' AND p.account = 'crediteuren')
        """;

    [Fact]
    public async Task Every_demo_declaration_is_booked_for_exactly_what_it_accepted()
    {
        (await db.ScalarAsSuperuserAsync<long>("SELECT count(*) FROM care.declarations")).ShouldBeGreaterThan(0);
        (await db.ScalarAsSuperuserAsync<long>("SELECT count(*) FROM care.declaration_lines WHERE NOT accepted")).ShouldBeGreaterThan(0); // the demo's wrong tariff

        (await db.ScalarAsSuperuserAsync<long>(Unbooked)).ShouldBe(0);
    }

    [Fact]
    public async Task A_file_received_twice_is_one_declaration_booked_once()
    {
        var cents = (long)(await db.ScalarAsSuperuserAsync<decimal>("SELECT tariff FROM care.declaration_lines WHERE accepted AND assignment_number = '80001' LIMIT 1") * 100);
        var april = Encoding.UTF8.GetBytes(Jw323File.Text(
            new Jw323Header("98000001", "0400", "BOOK-APR", "BOOKAPR", new DateOnly(2023, 4, 1), new DateOnly(2023, 4, 30)),
            [new Jw323Prestatie("999900006", "BOOK-APR-1", "80001", "45", "45A04", new DateOnly(2023, 4, 1), new DateOnly(2023, 4, 30), 12, "04", cents, 12 * cents)]));

        var first = await ImportAsync(april);
        var again = await ImportAsync(april);

        first.Replayed.ShouldBeFalse();
        first.Declaration.AcceptedCount.ShouldBe(1);
        again.Replayed.ShouldBeTrue();
        again.Declaration.Id.ShouldBe(first.Declaration.Id);
        (await db.ScalarAsSuperuserAsync<decimal>($"""
            SELECT -sum(p.amount) FROM finance.journal_entries j JOIN finance.postings p ON p.entry_id = j.id
            WHERE j.idempotency_key LIKE 'cost:declaratie:{first.Declaration.Id:N}:%' AND p.account = 'crediteuren'
            """)).ShouldBe(12 * cents / 100m);
        (await db.ScalarAsSuperuserAsync<long>(Unbooked)).ShouldBe(0);
    }

    private Task<DeclarationOutcome> ImportAsync(byte[] file) =>
        db.InRegionAsync(Knh, services => services.GetRequiredService<DeclarationImporter>().ImportAsync(new MemoryStream(file)));
}
