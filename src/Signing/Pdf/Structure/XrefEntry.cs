namespace DocFlow.Signing.Pdf.Structure;

/// <summary>Where an object lives: at a byte offset (InUse), or as the Index-th object of object stream StreamNumber.</summary>
internal sealed record XrefEntry(int Number, int Generation, long Offset, int? StreamNumber = null, int Index = 0)
{
    public bool IsCompressed => StreamNumber is not null;
}
