using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.Identity;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;
using Regional.Kernel.Identity;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;

namespace Regional.Kernel.Persistence;

public static class PersistenceRegistration
{
    /// <summary>
    /// The kernel's services: the tenant context, the actor of changes, the region directory, the users' passwords and
    /// sessions, the demo's seed, and its DbContext on the app's data source (a role that owns nothing and cannot bypass row-level security).
    /// </summary>
    public static IServiceCollection AddRegionalKernel(this IServiceCollection services, NpgsqlDataSource appDataSource)
    {
        services.TryAddSingleton<TimeProvider>(new Values.DutchClock());
        services.TryAddSingleton<TenantContext>();
        services.TryAddScoped<ICurrentActor, SystemActor>();
        // Registered through a factory so that the container owns it and closes its pool on dispose.
        services.AddSingleton(_ => appDataSource);
        services.AddSingleton<TenantSessionInterceptor>();
        services.AddSingleton<RequireTransactionInterceptor>();
        services.TryAddScoped<Events.OutboxDelivery>();
        services.TryAddScoped<RegionDirectory>();
        services.TryAddScoped<Demo.DemoRegionSeed>();
        services.TryAddScoped<Demo.DemoSeed>();
        services.TryAddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.TryAddScoped<PasswordSignIn>();
        services.TryAddScoped<SessionRegister>();
        services.TryAddScoped<PasswordChange>();
        // Its keys come from whoever runs the kernel: Data Protection and the platform's secrets (the host's key ring).
        services.TryAddSingleton<Privacy.IBsnProtector, Privacy.BsnProtector>();
        return services.AddTenantDbContext<KernelDbContext>(KernelDbContext.Schema);
    }

    /// <summary>Registers a module's DbContext with the tenant interceptors and its own migrations history.</summary>
    public static IServiceCollection AddTenantDbContext<TContext>(this IServiceCollection services, string schema)
        where TContext : TenantDbContext =>
        services
            .AddDbContext<TContext>((provider, options) => Configure(options, provider.GetRequiredService<NpgsqlDataSource>(), schema)
                .AddInterceptors(
                    provider.GetRequiredService<TenantSessionInterceptor>(),
                    provider.GetRequiredService<RequireTransactionInterceptor>()))
            .AddMigrationTarget<TContext>(schema);

    /// <summary>Registers a schema for the <c>migrate</c> verb.</summary>
    public static IServiceCollection AddMigrationTarget<TContext>(this IServiceCollection services, string schema)
        where TContext : DbContext =>
        services.AddSingleton(new MigrationTarget(schema, (provider, ownerDataSource) =>
        {
            var options = new DbContextOptionsBuilder<TContext>();
            Configure(options, ownerDataSource, schema);
            return ActivatorUtilities.CreateInstance<TContext>(provider, options.Options);
        }));

    /// <summary>The options every connection to a module's schema shares, for the app and for migrations.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, NpgsqlDataSource dataSource, string schema)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UseNpgsql(dataSource, npgsql => Conventions(npgsql, schema));
    }

    /// <summary>
    /// Each schema keeps its own migrations history. Split queries: an aggregate with two child collections (a pool's key
    /// components and inputs) loads in one query per collection instead of their cartesian product. A list in a query
    /// (ids.Contains) goes as one array parameter (= ANY): one plan for any length, where a parameter per item costs
    /// planning time that grows with the list (a declaration chunk names thousands of references).
    /// </summary>
    internal static void Conventions(NpgsqlDbContextOptionsBuilder npgsql, string schema) => npgsql
        .MigrationsHistoryTable("__ef_migrations_history", schema)
        .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)
        .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter);
}
