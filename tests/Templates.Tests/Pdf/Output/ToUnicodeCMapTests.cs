using System.Text;
using System.Text.RegularExpressions;
using DocFlow.Templates.Pdf.Output;

namespace DocFlow.Templates.Tests.Pdf.Output;

public sealed class ToUnicodeCMapTests
{
    [Fact]
    public void Each_glyph_maps_to_its_text_in_utf16_and_notdef_maps_to_nothing()
    {
        var cmap = Build(new() { [0] = "", [3] = " ", [36] = "Ё", [500] = "😀" });

        Assert.Contains("<0003> <0020>", cmap);
        Assert.Contains("<0024> <0401>", cmap);
        Assert.Contains("<01F4> <D83DDE00>", cmap);
        Assert.DoesNotContain("<0000> <", cmap.Replace("<0000> <FFFF>", ""));
        Assert.Contains("3 beginbfchar", cmap);
    }

    [Fact]
    public void Mappings_come_in_blocks_of_at_most_one_hundred()
    {
        var glyphs = Enumerable.Range(1, 250).ToDictionary(i => (ushort)i, i => ((char)('A' + i % 26)).ToString());
        var cmap = Build(glyphs);

        var blocks = Regex.Matches(cmap, @"(\d+) beginbfchar").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal([100, 100, 50], blocks);
        Assert.Equal(3, Regex.Matches(cmap, "endbfchar").Count);
        var mappings = Regex.Matches(cmap, @"^<[0-9A-F]{4}> <[0-9A-F]{4}>$", RegexOptions.Multiline).Select(m => m.Value).ToList();
        Assert.Equal(250, mappings.Count(m => m != "<0000> <FFFF>"));
    }

    private static string Build(Dictionary<ushort, string> glyphs) =>
        Encoding.ASCII.GetString(ToUnicodeCMap.Build(new SortedDictionary<ushort, string>(glyphs)));
}
