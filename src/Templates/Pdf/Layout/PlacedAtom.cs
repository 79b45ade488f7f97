namespace DocFlow.Templates.Pdf.Layout;

/// <summary>An atom at its horizontal offset from the start of its line (after alignment and justification).</summary>
internal readonly record struct PlacedAtom(float X, TextAtom Atom);
