using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Regional.Care;
using Regional.Care.Api;
using Regional.Finance;
using Regional.Kernel.Privacy;
using Regional.Monitoring;
using Regional.Host.Api;
using Regional.Host.Cluster;
using Regional.Host.Database;
using Regional.Host.Security;
using Regional.Host.Telemetry;
using Regional.Host.Tenancy;
using Regional.Jeugd;
using Regional.Kernel.Persistence;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Participatie;
using Regional.Purchasing;
using Regional.Wmo;

namespace Regional.Host.Hosting;

/// <summary>The composition root: services, modules and the HTTP pipeline, shared by the verbs and the tests.</summary>
public static class RegionalApp
{
    /// <param name="args">Command-line arguments (configuration overrides).</param>
    /// <param name="configure">Extra configuration, applied before the database is resolved (tests).</param>
    /// <param name="contentRoot">Where wwwroot lives, when not the working directory (tests).</param>
    public static async Task<(WebApplication App, DatabaseConnections Connections)> BuildAsync(
        string[] args, Action<WebApplicationBuilder>? configure = null, string? contentRoot = null)
    {
        // The application name makes Razor Pages find this assembly's pages also when a test host starts it.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(RegionalApp).Assembly.GetName().Name,
            ContentRootPath = contentRoot,
        });
        configure?.Invoke(builder);
        var connections = await DatabaseConnections.ResolveAsync(builder.Configuration).ConfigureAwait(false);
        AddServices(builder, connections);
        var app = builder.Build();
        UsePipeline(app);
        return (app, connections);
    }

    private static void AddServices(WebApplicationBuilder builder, DatabaseConnections connections)
    {
        var services = builder.Services;
        var dataSource = new NpgsqlDataSourceBuilder(connections.App) { Name = "regional" }.Build();
        services.AddRegionalKernel(dataSource);
        services.AddJeugdModule().AddWmoModule().AddParticipatieModule();
        services.AddPurchasingModule();
        services.AddFinanceModule();
        services.AddMonitoringModule();
        services.AddCareModule();
        services.AddDbContext<KeyRingDbContext>(o => PersistenceRegistration.Configure(o, dataSource, KeyRingDbContext.Schema));
        services.AddMigrationTarget<KeyRingDbContext>(KeyRingDbContext.Schema);
        var keyRingKey = KeyRingKey.Resolve(builder.Configuration, connections);
        services.AddSingleton(keyRingKey);
        services.AddDataProtection().SetApplicationName("regional").PersistKeysToDbContext<KeyRingDbContext>()
            .AddKeyManagementOptions(o => o.XmlEncryptor = new KeyRingEncryptor(keyRingKey));
        services.AddSingleton<IPlatformSecrets, KeyRingSecrets>();
        services.AddSingleton(ImportUpload.From(builder.Configuration));
        services.AddHostedService<Jobs.OutboxWorker>();

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, HttpContextActor>();
        services.AddScoped<Regional.Kernel.Auditing.AuditLog>();
        services.AddScoped<RegionAccessResolver>();
        services.AddScoped<SignInService>();
        services.AddSingleton<DatabaseMigrator>();

        services.AddRegionalAuthentication();
        services.AddRegionalAuthorization();
        var signIn = SignInLimits.From(builder.Configuration);
        services.AddSingleton(signIn);
        services.AddSignInRateLimiting(signIn);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = DutchProblemTitles.Apply);
        services.AddRegionalApi();
        services.AddOpenApi();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<ReconciliationHealthCheck>("reconciliation", tags: ["reconciliation"])
            .AddCheck<Jobs.OutboxHealthCheck>("outbox", tags: ["outbox"]);
        services.AddRazorPages(o => o.Conventions.AuthorizeFolder("/").AuthorizeFolder("/Regio", Policies.RegionRead))
            .AddMvcOptions(Pages.DutchModelMessages.Apply);
        builder.AddRegionalTelemetry();
        builder.AddRegionalCluster(connections);
    }

    private static void UsePipeline(WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseWhen(c => c.Request.IsApi(), api => api.UseStatusCodePages());
        app.UseWhen(c => !c.Request.IsApi(), ui => ui.UseStatusCodePagesWithReExecute("/fout/{0}"));
        app.UseRequestLocalization("nl-NL");
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<ApiRequestOrigin>();
        app.UseMiddleware<RegionTenantMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapRazorPages();
        app.MapRegionalApi();
        app.MapOpenApi().AllowAnonymous();
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapHealthChecks("/health/reconciliation", new() { Predicate = c => c.Tags.Contains("reconciliation") }).AllowAnonymous();
        app.MapHealthChecks("/health/outbox", new() { Predicate = c => c.Tags.Contains("outbox") }).AllowAnonymous();
    }
}
