using DocFlow.Templates.Docx;
using DocFlow.Templates.Model;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DocFlow.Templates.Tests.Docx;

/// <summary>
/// The writer writes each document's parts as XML itself, not through the SDK's element tree: what it writes must read
/// back as typed, markup characters included, and the same model must give the same file.
/// </summary>
public class DocxXmlTests
{
    [Fact]
    public void The_same_model_gives_the_same_bytes()
    {
        Assert.Equal(new DocxDocumentWriter().Write(SampleDocuments.EveryBlock()), new DocxDocumentWriter().Write(SampleDocuments.EveryBlock()));
    }

    [Fact]
    public void Markup_characters_read_back_as_typed_in_text_and_in_attributes()
    {
        const string hostile = "a < b > c & d \"q\" 'apos'";
        var model = new DocumentModel(SampleDocuments.Info("x-\"&<>") with { HeaderText = hostile },
            [new Heading(2, [new(hostile)], "1."), new Model.Paragraph([new(hostile, Bold: true)])]);

        var bytes = new DocxDocumentWriter().Write(model);
        using var package = DocxPackage.Open(bytes);
        var main = package.MainDocumentPart!;

        Assert.Equal([hostile, hostile], main.Document.Body!.Elements<W.Paragraph>().Take(2).Select(p => p.InnerText));
        Assert.Equal(hostile, main.HeaderParts.Single().Header.InnerText);
        Assert.Equal("x-\"&<>", main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!.Val!.Value);
        Assert.Equal("x-\"&<>", package.PackageProperties.Language);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(package));
    }
}
