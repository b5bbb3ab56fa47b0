using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Regional.Host.Database;
using Regional.TestSupport;

namespace Regional.Host.Tests.Security;

/// <summary>The key ring behind sign-in cookies and protected BSNs: encrypted at rest, and out of the app login's reach.</summary>
public sealed class KeyRingAtRestTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Every_stored_key_is_encrypted_with_a_key_that_is_not_in_the_database()
    {
        using var signedIn = await app.SignedInClientAsync("auditor.knh");

        var keys = await app.ScalarAsSuperuserAsync<string[]>("SELECT array_agg(xml) FROM keyring.data_protection_keys");

        keys.ShouldNotBeEmpty();
        keys.ShouldAllBe(k => !k.Contains("requiresEncryption") && !k.Contains("<value>") && k.Contains("encryptedSecret") && k.Contains(nameof(KeyRingDecryptor)));
    }

    [Theory]
    [InlineData("UPDATE keyring.data_protection_keys SET xml = xml")]
    [InlineData("DELETE FROM keyring.data_protection_keys")]
    [InlineData("TRUNCATE keyring.data_protection_keys")]
    [InlineData("""INSERT INTO keyring.data_protection_keys (friendly_name, xml) VALUES ('eigen', '<key><masterKey p4:requiresEncryption="true" xmlns:p4="http://schemas.asp.net/2015/03/dataProtection"><value>AAAA</value></masterKey></key>')""")]
    [InlineData("DELETE FROM keyring.secrets")]
    public async Task The_app_login_cannot_change_remove_or_plant_a_key(string sql)
    {
        using var signedIn = await app.SignedInClientAsync("auditor.knh");
        await using var connection = new NpgsqlConnection(app.AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);

        var refused = await Should.ThrowAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        refused.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task A_key_stored_in_clear_before_is_encrypted_by_the_migration_and_still_opens_what_it_protected()
    {
        var before = Directory.CreateTempSubdirectory("regional-keyring-");
        var after = Directory.CreateTempSubdirectory("regional-keyring-");
        try
        {
            var protectedBefore = DataProtectionProvider.Create(before, b => b.SetApplicationName("regional")).CreateProtector("proef").Protect("123456782");
            var clear = await File.ReadAllTextAsync(before.GetFiles("key-*.xml").Single().FullName);
            await app.ScalarAsSuperuserAsync<int>(
                "ALTER TABLE keyring.data_protection_keys DISABLE TRIGGER refuse_keys_in_clear; " +
                $"INSERT INTO keyring.data_protection_keys (friendly_name, xml) VALUES ('van-voor-de-versleuteling', '{clear.Replace("'", "''", StringComparison.Ordinal)}'); " +
                "ALTER TABLE keyring.data_protection_keys ENABLE TRIGGER refuse_keys_in_clear; SELECT 1");

            await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(app.OwnerConnectionString);

            var upgraded = await app.ScalarAsSuperuserAsync<string>("SELECT xml FROM keyring.data_protection_keys WHERE friendly_name = 'van-voor-de-versleuteling'");
            upgraded.ShouldNotContain("requiresEncryption");
            await File.WriteAllTextAsync(Path.Combine(after.FullName, "key-upgraded.xml"), upgraded);
            var services = new ServiceCollection().AddSingleton(app.Services.GetRequiredService<KeyRingKey>());
            services.AddDataProtection().SetApplicationName("regional").PersistKeysToFileSystem(after).DisableAutomaticKeyGeneration();
            using var provider = services.BuildServiceProvider();
            provider.GetDataProtector("proef").Unprotect(protectedBefore).ShouldBe("123456782");
        }
        finally
        {
            before.Delete(recursive: true);
            after.Delete(recursive: true);
        }
    }
}
