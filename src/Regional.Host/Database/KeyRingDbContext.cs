using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Persistence;

namespace Regional.Host.Database;

/// <summary>
/// The Data Protection key ring (cookie and antiforgery keys) and the platform's own secrets in PostgreSQL,
/// shared by every host replica so that a cookie issued by one is accepted by all. Platform-level, not tenant data.
/// </summary>
public sealed class KeyRingDbContext(DbContextOptions<KeyRingDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public const string Schema = "keyring";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<KeyRingSecret> Secrets => Set<KeyRingSecret>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        modelBuilder.Entity<KeyRingSecret>(e =>
        {
            e.ToTable("secrets");
            e.HasKey(s => s.Name);
        });
        SnakeCaseNames.Apply(modelBuilder);
    }
}
