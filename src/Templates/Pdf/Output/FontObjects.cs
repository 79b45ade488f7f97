using DocFlow.Templates.Pdf.Fonts;

namespace DocFlow.Templates.Pdf.Output;

/// <summary>
/// Writes one font as a composite font: Type0 with Identity-H encoding over a CIDFontType2 whose CIDs are glyph ids,
/// its descriptor, the subset TrueType program (FontFile2) and the ToUnicode map. Content streams then name glyphs
/// directly, two bytes each, with no encoding tables to build.
/// </summary>
internal static class FontObjects
{
    private const int FlagSymbolic = 4;
    private const int FlagFixedPitch = 1;
    private const int FlagItalic = 64;

    /// <summary>Writes the objects and returns the number of the Type0 font object pages refer to.</summary>
    public static int Write(PdfFile file, DocumentFont font)
    {
        var metrics = font.Data.Metrics;
        var glyphs = font.Glyphs;
        var subset = TrueTypeSubsetter.Subset(font.Data, glyphs.Keys);
        var name = SubsetTag(glyphs.Keys) + "+" + metrics.PostScriptName;
        var (type0, cidFont, descriptor, fontFile, toUnicode) = (file.Reserve(), file.Reserve(), file.Reserve(), file.Reserve(), file.Reserve());

        file.Stream(fontFile, subset, "/Length1 " + subset.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        file.Stream(toUnicode, ToUnicodeCMap.Build(glyphs));
        WriteDescriptor(file.Begin(descriptor), name, metrics, fontFile);
        file.End();
        var cid = file.Begin(cidFont).Ascii("<</Type/Font/Subtype/CIDFontType2/BaseFont/").Ascii(name)
            .Ascii("/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/CIDToGIDMap/Identity/FontDescriptor ")
            .Integer(descriptor).Ascii(" 0 R/W");
        WriteWidths(cid, glyphs.Keys, metrics);
        cid.Ascii(">>");
        file.End();
        file.Begin(type0).Ascii("<</Type/Font/Subtype/Type0/BaseFont/").Ascii(name).Ascii("/Encoding/Identity-H/DescendantFonts[")
            .Integer(cidFont).Ascii(" 0 R]/ToUnicode ").Integer(toUnicode).Ascii(" 0 R>>");
        file.End();
        return type0;
    }

    private static void WriteDescriptor(PdfBuffer output, string name, FontMetrics metrics, int fontFile)
    {
        var flags = FlagSymbolic | (metrics.FixedPitch ? FlagFixedPitch : 0) | (metrics.ItalicAngle != 0 ? FlagItalic : 0);
        output.Ascii("<</Type/FontDescriptor/FontName/").Ascii(name).Ascii("/Flags ").Integer(flags).Ascii("/FontBBox[");
        for (var i = 0; i < metrics.BoundingBox.Length; i++)
        {
            if (i > 0) output.Byte((byte)' ');
            output.Number(metrics.BoundingBox[i]);
        }
        output.Ascii("]/ItalicAngle ").Number(metrics.ItalicAngle).Ascii("/Ascent ").Number(metrics.Ascent)
            .Ascii("/Descent ").Number(metrics.Descent).Ascii("/CapHeight ").Number(metrics.CapHeight)
            .Ascii("/StemV ").Integer(metrics.StemV).Ascii("/FontFile2 ").Integer(fontFile).Ascii(" 0 R>>");
    }

    /// <summary>W: runs of consecutive glyph ids as "first [w1 w2 ...]", every glyph drawn listed.</summary>
    private static void WriteWidths(PdfBuffer output, IEnumerable<ushort> glyphs, FontMetrics metrics)
    {
        output.Byte((byte)'[');
        var previous = -2;
        foreach (var glyph in glyphs)
        {
            if (glyph != previous + 1)
            {
                if (previous >= 0) output.Ascii("]");
                output.Integer(glyph).Byte((byte)'[');
            }
            else output.Byte((byte)' ');
            output.Number(metrics.Width(glyph));
            previous = glyph;
        }
        if (previous >= 0) output.Byte((byte)']');
        output.Byte((byte)']');
    }

    /// <summary>
    /// Six capital letters naming the subset (ISO 32000-1, 9.6.4): derived from the glyphs kept, so different subsets
    /// of one font get different tags and the same document always the same.
    /// </summary>
    private static string SubsetTag(IEnumerable<ushort> glyphs)
    {
        var hash = 2166136261u;
        foreach (var glyph in glyphs) hash = unchecked((hash ^ glyph) * 16777619u);
        var tag = new char[6];
        for (var i = 0; i < tag.Length; i++, hash /= 26) tag[i] = (char)('A' + hash % 26);
        return new string(tag);
    }
}
