using DocFlow.Templates.Model;
using Block = DocFlow.Templates.Model.Block;
using Inline = DocFlow.Templates.Model.Inline;
using Markdig.Syntax;
using MdListBlock = Markdig.Syntax.ListBlock;
using ListBlock = DocFlow.Templates.Model.ListBlock;

namespace DocFlow.Templates.Markdown;

/// <summary>
/// In a numbered document an ordered list is a run of clauses: "2.1.", "2.2." inside section 2, "1.", "2." before
/// any section (continuing across lists), with nested ordered lists as "2.1.1."; elsewhere lists are plain lists.
/// </summary>
internal static class ListMapper
{
    public static void Map(MdListBlock list, MappingState state, List<Block> output)
    {
        if (list.IsOrdered && state.Numbered)
        {
            foreach (var item in list.OfType<ListItemBlock>())
            {
                MapClause(item, state.NextClauseNumber(), 1, state, output);
            }
            return;
        }
        MapPlain(list, state, output);
    }

    private static void MapClause(ListItemBlock item, string number, int level, MappingState state, List<Block> output)
    {
        var first = true;
        foreach (var child in item)
        {
            if (first && child is ParagraphBlock paragraph)
            {
                output.Add(new Clause(number, level, InlineMapper.Map(paragraph.Inline)));
            }
            else if (child is MdListBlock { IsOrdered: true } nested)
            {
                var index = 0;
                foreach (var subItem in nested.OfType<ListItemBlock>())
                {
                    MapClause(subItem, $"{number}{++index}.", level + 1, state, output);
                }
            }
            else
            {
                BlockMapper.Map(child, state, output);
            }
            first = false;
        }
    }

    private static void MapPlain(MdListBlock list, MappingState state, List<Block> output)
    {
        var items = new List<IReadOnlyList<Inline>>();
        var nested = new List<Markdig.Syntax.Block>();
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var text = new List<Inline>();
            foreach (var child in item)
            {
                if (child is ParagraphBlock paragraph)
                {
                    if (text.Count > 0) text.Add(new Inline(" "));
                    text.AddRange(InlineMapper.Map(paragraph.Inline));
                }
                else nested.Add(child);
            }
            items.Add(text);
        }
        output.Add(new ListBlock(list.IsOrdered, items));
        BlockMapper.MapAll(nested, state, output);
    }
}
