using DocumentFormat.OpenXml.Wordprocessing;
using static DocFlow.Templates.Docx.Styles.Typography;

namespace DocFlow.Templates.Docx.Styles;

/// <summary>
/// The style sheet: all formatting lives here so the body carries only style references, which keeps the document
/// small, editable by lawyers (change "Heading 2" once) and fast to write.
/// </summary>
public static class StylesPartBuilder
{
    public static DocumentFormat.OpenXml.Wordprocessing.Styles Build(string language)
    {
        var styles = new DocumentFormat.OpenXml.Wordprocessing.Styles();
        styles.Append(DocDefaults(language));
        styles.Append(Paragraph(StyleIds.Normal, "Normal", basedOn: null, isDefault: true));
        styles.Append(Character(StyleIds.DefaultParagraphFont, "Default Paragraph Font"));
        styles.Append(TableStyles.TableNormal());
        styles.Append(NoList());
        foreach (var style in ParagraphStyles()) styles.Append(style);
        styles.Append(TableStyles.TableGrid());
        styles.Append(TableStyles.PlainTable());
        return styles;
    }

    private static IEnumerable<Style> ParagraphStyles()
    {
        yield return Paragraph(StyleIds.Title, "Title", configure: (p, r) =>
        {
            p.KeepNext = new KeepNext();
            p.SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "360" };
            p.Justification = new Justification { Val = JustificationValues.Center };
            r.Bold = new Bold();
            r.Caps = new Caps();
            r.FontSize = new FontSize { Val = TitleSize.ToString() };
            r.FontSizeComplexScript = new FontSizeComplexScript { Val = TitleSize.ToString() };
        });
        yield return Heading(StyleIds.Heading2, "heading 2", 1, Heading2Size, before: "240", after: "120");
        yield return Heading(StyleIds.Heading3, "heading 3", 2, Heading3Size, before: "180", after: "60", italic: true);
        yield return Paragraph(StyleIds.ClauseLevel1, "Clause Level 1", configure: (p, _) => Spacing(p, "0", "80"));
        yield return Paragraph(StyleIds.ClauseLevel2, "Clause Level 2", configure: (p, _) => Spacing(p, "0", "60"));
        yield return Paragraph(StyleIds.ListBullet, "List Bullet", configure: (p, _) => Spacing(p, "0", "40"));
        yield return Paragraph(StyleIds.ListNumber, "List Number", configure: (p, _) => Spacing(p, "0", "40"));
        yield return Paragraph(StyleIds.TableText, "Table Text", configure: TableText);
        yield return Paragraph(StyleIds.TableHeader, "Table Header", StyleIds.TableText, configure: (p, r) =>
        {
            p.KeepNext = new KeepNext();
            r.Bold = new Bold();
        });
        yield return Paragraph(StyleIds.Signature, "Signature", configure: (p, _) =>
        {
            p.KeepNext = new KeepNext();
            p.KeepLines = new KeepLines();
            p.SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto };
            p.Justification = new Justification { Val = JustificationValues.Left };
        });
        yield return Paragraph(StyleIds.Header, "header", configure: RunningText);
        yield return Paragraph(StyleIds.Footer, "footer", configure: RunningText);
    }

    private static DocDefaults DocDefaults(string language)
    {
        var run = new RunPropertiesBaseStyle
        {
            RunFonts = new RunFonts { Ascii = FontName, HighAnsi = FontName, ComplexScript = FontName, EastAsia = FontName },
            FontSize = new FontSize { Val = BodySize.ToString() },
            FontSizeComplexScript = new FontSizeComplexScript { Val = BodySize.ToString() },
            Languages = new Languages { Val = language, EastAsia = language, Bidi = language },
        };
        var paragraph = new ParagraphPropertiesBaseStyle
        {
            // Absent means off in WordprocessingML: no single lines stranded at the top or bottom of a page.
            WidowControl = new WidowControl(),
            SpacingBetweenLines = new SpacingBetweenLines { After = "120", Line = "259", LineRule = LineSpacingRuleValues.Auto },
        };
        return new DocDefaults(new RunPropertiesDefault(run), new ParagraphPropertiesDefault(paragraph));
    }

    private static Style Heading(string id, string name, int outline, int size, string before, string after, bool italic = false) =>
        Paragraph(id, name, configure: (p, r) =>
        {
            p.KeepNext = new KeepNext();
            p.KeepLines = new KeepLines();
            p.SpacingBetweenLines = new SpacingBetweenLines { Before = before, After = after };
            p.Justification = new Justification { Val = JustificationValues.Left };
            p.OutlineLevel = new OutlineLevel { Val = outline };
            r.Bold = new Bold();
            if (italic) r.Italic = new Italic();
            r.FontSize = new FontSize { Val = size.ToString() };
            r.FontSizeComplexScript = new FontSizeComplexScript { Val = size.ToString() };
        });

    private static void Spacing(StyleParagraphProperties p, string before, string after)
    {
        p.SpacingBetweenLines = new SpacingBetweenLines { Before = before, After = after };
        p.Justification = new Justification { Val = JustificationValues.Both };
    }

    private static void TableText(StyleParagraphProperties p, StyleRunProperties r)
    {
        p.SpacingBetweenLines = new SpacingBetweenLines { Before = "20", After = "20", Line = "240", LineRule = LineSpacingRuleValues.Auto };
        p.Justification = new Justification { Val = JustificationValues.Left };
        r.FontSize = new FontSize { Val = TableSize.ToString() };
        r.FontSizeComplexScript = new FontSizeComplexScript { Val = TableSize.ToString() };
    }

    private static void RunningText(StyleParagraphProperties p, StyleRunProperties r)
    {
        p.Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = TextWidth });
        p.SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto };
        p.Justification = new Justification { Val = JustificationValues.Left };
        r.Color = new Color { Val = "595959" };
        r.FontSize = new FontSize { Val = SmallSize.ToString() };
        r.FontSizeComplexScript = new FontSizeComplexScript { Val = SmallSize.ToString() };
    }

    private static Style Paragraph(
        string id, string name, string? basedOn = StyleIds.Normal, bool isDefault = false,
        Action<StyleParagraphProperties, StyleRunProperties>? configure = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = true;
        style.StyleName = new StyleName { Val = name };
        if (basedOn is not null) style.BasedOn = new BasedOn { Val = basedOn };
        style.NextParagraphStyle = new NextParagraphStyle { Val = id == StyleIds.Title || id.StartsWith("Heading") ? StyleIds.Normal : id };
        style.PrimaryStyle = new PrimaryStyle();
        var paragraph = new StyleParagraphProperties();
        var run = new StyleRunProperties();
        if (isDefault) paragraph.Justification = new Justification { Val = JustificationValues.Both };
        configure?.Invoke(paragraph, run);
        if (paragraph.HasChildren) style.StyleParagraphProperties = paragraph;
        if (run.HasChildren) style.StyleRunProperties = run;
        return style;
    }

    private static Style Character(string id, string name) => new()
    {
        Type = StyleValues.Character, StyleId = id, Default = true,
        StyleName = new StyleName { Val = name },
        UIPriority = new UIPriority { Val = 1 },
        SemiHidden = new SemiHidden(),
        UnhideWhenUsed = new UnhideWhenUsed(),
    };

    private static Style NoList() => new()
    {
        Type = StyleValues.Numbering, StyleId = StyleIds.NoList, Default = true,
        StyleName = new StyleName { Val = "No List" },
        UIPriority = new UIPriority { Val = 99 },
        SemiHidden = new SemiHidden(),
        UnhideWhenUsed = new UnhideWhenUsed(),
    };
}
