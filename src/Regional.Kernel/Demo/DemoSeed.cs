using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Identity;
using Regional.Kernel.Persistence;
using Regional.Kernel.Tenancy;

namespace Regional.Kernel.Demo;

/// <summary>
/// The demo: the seed regions with every module's data (<see cref="DemoRegionSeed"/>), then the demo users. Idempotent:
/// it adds what is missing and resets the demo users' passwords, so every start can print working ones.
/// </summary>
public sealed class DemoSeed(KernelDbContext db, DemoRegionSeed regions, IPasswordHasher<User> hasher)
{
    public async Task<IReadOnlyList<DemoAccount>> RunAsync(Func<string, string> passwordFor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(passwordFor);
        var (seeded, municipalities) = await regions.SeedAsync(cancellationToken).ConfigureAwait(false);
        var accounts = new List<DemoAccount>();
        foreach (var demo in DemoUsers.All())
        {
            var password = passwordFor(demo.UserName);
            await SeedUserAsync(demo, seeded, municipalities, password, cancellationToken).ConfigureAwait(false);
            accounts.Add(new DemoAccount(demo.UserName, demo.DisplayName, demo.RegionCode, password));
        }

        return accounts;
    }

    private async Task SeedUserAsync(
        DemoUser demo, IReadOnlyDictionary<string, Region> regions, IReadOnlyDictionary<string, Municipality> municipalities, string password,
        CancellationToken cancellationToken)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var user = await db.Users.Include(u => u.Roles).SingleOrDefaultAsync(u => u.UserName == demo.UserName, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            user = new User { UserName = demo.UserName, DisplayName = demo.DisplayName, PasswordHash = "" };
            user.Roles.Add(new RoleAssignment
            {
                Role = demo.Role,
                RegionId = demo.RegionCode is null ? null : regions[demo.RegionCode].Id,
                MunicipalityId = demo.CbsCode is null ? null : municipalities[demo.CbsCode].Id,
            });
            db.Users.Add(user);
        }

        user.PasswordHash = hasher.HashPassword(user, password);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
