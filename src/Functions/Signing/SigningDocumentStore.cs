using System.Security.Cryptography;
using System.Text;
using DocFlow.Functions.Processing;
using DocFlow.Functions.Storage;
using DocFlow.Signing.Envelopes;
using DocFlow.Templates.Rendering;

namespace DocFlow.Functions.Signing;

/// <summary>
/// The documents of an envelope as its signers see them: the stored PDF whose SHA-256 the envelope recorded, and the
/// HTML rendering of the same document model beside it ({kind}.html in the same version folder). Contract and appendix
/// HTML is rendered from that version's agreement.json on first view (the renderer is deterministic); acts and the
/// termination statement store theirs when they are issued, since their date and figures are not in agreement.json.
/// </summary>
public sealed class SigningDocumentStore(AgreementTable agreements, DocumentBlobStore blobs, DraftVersionWriter files,
    IAgreementEngine engine)
{
    public const string HtmlContentType = "text/html; charset=utf-8";

    public static string HtmlFileName(string kind) => kind + ".html";

    /// <summary>The PDF as sent, or null when no stored version has the recorded hash any more.</summary>
    public async Task<byte[]?> ReadPdfAsync(Envelope envelope, string kind, CancellationToken cancellationToken)
    {
        if (await FindVersionAsync(envelope, kind, cancellationToken) is not { } version) return null;
        var content = await blobs.ReadAllAsync(envelope.AgreementId, version, kind + ".pdf", cancellationToken);
        return content is not null && Sha256(content) == envelope.Documents[kind] ? content : null;
    }

    public async Task<string> ReadHtmlAsync(Envelope envelope, string kind, CancellationToken cancellationToken)
    {
        var version = await FindVersionAsync(envelope, kind, cancellationToken)
            ?? throw new StorageUnavailableException($"No stored {kind}.pdf of {envelope.AgreementId} has the hash the signers saw.");
        var stored = await blobs.ReadAllAsync(envelope.AgreementId, version, HtmlFileName(kind), cancellationToken);
        if (stored is not null) return Encoding.UTF8.GetString(stored);
        if (!DocumentSetRenderer.DraftKinds.Any(draft => draft.Value == kind))
            throw new StorageUnavailableException($"{kind}.html of {envelope.AgreementId} v{version} is missing.");
        var agreement = await files.ReadAsync(envelope.AgreementId, version, cancellationToken)
            ?? throw new StorageUnavailableException($"agreement.json of {envelope.AgreementId} v{version} is missing.");
        agreement = agreement with { Id = envelope.AgreementId };
        var fingerprint = engine.Fingerprint(agreement);
        var context = new DocumentContext { Agreement = agreement, Plan = engine.Plan(agreement), Fingerprint = fingerprint };
        var html = engine.RenderHtml(context, new DocumentKind(kind));
        await blobs.WriteDraftAsync(envelope.AgreementId, version, HtmlFileName(kind), Encoding.UTF8.GetBytes(html),
            HtmlContentType, fingerprint, cancellationToken);
        return html;
    }

    private async Task<int?> FindVersionAsync(Envelope envelope, string kind, CancellationToken cancellationToken)
    {
        if (!envelope.Documents.TryGetValue(kind, out var expected)) return null;
        var entity = await agreements.FindAsync(envelope.AgreementId, cancellationToken);
        if (entity is null) return null;
        return AgreementService.ReadDocuments(entity)
            .Where(d => d.Kind == kind && d.Format == "pdf" && string.Equals(d.Sha256, expected, StringComparison.OrdinalIgnoreCase))
            .Select(d => (int?)d.Version).Max();
    }

    private static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
