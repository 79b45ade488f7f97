using DocFlow.Signing.Pages.Assets;

namespace DocFlow.Signing.Pages;

/// <summary>
/// Response headers the signing pages are designed for. The pages load nothing from elsewhere, run no script and use
/// no style attributes, so the policy allows only their one inline stylesheet (by hash) and posting forms to this site.
/// The token is in the URL, hence no referrer; the pages are personal, hence no caching and no framing.
/// </summary>
public static class PageSecurity
{
    public static string ContentSecurityPolicy => MetaContentSecurityPolicy + "; frame-ancestors 'none'";

    /// <summary>The same policy without frame-ancestors, which a meta element cannot carry; the pages embed it too.</summary>
    internal static string MetaContentSecurityPolicy =>
        $"default-src 'none'; style-src {PageStyle.CspSource}; img-src 'self'; form-action 'self'; base-uri 'none'";

    public static IReadOnlyList<KeyValuePair<string, string>> Headers =>
    [
        new("Content-Security-Policy", ContentSecurityPolicy),
        new("Referrer-Policy", "no-referrer"),
        new("X-Content-Type-Options", "nosniff"),
        new("X-Frame-Options", "DENY"),
        new("Cache-Control", "no-store"),
    ];

    public const string ContentType = "text/html; charset=utf-8";
}
