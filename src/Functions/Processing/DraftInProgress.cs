using DocFlow.Templates.Rendering;

namespace DocFlow.Functions.Processing;

/// <summary>
/// A version whose files are rendering (<see cref="DraftVersionWriter.Start"/>) and not yet stored. Storing waits for
/// each file; a draft that is never stored leaves nothing behind (its renders finish and are dropped).
/// </summary>
public sealed class DraftInProgress(string fingerprint, IReadOnlyList<Task<RenderedDocument>> files,
    Func<IReadOnlyList<Task<RenderedDocument>>, CancellationToken, Task<StoredDocument[]>> store)
{
    /// <summary>The fingerprint of the agreement data the files are rendered from.</summary>
    public string Fingerprint { get; } = fingerprint;

    public async Task<IReadOnlyList<StoredDocument>> StoreAsync(CancellationToken cancellationToken) =>
        await store(files, cancellationToken);
}
