using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using DocFlow.Templates.Rendering;

namespace DocFlow.Functions.Storage;

/// <summary>
/// Draft files in the documents container: {agreementId}/v{version}/{file}. Written with If-None-Match: *, so a
/// version once visible is never overwritten. A blob left behind by a failed attempt (its version not yet committed
/// on the agreement row) is reused when it holds the same agreement data, and replaced only once it is stale.
/// </summary>
public sealed class DocumentBlobStore(StorageClients clients, TimeProvider time)
{
    private const string FingerprintKey = "fingerprint";
    private const string Sha256Key = "sha256";

    /// <summary>A half-written version older than this is abandoned: its writer is gone.</summary>
    public static TimeSpan AbandonedAfter { get; } = TimeSpan.FromMinutes(2);

    private BlobContainerClient Container => clients.Container(StorageNames.DocumentsContainer);

    public static string BlobName(string agreementId, int version, string fileName) => $"{agreementId}/v{version}/{fileName}";

    public Task<DraftWriteResult> WriteDraftAsync(string agreementId, int version, string fileName, byte[] content,
        string contentType, string fingerprint, CancellationToken cancellationToken) =>
        WriteDraftAsync(agreementId, version, fileName, content, contentType, Convert.ToHexStringLower(SHA256.HashData(content)),
            fingerprint, cancellationToken);

    /// <summary>A rendered document, hashed by the renderer (which hashes a DOCX's constant parts once per process).</summary>
    public Task<DraftWriteResult> WriteDraftAsync(string agreementId, int version, RenderedDocument document, string fingerprint,
        CancellationToken cancellationToken) =>
        WriteDraftAsync(agreementId, version, document.FileName, document.Content, document.ContentType, document.Sha256(), fingerprint,
            cancellationToken);

    private async Task<DraftWriteResult> WriteDraftAsync(string agreementId, int version, string fileName, byte[] content,
        string contentType, string sha, string fingerprint, CancellationToken cancellationToken)
    {
        var blob = Container.GetBlobClient(BlobName(agreementId, version, fileName));
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            Metadata = new Dictionary<string, string> { [FingerprintKey] = fingerprint, [Sha256Key] = sha },
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        };
        try
        {
            await blob.UploadAsync(BinaryData.FromBytes(content), options, cancellationToken);
            return new DraftWriteResult(sha, content.Length);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return await ReuseOrReplaceAsync(blob, content, options, fingerprint, cancellationToken);
        }
    }

    private async Task<DraftWriteResult> ReuseOrReplaceAsync(BlobClient blob, byte[] content, BlobUploadOptions options,
        string fingerprint, CancellationToken cancellationToken)
    {
        BlobProperties existing = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
        if (existing.Metadata.TryGetValue(FingerprintKey, out var stored) && stored == fingerprint
            && existing.Metadata.TryGetValue(Sha256Key, out var storedSha))
        {
            // Same agreement data: a retry. Keep the first rendering so a hash already handed out stays true.
            return new DraftWriteResult(storedSha, existing.ContentLength);
        }
        if (time.GetUtcNow() - existing.LastModified < AbandonedAfter) throw new DraftConflictException(blob.Name);
        options.Conditions = new BlobRequestConditions { IfMatch = existing.ETag };
        try
        {
            await blob.UploadAsync(BinaryData.FromBytes(content), options, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            throw new DraftConflictException(blob.Name);
        }
        return new DraftWriteResult(options.Metadata[Sha256Key], content.Length);
    }

    public async Task<DraftFile?> OpenAsync(string agreementId, int version, string fileName, CancellationToken cancellationToken)
    {
        var blob = Container.GetBlobClient(BlobName(agreementId, version, fileName));
        try
        {
            BlobDownloadStreamingResult download = await blob.DownloadStreamingAsync(cancellationToken: cancellationToken);
            return new DraftFile(download.Content, download.Details.ContentType, download.Details.ContentLength,
                download.Details.ETag.ToString());
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<byte[]?> ReadAllAsync(string agreementId, int version, string fileName, CancellationToken cancellationToken)
    {
        var blob = Container.GetBlobClient(BlobName(agreementId, version, fileName));
        try
        {
            BlobDownloadResult download = await blob.DownloadContentAsync(cancellationToken);
            return download.Content.ToArray();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
