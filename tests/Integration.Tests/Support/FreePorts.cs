using System.Net;
using System.Net.Sockets;

namespace DocFlow.Integration.Tests.Support;

public static class FreePorts
{
    /// <summary>Ports the OS just handed out: free now, and very unlikely to be reused within the test run.</summary>
    public static int[] Take(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        foreach (var listener in listeners) listener.Start();
        var ports = listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port).ToArray();
        foreach (var listener in listeners) listener.Stop();
        return ports;
    }
}
