using System.Xml.Linq;
using DocFlow.Templates.Html;
using DocFlow.Templates.Model;

namespace DocFlow.Templates.Tests.Html;

public sealed class HtmlDocumentWriterTests
{
    private const string Hostile = "<img src=x onerror=alert(1)> <script>alert('x')</script> \"q\" & 'a'";

    private static readonly HtmlDocumentWriter Writer = new();

    private static DocumentModel Model(params Block[] blocks) => new(new DocumentInfo
    {
        Title = "Contract", Subject = "s", Author = "a", Language = "ru-RU",
        HeaderText = "h", FooterText = "f", PageNumberFormat = "{0}/{1}",
    }, blocks);

    private static IReadOnlyList<Inline> Text(string text) => [new Inline(text)];

    [Fact]
    public void Clause_numbers_and_section_numbers_appear_before_their_text()
    {
        var html = Writer.Write(Model(
            new Heading(2, Text("Subject"), "1."),
            new Clause("1.1.", 1, Text("The Contractor develops.")),
            new Clause("1.1.2.", 2, Text("Deeper."))));

        var root = HtmlFragmentXml.Parse(html);
        var clauses = root.All("p").Where(p => ((string?)p.Attribute("class"))!.StartsWith("clause")).ToList();
        Assert.Equal(["1.1. The Contractor develops.", "1.1.2. Deeper."], clauses.Select(c => c.Value));
        Assert.Equal("clause level-2", (string?)clauses[1].Attribute("class"));
        Assert.Equal("1. Subject", root.All("h3").Single().Value);
    }

    [Fact]
    public void Document_title_is_h2_because_the_page_owns_h1()
    {
        var root = HtmlFragmentXml.Parse(Writer.Write(Model(new Heading(1, Text("CONTRACT No 7")))));
        Assert.Equal("CONTRACT No 7", root.All("h2").Single().Value);
        Assert.Empty(root.All("h1"));
        Assert.Equal("ru-RU", (string?)root.Attribute("lang"));
    }

    [Fact]
    public void Bold_and_italic_runs_become_strong_and_em()
    {
        var root = HtmlFragmentXml.Parse(Writer.Write(Model(new Paragraph(
            [new Inline("plain "), new Inline("bold", Bold: true), new Inline(" "), new Inline("italic", Italic: true),
             new Inline("both", Bold: true, Italic: true)], TextAlign.Center))));

        var p = root.All("p").Single();
        Assert.Equal("a-center", (string?)p.Attribute("class"));
        Assert.Equal(["bold", "both"], p.All("strong").Select(e => e.Value));
        Assert.Equal(["italic", "both"], p.All("em").Select(e => e.Value));
        Assert.Equal("plain bold italicboth", p.Value);
    }

    [Fact]
    public void Table_has_header_rows_in_thead_as_th_and_keeps_colspans()
    {
        var table = new Table(
            [new TableColumn(1), new TableColumn(3), new TableColumn(1, TextAlign.Right)],
            [
                new TableRow([new TableCell(Text("No")), new TableCell(Text("Option")), new TableCell(Text("Price"))]),
                new TableRow([new TableCell(Text("Stage 1"), ColumnSpan: 3)]),
                new TableRow([new TableCell(Text("1")), new TableCell(Text("Sync")), new TableCell(Text("100.00"))]),
                new TableRow([new TableCell(Text("Total"), ColumnSpan: 2), new TableCell(Text("100.00"))], Emphasis: true),
            ]);

        var root = HtmlFragmentXml.Parse(Writer.Write(Model(table)));

        var thead = root.All("thead").Single();
        Assert.Equal(["No", "Option", "Price"], thead.All("th").Select(th => th.Value));
        Assert.All(thead.All("th"), th => Assert.Equal("col", (string?)th.Attribute("scope")));
        var bodyRows = root.All("tbody").Single().Elements().ToList();
        Assert.Equal(3, bodyRows.Count);
        Assert.Equal("3", (string?)bodyRows[0].Elements().Single().Attribute("colspan"));
        Assert.Equal("em", (string?)bodyRows[2].Attribute("class"));
        // The total amount starts in the third column, which is right-aligned, although it is the row's second cell.
        Assert.Equal("2", (string?)bodyRows[2].Elements().First().Attribute("colspan"));
        Assert.Equal("a-right", (string?)bodyRows[2].Elements().Last().Attribute("class"));
    }

