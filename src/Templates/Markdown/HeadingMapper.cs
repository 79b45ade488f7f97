using DocFlow.Templates.Model;
using Block = DocFlow.Templates.Model.Block;
using Inline = DocFlow.Templates.Model.Inline;
using Markdig.Syntax;

namespace DocFlow.Templates.Markdown;

/// <summary># title, ## section (numbered "1." in numbered documents), ### sub-heading.</summary>
internal static class HeadingMapper
{
    public static void Map(HeadingBlock heading, MappingState state, List<Block> output)
    {
        var text = InlineMapper.Map(heading.Inline);
        if (heading.Level == 2 && state.Numbered)
        {
            state.Section++;
            state.Clause = 0;
            output.Add(new Heading(2, text, $"{state.Section}."));
            return;
        }
        output.Add(new Heading(Math.Min(heading.Level, 3), text));
    }
}
