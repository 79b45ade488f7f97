using DocFlow.Templates.Docx.Styles;

namespace DocFlow.Templates.Docx.Blocks;

/// <summary>Relative column weights → twips that add up exactly to the text width (the last column takes the rounding).</summary>
public static class ColumnWidths
{
    public static int[] Of(IReadOnlyList<float> weights, int total = Typography.TextWidth)
    {
        var widths = new int[weights.Count];
        if (widths.Length == 0) return widths;
        var sum = weights.Sum(w => w > 0 ? w : 0);
        var used = 0;
        for (var i = 0; i < widths.Length - 1; i++)
        {
            var weight = weights[i] > 0 ? weights[i] : 0;
            widths[i] = sum > 0 ? (int)Math.Round(total * weight / sum) : total / widths.Length;
            used += widths[i];
        }
        widths[^1] = Math.Max(total - used, 0);
        return widths;
    }
}
