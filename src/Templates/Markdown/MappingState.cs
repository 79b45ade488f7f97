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

    /// <summary>
    /// The number of the next top-level clause: "2.3." inside section 2, "3." in a numbered document without
    /// sections (an act), counting on across the lists of one section.
    /// </summary>
    public string NextClauseNumber()
    {
        Clause++;
        return Section > 0 ? $"{Section}.{Clause}." : $"{Clause}.";
    }
}
