using System.Security.Cryptography;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using DocFlow.Agreements.Json;
using DocFlow.Functions.Storage;

namespace DocFlow.Functions.Completion;

/// <summary>
/// The signed container ({agreementId}/{envelopeId}/{kind}.pdf and audit.json, written once with If-None-Match: *)
/// and the record of which blobs make an envelope's signed version (envelopes table, row "signed" of the envelope's
/// partition, beside the envelope row).
/// </summary>
public sealed class SignedVersionStore(StorageClients storage)
{
    private const string SignedRow = "signed";
    private const string JsonColumn = "SignedVersionJson";

    public static string BlobName(string agreementId, string envelopeId, string fileName) => $"{agreementId}/{envelopeId}/{fileName}";

    /// <summary>
    /// Stores the bytes unless the blob exists; then the stored bytes win and are returned (a retry after a crash keeps
    /// what may already have been mailed or verified).
    /// </summary>
    public async Task<byte[]> WriteOnceAsync(string agreementId, string envelopeId, string fileName, byte[] content,
        string contentType, CancellationToken cancellationToken)
    {
        var blob = storage.Container(StorageNames.SignedContainer).GetBlobClient(BlobName(agreementId, envelopeId, fileName));
        try
        {
            await blob.UploadAsync(BinaryData.FromBytes(content), new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
                Metadata = new Dictionary<string, string> { ["sha256"] = Sha256(content) },
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            }, cancellationToken);
            return content;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return (await ReadAsync(agreementId, envelopeId, fileName, cancellationToken))!;
        }
    }

    public async Task<byte[]?> ReadAsync(string agreementId, string envelopeId, string fileName, CancellationToken cancellationToken)
    {
        var blob = storage.Container(StorageNames.SignedContainer).GetBlobClient(BlobName(agreementId, envelopeId, fileName));
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

    /// <summary>Same content every time for an envelope, so a repeated upsert is harmless.</summary>
    public async Task RecordAsync(SignedVersion version, CancellationToken cancellationToken)
    {
        var row = new TableEntity(version.EnvelopeId, SignedRow) { [JsonColumn] = JsonSerializer.Serialize(version, AgreementJson.Options) };
        await storage.Table(StorageNames.EnvelopesTable).UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<SignedVersion?> FindAsync(string envelopeId, CancellationToken cancellationToken)
    {
        var found = await storage.Table(StorageNames.EnvelopesTable)
            .GetEntityIfExistsAsync<TableEntity>(envelopeId, SignedRow, cancellationToken: cancellationToken);
        return found.HasValue && found.Value?.GetString(JsonColumn) is { } json
            ? JsonSerializer.Deserialize<SignedVersion>(json, AgreementJson.Options)
            : null;
    }

    public static string Sha256(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
