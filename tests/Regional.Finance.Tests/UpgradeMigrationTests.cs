using Regional.Purchasing;
using Regional.TestSupport;

namespace Regional.Finance.Tests;

/// <summary>
/// A database made before the client sub-ledger (<c>CostClients</c>) upgrades with its data: every client its postings
/// named keeps its costs per product group, domain, year and municipality, so keys by clients and thresholds stay the same.
/// </summary>
public sealed class UpgradeMigrationTests(FinanceFixture db) : IClassFixture<FinanceFixture>
{
    private const string ClientsOnPostings = """
        SELECT string_agg(c, ',' ORDER BY c) FROM (
            SELECT p.product_group || '/' || p.domain || '/' || extract(year FROM j.occurred_on) || '/' || p.municipality_id || '/' || p.client_ref || '=' || sum(p.amount) AS c
            FROM finance.postings p JOIN finance.journal_entries j ON j.id = p.entry_id
            WHERE p.client_ref IS NOT NULL AND p.account IN ('kosten', 'pool-kosten')
            GROUP BY p.product_group, p.domain, extract(year FROM j.occurred_on), p.municipality_id, p.client_ref) AS clients
        """;

    private const string ClientsKept = """
        SELECT string_agg(product_group || '/' || domain || '/' || year || '/' || municipality_id || '/' || client_ref || '=' || amount, ',' ORDER BY
            product_group || '/' || domain || '/' || year || '/' || municipality_id || '/' || client_ref || '=' || amount) FROM finance.cost_clients
        """;

    [Fact]
    public async Task Upgrading_keeps_each_clients_costs_that_the_postings_named_once_per_group_domain_year_and_municipality()
    {
        // Before, a declaration's postings named each client: two clients of Den Helder, one of them twice, as the ledger held them.
        await db.ExecuteAsSuperuserAsync("""
            DROP TABLE finance.cost_clients;
            CREATE INDEX ix_postings_region_id_client_ref ON finance.postings (region_id, client_ref) WHERE client_ref IS NOT NULL;
            DELETE FROM finance.__ef_migrations_history WHERE "MigrationId" >= '20261208000000';
            WITH m AS (SELECT m.id, r.region_id FROM kernel.municipalities m JOIN kernel.region_memberships r ON r.municipality_id = m.id WHERE m.cbs_code = 'GM0400' LIMIT 1),
            e AS (INSERT INTO finance.journal_entries (id, region_id, idempotency_key, occurred_on, description, recorded_at, recorded_by)
                  SELECT gen_random_uuid(), m.region_id, 'cost:before-upgrade', DATE '2018-03-31', 'Kosten', now(), 'test' FROM m RETURNING id, region_id)
            INSERT INTO finance.postings (id, region_id, entry_id, account, municipality_id, product_group, domain, amount, client_ref)
            SELECT gen_random_uuid(), e.region_id, e.id, v.account, CASE WHEN v.client IS NULL THEN NULL ELSE m.id END, 'Behandeling', 'Jeugd', v.amount, v.client
            FROM e, m, (VALUES ('kosten', 10.00, 'old-a'), ('pool-kosten', 5.00, 'old-a'), ('kosten', 5.00, 'old-b'), ('crediteuren', -20.00, NULL)) AS v(account, amount, client);
            """);
        var expected = await db.ScalarAsSuperuserAsync<string>(ClientsOnPostings);
        expected.ShouldContain("/old-a=15.00");
        expected.ShouldContain("/old-b=5.00");

        await db.MigrateSchemaAsync("finance", s => s.AddPurchasingModule().AddFinanceModule());

        (await db.ScalarAsSuperuserAsync<string>(ClientsKept)).ShouldBe(expected);
    }
}
