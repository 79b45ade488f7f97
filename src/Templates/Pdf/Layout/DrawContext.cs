using DocFlow.Templates.Pdf.Fonts;
using SkiaSharp;

namespace DocFlow.Templates.Pdf.Layout;

/// <summary>
/// Where elements draw. Collecting (no canvas): records the glyphs each font draws, so fonts can be subset before
/// the real pass. Drawing: the canvas of the current page, fonts swapped for their subsets, paints and each distinct
/// word's text run (see <see cref="PdfTextRun"/>) made once per document.
/// </summary>
internal sealed class DrawContext : IDisposable
{
    private readonly Dictionary<SKColor, SKPaint> _fills = new();
    private readonly Dictionary<(SKColor, float), SKPaint> _strokes = new();
    // Words repeat across a document: each distinct one becomes a text run once.
    private readonly Dictionary<(SKFont, string), SKTextBlob?> _runs = new();
    private readonly Dictionary<SKTypeface, HorizontalMetrics?> _metrics = new();
    private readonly GlyphUsage? _usage;
    private readonly FontSubsets? _subsets;

    private DrawContext(GlyphUsage? usage, FontSubsets? subsets) => (_usage, _subsets) = (usage, subsets);

    public static DrawContext Collecting(GlyphUsage usage) => new(usage, null);

    public static DrawContext Drawing(FontSubsets subsets) => new(null, subsets);

    /// <summary>The page canvas; null while collecting.</summary>
    public SKCanvas? Canvas { get; set; }

    public void Text(TextAtom atom, float x, float baseline)
    {
        var text = atom.DrawnText;
        if (text.Length == 0) return;
        _usage?.Add(atom.Font, text);
        if (Canvas is null) return;
        var font = _subsets?.Map(atom.Font) ?? atom.Font;
        if (Run(font, text) is { } run) Canvas.DrawText(run, x, baseline, Fill(atom.Color));
    }

    public void Rectangle(SKRect rect, SKColor color) => Canvas?.DrawRect(rect, Fill(color));

    public void Line(float x1, float y1, float x2, float y2, SKColor color, float width) =>
        Canvas?.DrawLine(x1, y1, x2, y2, Stroke(color, width));

    public void Dispose()
    {
        foreach (var paint in _fills.Values) paint.Dispose();
        foreach (var paint in _strokes.Values) paint.Dispose();
        foreach (var run in _runs.Values) run?.Dispose();
    }

    private SKTextBlob? Run(SKFont font, string text)
    {
        if (_runs.TryGetValue((font, text), out var run)) return run;
        var typeface = font.Typeface;
        if (!_metrics.TryGetValue(typeface, out var metrics)) _metrics[typeface] = metrics = HorizontalMetrics.Read(typeface);
        return _runs[(font, text)] = PdfTextRun.Create(font, metrics, text);
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
