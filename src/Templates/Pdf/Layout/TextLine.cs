namespace DocFlow.Templates.Pdf.Layout;

/// <summary>One laid-out line: atoms at final offsets; Baseline is measured from the line's top.</summary>
internal sealed record TextLine(IReadOnlyList<PlacedAtom> Atoms, float Width, float Height, float Baseline)
{
    public void Draw(DrawContext context, float x, float top)
    {
        for (var i = 0; i < Atoms.Count; i++)
            context.Text(Atoms[i].Atom, x + Atoms[i].X, top + Baseline);
    }
}
