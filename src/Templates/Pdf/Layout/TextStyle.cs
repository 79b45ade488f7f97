using SkiaSharp;

namespace DocFlow.Templates.Pdf.Layout;

/// <summary>How a run of text looks: face, size in points and colour.</summary>
internal readonly record struct TextStyle(FontFace Face, float Size, SKColor Color)
{
    public TextStyle WithEmphasis(bool bold, bool italic) => this with { Face = Combine(Face, bold, italic) };

    public TextStyle WithSize(float size) => this with { Size = size };

    private static FontFace Combine(FontFace face, bool bold, bool italic)
    {
        var isSans = face is FontFace.SansRegular or FontFace.SansBold;
        var wantBold = bold || face is FontFace.SerifBold or FontFace.SerifBoldItalic or FontFace.SansBold;
        var wantItalic = italic || face is FontFace.SerifItalic or FontFace.SerifBoldItalic;
        // PT Sans ships without italics here: sans text stays upright rather than being faked.
        if (isSans) return wantBold ? FontFace.SansBold : FontFace.SansRegular;
        return (wantBold, wantItalic) switch
        {
            (true, true) => FontFace.SerifBoldItalic,
            (true, false) => FontFace.SerifBold,
            (false, true) => FontFace.SerifItalic,
            _ => FontFace.SerifRegular,
        };
    }
}
