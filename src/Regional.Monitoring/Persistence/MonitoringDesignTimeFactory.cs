using Regional.Kernel.Persistence;

namespace Regional.Monitoring.Persistence;

internal sealed class MonitoringDesignTimeFactory() : DesignTimeFactory<MonitoringDbContext>(MonitoringDbContext.Schema);
