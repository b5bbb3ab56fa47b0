namespace Regional.Kernel.Persistence;

internal sealed class KernelDesignTimeFactory() : DesignTimeFactory<KernelDbContext>(KernelDbContext.Schema);
