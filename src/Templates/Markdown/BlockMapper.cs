using DocFlow.Templates.Model;
using Block = DocFlow.Templates.Model.Block;
using Inline = DocFlow.Templates.Model.Inline;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using MdTable = Markdig.Extensions.Tables.Table;

namespace DocFlow.Templates.Markdown;

/// <summary>Sends each Markdig block to the mapper of its type.</summary>
internal static class BlockMapper
{
    public static void MapAll(IEnumerable<Markdig.Syntax.Block> blocks, MappingState state, List<Block> output)
    {
        foreach (var block in blocks) Map(block, state, output);
    }

    public static void Map(Markdig.Syntax.Block block, MappingState state, List<Block> output)
    {
        switch (block)
        {
            case YamlFrontMatterBlock or LinkReferenceDefinitionGroup or BlankLineBlock:
                break;
            case HeadingBlock heading:
                HeadingMapper.Map(heading, state, output);
                break;
            case ParagraphBlock paragraph:
                ParagraphMapper.Map(paragraph, state, output);
                break;
            case Markdig.Syntax.ListBlock list:
                ListMapper.Map(list, state, output);
                break;
            case MdTable table:
                TableMapper.Map(table, state, output);
                break;
            case CustomContainer container:
                ContainerMapper.Map(container, state, output);
                break;
            case LeafBlock leaf:
                // Code and raw blocks are not part of the dialect: keep their text rather than lose words.
                LiteralMapper.Map(leaf, state, output);
                break;
            case ContainerBlock container:
                MapAll(container, state, output);
                break;
        }
    }
}
