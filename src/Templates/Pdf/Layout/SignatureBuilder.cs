using DocFlow.Templates.Model;

namespace DocFlow.Templates.Pdf.Layout;

/// <summary>
/// SignatureBlock → SignatureElement: up to three parties side by side (more go in bands of two), each a column of
/// bold caption, name, smaller details, space to sign, then the signer line.
/// </summary>
internal sealed class SignatureBuilder(TextTokenizer tokenizer, LineBreaker breaker, DocumentTheme theme, float width)
{
    private const float ColumnGap = 24f;
    private const float SignSpace = 26f;
    private const float MinSignerSize = 7.5f;

    public ILayoutElement Build(SignatureBlock block)
    {
        var perBand = block.Parties.Count <= 3 ? Math.Max(1, block.Parties.Count) : 2;
        var columnWidth = (width - ColumnGap * (perBand - 1)) / perBand;
        var columns = block.Parties.Select(p => Column(p, columnWidth)).ToList();
        var bands = columns.Chunk(perBand).Select(b => (IReadOnlyList<SignatureColumn>)b).ToList();
        if (bands.Count == 0) bands.Add([new SignatureColumn([], 0)]);
        return new SignatureElement(bands, columnWidth, ColumnGap, 18, 18, theme.ParagraphSpace);
    }

    /// <summary>
    /// The signer line ("Director ______ / I. Petrov /") reads as one unit: rather than wrap a lone "/" onto a
    /// second line, it is set smaller (down to 7.5 pt) to fit; only longer ones wrap.
    /// </summary>
    private TextStyle FitOnOneLine(string text, TextStyle style, float columnWidth)
    {
        var natural = tokenizer.Words(text, style).Sum(w => w.Width + w.SpaceAfter);
        if (natural <= columnWidth) return style;
        return style with { Size = MathF.Max(MinSignerSize, MathF.Floor(style.Size * columnWidth / natural * 10) / 10) };
    }

    private SignatureColumn Column(SignatureParty party, float columnWidth)
    {
        var body = theme.Body;
        var lines = new List<(float, TextLine)>();
        var y = 0f;
        Add(party.Caption, body with { Face = FontFace.SerifBold }, 1.3f);
        Add(party.Name, body, 1.3f);
        y += 2;
        foreach (var detail in party.Details) Add(detail, body with { Size = theme.DetailSize, Color = theme.Muted }, 1.3f);
        y += SignSpace;
        Add(party.SignerLine, FitOnOneLine(party.SignerLine, body, columnWidth), 1.3f);
        return new SignatureColumn(lines, y);

        void Add(string text, TextStyle style, float leading)
        {
            foreach (var line in breaker.Break(tokenizer.Words(text, style), columnWidth, TextAlign.Left, style, leading))
            {
                lines.Add((y, line));
                y += line.Height;
            }
        }
    }
}
