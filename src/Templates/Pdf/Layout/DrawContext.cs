using SkiaSharp;

namespace DocFlow.Templates.Pdf.Layout;

/// <summary>The canvas of the page being drawn plus paints reused across pages (one per colour, per stroke).</summary>
internal sealed class DrawContext(SKCanvas canvas) : IDisposable
{
    private readonly Dictionary<SKColor, SKPaint> _fills = new();
    private readonly Dictionary<(SKColor, float), SKPaint> _strokes = new();

    public SKCanvas Canvas { get; set; } = canvas;

    public void Text(TextAtom atom, float x, float baseline) =>
        Canvas.DrawText(atom.DrawnText, x, baseline, SKTextAlign.Left, atom.Font, Fill(atom.Color));

    public void Rectangle(SKRect rect, SKColor color) => Canvas.DrawRect(rect, Fill(color));

    public void Line(float x1, float y1, float x2, float y2, SKColor color, float width) =>
        Canvas.DrawLine(x1, y1, x2, y2, Stroke(color, width));

    public void Dispose()
    {
        foreach (var paint in _fills.Values) paint.Dispose();
        foreach (var paint in _strokes.Values) paint.Dispose();
    }

    private SKPaint Fill(SKColor color)
    {
        if (!_fills.TryGetValue(color, out var paint))
            _fills[color] = paint = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
        return paint;
    }

    private SKPaint Stroke(SKColor color, float width)
    {
        if (!_strokes.TryGetValue((color, width), out var paint))
            _strokes[(color, width)] = paint = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = width };
        return paint;
    }
}
