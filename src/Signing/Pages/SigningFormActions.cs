namespace DocFlow.Signing.Pages;

/// <summary>Where the page's three forms post (relative URLs: "/sign/{token}/code", "/sign/{token}", "/sign/{token}/decline").</summary>
public sealed record SigningFormActions(string SendCode, string Sign, string Decline)
{
    public static SigningFormActions ForToken(string token)
    {
        var root = "/sign/" + Uri.EscapeDataString(token);
        return new SigningFormActions(root + "/code", root, root + "/decline");
    }
}
