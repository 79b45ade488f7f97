using DocFlow.Templates.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DocFlow.Templates.Docx.Blocks;

/// <summary>
/// Walks the blocks in order and dispatches each to its renderer. Handles what sits between blocks: a page break
/// becomes pageBreakBefore on the next paragraph (no empty line at the top of the page), and a table is followed by a
/// small gap paragraph so consecutive tables do not merge and the body never ends in a table.
/// </summary>
public sealed class BodyBuilder(DocxRenderContext context)
{
    private bool _pendingPageBreak;

    public Body Build(IReadOnlyList<Block> blocks)
    {
        var body = new Body();
        foreach (var block in blocks)
        {
            if (block is PageBreak) { _pendingPageBreak = true; continue; }
            foreach (var element in Render(block)) Append(body, element);
        }
        if (body.LastChild is not W.Paragraph) body.Append(Gap());
        return body;
    }

    private IEnumerable<OpenXmlElement> Render(Block block) => block switch
    {
        Heading heading => HeadingRenderer.Render(heading, context),
        Clause clause => ClauseRenderer.Render(clause, context),
        Model.Paragraph paragraph => ParagraphRenderer.Render(paragraph),
        ListBlock list => ListRenderer.Render(list, context),
        Model.Table table => TableRenderer.Render(table),
        SignatureBlock signature => SignatureRenderer.Render(signature),
        _ => [],
    };

    private void Append(Body body, OpenXmlElement element)
    {
        if (_pendingPageBreak)
        {
            if (element is W.Paragraph paragraph)
            {
                (paragraph.ParagraphProperties ??= new ParagraphProperties()).PageBreakBefore = new PageBreakBefore();
            }
            else
            {
                body.Append(new W.Paragraph(new Run(new Break { Type = BreakValues.Page })));
            }
            _pendingPageBreak = false;
        }
        if (element is W.Table && body.LastChild is W.Table) body.Append(Gap());
        body.Append(element);
        if (element is W.Table) body.Append(Gap());
    }

    private static W.Paragraph Gap() => new(new ParagraphProperties
    {
        SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "160", LineRule = LineSpacingRuleValues.Exact },
    });
}
