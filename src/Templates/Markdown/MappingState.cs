using DocFlow.Templates.Model;

namespace DocFlow.Templates.Markdown;

/// <summary>What the mappers carry from one node to the next: section and clause counters, container settings.</summary>
internal sealed class MappingState(bool numbered)
{
    public bool Numbered { get; } = numbered;
    public int Section { get; set; }
    public int Clause { get; set; }
    public TextAlign Align { get; set; } = TextAlign.Justify;
    public IReadOnlyList<float>? ColumnWeights { get; set; }

    /// <summary>Ordered lists become numbered clauses only inside a numbered section.</summary>
    public bool InClauseSection => Numbered && Section > 0;
}
