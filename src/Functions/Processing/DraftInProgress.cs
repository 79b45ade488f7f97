using DocFlow.Templates.Rendering;

namespace DocFlow.Functions.Processing;

/// <summary>
/// A version whose files are rendering (<see cref="DraftVersionWriter.Start"/>) and not yet stored
/// (<see cref="DraftVersionWriter.StoreAsync"/>). A draft that is never stored leaves nothing behind: its renders
/// finish and are dropped.
/// </summary>
/// <param name="Fingerprint">The fingerprint of the agreement data the files are rendered from.</param>
/// <param name="AgreementJson">agreement.json as it will be stored.</param>
/// <param name="Files">Each file's render, in <see cref="DocumentSetRenderer.Start"/>'s order.</param>
public sealed record DraftInProgress(string AgreementId, int Version, string Fingerprint, byte[] AgreementJson,
    IReadOnlyList<Task<RenderedDocument>> Files);
