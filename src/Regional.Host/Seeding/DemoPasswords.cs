using System.Security.Cryptography;

namespace Regional.Host.Seeding;

/// <summary>Fresh, readable demo passwords; never stored in the repository or in plain text anywhere.</summary>
internal static class DemoPasswords
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, 16);
}
