using DocFlow.Templates.Model;
using Block = DocFlow.Templates.Model.Block;
using Inline = DocFlow.Templates.Model.Inline;
using Markdig.Syntax;
using MdListBlock = Markdig.Syntax.ListBlock;

namespace DocFlow.Templates.Markdown;

/// <summary>
/// Inside "::: signatures", each party is: a heading (its caption), a paragraph (its legal name), a bulleted list
/// (its details) and a last paragraph (the line to sign on).
/// </summary>
internal static class SignatureMapper
{
    public static void Map(ContainerBlock container, List<Block> output)
    {
        var parties = new List<SignatureParty>();
        PartyDraft? draft = null;
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    if (draft is not null) parties.Add(draft.Build());
                    draft = new PartyDraft(Text(heading.Inline));
                    break;
                case ParagraphBlock paragraph when draft is not null:
                    draft.AddParagraph(Text(paragraph.Inline));
                    break;
                case MdListBlock list when draft is not null:
                    draft.Details.AddRange(list.OfType<ListItemBlock>().Select(ItemText).Where(t => t.Length > 0));
                    break;
            }
        }
        if (draft is not null) parties.Add(draft.Build());
        if (parties.Count > 0) output.Add(new SignatureBlock(parties));
    }

    private static string Text(Markdig.Syntax.Inlines.ContainerInline? inline) =>
        InlineMapper.PlainText(InlineMapper.Map(inline));

    private static string ItemText(ListItemBlock item) =>
        string.Join(" ", item.OfType<ParagraphBlock>().Select(p => Text(p.Inline)));

    private sealed class PartyDraft(string caption)
    {
        private string? _name;
        private string _signerLine = string.Empty;
        public List<string> Details { get; } = [];

        public void AddParagraph(string text)
        {
            if (_name is null) _name = text;
            else _signerLine = text;
        }

        public SignatureParty Build() => new(caption, _name ?? string.Empty, Details, _signerLine);
    }
}
