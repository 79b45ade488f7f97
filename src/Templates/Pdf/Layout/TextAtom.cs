using SkiaSharp;

namespace DocFlow.Templates.Pdf.Layout;

/// <summary>
/// The smallest piece of text the line breaker moves: one font, no break inside. Text is drawn as is (a trailing
/// space included, so extracted text keeps its word gaps); Width excludes that space, SpaceAfter is its width.
/// </summary>
internal sealed record TextAtom(string Text, LayoutFont Font, SKColor Color, float Width, float SpaceAfter, bool BreakAfter, bool HardBreak = false)
{
    public string DrawnText => SpaceAfter > 0 ? Text + " " : Text;
}
