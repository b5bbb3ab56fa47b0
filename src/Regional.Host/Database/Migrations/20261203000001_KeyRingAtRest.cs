using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Regional.Host.Database.Migrations;

/// <summary>
/// The app's login may read the key ring and add keys (Data Protection makes a new one every 90 days), never change
/// or remove one, and never add one in clear: stored keys are encrypted with a key that is not in the database.
/// </summary>
[DbContext(typeof(KeyRingDbContext))]
[Migration("20261203000001_KeyRingAtRest")]
public sealed class KeyRingAtRest : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            REVOKE UPDATE, DELETE, TRUNCATE ON keyring.data_protection_keys FROM regional_app;
            CREATE FUNCTION keyring.refuse_keys_in_clear() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.xml LIKE '%requiresEncryption="true"%' THEN
                    RAISE EXCEPTION 'keyring: a key is stored encrypted or not at all' USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER refuse_keys_in_clear BEFORE INSERT OR UPDATE ON keyring.data_protection_keys
                FOR EACH ROW EXECUTE FUNCTION keyring.refuse_keys_in_clear();
            """);
    }
}
