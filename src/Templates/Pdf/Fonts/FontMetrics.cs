using System.Buffers.Binary;

namespace DocFlow.Templates.Pdf.Fonts;

/// <summary>
/// What a PDF font descriptor states about a TrueType font, read from its head, hhea, OS/2 and post tables and
/// scaled to the PDF's 1000-unit glyph space; and each glyph's advance, which become the font's widths.
/// </summary>
internal sealed record FontMetrics(
    string PostScriptName, int UnitsPerEm, float Ascent, float Descent, float CapHeight,
    float[] BoundingBox, float ItalicAngle, bool FixedPitch, int Weight, ushort[] Advances)
{
    private const float PdfUnits = 1000f;

    public static FontMetrics Read(ReadOnlySpan<byte> font, TrueTypeTables tables, string fallbackName)
    {
        var head = tables.Get(font, "head");
        var hhea = tables.Get(font, "hhea");
        var os2 = tables.Get(font, "OS/2");
        var post = tables.Get(font, "post");
        var unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head[18..]) is var units and > 0 ? units : 1000;
        float Scale(int value) => value * PdfUnits / unitsPerEm;
        var ascent = BinaryPrimitives.ReadInt16BigEndian(hhea[4..]);
        var box = new float[4];
        for (var i = 0; i < box.Length; i++) box[i] = Scale(BinaryPrimitives.ReadInt16BigEndian(head[(36 + 2 * i)..]));
        // sCapHeight exists from OS/2 version 2 on; older fonts get the customary 70 % of the ascent.
        var capHeight = os2.Length >= 90 && BinaryPrimitives.ReadUInt16BigEndian(os2) >= 2 ? BinaryPrimitives.ReadInt16BigEndian(os2[88..]) : ascent * 0.7f;
        return new FontMetrics(
            NameTable.PostScriptName(tables.Get(font, "name")) ?? fallbackName,
            unitsPerEm,
            Scale(ascent),
            Scale(BinaryPrimitives.ReadInt16BigEndian(hhea[6..])),
            Scale((int)capHeight),
            box,
            post.Length >= 16 ? BinaryPrimitives.ReadInt32BigEndian(post[4..]) / 65536f : 0,
            post.Length >= 16 && BinaryPrimitives.ReadUInt32BigEndian(post[12..]) != 0,
            os2.Length >= 6 ? BinaryPrimitives.ReadUInt16BigEndian(os2[4..]) : 400,
            ReadAdvances(hhea, tables.Get(font, "hmtx")));
    }

    /// <summary>A glyph's advance in font units; glyphs past the last long metric share its advance, as the format says.</summary>
    public int Advance(ushort glyph) => Advances.Length == 0 ? 0 : Advances[Math.Min(glyph, Advances.Length - 1)];

    /// <summary>A glyph's advance in PDF glyph space (thousandths of the font size).</summary>
    public float Width(ushort glyph) => Advance(glyph) * PdfUnits / UnitsPerEm;

    /// <summary>
    /// The dominant vertical stem width, which the descriptor must state but TrueType does not record: estimated
    /// from the weight class as other PDF writers do (about 80 for regular, 120 for bold).
    /// </summary>
    public int StemV => 50 + (int)Math.Round(Math.Pow(Weight / 65.0, 2));

    private static ushort[] ReadAdvances(ReadOnlySpan<byte> hhea, ReadOnlySpan<byte> hmtx)
    {
        var count = Math.Min(BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]), hmtx.Length / 4);
        var advances = new ushort[count];
        for (var i = 0; i < count; i++) advances[i] = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(4 * i)..]);
        return advances;
    }
}
