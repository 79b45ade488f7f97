namespace DocFlow.Templates.Pdf.Layout;

/// <summary>
/// A4 in points with the text area inside 20 mm side and 18 mm top/bottom margins, less a band for the running
/// header above it and the footer below it.
/// </summary>
internal sealed record PageGeometry(float Width, float Height, float Left, float Right, float Top, float Bottom, float Band)
{
    private const float Millimetre = 72f / 25.4f;

    public static PageGeometry A4 { get; } = new(595.28f, 841.89f, 20 * Millimetre, 20 * Millimetre, 18 * Millimetre, 18 * Millimetre, 20f);

    public float TextLeft => Left;
    public float TextWidth => Width - Left - Right;
    public float TextTop => Top + Band;
    public float TextHeight => Height - Top - Bottom - 2 * Band;
    public float TextBottom => TextTop + TextHeight;
}
