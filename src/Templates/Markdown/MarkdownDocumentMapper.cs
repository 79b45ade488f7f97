using DocFlow.Templates.Model;
using Block = DocFlow.Templates.Model.Block;
using Inline = DocFlow.Templates.Model.Inline;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace DocFlow.Templates.Markdown;

/// <summary>
/// Template output (the Markdown dialect) → document model. Front matter keys: title, subject, author, header,
/// footer, pages ("Page {0} of {1}"), numbered (true: ## sections are numbered and ordered lists are clauses).
/// </summary>
public static class MarkdownDocumentMapper
{
    public static DocumentModel Map(string markdown, string language)
    {
        var document = Markdig.Markdown.Parse(markdown, MarkdownDialect.Pipeline);
        var front = FrontMatter.Read(document.OfType<YamlFrontMatterBlock>().FirstOrDefault());
        var state = new MappingState(front.Flag("numbered"));
        var blocks = new List<Block>();
        BlockMapper.MapAll(document, state, blocks);
        return new DocumentModel(Info(front, blocks, language), blocks);
    }

    private static DocumentInfo Info(FrontMatter front, List<Block> blocks, string language)
    {
        var firstHeading = blocks.OfType<Heading>().FirstOrDefault();
        var title = front.Get("title");
        if (title.Length == 0 && firstHeading is not null) title = InlineMapper.PlainText(firstHeading.Text);
        return new DocumentInfo
        {
            Title = title,
            Subject = front.Get("subject"),
            Author = front.Get("author"),
            Language = language,
            HeaderText = front.Get("header"),
            FooterText = front.Get("footer"),
            PageNumberFormat = front.Get("pages"),
        };
    }
}
