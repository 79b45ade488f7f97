using DocFlow.Agreements.Model;

namespace DocFlow.Signing.Pages;

/// <summary>
/// What the signing page shows one signer. Every string is plain text and is escaped when rendered, except
/// <see cref="PageDocument.HtmlFragment"/>, which must come from HtmlDocumentWriter (it escapes the document's text).
/// </summary>
public sealed record SigningPageModel
{
    public required Locale Locale { get; init; }
    public required string AgreementNumber { get; init; }
    /// <summary>What is being signed, e.g. "Contract No 12/2026" or "Appendices 1 and 2".</summary>
    public required string EnvelopeTitle { get; init; }
    public required PageRequester RequestedBy { get; init; }
    public required PageSigner Signer { get; init; }
    public required IReadOnlyList<PageDocument> Documents { get; init; }
    public SigningPageState State { get; init; } = SigningPageState.AwaitingCode;
    public required SigningFormActions Actions { get; init; }
    /// <summary>Goes into a hidden field named "csrf" in every form.</summary>
    public required string CsrfToken { get; init; }
    /// <summary>Why the last request was refused, shown above the forms; null when there is nothing to say.</summary>
    public PageNotice? Notice { get; init; }
    /// <summary>The name the signer typed before a refused attempt, so they need not type it again.</summary>
    public string? FullName { get; init; }
    public int CodeValidMinutes { get; init; } = 10;
}
