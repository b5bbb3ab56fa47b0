namespace Regional.Kernel.Privacy;

/// <summary>
/// Secrets the platform makes for itself (such as the BSN hash key): random bytes made once, the same on every replica,
/// never written anywhere in clear. The host keeps them in its key ring.
/// </summary>
public interface IPlatformSecrets
{
    byte[] GetOrCreate(string name, int bytes);
}
