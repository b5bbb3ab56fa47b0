using Regional.Kernel.Persistence;

namespace Regional.Care.Persistence;

internal sealed class CareDesignTimeFactory() : DesignTimeFactory<CareDbContext>(CareDbContext.Schema);
