using DocFlow.Templates.Docx.Styles;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocFlow.Templates.Docx.Package;

/// <summary>
/// Declares PT Serif as a Cyrillic-capable roman font (so a reader without it substitutes a serif face) and, when asked,
/// refers to its four embedded faces (<see cref="DocxPart.Font"/>) so Word and LibreOffice show the document as designed.
/// </summary>
public static class FontTableBuilder
{
    public static Fonts Build(bool embed)
    {
        var font = new Font(
            new Panose1Number { Val = "020A0603040505020204" },
            new FontCharSet { Val = "CC" },
            new FontFamily { Val = FontFamilyValues.Roman },
            new Pitch { Val = FontPitchValues.Variable })
        { Name = Typography.FontName };
        if (embed)
        {
            foreach (var face in EmbeddedFonts.PtSerif) font.Append(Embed(face));
        }
        return new Fonts(font);
    }

    private static OpenXmlElement Embed(EmbeddedFont face)
    {
        var id = DocxPart.Font(face.Face).RelationshipId;
        return face.Face switch
        {
            FontFace.Bold => new EmbedBoldFont { Id = id, FontKey = face.Key },
            FontFace.Italic => new EmbedItalicFont { Id = id, FontKey = face.Key },
            FontFace.BoldItalic => new EmbedBoldItalicFont { Id = id, FontKey = face.Key },
            _ => new EmbedRegularFont { Id = id, FontKey = face.Key },
        };
    }
}
