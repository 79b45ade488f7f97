using System.Globalization;
using DocFlow.Templates.Model;
using Markdig.Extensions.CustomContainers;

namespace DocFlow.Templates.Markdown;

/// <summary>
/// "::: name arguments" … ":::" containers: signatures, page-break, center / right / left (alignment of the
/// paragraphs inside), columns w1 w2 … (relative widths of the table inside). Unknown names just pass their content.
/// </summary>
internal static class ContainerMapper
{
    public static void Map(CustomContainer container, MappingState state, List<Block> output)
    {
        switch (container.Info?.Trim().ToLowerInvariant())
        {
            case "signatures":
                SignatureMapper.Map(container, output);
                break;
            case "page-break":
                output.Add(new PageBreak());
                break;
            case "center":
                WithAlign(container, state, output, TextAlign.Center);
                break;
            case "right":
                WithAlign(container, state, output, TextAlign.Right);
                break;
            case "left":
                WithAlign(container, state, output, TextAlign.Left);
                break;
            case "columns":
                WithWeights(container, state, output);
                break;
            default:
                BlockMapper.MapAll(container, state, output);
                break;
        }
    }

    private static void WithAlign(CustomContainer container, MappingState state, List<Block> output, TextAlign align)
    {
        var outer = state.Align;
        state.Align = align;
        BlockMapper.MapAll(container, state, output);
        state.Align = outer;
    }

    private static void WithWeights(CustomContainer container, MappingState state, List<Block> output)
    {
        var outer = state.ColumnWeights;
        state.ColumnWeights = (container.Arguments ?? string.Empty)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => float.Parse(w, CultureInfo.InvariantCulture))
            .ToList();
        BlockMapper.MapAll(container, state, output);
        state.ColumnWeights = outer;
    }
}
