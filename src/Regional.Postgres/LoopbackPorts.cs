using System.Net;
using System.Net.Sockets;

namespace Regional.Postgres;

/// <summary>A port on the loopback address that nothing listens on right now.</summary>
public static class LoopbackPorts
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
