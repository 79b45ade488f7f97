using DocFlow.Templates.Docx;
using DocFlow.Templates.Model;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DocFlow.Templates.Tests.Docx;

public class DocxNumberingTests
{
    [Fact]
    public void Clause_list_defines_section_and_clause_level_texts()
    {
        using var package = DocxPackage.Open(new DocxDocumentWriter().Write(SampleDocuments.EveryBlock()));
        var numbering = package.MainDocumentPart!.NumberingDefinitionsPart!.Numbering;
        var clauses = ClauseAbstract(numbering, package);

        var texts = clauses.Elements<Level>().ToDictionary(l => l.LevelIndex!.Value, l => l.LevelText!.Val!.Value);
        Assert.Equal("%1.", texts[0]);
        Assert.Equal("%1.%2.", texts[1]);
        Assert.Equal("%1.%2.%3.", texts[2]);
    }

    [Fact]
    public void Section_headings_and_clauses_reference_the_same_list_at_the_right_level()
    {
        using var package = DocxPackage.Open(new DocxDocumentWriter().Write(SampleDocuments.EveryBlock()));
        var paragraphs = package.MainDocumentPart!.Document.Body!.Elements<W.Paragraph>().ToList();

        var section = Numbering(paragraphs, "Предмет договора");
        var clause = Numbering(paragraphs, "Исполнитель обязуется выполнить работы.");
        var subClause = Numbering(paragraphs, "анализ требований;");
        Assert.Equal(0, section.Level);
        Assert.Equal(1, clause.Level);
        Assert.Equal(2, subClause.Level);
        Assert.Equal(section.Id, clause.Id);
        Assert.Equal(section.Id, subClause.Id);
    }

    [Fact]
    public void Simulated_word_counters_reproduce_every_model_number()
    {
        var model = SampleDocuments.EveryBlock();
        using var package = DocxPackage.Open(new DocxDocumentWriter().Write(model));
        var numbering = package.MainDocumentPart!.NumberingDefinitionsPart!.Numbering;
        var clausesId = ClauseNumId(numbering, package);
        var levelTexts = ClauseAbstract(numbering, package).Elements<Level>().ToDictionary(l => l.LevelIndex!.Value, l => l.LevelText!.Val!.Value);

        var counters = new int[9];
        var produced = new List<string>();
        foreach (var p in package.MainDocumentPart.Document.Body!.Elements<W.Paragraph>())
        {
            var numPr = p.ParagraphProperties?.NumberingProperties;
            if (numPr?.NumberingId?.Val?.Value != clausesId) continue;
            var level = numPr.NumberingLevelReference!.Val!.Value;
            counters[level]++;
            Array.Clear(counters, level + 1, counters.Length - level - 1);
            var text = levelTexts[level];
            for (var i = 0; i <= level; i++) text = text.Replace($"%{i + 1}", counters[i].ToString());
            produced.Add(text);
        }

        Assert.Equal(["1.", "1.1.", "1.2.", "1.2.1.", "1.2.2.", "2.", "2.1."], produced);
    }

    [Fact]
    public void A_number_word_would_not_produce_is_written_literally_instead()
    {
        var model = new DocumentModel(SampleDocuments.Info(),
        [
            new Heading(2, [new("Section")], "1."),
            new Clause("1.1.", 1, [new("first")]),
            new Clause("1.5.", 1, [new("skipped ahead")]),
        ]);

        using var package = DocxPackage.Open(new DocxDocumentWriter().Write(model));
        var paragraphs = package.MainDocumentPart!.Document.Body!.Elements<W.Paragraph>().ToList();
        var literal = paragraphs.Single(p => p.InnerText.EndsWith("skipped ahead"));

        Assert.Null(literal.ParagraphProperties!.NumberingProperties);
        Assert.StartsWith("1.5.", literal.InnerText);
        Assert.NotNull(paragraphs.Single(p => p.InnerText == "first").ParagraphProperties!.NumberingProperties);
    }

    [Fact]
    public void Each_ordered_list_restarts_and_bullets_use_a_bullet_level()
    {
        using var package = DocxPackage.Open(new DocxDocumentWriter().Write(SampleDocuments.EveryBlock()));
        var main = package.MainDocumentPart!;
        var paragraphs = main.Document.Body!.Elements<W.Paragraph>().ToList();
        var first = Numbering(paragraphs, "аванс").Id;
        var second = Numbering(paragraphs, "снова с единицы").Id;
        var bullet = Numbering(paragraphs, "первый пункт").Id;

        Assert.NotEqual(first, second);
        var numbering = main.NumberingDefinitionsPart!.Numbering;
        var instance = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == second);
        Assert.Equal(1, instance.Elements<LevelOverride>().Single().StartOverrideNumberingValue!.Val!.Value);
        Assert.Equal("%1)", AbstractOf(numbering, first).Elements<Level>().Single().LevelText!.Val!.Value);
        Assert.Equal(NumberFormatValues.Bullet, AbstractOf(numbering, bullet).Elements<Level>().Single().NumberingFormat!.Val!.Value);
    }

    private static (int Id, int Level) Numbering(List<W.Paragraph> paragraphs, string text)
    {
        var numPr = paragraphs.Single(p => p.InnerText == text).ParagraphProperties!.NumberingProperties!;
        return (numPr.NumberingId!.Val!.Value, numPr.NumberingLevelReference!.Val!.Value);
    }

    private static int ClauseNumId(W.Numbering numbering, DocumentFormat.OpenXml.Packaging.WordprocessingDocument package)
    {
        var section = package.MainDocumentPart!.Document.Body!.Elements<W.Paragraph>().First(p => p.InnerText == "Предмет договора");
        return section.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
    }

    private static AbstractNum ClauseAbstract(W.Numbering numbering, DocumentFormat.OpenXml.Packaging.WordprocessingDocument package) =>
        AbstractOf(numbering, ClauseNumId(numbering, package));

    private static AbstractNum AbstractOf(W.Numbering numbering, int numId)
    {
        var abstractId = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == numId).AbstractNumId!.Val!.Value;
        return numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == abstractId);
    }
}
