namespace DocFlow.Templates.Pdf.Layout;

/// <summary>Atoms glued together (e.g. a word whose letters change style): the line breaker never splits it unless it is wider than a line.</summary>
internal sealed record TextWord(IReadOnlyList<TextAtom> Atoms)
{
    public float Width { get; } = Atoms.Sum(a => a.Width);

    public float SpaceAfter => Atoms[^1].SpaceAfter;

    public bool HardBreak => Atoms[^1].HardBreak;
}
