using DocFlow.Templates.Docx.Xml;

namespace DocFlow.Templates.Docx.Blocks;

/// <summary>
/// The w:body as it is written, and what sits between blocks: a page break becomes pageBreakBefore on the next
/// paragraph (no empty line at the top of the page), or a paragraph of its own before a table; every table is followed
/// by a small gap paragraph, so consecutive tables do not merge and the body never ends in a table.
/// </summary>
internal sealed class BodyWriter(WordXmlWriter xml)
{
    private bool _pageBreakPending;
    private bool _empty = true;

    public WordXmlWriter Xml => xml;

    /// <summary>The next paragraph or table starts a new page.</summary>
    public void PageBreak() => _pageBreakPending = true;

    /// <summary>Starts a w:p and writes its properties; the caller writes the runs and ends it.</summary>
    public void StartParagraph(ParagraphFormat format)
    {
        if (_pageBreakPending) format = format with { PageBreakBefore = true };
        _pageBreakPending = false;
        _empty = false;
        xml.Start("w:p");
        format.Write(xml);
    }

    /// <summary>Starts a w:tbl; the caller writes its properties, grid and rows, then calls <see cref="EndTable"/>.</summary>
    public void StartTable()
    {
        if (_pageBreakPending)
        {
            xml.Start("w:p");
            xml.Start("w:r");
            xml.Empty("w:br", "w:type", "page");
            xml.End();
            xml.End();
            _pageBreakPending = false;
        }
        _empty = false;
        xml.Start("w:tbl");
    }

    public void EndTable()
    {
        xml.End();
        Gap();
    }

    /// <summary>After the last block: a body with nothing in it still gets its one paragraph.</summary>
    public void Finish()
    {
        if (_empty) Gap();
    }

    private void Gap()
    {
        xml.Start("w:p");
        new ParagraphFormat(StyleId: null) { Spacing = new Spacing(0, 0, ExactLine: 160) }.Write(xml);
        xml.End();
    }
}
