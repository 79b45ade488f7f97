using DocFlow.Functions.Configuration;
using DocFlow.Functions.Mail;
using DocFlow.Functions.Processing;
using DocFlow.Functions.Storage;
using DocFlow.Signing.Envelopes;
using DocFlow.Templates.Rendering;

namespace DocFlow.Functions.Acts;

/// <summary>
/// Issues one document for signature after the contract: renders it (PDF and DOCX), stores the files in the agreement's
/// current version, makes its envelope (not yet stored), and mails the invitations once the caller has committed it.
/// </summary>
public sealed class DocumentIssuer(DocumentSetRenderer renderer, IAgreementEngine engine, DocumentBlobStore blobs,
    MailOutbox outbox, DocFlowOptions options, TimeProvider time)
{
    /// <param name="variant">Distinguishes renderings of the same agreement data (e.g. the termination figures): a
    /// retry with the same variant reuses the stored file, another variant is never mistaken for it.</param>
    public async Task<IssuedDocument> IssueAsync(LoadedAgreement loaded, DocumentContext context, DocumentKind kind,
        string envelopeKind, string variant, CancellationToken cancellationToken)
    {
        var rendered = await renderer.RenderAsync(context, [kind], cancellationToken);
        var stored = new List<StoredDocument>();
        foreach (var document in rendered)
        {
            var extension = DocumentFormats.Extension(document.Format);
            var written = await blobs.WriteDraftAsync(loaded.Id, loaded.Entity.Version, document, $"{loaded.Fingerprint}:{variant}",
                cancellationToken);
            stored.Add(new StoredDocument(kind.Value, extension, loaded.Entity.Version, written.Sha256, written.Length));
        }
        // The signing page shows this rendering: the same model as the PDF, with the act date or termination figures.
        var html = System.Text.Encoding.UTF8.GetBytes(engine.RenderHtml(context, kind));
        await blobs.WriteDraftAsync(loaded.Id, loaded.Entity.Version, Signing.SigningDocumentStore.HtmlFileName(kind.Value), html,
            Signing.SigningDocumentStore.HtmlContentType, $"{loaded.Fingerprint}:{variant}", cancellationToken);
        var pdf = stored.Single(document => document.Format == "pdf");
        var created = new EnvelopeFactory(time).Create(loaded.Agreement, loaded.Id, envelopeKind,
            [new KeyValuePair<string, string>(kind.Value, pdf.Sha256)]);
        return new IssuedDocument(created, stored);
    }

    /// <summary>Mails each invited signer their link; ids are per envelope and signer, so a retry mails nobody twice.</summary>
    public async Task InviteAsync(LoadedAgreement loaded, Envelope envelope, IReadOnlyList<IssuedToken> tokens, string documentName,
        CancellationToken cancellationToken)
    {
        foreach (var token in tokens)
        {
            var link = $"{options.PublicUrl}/sign/{token.Token}";
            var mail = ActMails.Issued($"{envelope.Id}-invite-{token.SignerIndex}", loaded.Agreement.Locale,
                new MailAddress(token.Email, token.Name), loaded.Agreement.Contractor.DisplayName, loaded.Agreement.Number,
                documentName, link, envelope.ExpiresAt);
            await outbox.EnqueueAsync(mail, cancellationToken);
        }
    }
}
