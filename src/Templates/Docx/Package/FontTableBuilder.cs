using DocFlow.Templates.Docx.Styles;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocFlow.Templates.Docx.Package;

/// <summary>
/// Declares PT Serif as a Cyrillic-capable roman font (so a reader without it substitutes a serif face) and, when asked,
/// embeds its four faces so Word and LibreOffice show the document as designed.
/// </summary>
public static class FontTableBuilder
{
    public const string PartId = "rIdFontTable";
    internal const string FontFolder = "word/fonts/";

    /// <param name="placeholders">Font parts left empty, for the writer to fill with the faces compressed once per
    /// process (<see cref="CompressedFontParts"/>).</param>
    public static void Build(FontTablePart part, bool embed, bool placeholders = false)
    {
        var font = new Font(
            new Panose1Number { Val = "020A0603040505020204" },
            new FontCharSet { Val = "CC" },
            new FontFamily { Val = FontFamilyValues.Roman },
            new Pitch { Val = FontPitchValues.Variable })
        { Name = Typography.FontName };
        if (embed)
        {
            foreach (var face in EmbeddedFonts.PtSerif) font.Append(Embed(part, face, placeholders));
        }
        part.Fonts = new Fonts(font);
    }

    private static OpenXmlElement Embed(FontTablePart part, EmbeddedFont face, bool placeholder)
    {
        var fontPart = part.AddFontPart(FontPartType.FontOdttf, "rIdFont" + face.Face);
        using (var stream = new MemoryStream(placeholder ? [] : face.ObfuscatedData, writable: false)) fontPart.FeedData(stream);
        var id = part.GetIdOfPart(fontPart);
        return face.Face switch
        {
            FontFace.Bold => new EmbedBoldFont { Id = id, FontKey = face.Key },
            FontFace.Italic => new EmbedItalicFont { Id = id, FontKey = face.Key },
            FontFace.BoldItalic => new EmbedBoldItalicFont { Id = id, FontKey = face.Key },
            _ => new EmbedRegularFont { Id = id, FontKey = face.Key },
        };
    }
}
