namespace DocFlow.Templates.Docx.Styles;

/// <summary>The page and type measures every part agrees on (twips, half-points).</summary>
public static class Typography
{
    public const string FontName = "PT Serif";
    public const int BodySize = 22;        // 11 pt
    public const int TableSize = 19;       // 9.5 pt: tables carry many figures
    public const int SmallSize = 16;       // 8 pt for header and footer
    public const int TitleSize = 28;       // 14 pt
    public const int Heading2Size = 22;
    public const int Heading3Size = 22;
    public const uint PageWidth = 11906;   // A4
    public const uint PageHeight = 16838;
    public const int Margin = 1134;        // 20 mm
    public const int LeftMargin = 1418;    // 25 mm: room for binding
    public const int TextWidth = (int)PageWidth - LeftMargin - Margin;
    public const uint HeaderDistance = 567;
    public const string EmphasisShading = "EDEDED";
    public const string HeaderShading = "D9D9D9";
    public const string RuleColor = "808080";
}
