using DocFlow.Agreements.Model;
using DocFlow.Signing.Pages;

namespace DocFlow.Signing.Tests.Pages;

internal static class PageSamples
{
    public const string Hostile = "<img src=x onerror=alert(1)> <script>alert(\"x\")</script> O'Brien & Sons";

    public const string Sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    /// <summary>What HtmlDocumentWriter makes of a one-clause document (hand-written here: Signing does not reference Templates).</summary>
    public const string Fragment = "<article class=\"doc\" lang=\"ru-RU\"><p class=\"clause level-1\"><span class=\"num\">1.1.</span> Text &amp; more</p></article>";

    public static SigningPageModel Signing(Locale locale = Locale.Ru) => new()
    {
        Locale = locale,
        AgreementNumber = "12/2026",
        EnvelopeTitle = "Contract 12/2026",
        RequestedBy = new PageRequester("Ivan Petrov", "ivan@acme.example", "Acme LLC"),
        Signer = new PageSigner("Jane Smith", "jane@client.example", SignerRole.Signs, "Client Ltd"),
        Documents =
        [
            new PageDocument("Contract", "contract", Sha, "/sign/tok/documents/contract.pdf", Fragment),
            new PageDocument("Specification", "specification", Sha, "/sign/tok/documents/specification.pdf", Fragment),
        ],
        Actions = SigningFormActions.ForToken("tok"),
        CsrfToken = "csrf-123",
    };

    public static SigningPageModel HostileSigning() => Signing() with
    {
        AgreementNumber = Hostile,
        EnvelopeTitle = Hostile,
        RequestedBy = new PageRequester(Hostile, Hostile, Hostile),
        Signer = new PageSigner(Hostile, Hostile, SignerRole.Signs, Hostile),
        Documents = [new PageDocument(Hostile, Hostile, Hostile, Hostile, Fragment)],
        Actions = new SigningFormActions(Hostile, Hostile, Hostile),
        CsrfToken = Hostile,
        FullName = Hostile,
    };

    public static ResultPageModel Result(ResultKind kind, Locale locale = Locale.Ru) => new()
    {
        Locale = locale,
        Kind = kind,
        AgreementNumber = "12/2026",
        EnvelopeTitle = "Contract 12/2026",
        Signer = new PageSigner("Jane Smith", "jane@client.example"),
        Notice = kind == ResultKind.Error ? PageNotice.CodeWrong : null,
        BackUrl = "/sign/tok",
    };
}
