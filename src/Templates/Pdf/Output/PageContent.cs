using SkiaSharp;

namespace DocFlow.Templates.Pdf.Output;

/// <summary>
/// One page's content stream. Callers draw in layout coordinates (points, origin top left, y down); this flips them
/// to PDF's (origin bottom left). Colours, line width and font are set only when they change, and the words of a line
/// in one font become one TJ array whose numbers are the gaps between them: a page of text is mostly glyph strings.
/// </summary>
/// <param name="operators">Where the operators go, empty: a writer lends one buffer to each page in turn, since a
/// page's stream is deflated into the file before the next page starts.</param>
internal sealed class PageContent(float pageHeight, PdfBuffer operators)
{
    private readonly PdfBuffer _operators = operators;
    private readonly Stack<GraphicsState> _saved = new();
    private GraphicsState _state = GraphicsState.Initial;
    private bool _inText;
    // The text line matrix's origin, as written: each word's move is relative to the one before.
    private double _lineX;
    private double _lineY;
    // The TJ array being written: words on one baseline in one font and colour, and where the last one ended.
    private bool _inArray;
    private float _arrayBaseline;
    private float _arrayEnd;

    public PageContent(float pageHeight) : this(pageHeight, new PdfBuffer(16 * 1024))
    {
    }

    /// <summary>
    /// Draws a glyph string already encoded for the font (see <see cref="GlyphString"/>) with its origin at x,
    /// baseline; <paramref name="advance"/> is how far the string moves the pen, in points.
    /// </summary>
    public void Text(string font, float size, SKColor color, float x, float baseline, ReadOnlySpan<byte> glyphs, float advance)
    {
        if (_inArray && _state.Font == font && _state.FontSize == size && _state.Fill == color && baseline == _arrayBaseline)
            Continue(x, size);
        else
            Start(font, size, color, x, baseline);
        _operators.Bytes(glyphs);
        _arrayEnd = x + advance;
    }

    public void Rectangle(SKRect rect, SKColor color)
    {
        EndText();
        SetFill(color);
        Box(rect).Ascii(" re f\n");
    }

    public void Line(float x1, float y1, float x2, float y2, SKColor color, float width)
    {
        EndText();
        SetStroke(color, width);
        _operators.Number(x1).Byte((byte)' ').Number(pageHeight - y1).Ascii(" m ")
            .Number(x2).Byte((byte)' ').Number(pageHeight - y2).Ascii(" l S\n");
    }

    /// <summary>Nothing drawn until the matching <see cref="EndClip"/> shows outside <paramref name="rect"/>.</summary>
    public void BeginClip(SKRect rect)
    {
        EndText();
        _operators.Ascii("q ");
        Box(rect).Ascii(" re W n\n");
        _saved.Push(_state);
    }

    public void EndClip()
    {
        EndText();
        _operators.Ascii("Q\n");
        // Q restores the colours, line width and font in force at q.
        _state = _saved.Pop();
    }

    /// <summary>The finished stream, uncompressed.</summary>
    public ReadOnlySpan<byte> Finish()
    {
        EndText();
        if (_saved.Count > 0) throw new InvalidOperationException("A clip was begun and never ended.");
        return _operators.Written;
    }

    private void Start(string font, float size, SKColor color, float x, float baseline)
    {
        EndArray();
        BeginText();
        SetFill(color);
        if (_state.Font != font || _state.FontSize != size)
        {
            _operators.Ascii(font).Byte((byte)' ').Number(size).Ascii(" Tf\n");
            _state = _state with { Font = font, FontSize = size };
        }
        var (px, py) = (Round(x), Round(pageHeight - baseline));
        _operators.Number(px - _lineX).Byte((byte)' ').Number(py - _lineY).Ascii(" Td[");
        (_lineX, _lineY) = (px, py);
        (_inArray, _arrayBaseline) = (true, baseline);
    }

    /// <summary>The next word on the line: a TJ number moves the pen from where the last word ended to <paramref name="x"/>.</summary>
    private void Continue(float x, float size)
    {
        // TJ numbers are thousandths of the font size, subtracted from the position.
        var adjustment = -(x - _arrayEnd) * 1000d / size;
        if (Math.Abs(adjustment) >= 0.0005) _operators.Number(adjustment);
    }

    private void EndArray()
    {
        if (!_inArray) return;
        _operators.Ascii("]TJ\n");
        _inArray = false;
    }

    private static double Round(float value) => Math.Round(value * 1000d, MidpointRounding.AwayFromZero) / 1000d;

    private PdfBuffer Box(SKRect rect) =>
        _operators.Number(rect.Left).Byte((byte)' ').Number(pageHeight - rect.Bottom).Byte((byte)' ')
            .Number(rect.Width).Byte((byte)' ').Number(rect.Height);

    private void BeginText()
    {
        if (_inText) return;
        _operators.Ascii("BT\n");
        (_inText, _lineX, _lineY) = (true, 0, 0);
    }

    private void EndText()
    {
        EndArray();
        if (!_inText) return;
        _operators.Ascii("ET\n");
        _inText = false;
    }

    private void SetFill(SKColor color)
    {
        if (_state.Fill == color) return;
        Rgb(color).Ascii(" rg\n");
        _state = _state with { Fill = color };
    }

    private void SetStroke(SKColor color, float width)
    {
        if (_state.Stroke != color)
        {
            Rgb(color).Ascii(" RG\n");
            _state = _state with { Stroke = color };
        }
        if (_state.LineWidth == width) return;
        _operators.Number(width).Ascii(" w\n");
        _state = _state with { LineWidth = width };
    }

    private PdfBuffer Rgb(SKColor color)
    {
        // The theme's colours are opaque; translucency would need an ExtGState per alpha, which nothing draws yet.
        if (color.Alpha != byte.MaxValue) throw new NotSupportedException($"Colour {color} is translucent; PDF output draws opaque colours only.");
        return _operators.Number(color.Red / 255d).Byte((byte)' ').Number(color.Green / 255d).Byte((byte)' ').Number(color.Blue / 255d);
    }

    /// <summary>What the reader's graphics state holds, so unchanged settings are not written again.</summary>
    private sealed record GraphicsState(SKColor? Fill, SKColor? Stroke, float? LineWidth, string? Font, float FontSize)
    {
        // PDF starts with black fill and stroke and 1 pt lines; null means "not known to be any value", so the first
        // use always writes it.
        public static GraphicsState Initial { get; } = new(null, null, null, null, 0);
    }
}
