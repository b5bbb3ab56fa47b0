using Regional.Kernel.Persistence;
using Regional.Kernel.Tenancy;

namespace Regional.Finance.Ledger;

/// <summary>One client's part of a cost, as the client sub-ledger (<see cref="CostClient"/>) keeps it.</summary>
internal sealed record ClientCost(Guid MunicipalityId, string ProductGroup, SocialDomain Domain, int Year, string ClientRef, decimal Amount);

/// <summary>
/// Adds clients' parts of costs to the client sub-ledger in one statement, inside the writer's transaction: summed per
/// row first (a statement may touch a row once), in a fixed order, so two writers never wait on each other in a cycle.
/// A part of nothing is no care and leaves no row.
/// </summary>
internal static class ClientSubLedger
{
    private const string Add = """
        INSERT INTO finance.cost_clients AS k (region_id, product_group, domain, year, municipality_id, client_ref, amount)
        SELECT kernel.current_region_id(), c.product_group, c.domain, c.year, c.municipality_id, c.client_ref, c.amount
        FROM unnest(@groups, @domains, @years, @municipalities, @clients, @amounts) AS c(product_group, domain, year, municipality_id, client_ref, amount)
        ORDER BY 2, 3, 4, 5, 6
        ON CONFLICT (region_id, product_group, domain, year, municipality_id, client_ref) DO UPDATE SET amount = k.amount + excluded.amount
        """;

    public static async Task AddAsync(UnitOfWork work, IEnumerable<ClientCost> parts, CancellationToken cancellationToken)
    {
        var rows = parts.Where(p => p.Amount != 0).GroupBy(p => p with { Amount = 0 }, p => p.Amount).Select(g => g.Key with { Amount = g.Sum() }).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        await using var command = work.Command(Add);
        command.Parameters.AddWithValue("groups", rows.Select(r => r.ProductGroup).ToArray());
        command.Parameters.AddWithValue("domains", rows.Select(r => r.Domain.ToString()).ToArray());
        command.Parameters.AddWithValue("years", rows.Select(r => r.Year).ToArray());
        command.Parameters.AddWithValue("municipalities", rows.Select(r => r.MunicipalityId).ToArray());
        command.Parameters.AddWithValue("clients", rows.Select(r => r.ClientRef).ToArray());
        command.Parameters.AddWithValue("amounts", rows.Select(r => r.Amount).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
