namespace DocFlow.Templates.Docx.Styles;

/// <summary>Style ids used by the renderers; the built-in ids (Title, Heading2...) let Word's navigation pane and TOC see them.</summary>
public static class StyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string ClauseLevel1 = "ClauseLevel1";
    public const string ClauseLevel2 = "ClauseLevel2";
    public const string ListBullet = "ListBullet";
    public const string ListNumber = "ListNumber";
    public const string TableText = "TableText";
    public const string TableHeader = "TableHeader";
    public const string Signature = "Signature";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string TableGrid = "TableGrid";
    public const string PlainTable = "PlainTable";
    public const string DefaultParagraphFont = "DefaultParagraphFont";
    public const string NoList = "NoList";
}
