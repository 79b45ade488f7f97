using Markdig;

namespace DocFlow.Templates.Markdown;

/// <summary>
/// The Markdown the templates produce (documented for template editors in Text/README.md): CommonMark without raw
/// HTML, plus pipe tables, ::: containers and a front matter block of running texts.
/// </summary>
public static class MarkdownDialect
{
    /// <summary>Immutable once built, so one instance is shared by every renderer.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseCustomContainers()
        .UseYamlFrontMatter()
        .DisableHtml()
        .Build();
}
