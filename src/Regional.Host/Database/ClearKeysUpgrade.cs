using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Npgsql;

namespace Regional.Host.Database;

/// <summary>
/// Keys a database stored in clear before the key ring was encrypted at rest stay in use (they protect existing
/// cookies and BSNs), so the migration encrypts them in place, as Data Protection stores a new key: each element
/// marked as requiring encryption is replaced by an encryptedSecret naming its decryptor. Runs as the owner, the only
/// login that may change stored keys.
/// </summary>
internal static class ClearKeysUpgrade
{
    private static readonly XNamespace DataProtection = "http://schemas.asp.net/2015/03/dataProtection";

    public static async Task<int> EncryptAsync(NpgsqlDataSource owner, IXmlEncryptor encryptor, CancellationToken cancellationToken)
    {
        var clear = new List<(int Id, string Xml)>();
        await using (var select = owner.CreateCommand("SELECT id, xml FROM keyring.data_protection_keys WHERE xml LIKE '%requiresEncryption=\"true\"%'"))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                clear.Add((reader.GetInt32(0), reader.GetString(1)));
            }
        }

        foreach (var (id, xml) in clear)
        {
            await using var update = owner.CreateCommand("UPDATE keyring.data_protection_keys SET xml = $1 WHERE id = $2");
            update.Parameters.Add(new NpgsqlParameter { Value = Encrypt(XElement.Parse(xml), encryptor).ToString(SaveOptions.DisableFormatting) });
            update.Parameters.Add(new NpgsqlParameter { Value = id });
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return clear.Count;
    }

    private static XElement Encrypt(XElement key, IXmlEncryptor encryptor)
    {
        var secrets = key.Descendants().Where(e => (bool?)e.Attribute(DataProtection + "requiresEncryption") == true).ToList();
        foreach (var secret in secrets)
        {
            var encrypted = encryptor.Encrypt(secret);
            secret.ReplaceWith(new XElement(DataProtection + "encryptedSecret",
                new XAttribute("decryptorType", encrypted.DecryptorType.AssemblyQualifiedName!), encrypted.EncryptedElement));
        }

        return key;
    }
}
