using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;

namespace Regional.Kernel.Persistence;

/// <summary>
/// A schema's DbContext as the EF Core tools build it (<c>dotnet ef migrations add</c>, see docs/architecture.md) and as
/// the test that no model change lacks its migration reads it: the run-time options, on a connection string never opened.
/// Each project with a DbContext derives one of these for it.
/// </summary>
public abstract class DesignTimeFactory<TContext>(string schema) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>().UseNpgsql("Host=design-time", npgsql => PersistenceRegistration.Conventions(npgsql, schema));
        using var services = new ServiceCollection()
            .AddSingleton<TenantContext>().AddSingleton<ICurrentActor, SystemActor>().AddSingleton(TimeProvider.System).BuildServiceProvider();
        return ActivatorUtilities.CreateInstance<TContext>(services, options.Options);
    }
}