    [Fact]
    public void Body_cells_carry_their_column_header_as_a_label_for_narrow_screens()
    {
        var table = new Table(
            [new TableColumn(1), new TableColumn(3), new TableColumn(1, TextAlign.Right)],
            [
                new TableRow([new TableCell(Text("No")), new TableCell(Text("Option \"<b>\"")), new TableCell(Text("Price"))]),
                new TableRow([new TableCell(Text("1")), new TableCell(Text("Sync")), new TableCell(Text("100.00"))]),
                new TableRow([new TableCell(Text("Total"), ColumnSpan: 2), new TableCell(Text("100.00"))], Emphasis: true),
                new TableRow([new TableCell(Text("")), new TableCell(Text("Stage 2")), new TableCell(Text(" "))]),
            ]);

        var root = HtmlFragmentXml.Parse(Writer.Write(Model(table)));

        var rows = root.All("tbody").Single().Elements().ToList();
        // An empty cell has nothing to label (a narrow screen hides it).
        Assert.Equal([null, "Option \"<b>\"", null], rows[2].Elements().Select(td => (string?)td.Attribute("data-label")));
        Assert.Equal(["No", "Option \"<b>\"", "Price"], rows[0].Elements().Select(td => (string?)td.Attribute("data-label")));
        // A cell spanning columns has no single header; the total amount still has its own.
        Assert.Equal([null, "Price"], rows[1].Elements().Select(td => (string?)td.Attribute("data-label")));
        Assert.Empty(root.All("th").Where(th => th.Attribute("data-label") is not null));
    }

    [Fact]
    public void One_wide_cells_carry_no_colspan_attribute()
    {
        var table = new Table([new TableColumn(1)], [new TableRow([new TableCell(Text("H"))]), new TableRow([new TableCell(Text("v"))])]);
        var root = HtmlFragmentXml.Parse(Writer.Write(Model(table)));
        Assert.Null(root.All("td").Single().Attribute("colspan"));
        Assert.Null(root.All("th").Single().Attribute("colspan"));
    }

    [Fact]
    public void Lists_are_ordered_or_not_as_the_model_says()
    {
        var root = HtmlFragmentXml.Parse(Writer.Write(Model(
            new ListBlock(true, [Text("first"), Text("second")]),
            new ListBlock(false, [Text("dot")]))));

        Assert.Equal(["first", "second"], root.All("ol").Single().Elements("li").Select(li => li.Value));
        Assert.Equal(["dot"], root.All("ul").Single().Elements("li").Select(li => li.Value));
    }

    [Fact]
    public void Signature_block_shows_each_party_with_details_and_signer_line()
    {
        var root = HtmlFragmentXml.Parse(Writer.Write(Model(new SignatureBlock(
        [
            new SignatureParty("Contractor", "Acme LLC", ["Kyiv, Main St 1", "Tax id 123"], "Director ______ / I. Petrov /"),
            new SignatureParty("Client", "Client Ltd", [], "CEO ______ / J. Smith /"),
        ]))));

        var parties = root.All("div").Where(d => (string?)d.Attribute("class") == "signature-party").ToList();
        Assert.Equal(2, parties.Count);
        Assert.Equal(["Contractor", "Acme LLC", "Kyiv, Main St 1", "Tax id 123", "Director ______ / I. Petrov /"],
            parties[0].Elements("p").Select(p => p.Value));
    }

    [Fact]
    public void Page_break_is_a_rule()
    {
        var root = HtmlFragmentXml.Parse(Writer.Write(Model(new Paragraph(Text("a")), new PageBreak(), new Paragraph(Text("b")))));
        Assert.Equal("page-break", (string?)root.All("hr").Single().Attribute("class"));
    }

    [Fact]
    public void Hostile_text_in_every_place_is_shown_literally()
    {
        var html = Writer.Write(Model(
            new Heading(2, Text(Hostile), Hostile),
            new Clause(Hostile, 1, Text(Hostile)),
            new Paragraph([new Inline(Hostile, Bold: true)]),
            new ListBlock(false, [Text(Hostile)]),
            new Table([new TableColumn(1)], [new TableRow([new TableCell(Text(Hostile))]), new TableRow([new TableCell(Text(Hostile))])]),
            new SignatureBlock([new SignatureParty(Hostile, Hostile, [Hostile], Hostile)])));

        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
        var root = HtmlFragmentXml.Parse(html);
        // Parsed back, the text is exactly what was given, in each of the 12 places it went.
        var texts = root.DescendantNodes().OfType<XText>().Select(t => t.Value).ToList();
        Assert.Equal(12, texts.Count(t => t.TrimStart() == Hostile));
        Assert.DoesNotContain(root.Descendants(), e => e.Name.LocalName is "img" or "script");
    }

    [Fact]
    public void Control_characters_that_xml_forbids_are_dropped_and_line_breaks_kept()
    {
        var html = Writer.Write(Model(new Paragraph(Text("a\u0001b\nc"))));
        var p = HtmlFragmentXml.Parse(html).All("p").Single();
        Assert.Equal("ab", p.Nodes().OfType<XText>().First().Value);
        Assert.Single(p.All("br"));
    }

    [Fact]
    public void Cyrillic_is_kept_as_characters_not_entities()
    {
        var html = Writer.Write(Model(new Paragraph(Text("Договор № 5 — «Исполнитель»"))));
        Assert.Contains("Договор № 5 — «Исполнитель»", html);
    }
}
