using Regional.Kernel.Persistence;

namespace Regional.Finance.Persistence;

internal sealed class FinanceDesignTimeFactory() : DesignTimeFactory<FinanceDbContext>(FinanceDbContext.Schema);
