namespace DocFlow.Templates.Pdf.Layout;

/// <summary>The faces shipped with the app; every PDF draws only with these (plus a system fallback for exotic characters).</summary>
internal enum FontFace
{
    SerifRegular,
    SerifBold,
    SerifItalic,
    SerifBoldItalic,
    SansRegular,
    SansBold,
}
