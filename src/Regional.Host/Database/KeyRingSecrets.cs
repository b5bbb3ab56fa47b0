using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regional.Kernel.Privacy;

namespace Regional.Host.Database;

/// <summary>A platform secret: random bytes made once, stored encrypted by Data Protection in the key ring.</summary>
public sealed class KeyRingSecret
{
    public required string Name { get; init; }

    public required string ProtectedValue { get; init; }
}

/// <summary>
/// Secrets the platform makes for itself (such as the BSN hash key), shared by every replica through the
/// database and never written anywhere in clear. The first replica to ask creates one; the others read it.
/// </summary>
public sealed class KeyRingSecrets(IServiceScopeFactory scopes, IDataProtectionProvider dataProtection) : IPlatformSecrets
{
    private readonly IDataProtector protector = dataProtection.CreateProtector("Regional.KeyRingSecrets.v1");

    public byte[] GetOrCreate(string name, int bytes)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KeyRingDbContext>();
        var candidate = Convert.ToBase64String(protector.Protect(RandomNumberGenerator.GetBytes(bytes)));
        db.Database.ExecuteSqlInterpolated($"INSERT INTO keyring.secrets (name, protected_value) VALUES ({name}, {candidate}) ON CONFLICT (name) DO NOTHING");
        var stored = db.Secrets.AsNoTracking().Single(s => s.Name == name);
        return protector.Unprotect(Convert.FromBase64String(stored.ProtectedValue));
    }
}
