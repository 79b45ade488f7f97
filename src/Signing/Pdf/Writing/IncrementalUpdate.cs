namespace DocFlow.Signing.Pdf.Writing;

/// <summary>The original bytes with one update appended, and where each written object starts.</summary>
internal sealed record IncrementalUpdate(byte[] Bytes, IReadOnlyDictionary<int, int> ObjectOffsets);
