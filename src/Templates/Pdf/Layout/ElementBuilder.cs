using DocFlow.Templates.Model;

namespace DocFlow.Templates.Pdf.Layout;

/// <summary>Document blocks → layout elements at the text width: the one place that decides how each block looks.</summary>
internal sealed class ElementBuilder(FontSet fonts, DocumentTheme theme, PageGeometry page)
{
    private readonly TextTokenizer _tokenizer = new(fonts);
    private readonly LineBreaker _breaker = new(fonts);
    private readonly float _width = page.TextWidth;

    public IReadOnlyList<ILayoutElement> Build(IReadOnlyList<Block> blocks)
    {
        var elements = new List<ILayoutElement>();
        foreach (var block in blocks) Add(elements, block);
        return elements;
    }

    private void Add(List<ILayoutElement> elements, Block block)
    {
        switch (block)
        {
            case Heading heading: elements.Add(Heading(heading)); break;
            case Paragraph paragraph: elements.Add(Paragraph(paragraph)); break;
            case Clause clause: elements.Add(Clause(clause)); break;
            case ListBlock list: elements.AddRange(List(list)); break;
            case Table table: elements.Add(new TableBuilder(_tokenizer, _breaker, theme, page).Build(table)); break;
            case SignatureBlock signature: elements.Add(new SignatureBuilder(_tokenizer, _breaker, theme, _width).Build(signature)); break;
            case PageBreak: elements.Add(new PageBreakElement()); break;
            default: throw new NotSupportedException($"The PDF writer has no layout for {block.GetType().Name}.");
        }
    }

    private ILayoutElement Heading(Heading heading)
    {
        var body = theme.Body;
        return heading.Level switch
        {
            1 => Text(heading.Text, body with { Face = FontFace.SerifBold, Size = theme.TitleSize }, TextAlign.Center, 1.25f, 0, 0, 14, true),
            2 when heading.Number is not null => Hanging(heading.Number, heading.Text, body with { Face = FontFace.SerifBold, Size = theme.SectionSize }, 0, TextAlign.Left, 14, 6, true),
            2 => Text(heading.Text, body with { Face = FontFace.SerifBold, Size = theme.SectionSize }, TextAlign.Left, 1.3f, 0, 14, 6, true),
            _ => Text(heading.Text, body with { Face = FontFace.SerifBoldItalic }, TextAlign.Left, theme.BodyLeading, 0, 10, 4, true),
        };
    }

    private ILayoutElement Paragraph(Paragraph paragraph) =>
        Text(paragraph.Text, theme.Body, paragraph.Align, theme.BodyLeading, 0, 0, theme.ParagraphSpace, false);

    private ILayoutElement Clause(Clause clause)
    {
        var indent = Math.Max(0, clause.Level - 1) * theme.ClauseHang;
        return Hanging(clause.Number, clause.Text, theme.Body, indent, TextAlign.Justify, 0, theme.ParagraphSpace - 2, false);
    }

    private IEnumerable<ILayoutElement> List(ListBlock list)
    {
        for (var i = 0; i < list.Items.Count; i++)
        {
            var marker = list.Ordered ? $"{i + 1})" : "•";
            var last = i == list.Items.Count - 1;
            var lines = Lines(list.Items[i], theme.Body, TextAlign.Justify, theme.BodyLeading, _width - theme.ListIndent - theme.ListHang);
            var markerLine = Lines([new Inline(marker)], theme.Body, TextAlign.Left, theme.BodyLeading, theme.ListHang)[0];
            yield return new TextBlockElement(lines, theme.ListIndent + theme.ListHang, 0, last ? theme.ParagraphSpace : 2, false, markerLine, theme.ListIndent);
        }
    }

    /// <summary>A numbered block: the number in a hanging indent wide enough for it, the text aligned after it.</summary>
    private ILayoutElement Hanging(string number, IReadOnlyList<Inline> text, TextStyle style, float indent, TextAlign align, float before, float after, bool keep)
    {
        var numberWords = _tokenizer.Words(number, style);
        var numberWidth = numberWords.Sum(w => w.Width + w.SpaceAfter);
        var hang = Math.Max(theme.ClauseHang, numberWidth + style.Size * 0.6f);
        var marker = _breaker.Break(numberWords, hang, TextAlign.Left, style, theme.BodyLeading)[0];
        var lines = Lines(text, style, align, theme.BodyLeading, _width - indent - hang);
        return new TextBlockElement(lines, indent + hang, before, after, keep, marker, indent);
    }

    private ILayoutElement Text(IReadOnlyList<Inline> text, TextStyle style, TextAlign align, float leading, float indent, float before, float after, bool keep) =>
        new TextBlockElement(Lines(text, style, align, leading, _width - indent), indent, before, after, keep);

    private IReadOnlyList<TextLine> Lines(IReadOnlyList<Inline> text, TextStyle style, TextAlign align, float leading, float width) =>
        _breaker.Break(_tokenizer.Words(text, style), width, align, style, leading);
}
