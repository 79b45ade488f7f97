using System.Security.Cryptography;
using System.Text;
using DocFlow.Agreements.Model;
using DocFlow.Signing.Envelopes;
using DocFlow.Signing.Pages;
using DocFlow.Signing.Tokens;

namespace DocFlow.Functions.Signing;

/// <summary>Turns an envelope, its agreement and one signer's link into the models of the signing and result pages.</summary>
public sealed class SigningPageBuilder(SigningDocumentStore documents, TimeProvider time)
{
    public async Task<SigningPageModel> BuildAsync(Envelope envelope, Agreement agreement, EnvelopeSigner signer, string token,
        PageNotice? notice, string? fullName, CancellationToken cancellationToken)
    {
        var pages = new List<PageDocument>();
        foreach (var kind in envelope.DocumentKinds)
        {
            var html = await documents.ReadHtmlAsync(envelope, kind, cancellationToken);
            pages.Add(new PageDocument(SigningTitles.Document(envelope, agreement, kind), kind, envelope.Documents[kind],
                $"/sign/{Uri.EscapeDataString(token)}/documents/{Uri.EscapeDataString(kind)}.pdf", html));
        }
        var contractor = agreement.Contractor;
        var sender = contractor.Signers.FirstOrDefault();
        return new SigningPageModel
        {
            Locale = envelope.Locale,
            AgreementNumber = envelope.AgreementNumber,
            EnvelopeTitle = SigningTitles.Envelope(envelope, agreement),
            RequestedBy = new PageRequester(sender?.Name ?? contractor.DisplayName, envelope.SenderEmail, contractor.DisplayName),
            Signer = Signer(signer, agreement),
            Documents = pages,
            State = signer.CodeHash is not null && signer.CodeExpiresAt > time.GetUtcNow()
                ? SigningPageState.CodeSent : SigningPageState.AwaitingCode,
            Actions = SigningFormActions.ForToken(token),
            CsrfToken = CsrfToken(token),
            Notice = notice,
            FullName = fullName,
        };
    }

    public static ResultPageModel Result(Envelope envelope, Agreement agreement, EnvelopeSigner signer, string token, ResultKind kind,
        PageNotice? notice = null, bool completed = false) => new()
    {
        Locale = envelope.Locale,
        Kind = kind,
        AgreementNumber = envelope.AgreementNumber,
        EnvelopeTitle = SigningTitles.Envelope(envelope, agreement),
        Signer = Signer(signer, agreement),
        Notice = notice,
        BackUrl = "/sign/" + Uri.EscapeDataString(token),
        EnvelopeCompleted = completed,
    };

    /// <summary>
    /// Bound to the link: a form posted from another site cannot carry it without knowing the token, and the token is
    /// never in a cookie, so the browser never adds it on its own.
    /// </summary>
    public static string CsrfToken(string token) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes("docflow-csrf:" + SigningTokens.Hash(token))))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool CsrfMatches(string token, string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(CsrfToken(token)), Encoding.ASCII.GetBytes(presented));

    private static PageSigner Signer(EnvelopeSigner signer, Agreement agreement) => new(signer.Name, signer.Email, signer.Role,
        signer.Party == SignerParty.Contractor ? agreement.Contractor.DisplayName : agreement.Client.DisplayName);
}
