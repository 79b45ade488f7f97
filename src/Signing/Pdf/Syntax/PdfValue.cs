namespace DocFlow.Signing.Pdf.Syntax;

/// <summary>A parsed PDF object. Start/End are byte positions in the buffer it was read from (-1 when built in code),
/// kept because a signature's /Contents must be located exactly in the file.</summary>
internal abstract record PdfValue
{
    public int Start { get; init; } = -1;
    public int End { get; init; } = -1;
}
