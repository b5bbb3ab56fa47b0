using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using Regional.Kernel.Tenancy;

namespace Regional.Kernel.Persistence;

/// <summary>
/// Hands the ambient tenant to PostgreSQL at the start of every transaction, where the RLS policies
/// read it. Without a tenant scope nothing is set, and the policies then return no rows.
/// </summary>
internal sealed class TenantSessionInterceptor(TenantContext tenants) : DbTransactionInterceptor
{
    private const string SetTenant =
        $"SELECT set_config('{TenantSettings.RegionId}', @region, true), set_config('{TenantSettings.MunicipalityIds}', @municipalities, true), " +
        $"set_config('{TenantSettings.WholeRegion}', @whole, true)";

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        using var command = BuildCommand(connection, result);
        command?.ExecuteNonQuery();
        return result;
    }

    public override async ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        await using var command = BuildCommand(connection, result);
        if (command is not null)
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    private NpgsqlCommand? BuildCommand(DbConnection connection, DbTransaction transaction)
    {
        if (tenants.Current is not { } scope)
        {
            return null;
        }

        var command = new NpgsqlCommand(SetTenant, (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        command.Parameters.AddWithValue("region", scope.RegionId.ToString());
        command.Parameters.AddWithValue("municipalities", ToArrayLiteral(scope.MunicipalityIds));
        command.Parameters.AddWithValue("whole", scope.SeesWholeRegion ? "on" : "off");
        return command;
    }

    private static string ToArrayLiteral(IReadOnlySet<Guid> ids) => "{" + string.Join(',', ids) + "}";
}
