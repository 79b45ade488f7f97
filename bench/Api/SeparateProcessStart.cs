using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DocFlow.Bench.Api;

/// <summary>
/// Starts the built app (DocFlow.Functions.dll) as the Functions host would, as a process of its own with its own
/// runtime settings (server GC), and times process start to its first 201 on POST /api/agreements. The same start
/// polled on GET /api/health instead is the reference: the runtime and host starting, with no document rendered.
/// Then a short load at concurrency 8 and the process's peak RSS (VmHWM) before it is stopped.
/// </summary>
public static class SeparateProcessStart
{
    public static async Task<StartResult> MeasureAsync(string appDll, string storage, string body, int loadRequests)
    {
        var health = await TimeToFirstAsync(appDll, storage, body, "/api/health", HttpStatusCode.OK, loadRequests: 0);
        var created = await TimeToFirstAsync(appDll, storage, body, "/api/agreements", HttpStatusCode.Created, loadRequests);
        return new StartResult(health.Elapsed, created.Elapsed, created.PeakRss);
    }

    /// <summary>The app's own build output: next to the repository's sources, or under DOCFLOW_BUILD_ROOT.</summary>
    public static string FindAppDll(string root)
    {
        var buildRoot = Environment.GetEnvironmentVariable("DOCFLOW_BUILD_ROOT");
        var path = string.IsNullOrEmpty(buildRoot)
            ? Path.Combine(root, "src/Functions/bin/Release/net10.0/DocFlow.Functions.dll")
            : Path.Combine(buildRoot, "bin/DocFlow.Functions/Release/net10.0/DocFlow.Functions.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the app first (dotnet build -c Release): {path} is missing.");
    }

    private static async Task<(TimeSpan Elapsed, long PeakRss)> TimeToFirstAsync(string appDll, string storage, string body,
        string path, HttpStatusCode expected, int loadRequests)
    {
        var port = FreePort();
        var work = Directory.CreateTempSubdirectory("docflow-bench-app-");
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Add("x-api-key", "bench");
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(StartInfo(appDll, storage, port, work.FullName))!;
        // Drained, never shown: a full pipe would stall the app.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (true)
            {
                if (process.HasExited) throw new InvalidOperationException($"The app exited with {process.ExitCode}.");
                if (await TryAsync(client, path, body) == expected) break;
                if (watch.Elapsed > TimeSpan.FromMinutes(1)) throw new TimeoutException($"No {(int)expected} on {path} within a minute.");
            }
            var elapsed = watch.Elapsed;
            if (loadRequests > 0) await Load.RunAsync(loadRequests, 8, _ => PostAsync(client, body));
            return (elapsed, PeakRssMegabytes(process.Id));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            work.Delete(recursive: true);
        }
    }

    private static ProcessStartInfo StartInfo(string appDll, string storage, int port, string work)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = work, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(appDll);
        start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString();
        start.Environment["AzureWebJobsStorage"] = storage;
        start.Environment["DOCFLOW_API_KEY"] = "bench";
        start.Environment["DOCFLOW_DATA_DIR"] = Path.Combine(work, "data");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return start;
    }

    /// <summary>The status of one attempt, or null while nothing listens yet.</summary>
    private static async Task<HttpStatusCode?> TryAsync(HttpClient client, string path, string body)
    {
        try
        {
            using var response = path == "/api/health"
                ? await client.GetAsync(path)
                : await client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            await Task.Delay(5);
            return null;
        }
    }

    private static async Task PostAsync(HttpClient client, string body)
    {
        using var response = await client.PostAsync("/api/agreements", new StringContent(body, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
    }

    private static long PeakRssMegabytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:")) ?? "VmHWM: 0 kB";
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
