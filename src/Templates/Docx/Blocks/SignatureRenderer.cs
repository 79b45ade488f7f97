using DocFlow.Templates.Docx.Styles;
using M = DocFlow.Templates.Model;

namespace DocFlow.Templates.Docx.Blocks;

/// <summary>
/// Parties side by side in a borderless two-column table. Rows cannot split and every paragraph keeps with the next,
/// so the block moves to a new page whole instead of leaving a signature line orphaned.
/// </summary>
internal static class SignatureRenderer
{
    private const int Columns = 2;

    public static void Render(M.SignatureBlock block, BodyWriter body)
    {
        if (block.Parties.Count == 0) return;
        var widths = ColumnWidths.Of([1f, 1f]);
        body.StartTable();
        TableFrame.Write(body.Xml, StyleIds.PlainTable, look: "0000", firstRow: false, widths);
        foreach (var pair in block.Parties.Chunk(Columns))
        {
            // Signer lines get a row of their own so they line up however many detail lines each party has.
            Row(body, widths, "top", pair, party => Details(body, party));
            Row(body, widths, "bottom", pair, party => SignerLine(body, party.SignerLine));
        }
        body.EndTable();
    }

    /// <summary>A row of <see cref="Columns"/> cells, each with its party's content or, past the last party, an empty paragraph.</summary>
    private static void Row(BodyWriter body, int[] widths, string verticalAlign, M.SignatureParty[] parties, Action<M.SignatureParty> content)
    {
        var xml = body.Xml;
        xml.Start("w:tr");
        xml.Start("w:trPr");
        xml.Empty("w:cantSplit");
        xml.End();
        for (var i = 0; i < Columns; i++)
        {
            xml.Start("w:tc");
            xml.Start("w:tcPr");
            TableFrame.Width(xml, "w:tcW", widths[i]);
            xml.Empty("w:vAlign", "w:val", verticalAlign);
            xml.End();
            if (i < parties.Length) content(parties[i]);
            else Line(body, "");
            xml.End();
        }
        xml.End();
    }

    private static void Details(BodyWriter body, M.SignatureParty party)
    {
        Line(body, party.Caption, bold: true);
        Line(body, party.Name, bold: true);
        foreach (var line in party.Details) Line(body, line);
    }

    private static void Line(BodyWriter body, string text, bool bold = false) =>
        ParagraphFactory.Styled(body, new ParagraphFormat(StyleIds.Signature), text, bold);

    // Space above the line leaves room for a handwritten signature and stamp.
    private static void SignerLine(BodyWriter body, string text) =>
        ParagraphFactory.Styled(body, new ParagraphFormat(StyleIds.Signature) { Spacing = new Spacing(600, 0) }, text);
}
