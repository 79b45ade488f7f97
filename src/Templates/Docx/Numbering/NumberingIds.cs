namespace DocFlow.Templates.Docx.Numbering;

/// <summary>Fixed numbering instances; ordered lists get their own instances so each restarts at 1).</summary>
public static class NumberingIds
{
    public const int ClausesAbstract = 0;
    public const int BulletAbstract = 1;
    public const int OrderedAbstract = 2;
    public const int Clauses = 1;
    public const int Bullets = 2;
    public const int FirstOrderedList = 3;
    /// <summary>Deepest clause level the definition carries (Word allows nine: ilvl 0–8).</summary>
    public const int MaxLevel = 8;
}
