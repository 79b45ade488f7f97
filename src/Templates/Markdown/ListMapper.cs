using DocFlow.Templates.Model;
using Block = DocFlow.Templates.Model.Block;
using Inline = DocFlow.Templates.Model.Inline;
using Markdig.Syntax;
using MdListBlock = Markdig.Syntax.ListBlock;
using ListBlock = DocFlow.Templates.Model.ListBlock;

namespace DocFlow.Templates.Markdown;

/// <summary>
/// Inside a numbered section an ordered list is a run of clauses "2.1.", "2.2." (continuing across lists of the
/// same section) with nested ordered lists as "2.1.1."; elsewhere lists are plain bulleted or numbered lists.
/// </summary>
internal static class ListMapper
{
    public static void Map(MdListBlock list, MappingState state, List<Block> output)
    {
        if (list.IsOrdered && state.InClauseSection)
        {
            foreach (var item in list.OfType<ListItemBlock>())
            {
                state.Clause++;
                MapClause(item, $"{state.Section}.{state.Clause}.", 1, state, output);
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
