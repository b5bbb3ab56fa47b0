using Regional.Kernel.Persistence;

namespace Regional.Host.Database;

internal sealed class KeyRingDesignTimeFactory() : DesignTimeFactory<KeyRingDbContext>(KeyRingDbContext.Schema);
