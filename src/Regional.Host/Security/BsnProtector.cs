using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Regional.Host.Database;
using Regional.Kernel.Privacy;

namespace Regional.Host.Security;

/// <summary>
/// BSN protection with keys that never leave the platform's key ring: the hash key is 32 random bytes made
/// on first use and kept in the database encrypted by Data Protection (so every replica hashes alike), and
/// the numbers themselves are encrypted by Data Protection under their own purpose.
/// </summary>
public sealed class BsnProtector(IDataProtectionProvider dataProtection, KeyRingSecrets secrets) : IBsnProtector
{
    private readonly IDataProtector protector = dataProtection.CreateProtector("Regional.Bsn.v1");
    private readonly Lazy<byte[]> hashKey = new(() => secrets.GetOrCreate("bsn-hash-key", 32));

    public ProtectedBsn Protect(Bsn bsn) => new(HashOf(bsn), protector.Protect(bsn.Digits), bsn.Masked);

    public string HashOf(Bsn bsn) => Convert.ToHexStringLower(HMACSHA256.HashData(hashKey.Value, Encoding.ASCII.GetBytes(bsn.Digits)));

    public Bsn Reveal(string cipher) => Bsn.Parse("Bsn", protector.Unprotect(cipher));
}
