namespace DocFlow.Templates.Pdf.Output;

/// <summary>
/// The ToUnicode CMap of a font: glyph id → the text it stands for, so readers can copy, search and read aloud what
/// the document says (ISO 32000-1, 9.10.3).
/// </summary>
internal static class ToUnicodeCMap
{
    // A bfchar block may hold at most 100 mappings.
    private const int BlockSize = 100;

    private const string Prologue =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
        "/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n" +
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";

    private const string Epilogue = "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";

    public static byte[] Build(IReadOnlyDictionary<ushort, string> glyphs)
    {
        var mapped = glyphs.Where(g => g.Value.Length > 0).ToList();
        var output = new PdfBuffer(Prologue.Length + Epilogue.Length + 16 * mapped.Count + 32);
        output.Ascii(Prologue);
        foreach (var block in mapped.Chunk(BlockSize))
        {
            output.Integer(block.Length).Ascii(" beginbfchar\n");
            foreach (var (glyph, text) in block)
            {
                output.Byte((byte)'<').Hex16(glyph).Ascii("> <");
                foreach (var unit in text) output.Hex16(unit);
                output.Ascii(">\n");
            }
            output.Ascii("endbfchar\n");
        }
        return output.Ascii(Epilogue).ToArray();
    }
}
