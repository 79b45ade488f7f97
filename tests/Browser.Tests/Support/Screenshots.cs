using DocFlow.Integration.Tests.Support;
using Microsoft.Playwright;

namespace DocFlow.Browser.Tests.Support;

/// <summary>
/// Pictures of the pages as the browser drew them. Always written beside the test binaries (screenshots/); written to
/// the repository's docs/ as well only when DOCFLOW_DOCS_SCREENSHOTS=1, so an ordinary test run leaves the checkout clean
/// (the pages show a fresh contract number and document hashes every run).
/// </summary>
public static class Screenshots
{
    public static async Task SaveAsync(IPage page, string fileName, bool docs = true)
    {
        // No focus ring or hover from the last click in the picture.
        await page.EvaluateAsync("() => document.activeElement?.blur()");
        await page.Mouse.MoveAsync(0, 0);
        var local = Path.Combine(AppContext.BaseDirectory, "screenshots", fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(local)!);
        var png = await page.ScreenshotAsync(new() { Path = local, FullPage = true, Animations = ScreenshotAnimations.Disabled });
        Assert.True(png.Length > 1000, $"{fileName}: empty screenshot");
        if (docs && Environment.GetEnvironmentVariable("DOCFLOW_DOCS_SCREENSHOTS") == "1")
            await File.WriteAllBytesAsync(Path.Combine(RepositoryRoot.Path, "docs", fileName), png);
    }

    /// <summary>
    /// The page with its document text folded (as the signer can fold it with "Read the document"), so the picture shows
    /// the whole page, header to forms, rather than twenty screens of contract; the unfolded page goes to *-full.png.
    /// </summary>
    public static async Task SaveFoldedAsync(IPage page, string fileName)
    {
        await SaveAsync(page, Path.GetFileNameWithoutExtension(fileName) + "-full.png", docs: false);
        var open = await page.QuerySelectorAllAsync(".document details[open] > summary");
        foreach (var summary in open) await summary.ClickAsync();
        await SaveAsync(page, fileName);
        foreach (var summary in open) await summary.ClickAsync();
    }
}
