using SkiaSharp;

namespace DocFlow.Templates.Pdf.Fonts;

/// <summary>
/// Everything DocFlow reads from one TrueType font file: the file itself and its table directory (cut into subsets
/// for each PDF), its metrics (widths, descriptor values) and its character map. Immutable; the shipped faces' are
/// built once per process.
/// </summary>
internal sealed record TypefaceData(byte[] Program, TrueTypeTables Tables, FontMetrics Metrics, CharacterMap Characters)
{
    /// <summary>The data of a TrueType font file, or null when it is not one (CFF, a collection, damaged).</summary>
    public static TypefaceData? Read(byte[] program, SKTypeface typeface)
    {
        if (TrueTypeTables.Read(program) is not { } tables) return null;
        return new TypefaceData(
            program,
            tables,
            FontMetrics.Read(program, tables, typeface.FamilyName.Replace(" ", "")),
            CharacterMap.Read(tables.Get(program, "cmap")));
    }
}
