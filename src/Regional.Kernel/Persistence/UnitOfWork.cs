using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Regional.Kernel.Persistence;

/// <summary>
/// One piece of database work, and the only way to begin one (an architecture test holds this). Beginning opens the
/// transaction, where <see cref="TenantSessionInterceptor"/> hands PostgreSQL the current tenant;
/// <see cref="CompleteAsync"/> saves the tracked changes with their audit entries and commits; disposing work that
/// was not completed rolls it back, so a read or a refused change leaves nothing.
/// </summary>
public sealed class UnitOfWork : IAsyncDisposable
{
    private readonly DbContext db;
    private readonly IDbContextTransaction transaction;

    private UnitOfWork(DbContext db, IDbContextTransaction transaction) => (this.db, this.transaction) = (db, transaction);

    /// <summary>An Npgsql command inside this work, for statements beside EF Core (batches of arrays, upserts).</summary>
    public NpgsqlCommand Command(string sql)
    {
        var inner = (NpgsqlTransaction)transaction.GetDbTransaction();
        return new NpgsqlCommand(sql, inner.Connection, inner);
    }

    internal static async Task<UnitOfWork> BeginAsync(DbContext db, IsolationLevel isolation, CancellationToken cancellationToken) =>
        new(db, await db.Database.BeginTransactionAsync(isolation, cancellationToken).ConfigureAwait(false));

    /// <summary>Saves what is tracked (audited, in this transaction) and commits.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Abandons the work now, so the context can begin another (a replay found after a conflict).</summary>
    public Task AbandonAsync(CancellationToken cancellationToken) => transaction.RollbackAsync(cancellationToken);

    public ValueTask DisposeAsync() => transaction.DisposeAsync();
}

public static class UnitOfWorkExtensions
{
    /// <summary>Begins a unit of work on <paramref name="db"/> in the current tenant.</summary>
    public static Task<UnitOfWork> BeginWorkAsync(this DbContext db, CancellationToken cancellationToken) =>
        db.BeginWorkAsync(IsolationLevel.ReadCommitted, cancellationToken);

    /// <summary>
    /// Begins a unit of work that sees one snapshot of the database throughout (<see cref="IsolationLevel.RepeatableRead"/>):
    /// for reads that must agree with each other, such as state loaded together with the snapshot it came from.
    /// </summary>
    public static Task<UnitOfWork> BeginWorkAsync(this DbContext db, IsolationLevel isolation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return UnitOfWork.BeginAsync(db, isolation, cancellationToken);
    }
}
