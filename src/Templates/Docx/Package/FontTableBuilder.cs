using DocFlow.Templates.Docx.Styles;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocFlow.Templates.Docx.Package;

/// <summary>Declares PT Serif as a Cyrillic-capable roman font so a machine without it substitutes a serif face.</summary>
public static class FontTableBuilder
{
    public static Fonts Build() => new(new Font(
        new Panose1Number { Val = "020A0603040505020204" },
        new FontCharSet { Val = "CC" },
        new FontFamily { Val = FontFamilyValues.Roman },
        new Pitch { Val = FontPitchValues.Variable })
    { Name = Typography.FontName });
}
