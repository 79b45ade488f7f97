using DocFlow.Templates.Model;
using Block = DocFlow.Templates.Model.Block;
using Inline = DocFlow.Templates.Model.Inline;
using Markdig.Syntax;

namespace DocFlow.Templates.Markdown;

/// <summary>Indented or fenced code and other leaf blocks: their lines as plain paragraphs.</summary>
internal static class LiteralMapper
{
    public static void Map(LeafBlock leaf, MappingState state, List<Block> output)
    {
        var lines = leaf.Lines.Lines.Take(leaf.Lines.Count).Select(l => l.Slice.ToString().Trim());
        foreach (var line in lines.Where(l => l.Length > 0))
        {
            output.Add(new Paragraph([new Inline(line)], state.Align));
        }
    }
}
