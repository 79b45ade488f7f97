using System.Diagnostics;
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using DocFlow.Integration.Tests.Support;

namespace DocFlow.Integration.Tests.Package;

/// <summary>
/// The zip that scripts/publish.sh makes is what Azure runs: it is built here from the checkout, unpacked, checked
/// for the layout the Functions host expects, and its handler is started the way the host starts it.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class DeployablePackageTests(StorageFixture storage) : IAsyncLifetime
{
    private readonly string work = Directory.CreateTempSubdirectory("docflow-package-").FullName;
    private string Unpacked => Path.Combine(work, "unpacked");

    public async Task InitializeAsync()
    {
        var publish = new ProcessStartInfo(Path.Combine(RepositoryRoot.Path, "scripts", "publish.sh"))
        {
            ArgumentList = { Path.Combine(work, "artifacts") },
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Its own build output, so publishing cannot disturb the binaries this test run is using.
        publish.Environment["DOCFLOW_BUILD_ROOT"] = Path.Combine(work, "build");
        using var process = Process.Start(publish)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"publish.sh failed:\n{await output}\n{await errors}");
        ZipFile.ExtractToDirectory(Path.Combine(work, "artifacts", "docflow.zip"), Unpacked);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(work, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public void Host_json_is_at_the_root_and_names_an_executable_handler_that_is_in_the_package()
    {
        var hostJson = Path.Combine(Unpacked, "host.json");
        Assert.True(File.Exists(hostJson), "host.json is not at the root of the zip");

        var executable = HandlerPath();
        Assert.True(File.Exists(executable), $"host.json names {executable}, which is not in the zip");
        Assert.True(File.GetUnixFileMode(executable).HasFlag(UnixFileMode.UserExecute), "the handler lost its execute bit");
    }

    [Fact]
    public void Every_function_of_the_repository_has_its_folder_with_the_same_function_json()
    {
        var functions = Directory.GetDirectories(Path.Combine(RepositoryRoot.Path, "functions"));
        Assert.NotEmpty(functions);
        foreach (var function in functions)
        {
            var name = Path.GetFileName(function);
            var packaged = Path.Combine(Unpacked, name, "function.json");
            Assert.True(File.Exists(packaged), $"{name}/function.json is missing from the zip");
            Assert.Equal(File.ReadAllText(Path.Combine(function, "function.json")), File.ReadAllText(packaged));
        }
    }

    [Fact]
    public void The_fonts_the_documents_need_travel_inside_the_handler()
    {
        var templates = Path.Combine(Unpacked, "handler", "DocFlow.Templates.dll");
        using var stream = File.OpenRead(templates);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var resources = metadata.ManifestResources
            .Select(handle => metadata.GetString(metadata.GetManifestResource(handle).Name))
            .ToList();

        foreach (var font in new[] { "PTSerif_400Regular", "PTSerif_700Bold", "PTSerif_400Regular_Italic" })
            Assert.Contains(resources, name => name.Contains(font, StringComparison.Ordinal) && name.EndsWith(".ttf", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(Unpacked, "handler", "libSkiaSharp.so")), "Skia's native library is missing");
    }

    [Fact]
    public async Task The_packaged_handler_starts_as_the_host_starts_it_and_answers_health()
    {
        var port = FreePorts.Take(1)[0];
        var start = new ProcessStartInfo(HandlerPath())
        {
            WorkingDirectory = Path.Combine(Unpacked, HostDescription().GetProperty("workingDirectory").GetString()!),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString();
        start.Environment["AzureWebJobsStorage"] = storage.Azurite.ConnectionString;
        start.Environment["DOCFLOW_OUTBOX"] = Path.Combine(work, "outbox");
        start.Environment["DOCFLOW_DATA_DIR"] = Path.Combine(work, "data");

        using var handler = Process.Start(start)!;
        handler.OutputDataReceived += (_, _) => { };
        handler.ErrorDataReceived += (_, _) => { };
        handler.BeginOutputReadLine();
        handler.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            string? body = null;
            await Eventually.HoldsAsync(async () =>
            {
                Assert.False(handler.HasExited, $"the handler exited with {(handler.HasExited ? handler.ExitCode : 0)}");
                try
                {
                    using var response = await http.GetAsync($"http://127.0.0.1:{port}/api/health");
                    body = await response.Content.ReadAsStringAsync();
                    return response.IsSuccessStatusCode;
                }
                catch (HttpRequestException) { return false; }
                catch (TaskCanceledException) { return false; }
            }, "the packaged handler never answered /api/health", TimeSpan.FromSeconds(60));

            using var report = JsonDocument.Parse(body!);
            Assert.Equal("ok", report.RootElement.GetProperty("status").GetString());
        }
        finally
        {
            handler.Kill(entireProcessTree: true);
            await handler.WaitForExitAsync();
        }
    }

    private JsonElement HostDescription()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(Unpacked, "host.json")));
        return host.RootElement.GetProperty("customHandler").GetProperty("description").Clone();
    }

    private string HandlerPath() =>
        Path.Combine(Unpacked, HostDescription().GetProperty("defaultExecutablePath").GetString()!);
}
