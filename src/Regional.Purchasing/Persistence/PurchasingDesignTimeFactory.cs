using Regional.Kernel.Persistence;

namespace Regional.Purchasing.Persistence;

internal sealed class PurchasingDesignTimeFactory() : DesignTimeFactory<PurchasingDbContext>(PurchasingDbContext.Schema);
