using System.Text;
using DocFlow.Templates.Model;
using Inline = DocFlow.Templates.Model.Inline;
using Markdig.Syntax.Inlines;

namespace DocFlow.Templates.Markdown;

/// <summary>Markdig inlines → styled runs. Anything that is not emphasis prints as the literal text it came from.</summary>
internal static class InlineMapper
{
    public static IReadOnlyList<Inline> Map(ContainerInline? container)
    {
        var runs = new List<Inline>();
        if (container is not null) Append(container, bold: false, italic: false, runs);
        return Merge(runs);
    }

    public static string PlainText(IEnumerable<Inline> runs) => string.Concat(runs.Select(r => r.Text));

    private static void Append(ContainerInline container, bool bold, bool italic, List<Inline> runs)
    {
        foreach (var inline in container) AppendOne(inline, bold, italic, runs);
    }

    private static void AppendOne(Markdig.Syntax.Inlines.Inline inline, bool bold, bool italic, List<Inline> runs)
    {
        switch (inline)
        {
            case EmphasisInline emphasis:
                Append(emphasis, bold || emphasis.DelimiterCount >= 2, italic || emphasis.DelimiterCount == 1, runs);
                break;
            case ContainerInline nested:
                Append(nested, bold, italic, runs);
                break;
            default:
                runs.Add(new Inline(LiteralOf(inline), bold, italic));
                break;
        }
    }

    private static string LiteralOf(Markdig.Syntax.Inlines.Inline inline) => inline switch
    {
        LiteralInline literal => literal.Content.ToString(),
        LineBreakInline => " ",
        CodeInline code => code.Content,
        HtmlEntityInline entity => entity.Original.ToString(),
        HtmlInline html => html.Tag,
        AutolinkInline link => link.Url,
        _ => string.Empty,
    };

    private static IReadOnlyList<Inline> Merge(List<Inline> runs)
    {
        var merged = new List<Inline>();
        var text = new StringBuilder();
        Inline? current = null;
        foreach (var run in runs.Where(r => r.Text.Length > 0))
        {
            if (current is not null && (current.Bold != run.Bold || current.Italic != run.Italic))
            {
                merged.Add(current with { Text = text.ToString() });
                text.Clear();
            }
            current = run;
            text.Append(run.Text);
        }
        if (current is not null) merged.Add(current with { Text = text.ToString() });
        return merged;
    }
}
