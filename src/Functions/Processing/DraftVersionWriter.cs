using System.Text.Json;
using DocFlow.Agreements.Json;
using DocFlow.Agreements.Model;
using DocFlow.Functions.Storage;
using DocFlow.Templates.Rendering;

namespace DocFlow.Functions.Processing;

/// <summary>
/// Renders and stores every file of one agreement version (agreement.json and the draft documents in both formats),
/// before the agreement row that makes them visible is written. Rendering starts before anything is stored, so it
/// overlaps the storage round trips of the request.
/// </summary>
public sealed class DraftVersionWriter(IAgreementEngine engine, DocumentSetRenderer renderer, DocumentBlobStore blobs)
{
    public const string AgreementFile = "agreement.json";

    public Task<IReadOnlyList<StoredDocument>> WriteAsync(Agreement agreement, int version, CancellationToken cancellationToken) =>
        StoreAsync(Start(agreement, version, cancellationToken), mintedHere: false, cancellationToken);

    /// <summary>
    /// Starts rendering a version's documents and returns at once, before anything is stored: the caller can make its
    /// own checks meanwhile, then store (<see cref="StoreAsync"/>) or drop the draft.
    /// </summary>
    public DraftInProgress Start(Agreement agreement, int version, CancellationToken cancellationToken)
    {
        var id = agreement.Id ?? throw new ArgumentException("The agreement must have its id by now.", nameof(agreement));
        var fingerprint = engine.Fingerprint(agreement);
        var context = new DocumentContext { Agreement = agreement, Plan = engine.Plan(agreement), Fingerprint = fingerprint };
        var files = renderer.Start(context, DocumentSetRenderer.DraftKinds, cancellationToken);
        // Serialised once the renders are under way: only agreement.json's upload needs it, not the documents.
        var json = JsonSerializer.SerializeToUtf8Bytes(agreement, AgreementJson.Options);
        return new DraftInProgress(id, version, fingerprint, json, files);
    }

    /// <summary>
    /// Stores agreement.json and each document as soon as it is rendered, while the others still render.
    /// agreement.json goes first and alone when another request may be writing the same version: it claims the
    /// version (If-None-Match), so a rival stops at its first file instead of splitting the files with the winner.
    /// An id this request minted itself has no rival, and every file goes at once.
    /// </summary>
    public async Task<IReadOnlyList<StoredDocument>> StoreAsync(DraftInProgress draft, bool mintedHere, CancellationToken cancellationToken)
    {
        var claim = blobs.WriteDraftAsync(draft.AgreementId, draft.Version, AgreementFile, draft.AgreementJson, "application/json",
            draft.Fingerprint, cancellationToken);
        if (!mintedHere) await claim;
        var documents = Task.WhenAll(draft.Files.Select(async file => await StoreAsync(draft, await file, cancellationToken)));
        await Task.WhenAll(claim, documents);
        return await documents;
    }

    private async Task<StoredDocument> StoreAsync(DraftInProgress draft, RenderedDocument document, CancellationToken cancellationToken)
    {
        var written = await blobs.WriteDraftAsync(draft.AgreementId, draft.Version, document, draft.Fingerprint, cancellationToken);
        return new StoredDocument(document.Kind.Value, DocumentFormats.Extension(document.Format), draft.Version, written.Sha256, written.Length);
    }

    public async Task<Agreement?> ReadAsync(string id, int version, CancellationToken cancellationToken)
    {
        var json = await blobs.ReadAllAsync(id, version, AgreementFile, cancellationToken);
        return json is null ? null : JsonSerializer.Deserialize<Agreement>(json, AgreementJson.Options);
    }
}
