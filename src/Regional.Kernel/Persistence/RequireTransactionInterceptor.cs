using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Regional.Kernel.Persistence;

/// <summary>
/// The tenant reaches PostgreSQL per transaction, so a command outside one would silently see no
/// tenant rows. Fail loudly instead, so the mistake shows in the first test that touches it.
/// </summary>
internal sealed class RequireTransactionInterceptor : DbCommandInterceptor
{
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Check(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Check(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Check(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Check(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Check(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Check(command, result));

    private static T Check<T>(DbCommand command, T result) =>
        command.Transaction is null
            ? throw new InvalidOperationException(
                "Database work must run inside a unit of work (BeginWorkAsync), because the tenant is set per transaction.")
            : result;
}
