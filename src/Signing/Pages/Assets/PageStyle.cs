using System.Security.Cryptography;
using System.Text;

namespace DocFlow.Signing.Pages.Assets;

/// <summary>
/// The one stylesheet of every page, inlined (no external requests), and its SHA-256 in the form CSP's style-src
/// takes, so the policy can allow exactly this style element and nothing else.
/// </summary>
internal static class PageStyle
{
    private const string ResourceName = "DocFlow.Signing.Pages.Assets.page.css";

    private static readonly Lazy<string> Css = new(Load);
    private static readonly Lazy<string> Hash = new(() => "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css.Value))) + "'");

    public static string Text => Css.Value;

    public static string CspSource => Hash.Value;

    private static string Load()
    {
        using var stream = typeof(PageStyle).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
