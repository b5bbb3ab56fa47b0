namespace Regional.Kernel.Privacy;

/// <summary>A BSN as it is stored: a keyed hash to match on, the number encrypted for the roles that must see it, and its mask.</summary>
public sealed record ProtectedBsn(string Hash, string Cipher, string Masked);

/// <summary>
/// Protects BSNs at rest: a keyed hash (HMAC) so records of one client can be matched without the number,
/// and the number encrypted (ASP.NET Core Data Protection) for the few who may see it.
/// </summary>
public interface IBsnProtector
{
    ProtectedBsn Protect(Bsn bsn);

    string HashOf(Bsn bsn);

    Bsn Reveal(string cipher);
}
