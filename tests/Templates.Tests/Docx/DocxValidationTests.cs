using DocFlow.Templates.Docx;
using DocFlow.Templates.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;

namespace DocFlow.Templates.Tests.Docx;

public class DocxValidationTests
{
    [Theory]
    [InlineData(FileFormatVersions.Office2019)]
    [InlineData(FileFormatVersions.Microsoft365)]
    public void Document_with_every_block_type_has_no_validation_errors(FileFormatVersions version)
    {
        var bytes = new DocxDocumentWriter().Write(SampleDocuments.EveryBlock());

        using var package = DocxPackage.Open(bytes);
        var errors = new OpenXmlValidator(version).Validate(package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Empty_and_degenerate_blocks_still_validate()
    {
        var model = new DocumentModel(SampleDocuments.Info() with { PageNumberFormat = "", HeaderText = "" },
        [
            new PageBreak(),
            new Table([new TableColumn(1)], [new TableRow([new TableCell([new("a")], ColumnSpan: 5), new TableCell([new("dropped")])])]),
            new Table([new TableColumn(0), new TableColumn(0)], [new TableRow([])]),
            new ListBlock(true, []),
            new SignatureBlock([new SignatureParty("Only", "One", [], "____")]),
            new Clause("", 1, [new("unnumbered clause")]),
            new Clause("7.", 9, [new("too deep")]),
            new PageBreak(),
        ]);

        using var package = DocxPackage.Open(new DocxDocumentWriter().Write(model));
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package).Select(e => e.Description).ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
