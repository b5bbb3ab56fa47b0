using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Regional.Host.Database;

/// <summary>
/// Encrypts each key of the Data Protection key ring with AES-256-GCM under the <see cref="KeyRingKey"/> before it is
/// stored. Authenticated: a key element that was not encrypted with this key fails to decrypt rather than being used.
/// </summary>
public sealed class KeyRingEncryptor(KeyRingKey key) : IXmlEncryptor
{
    private const int NonceBytes = 12;

    private const int TagBytes = 16;

    internal static readonly byte[] Context = Encoding.ASCII.GetBytes("regional-keyring-v1");

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var sealedValue = new byte[NonceBytes + TagBytes + plaintext.Length];
        var nonce = sealedValue.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(key.Value, TagBytes))
        {
            aes.Encrypt(nonce, plaintext, sealedValue.AsSpan(NonceBytes + TagBytes), sealedValue.AsSpan(NonceBytes, TagBytes), Context);
        }

        return new EncryptedXmlInfo(new XElement("encryptedKey", new XAttribute("algorithm", "AES-256-GCM"), Convert.ToBase64String(sealedValue)),
            typeof(KeyRingDecryptor));
    }

    internal static XElement Decrypt(KeyRingKey key, XElement encryptedElement)
    {
        var sealedValue = Convert.FromBase64String(encryptedElement.Value);
        var plaintext = new byte[sealedValue.Length - NonceBytes - TagBytes];
        using (var aes = new AesGcm(key.Value, TagBytes))
        {
            aes.Decrypt(sealedValue.AsSpan(0, NonceBytes), sealedValue.AsSpan(NonceBytes + TagBytes), sealedValue.AsSpan(NonceBytes, TagBytes), plaintext, Context);
        }

        return XElement.Parse(Encoding.UTF8.GetString(plaintext));
    }
}

/// <summary>Created by Data Protection (by its type name, stored with each key) to read a key back.</summary>
public sealed class KeyRingDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        return KeyRingEncryptor.Decrypt(services.GetRequiredService<KeyRingKey>(), encryptedElement);
    }
}
