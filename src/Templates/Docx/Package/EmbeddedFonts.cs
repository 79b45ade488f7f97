using System.Reflection;

namespace DocFlow.Templates.Docx.Package;

/// <summary>
/// PT Serif (OFL: embedding allowed) in the four faces, obfuscated as ECMA-376 §17.8.1 requires for fonts inside a
/// DOCX: the first 32 bytes XOR the reversed bytes of a GUID key. The fonts and the key are fixed, so this is computed
/// once per process and shared read-only.
/// </summary>
public static class EmbeddedFonts
{
    // Fixed rather than random so the same model gives the same bytes.
    private const string Key = "{3A7E0F52-9C1B-4D6A-8E25-B04F71C9D3E8}";

    private static readonly Lazy<IReadOnlyList<EmbeddedFont>> Faces = new(Load);

    public static IReadOnlyList<EmbeddedFont> PtSerif => Faces.Value;

    private static IReadOnlyList<EmbeddedFont> Load() =>
    [
        Face(FontFace.Regular, "PTSerif_400Regular.ttf"),
        Face(FontFace.Bold, "PTSerif_700Bold.ttf"),
        Face(FontFace.Italic, "PTSerif_400Regular_Italic.ttf"),
        Face(FontFace.BoldItalic, "PTSerif_700Bold_Italic.ttf"),
    ];

    private static EmbeddedFont Face(FontFace face, string file)
    {
        var name = "DocFlow.Templates.Fonts." + file;
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Font resource {name} is missing from {typeof(EmbeddedFonts).Assembly.GetName().Name}.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return new EmbeddedFont(face, Key, Obfuscate(memory.ToArray(), Key));
    }

    public static byte[] Obfuscate(byte[] font, string key)
    {
        var hex = key.Replace("{", "").Replace("}", "").Replace("-", "");
        var keyBytes = new byte[16];
        for (var i = 0; i < 16; i++) keyBytes[i] = Convert.ToByte(hex.Substring((15 - i) * 2, 2), 16);
        var result = (byte[])font.Clone();
        for (var i = 0; i < Math.Min(32, result.Length); i++) result[i] ^= keyBytes[i % 16];
        return result;
    }
}
