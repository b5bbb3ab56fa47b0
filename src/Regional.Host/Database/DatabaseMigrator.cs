using Npgsql;
using Regional.Kernel.Persistence;

namespace Regional.Host.Database;

/// <summary>Applies every module's migrations, kernel first, as the owner role; then encrypts any key ring key still in clear.</summary>
public sealed class DatabaseMigrator(IServiceProvider services, IEnumerable<MigrationTarget> targets, KeyRingKey keyRingKey, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(string? ownerConnectionString, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(ownerConnectionString))
        {
            throw new StartupException("Migrating needs ConnectionStrings:RegionalOwner (the role that owns the schemas).");
        }

        await using var ownerDataSource = NpgsqlDataSource.Create(ownerConnectionString);
        await using var scope = services.CreateAsyncScope();
        foreach (var target in targets)
        {
            var applied = await target.MigrateAsync(scope.ServiceProvider, ownerDataSource, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Schema {Schema}: {Count} migration(s) applied", target.Schema, applied);
        }

        var encrypted = await ClearKeysUpgrade.EncryptAsync(ownerDataSource, new KeyRingEncryptor(keyRingKey), cancellationToken).ConfigureAwait(false);
        if (encrypted > 0)
        {
            logger.LogWarning("Key ring: {Count} key(s) stored in clear are now encrypted at rest", encrypted);
        }
    }
}
