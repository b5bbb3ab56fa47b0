using Microsoft.Extensions.DependencyInjection;
using Regional.Kernel.Modules;
using Regional.Care.Demo;
using Regional.Care.Assignments;
using Regional.Care.Continuity;
using Regional.Care.Declarations;
using Regional.Care.Jobs;
using Regional.Care.Persistence;
using Regional.Kernel.Persistence;

namespace Regional.Care;

/// <summary>Care's one registration entry point.</summary>
public static class CareModuleExtensions
{
    public static IServiceCollection AddCareModule(this IServiceCollection services) =>
        services.AddTenantDbContext<CareDbContext>(CareDbContext.Schema)
            .AddScoped<AssignmentService>()
            .AddScoped<AssignmentImport>()
            .AddScoped<ContinuityService>()
            .AddScoped<DeclarationSettingsService>()
            .AddScoped<DeclarationImporter>()
            .AddScoped<DeclarationPosting>()
            .AddScoped<DeclarationService>()
            .AddScoped<DeclarationAnswers>()
            .AddScoped<ImportJobService>()
            .AddScoped<ImportJobRunner>()
            .AddScoped<IMessageFileImport, MessageFileImport>()
            .AddSingleton<ImportJobSignal>()
            .AddSingleton<DeclarationTelemetry>()
            .AddSingleton<ICauseLinks, DeclarationCauseLinks>()
            .AddScoped<IDemoData, CareDemoSeed>()
            // Care's background work, on every replica: the import queue, and posting what a stopped host left unposted.
            .AddHostedService<ImportJobWorker>()
            .AddHostedService<PostingSweepWorker>();
}
