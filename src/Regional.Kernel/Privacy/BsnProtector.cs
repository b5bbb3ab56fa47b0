using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace Regional.Kernel.Privacy;

/// <summary>
/// BSN protection with keys that never leave the platform: the hash key is 32 random bytes made on first use and kept
/// by <see cref="IPlatformSecrets"/> (so every replica hashes alike), and the numbers themselves are encrypted by Data
/// Protection under their own purpose.
/// </summary>
internal sealed class BsnProtector(IDataProtectionProvider dataProtection, IPlatformSecrets secrets) : IBsnProtector
{
    private readonly IDataProtector protector = dataProtection.CreateProtector("Regional.Bsn.v1");
    private readonly Lazy<byte[]> hashKey = new(() => secrets.GetOrCreate("bsn-hash-key", 32));

    public ProtectedBsn Protect(Bsn bsn) => new(HashOf(bsn), protector.Protect(bsn.Digits), bsn.Masked);

    public string HashOf(Bsn bsn) => Convert.ToHexStringLower(HMACSHA256.HashData(hashKey.Value, Encoding.ASCII.GetBytes(bsn.Digits)));

    public Bsn Reveal(string cipher) => Bsn.Parse("Bsn", protector.Unprotect(cipher));
}
