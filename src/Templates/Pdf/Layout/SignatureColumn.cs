namespace DocFlow.Templates.Pdf.Layout;

/// <summary>One party's stack of lines (caption, name, details, signer line), each at its offset from the top.</summary>
internal sealed record SignatureColumn(IReadOnlyList<(float Y, TextLine Line)> Lines, float Height);
