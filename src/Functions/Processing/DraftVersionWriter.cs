using System.Text.Json;
using DocFlow.Agreements.Json;
using DocFlow.Agreements.Model;
using DocFlow.Functions.Storage;
using DocFlow.Templates.Rendering;

namespace DocFlow.Functions.Processing;

/// <summary>
/// Renders and stores every file of one agreement version (agreement.json and the draft documents in both formats),
/// before the agreement row that makes them visible is written.
/// </summary>
public sealed class DraftVersionWriter(IAgreementEngine engine, DocumentSetRenderer renderer, DocumentBlobStore blobs)
{
    public const string AgreementFile = "agreement.json";

    public async Task<IReadOnlyList<StoredDocument>> WriteAsync(Agreement agreement, int version, CancellationToken cancellationToken)
    {
        var id = agreement.Id ?? throw new ArgumentException("The agreement must have its id by now.", nameof(agreement));
        var fingerprint = engine.Fingerprint(agreement);
        var context = new DocumentContext { Agreement = agreement, Plan = engine.Plan(agreement), Fingerprint = fingerprint };
        var json = JsonSerializer.SerializeToUtf8Bytes(agreement, AgreementJson.Options);
        await blobs.WriteDraftAsync(id, version, AgreementFile, json, "application/json", fingerprint, cancellationToken);

        // Each document is stored as soon as its files are rendered, while the others still render.
        var kinds = DocumentSetRenderer.DraftKinds.Select(async kind =>
        {
            var rendered = await renderer.RenderAsync(context, [kind], cancellationToken);
            return await Task.WhenAll(rendered.Select(document => StoreAsync(id, version, fingerprint, document, cancellationToken)));
        });
        return (await Task.WhenAll(kinds)).SelectMany(stored => stored).ToList();
    }

    private async Task<StoredDocument> StoreAsync(string id, int version, string fingerprint, RenderedDocument document,
        CancellationToken cancellationToken)
    {
        var written = await blobs.WriteDraftAsync(id, version, document.FileName, document.Content, document.ContentType,
            fingerprint, cancellationToken);
        return new StoredDocument(document.Kind.Value, DocumentFormats.Extension(document.Format), version, written.Sha256, written.Length);
    }

    public async Task<Agreement?> ReadAsync(string id, int version, CancellationToken cancellationToken)
    {
        var json = await blobs.ReadAllAsync(id, version, AgreementFile, cancellationToken);
        return json is null ? null : JsonSerializer.Deserialize<Agreement>(json, AgreementJson.Options);
    }
}
