using System.Reflection;
using Regional.Host.Hosting;
using Regional.Kernel.Persistence;

namespace Regional.Architecture.Tests;

/// <summary>
/// The tenant reaches PostgreSQL per transaction, and changes are audited when they are saved, so database work begins
/// in one place: the kernel's <see cref="UnitOfWork"/>. No service, grain, page or endpoint opens a transaction itself.
/// </summary>
public sealed class UnitOfWorkTests
{
    [Fact]
    public void Only_the_kernels_unit_of_work_opens_a_transaction()
    {
        var opening = typeof(RegionalApp).Assembly.GetReferencedAssemblies()
            .Where(a => a.Name!.StartsWith("Regional.", StringComparison.Ordinal))
            .Select(Assembly.Load)
            .Append(typeof(RegionalApp).Assembly)
            .SelectMany(a => CallSites.TypesCalling(a, m => m.Name is "BeginTransaction" or "BeginTransactionAsync"))
            .Select(t => t.Name)
            .Order();

        // TenantDbContext saves inside the current work, or in a transaction of its own when it is called outside one.
        opening.ShouldBe([nameof(TenantDbContext), nameof(UnitOfWork)]);
    }
}
