using DocFlow.Agreements.Model;

namespace DocFlow.Signing.Pages;

/// <summary>
/// What a result page says. Notice is required for <see cref="ResultKind.Error"/>; BackUrl (the signing page) is offered
/// after a code was sent or an error, never after signing or declining, when the link no longer works.
/// EnvelopeCompleted tells a signer whether theirs was the last signature.
/// </summary>
public sealed record ResultPageModel
{
    public required Locale Locale { get; init; }
    public required ResultKind Kind { get; init; }
    public required string AgreementNumber { get; init; }
    public required string EnvelopeTitle { get; init; }
    public required PageSigner Signer { get; init; }
    public PageNotice? Notice { get; init; }
    public string? BackUrl { get; init; }
    public bool EnvelopeCompleted { get; init; }
    public int CodeValidMinutes { get; init; } = 10;
}
