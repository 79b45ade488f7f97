using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DocFlow.Bench.Api;

/// <summary>Azurite in memory on free loopback ports for the length of the run.</summary>
public sealed class BenchAzurite(Process process, int[] ports) : IAsyncDisposable
{
    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        $"BlobEndpoint=http://127.0.0.1:{ports[0]}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{ports[1]}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{ports[2]}/devstoreaccount1;";

    public static async Task<BenchAzurite> StartAsync(string root)
    {
        var listeners = Enumerable.Range(0, 3).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        foreach (var listener in listeners) listener.Start();
        var ports = listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port).ToArray();
        foreach (var listener in listeners) listener.Stop();
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
                 {
                     Path.Combine(root, "node_modules/azurite/dist/src/azurite.js"), "--silent", "--inMemoryPersistence",
                     "--skipApiVersionCheck", "--loose", "--blobPort", ports[0].ToString(), "--queuePort", ports[1].ToString(),
                     "--tablePort", ports[2].ToString(),
                 })
            start.ArgumentList.Add(argument);
        var process = Process.Start(start)!;
        foreach (var port in ports)
        {
            while (true)
            {
                try { using var probe = new TcpClient(); await probe.ConnectAsync("127.0.0.1", port); break; }
                catch (SocketException) { await Task.Delay(100); }
            }
        }
        return new BenchAzurite(process, ports);
    }

    public static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "DocFlow.sln"))) return directory.FullName;
        return Directory.GetCurrentDirectory();
    }

    public static long PeakRssMegabytes()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:")) ?? "VmHWM: 0 kB";
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
    }

    public async ValueTask DisposeAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }
}
