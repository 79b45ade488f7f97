using DocFlow.Templates.Docx.Numbering;
using DocFlow.Templates.Docx.Package;
using DocFlow.Templates.Docx.Xml;
using DocFlow.Templates.Model;

namespace DocFlow.Templates.Docx.Blocks;

/// <summary>Writes word/document.xml: the blocks in order, each by its renderer, then the section properties.</summary>
internal static class BodyBuilder
{
    /// <summary>The document part. Ordered lists register their instances with <paramref name="numbering"/> as they are written.</summary>
    public static void Write(WordXmlWriter xml, IReadOnlyList<Block> blocks, NumberingPartBuilder numbering)
    {
        xml.StartWordRoot("w:document");
        xml.Start("w:body");
        var context = new DocxRenderContext(new BodyWriter(xml), numbering);
        foreach (var block in blocks) Render(block, context);
        context.Body.Finish();
        SectionBuilder.Write(xml, DocxPart.Header.RelationshipId, DocxPart.Footer.RelationshipId);
        xml.End();
        xml.End();
    }

    private static void Render(Block block, DocxRenderContext context)
    {
        switch (block)
        {
            case PageBreak: context.Body.PageBreak(); break;
            case Heading heading: HeadingRenderer.Render(heading, context); break;
            case Clause clause: ClauseRenderer.Render(clause, context); break;
            case Model.Paragraph paragraph: ParagraphRenderer.Render(paragraph, context.Body); break;
            case ListBlock list: ListRenderer.Render(list, context); break;
            case Table table: TableRenderer.Render(table, context.Body); break;
            case SignatureBlock signature: SignatureRenderer.Render(signature, context.Body); break;
        }
    }
}
