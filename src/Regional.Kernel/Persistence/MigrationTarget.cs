using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Regional.Kernel.Persistence;

/// <summary>
/// A schema with its own migrations. The migrator creates the context on the owner's data source,
/// without the tenant interceptors (migrations are not tenant work). Applied in registration order,
/// kernel first, since other schemas' policies call the kernel's tenant functions.
/// </summary>
public sealed record MigrationTarget(string Schema, Func<IServiceProvider, NpgsqlDataSource, DbContext> Create)
{
    /// <summary>Applies the schema's pending migrations as the owner; returns how many there were.</summary>
    public async Task<int> MigrateAsync(IServiceProvider services, NpgsqlDataSource owner, CancellationToken cancellationToken = default)
    {
        await using var context = Create(services, owner);
        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).Count();
        await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        return pending;
    }
}
