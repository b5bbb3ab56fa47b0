using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Regional.Care.Declarations;
using Regional.Kernel.Background;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;

namespace Regional.Care.Jobs;

/// <summary>
/// Completes the posting of declarations a stopped host left stored but not (fully) posted: every
/// <c>Regional:Imports:SweepSeconds</c> (default 30) any replica looks for declarations unposted for longer than
/// <c>Regional:Imports:UnpostedAfterSeconds</c> (default 300) and posts what is missing, in the declaration's own
/// region and municipality. Posting is idempotent per line, so two replicas sweeping at once post nothing twice.
/// </summary>
internal sealed partial class PostingSweepWorker(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<PostingSweepWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromSeconds(configuration.GetValue("Regional:Imports:SweepSeconds", 30));
        var olderThan = TimeSpan.FromSeconds(configuration.GetValue("Regional:Imports:UnpostedAfterSeconds", 300));
        using var timer = new PeriodicTimer(every);
        await WorkerLoop.RunAsync(
            async ct =>
            {
                await timer.WaitForNextTickAsync(ct).ConfigureAwait(false);
                await SweepAsync(olderThan, ct).ConfigureAwait(false);
            },
            TimeSpan.Zero, logger, stoppingToken).ConfigureAwait(false);
    }

    private async Task SweepAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        IReadOnlyList<UnpostedDeclaration> unposted;
        var lookup = scopes.CreateAsyncScope();
        await using (lookup.ConfigureAwait(false))
        {
            unposted = await lookup.ServiceProvider.GetRequiredService<DeclarationPosting>().UnpostedAsync(olderThan, cancellationToken).ConfigureAwait(false);
        }

        foreach (var declaration in unposted)
        {
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            using (scope.ServiceProvider.GetRequiredService<TenantContext>().Begin(new TenantScope(declaration.RegionId, new HashSet<Guid> { declaration.MunicipalityId })))
            using (BackgroundActor.Begin("systeem (boeking afgerond)"))
            {
                LogCompleting(logger, declaration.DeclarationId);
                await scope.ServiceProvider.GetRequiredService<DeclarationPosting>().CompleteAsync(declaration.DeclarationId, null, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Completing the posting of declaration {DeclarationId}, left unposted by a stopped host")]
    private static partial void LogCompleting(ILogger logger, Guid declarationId);
}
