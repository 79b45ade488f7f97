using DocFlow.Templates.Markdown;
using DocFlow.Templates.Model;
using DocFlow.Templates.Tests.Support;

namespace DocFlow.Templates.Tests.Building;

public sealed class MarkdownDocumentMapperTests
{
    private const string Numbered = "---\nnumbered: true\ntitle: T\nfooter: F \\| x\npages: Page {0} of {1}\n---\n";

    [Fact]
    public void Sections_and_clauses_are_numbered_1_then_1_1_then_1_1_1()
    {
        var model = MarkdownDocumentMapper.Map(Numbered + "# Title\n\n## First\n\n1. a\n1. b\n   1. b-one\n   1. b-two\n\n## Second\n\n1. c\n", "en-GB");

        var numbers = model.Blocks.Select(b => b switch { Heading h => h.Number, Clause c => c.Number, _ => null }).ToList();
        Assert.Equal([null, "1.", "1.1.", "1.2.", "1.2.1.", "1.2.2.", "2.", "2.1."], numbers);
        Assert.Equal(2, model.Blocks.OfType<Clause>().Single(c => c.Number == "1.2.1.").Level);
    }

    [Fact]
    public void Clause_numbers_continue_across_lists_of_one_section()
    {
        var model = MarkdownDocumentMapper.Map(Numbered + "## S\n\n1. a\n\nText between.\n\n1. b\n", "en-GB");

        Assert.Equal(["1.1.", "1.2."], model.Blocks.OfType<Clause>().Select(c => c.Number));
    }

    [Fact]
    public void Without_the_numbered_flag_ordered_lists_stay_lists()
    {
        var model = MarkdownDocumentMapper.Map("## S\n\n1. a\n1. b\n", "en-GB");

        var list = Assert.IsType<ListBlock>(model.Blocks[1]);
        Assert.True(list.Ordered);
        Assert.Null(Assert.IsType<Heading>(model.Blocks[0]).Number);
    }

    [Fact]
    public void Front_matter_fills_the_document_info_with_escapes_removed()
    {
        var model = MarkdownDocumentMapper.Map(Numbered + "# T\n", "en-GB");

        Assert.Equal("F | x", model.Info.FooterText);
        Assert.Equal("Page {0} of {1}", model.Info.PageNumberFormat);
        Assert.Equal("en-GB", model.Info.Language);
    }

    [Fact]
    public void Pipe_tables_keep_alignment_weights_header_and_emphasis_rows()
    {
        var markdown = "::: columns 1 3\n| A | B |\n|:-:|--:|\n| 1 | 2 |\n| **Total** | **3** |\n:::\n";

        var table = Assert.IsType<Table>(MarkdownDocumentMapper.Map(markdown, "en-GB").Blocks.Single());

        Assert.Equal([TextAlign.Center, TextAlign.Right], table.Columns.Select(c => c.Align));
        Assert.Equal([1f, 3f], table.Columns.Select(c => c.Weight));
        Assert.Equal(1, table.HeaderRows);
        Assert.Equal([false, false, true], table.Rows.Select(r => r.Emphasis));
        Assert.Equal("3", ModelText.Runs(table.Rows[2].Cells[1].Text));
    }

    [Fact]
    public void Signature_container_gives_caption_name_details_and_signer_line()
    {
        var markdown = "::: signatures\n#### Contractor\n**ACME Ltd**\n\n- Address: 1 Road\n- Tax ID: 42\n\nDirector ___ / J. Smith /\n\n#### Client\n**Beta**\n\nCEO ___ / A /\n:::\n";

        var block = Assert.IsType<SignatureBlock>(MarkdownDocumentMapper.Map(markdown, "en-GB").Blocks.Single());

        var contractor = block.Parties[0];
        Assert.Equal(("Contractor", "ACME Ltd", "Director ___ / J. Smith /"), (contractor.Caption, contractor.Name, contractor.SignerLine));
        Assert.Equal(["Address: 1 Road", "Tax ID: 42"], contractor.Details);
        Assert.Equal("Beta", block.Parties[1].Name);
    }

    [Fact]
    public void Page_break_alignment_and_styles_map_to_the_model()
    {
        var markdown = "::: center\nMiddle **bold** and *italic*\n:::\n\n::: page-break\n:::\n\nAfter";

        var blocks = MarkdownDocumentMapper.Map(markdown, "en-GB").Blocks;

        var centred = Assert.IsType<Paragraph>(blocks[0]);
        Assert.Equal(TextAlign.Center, centred.Align);
        Assert.Equal([new Inline("Middle "), new Inline("bold", Bold: true), new Inline(" and "), new Inline("italic", Italic: true)], centred.Text);
        Assert.IsType<PageBreak>(blocks[1]);
        Assert.Equal(TextAlign.Justify, Assert.IsType<Paragraph>(blocks[2]).Align);
    }

    [Fact]
    public void Raw_html_in_a_template_prints_as_text()
    {
        var model = MarkdownDocumentMapper.Map("Before <b>bold</b> after", "en-GB");

        Assert.Equal("Before <b>bold</b> after", ModelText.Of(model));
    }

    [Fact]
    public void Numbered_document_without_sections_numbers_clauses_1_2_3()
    {
        var model = MarkdownDocumentMapper.Map("---\nnumbered: true\n---\n# Act\n\n1. a\n\n| x |\n|---|\n| y |\n\n1. b\n   1. b-one\n", "en-GB");

        Assert.Equal(["1.", "2.", "2.1."], model.Blocks.OfType<Clause>().Select(c => c.Number));
    }
}
