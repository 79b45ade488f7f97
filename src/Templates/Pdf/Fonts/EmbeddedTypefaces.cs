using DocFlow.Templates.Pdf.Layout;
using SkiaSharp;

namespace DocFlow.Templates.Pdf.Fonts;

/// <summary>
/// The shipped faces, each read from the assembly and parsed (by Skia, and into <see cref="TypefaceData"/>) once per
/// process rather than once per document (copying and parsing six ~250 KB fonts was a fixed cost on every PDF). Skia typefaces are immutable and safe to
/// share across threads; they live as long as the process and are never disposed.
/// </summary>
internal static class EmbeddedTypefaces
{
    private static readonly Dictionary<FontFace, string> ResourceNames = new()
    {
        [FontFace.SerifRegular] = "PTSerif_400Regular",
        [FontFace.SerifBold] = "PTSerif_700Bold",
        [FontFace.SerifItalic] = "PTSerif_400Regular_Italic",
        [FontFace.SerifBoldItalic] = "PTSerif_700Bold_Italic",
        [FontFace.SansRegular] = "PTSans_400Regular",
        [FontFace.SansBold] = "PTSans_700Bold",
    };

    private static readonly IReadOnlyDictionary<FontFace, Lazy<(SKTypeface Typeface, TypefaceData Data)>> Faces =
        Enum.GetValues<FontFace>().ToDictionary(face => face, face => new Lazy<(SKTypeface, TypefaceData)>(() => Load(face)));

    /// <summary>The typeface and what is read from its file: metrics, character map, and the file the subsets are cut from.</summary>
    public static (SKTypeface Typeface, TypefaceData Data) Get(FontFace face) => Faces[face].Value;

    private static (SKTypeface, TypefaceData) Load(FontFace face)
    {
        var name = $"DocFlow.Templates.Fonts.{ResourceNames[face]}.ttf";
        using var stream = typeof(EmbeddedTypefaces).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Font resource {name} is missing from {typeof(EmbeddedTypefaces).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var data = copy.ToArray();
        using var skData = SKData.CreateCopy(data);
        var typeface = SKTypeface.FromData(skData) ?? throw new InvalidOperationException($"Font resource {name} could not be read.");
        return (typeface, TypefaceData.Read(data, typeface) ?? throw new InvalidOperationException($"Font resource {name} is not a TrueType font."));
    }
}
