using Npgsql;
using NpgsqlTypes;
using Regional.Kernel.Persistence;

namespace Regional.Care.Declarations;

/// <summary>
/// Writes checked lines in one statement per chunk (<c>unnest</c> of one array per column), inside the
/// declaration's transaction and under its row-level security. Lines are facts of a received message:
/// the audit log records the declaration, not each of its (possibly a million) lines.
/// </summary>
internal static class LineWriter
{
    private const string Insert = """
        INSERT INTO care.declaration_lines (region_id, municipality_id, declaration_id, position, provider_id, domain, client_hash, client_masked, client_cipher,
            reference, previous_reference, credit, assignment_number, assignment_id, product_id, contract_id, category, product_code, period_start, period_end,
            volume, unit, tariff, amount, accepted, retour_codes)
        SELECT r, m, d, p, pr, dom, ch, cm, cc, ref, prev, cr, an, a, pd, c, cat, pc, ps, pe, v, u, t, am, acc,
               CASE WHEN codes = '' THEN '{}'::text[] ELSE string_to_array(codes, ' ') END
        FROM unnest(@r, @m, @d, @p, @pr, @dom, @ch, @cm, @cc, @ref, @prev, @cr, @an, @a, @pd, @c, @cat, @pc, @ps, @pe, @v, @u, @t, @am, @acc, @codes)
            AS x(r, m, d, p, pr, dom, ch, cm, cc, ref, prev, cr, an, a, pd, c, cat, pc, ps, pe, v, u, t, am, acc, codes)
        """;

    public static async Task WriteAsync(UnitOfWork work, IReadOnlyList<DeclarationLine> lines, CancellationToken cancellationToken)
    {
        await using var command = work.Command(Insert);
        Add(command, "r", NpgsqlDbType.Uuid, lines.Select(l => l.RegionId));
        Add(command, "m", NpgsqlDbType.Uuid, lines.Select(l => l.MunicipalityId));
        Add(command, "d", NpgsqlDbType.Uuid, lines.Select(l => l.DeclarationId));
        Add(command, "p", NpgsqlDbType.Integer, lines.Select(l => l.Position));
        Add(command, "pr", NpgsqlDbType.Uuid, lines.Select(l => l.ProviderId));
        Add(command, "dom", NpgsqlDbType.Text, lines.Select(l => l.Domain.ToString()));
        Add(command, "ch", NpgsqlDbType.Text, lines.Select(l => l.ClientHash));
        Add(command, "cm", NpgsqlDbType.Text, lines.Select(l => l.ClientMasked));
        Add(command, "cc", NpgsqlDbType.Text, lines.Select(l => l.ClientCipher));
        Add(command, "ref", NpgsqlDbType.Text, lines.Select(l => l.Reference));
        Add(command, "prev", NpgsqlDbType.Text, lines.Select(l => l.PreviousReference));
        Add(command, "cr", NpgsqlDbType.Boolean, lines.Select(l => l.Credit));
        Add(command, "an", NpgsqlDbType.Text, lines.Select(l => l.AssignmentNumber));
        Add(command, "a", NpgsqlDbType.Uuid, lines.Select(l => l.AssignmentId));
        Add(command, "pd", NpgsqlDbType.Uuid, lines.Select(l => l.ProductId));
        Add(command, "c", NpgsqlDbType.Uuid, lines.Select(l => l.ContractId));
        Add(command, "cat", NpgsqlDbType.Text, lines.Select(l => l.Category));
        Add(command, "pc", NpgsqlDbType.Text, lines.Select(l => l.ProductCode));
        Add(command, "ps", NpgsqlDbType.Date, lines.Select(l => l.PeriodStart));
        Add(command, "pe", NpgsqlDbType.Date, lines.Select(l => l.PeriodEnd));
        Add(command, "v", NpgsqlDbType.Numeric, lines.Select(l => l.Volume));
        Add(command, "u", NpgsqlDbType.Text, lines.Select(l => l.Unit));
        Add(command, "t", NpgsqlDbType.Numeric, lines.Select(l => l.Tariff));
        Add(command, "am", NpgsqlDbType.Numeric, lines.Select(l => l.Amount));
        Add(command, "acc", NpgsqlDbType.Boolean, lines.Select(l => l.Accepted));
        Add(command, "codes", NpgsqlDbType.Text, lines.Select(l => string.Join(' ', l.RetourCodes)));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Add<T>(NpgsqlCommand command, string name, NpgsqlDbType type, IEnumerable<T> values) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | type) { Value = values.ToArray() });
}
