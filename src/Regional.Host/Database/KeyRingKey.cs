using System.Security.Cryptography;

namespace Regional.Host.Database;

/// <summary>
/// The key that encrypts the Data Protection key ring at rest. It never lives in the database: whoever can read the
/// database (the app's own login included) sees only ciphertext, and cannot add a key of their own that decrypts.
/// Configured as <c>Regional:KeyRing:Key</c> (base64 of 32 random bytes, from a secret store) or
/// <c>Regional:KeyRing:KeyFile</c> (a file holding that text); the private database keeps one in its data directory.
/// </summary>
public sealed class KeyRingKey
{
    public const int Bytes = 32;

    private const string Advice =
        "Set Regional__KeyRing__Key to 32 random bytes in base64 (e.g. `openssl rand -base64 32`) or Regional__KeyRing__KeyFile to a file holding them; " +
        "every replica needs the same key.";

    private KeyRingKey(byte[] value) => Value = value;

    public byte[] Value { get; }

    public static KeyRingKey Resolve(IConfiguration configuration, DatabaseConnections connections)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(connections);
        if (configuration["Regional:KeyRing:Key"] is { Length: > 0 } configured)
        {
            return Decode(configured, "Regional:KeyRing:Key");
        }

        if (configuration["Regional:KeyRing:KeyFile"] is { Length: > 0 } file)
        {
            return File.Exists(file) ? Decode(File.ReadAllText(file), file) : throw new StartupException($"The key ring's key file {file} does not exist. {Advice}");
        }

        return connections.PrivateDataDirectory is { } directory
            ? Decode(OwnKeyFile(Path.Combine(directory, "keyring.key")), "the private database's keyring.key")
            : throw new StartupException($"The key ring (sign-in cookies, protected BSNs) needs a key that is not in the database. {Advice}");
    }

    // The first start of the private database makes the key, readable by this user only.
    private static string OwnKeyFile(string path)
    {
        if (!File.Exists(path))
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            try
            {
                using var writer = new StreamWriter(path, options);
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(Bytes)));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another replica of the private database made it at the same moment: use theirs.
            }
        }

        return File.ReadAllText(path);
    }

    private static KeyRingKey Decode(string text, string source)
    {
        var value = new byte[Bytes];
        return Convert.TryFromBase64String(text.Trim(), value, out var written) && written == Bytes
            ? new KeyRingKey(value)
            : throw new StartupException($"The key ring's key in {source} is not {Bytes} bytes in base64. {Advice}");
    }
}
