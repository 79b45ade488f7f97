using System.Text;
using DocFlow.Templates.Model;

namespace DocFlow.Templates.Html;

/// <summary>
/// Document model → an HTML fragment for reading a document on the signing page. Every text run is escaped, the markup
/// is XHTML-compatible (well-formed XML), and styling is by class names only so the page's Content-Security-Policy can
/// forbid inline style attributes. Headings start at h2: the page that embeds the fragment owns h1.
/// </summary>
public sealed class HtmlDocumentWriter
{
    public string Write(DocumentModel document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder();
        html.Append("<article class=\"doc\" lang=\"").Append(HtmlText.Escape(document.Info.Language)).Append("\">");
        foreach (var block in document.Blocks)
        {
            WriteBlock(html, block);
        }
        html.Append("</article>");
        return html.ToString();
    }

    private static void WriteBlock(StringBuilder html, Block block)
    {
        switch (block)
        {
            case Heading heading: WriteHeading(html, heading); break;
            case Clause clause: WriteClause(html, clause); break;
            case Paragraph paragraph: WriteParagraph(html, paragraph); break;
            case ListBlock list: WriteList(html, list); break;
            case Table table: HtmlTableWriter.Write(html, table); break;
            case SignatureBlock signatures: WriteSignatures(html, signatures); break;
            // Pages do not exist on screen; a rule keeps the separation the printed document has.
            case PageBreak: html.Append("<hr class=\"page-break\" />"); break;
            default: throw new NotSupportedException($"No HTML for block {block.GetType().Name}.");
        }
    }

    private static void WriteHeading(StringBuilder html, Heading heading)
    {
        var tag = "h" + Math.Clamp(heading.Level + 1, 2, 6);
        html.Append('<').Append(tag).Append(" class=\"heading level-").Append(heading.Level).Append("\">");
        if (!string.IsNullOrEmpty(heading.Number))
        {
            WriteNumber(html, heading.Number);
        }
        HtmlInlines.Write(html, heading.Text);
        html.Append("</").Append(tag).Append('>');
    }

    private static void WriteClause(StringBuilder html, Clause clause)
    {
        html.Append("<p class=\"clause level-").Append(Math.Clamp(clause.Level, 1, 6)).Append("\">");
        WriteNumber(html, clause.Number);
        HtmlInlines.Write(html, clause.Text);
        html.Append("</p>");
    }

    private static void WriteNumber(StringBuilder html, string number) =>
        html.Append("<span class=\"num\">").Append(HtmlText.Escape(number)).Append("</span> ");

    private static void WriteParagraph(StringBuilder html, Paragraph paragraph)
    {
        html.Append("<p class=\"").Append(HtmlAlign.ClassName(paragraph.Align)).Append("\">");
        HtmlInlines.Write(html, paragraph.Text);
        html.Append("</p>");
    }

    private static void WriteList(StringBuilder html, ListBlock list)
    {
        var tag = list.Ordered ? "ol" : "ul";
        html.Append('<').Append(tag).Append('>');
        foreach (var item in list.Items)
        {
            html.Append("<li>");
            HtmlInlines.Write(html, item);
            html.Append("</li>");
        }
        html.Append("</").Append(tag).Append('>');
    }

    private static void WriteSignatures(StringBuilder html, SignatureBlock block)
    {
        html.Append("<div class=\"signatures\">");
        foreach (var party in block.Parties)
        {
            html.Append("<div class=\"signature-party\">");
            html.Append("<p class=\"caption\">").Append(HtmlText.Escape(party.Caption)).Append("</p>");
            html.Append("<p class=\"party-name\"><strong>").Append(HtmlText.Escape(party.Name)).Append("</strong></p>");
            foreach (var line in party.Details)
            {
                html.Append("<p class=\"detail\">").Append(HtmlText.Escape(line)).Append("</p>");
            }
            html.Append("<p class=\"signer-line\">").Append(HtmlText.Escape(party.SignerLine)).Append("</p>");
            html.Append("</div>");
        }
        html.Append("</div>");
    }
}
