namespace DocFlow.Templates.Pdf.Layout;

/// <summary>Atoms glued together (e.g. a word whose letters change style): the line breaker never splits it unless it is wider than a line.</summary>
internal sealed record TextWord(IReadOnlyList<TextAtom> Atoms)
{
    public float Width { get; } = Sum(Atoms);

    public float SpaceAfter => Atoms[^1].SpaceAfter;

    public bool HardBreak => Atoms[^1].HardBreak;

    // An indexed loop: Sum over the interface boxes an enumerator per word, and documents have thousands of words.
    private static float Sum(IReadOnlyList<TextAtom> atoms)
    {
        var width = 0f;
        for (var i = 0; i < atoms.Count; i++) width += atoms[i].Width;
        return width;
    }
}
