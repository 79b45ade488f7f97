using DocFlow.Templates.Model;
using Block = DocFlow.Templates.Model.Block;
using Inline = DocFlow.Templates.Model.Inline;
using Markdig.Syntax;

namespace DocFlow.Templates.Markdown;

internal static class ParagraphMapper
{
    public static void Map(ParagraphBlock paragraph, MappingState state, List<Block> output)
    {
        var text = InlineMapper.Map(paragraph.Inline);
        if (text.Count > 0) output.Add(new Paragraph(text, state.Align));
    }
}
