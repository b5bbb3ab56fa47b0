using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Regional.Kernel.Persistence;

/// <summary>
/// A schema with its own migrations. The migrator creates the context on the owner's data source,
/// without the tenant interceptors (migrations are not tenant work). Applied in registration order,
/// kernel first, since other schemas' policies call the kernel's tenant functions.
/// </summary>
public sealed record MigrationTarget(string Schema, Func<IServiceProvider, NpgsqlDataSource, DbContext> Create);
