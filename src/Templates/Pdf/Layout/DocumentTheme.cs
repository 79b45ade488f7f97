using SkiaSharp;

namespace DocFlow.Templates.Pdf.Layout;

/// <summary>Type sizes, spacing and colours: PT Serif 10.5 pt body, quiet grey running texts, thin table rules.</summary>
internal sealed record DocumentTheme
{
    public static DocumentTheme Default { get; } = new();

    public SKColor Ink { get; init; } = new(0x1A, 0x1A, 0x1A);
    public SKColor Muted { get; init; } = new(0x6B, 0x6B, 0x6B);
    public float BodySize { get; init; } = 10.5f;
    public float BodyLeading { get; init; } = 1.38f;
    public float ParagraphSpace { get; init; } = 6f;
    public float TitleSize { get; init; } = 15f;
    public float SectionSize { get; init; } = 11.5f;
    public float TableSize { get; init; } = 9.5f;
    public float TableLeading { get; init; } = 1.25f;
    public float CellPaddingX { get; init; } = 4.5f;
    public float CellPaddingY { get; init; } = 3f;
    public float DetailSize { get; init; } = 9f;
    public float RunningSize { get; init; } = 8f;
    public float ClauseHang { get; init; } = 30f;
    public float ListIndent { get; init; } = 12f;
    public float ListHang { get; init; } = 16f;
    public TableStyle Table { get; init; } = new(new SKColor(0x80, 0x80, 0x80), 0.5f, new SKColor(0xE6, 0xE6, 0xE6), new SKColor(0xF3, 0xF3, 0xF3));

    public TextStyle Body => new(FontFace.SerifRegular, BodySize, Ink);
    public TextStyle Running => new(FontFace.SansRegular, RunningSize, Muted);
}
