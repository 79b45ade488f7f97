using System.Globalization;
using DocFlow.Templates.Model;

namespace DocFlow.Templates.Pdf.Layout;

/// <summary>
/// The running header (small grey text over a hairline) and footer (hairline, then FooterText at the left and
/// "page N of M" at the right) drawn on every page once the page count is known.
/// </summary>
internal sealed class PageDecorator(FontSet fonts, DocumentTheme theme, PageGeometry page, DocumentInfo info)
{
    private const int MaxFooterLines = 2;
    private readonly TextTokenizer _tokenizer = new(fonts);
    private readonly LineBreaker _breaker = new(fonts);

    public void DrawHeader(DrawContext context)
    {
        var ruleY = page.TextTop - page.Band / 2;
        if (!string.IsNullOrWhiteSpace(info.HeaderText))
        {
            var line = Lines(info.HeaderText, page.TextWidth, TextAlign.Right)[0];
            line.Draw(context, page.TextLeft, ruleY - 2 - line.Height);
        }
        context.Line(page.TextLeft, ruleY, page.TextLeft + page.TextWidth, ruleY, theme.Table.Rule, 0.4f);
    }

    public void DrawFooter(DrawContext context, int pageNumber, int pageCount)
    {
        var ruleY = page.TextBottom + page.Band / 2;
        context.Line(page.TextLeft, ruleY, page.TextLeft + page.TextWidth, ruleY, theme.Table.Rule, 0.4f);
        var number = string.Format(CultureInfo.InvariantCulture, info.PageNumberFormat, pageNumber, pageCount);
        var numberLine = Lines(number, page.TextWidth, TextAlign.Right)[0];
        // Left text before the number: text extraction and screen readers follow drawing order, so the page reads
        // left to right and ends with "page N of M".
        DrawFooterText(context, ruleY + 2, page.TextWidth - numberLine.Atoms.Sum(a => a.Atom.Width + a.Atom.SpaceAfter) - 18);
        numberLine.Draw(context, page.TextLeft, ruleY + 2);
    }

    private void DrawFooterText(DrawContext context, float top, float width)
    {
        if (string.IsNullOrWhiteSpace(info.FooterText) || width <= 0) return;
        foreach (var line in Lines(info.FooterText, width, TextAlign.Left).Take(MaxFooterLines))
        {
            line.Draw(context, page.TextLeft, top);
            top += line.Height;
        }
    }

    private IReadOnlyList<TextLine> Lines(string text, float width, TextAlign align) =>
        _breaker.Break(_tokenizer.Words(text, theme.Running), width, align, theme.Running, 1.25f);
}
