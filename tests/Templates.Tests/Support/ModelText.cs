using DocFlow.Templates.Model;

namespace DocFlow.Templates.Tests.Support;

/// <summary>The words of a document model, for asserting what a document says.</summary>
public static class ModelText
{
    public static string Of(DocumentModel model) => string.Join("\n", model.Blocks.Select(Of));

    public static string Of(Block block) => block switch
    {
        Heading h => (h.Number is null ? "" : h.Number + " ") + Runs(h.Text),
        Paragraph p => Runs(p.Text),
        Clause c => c.Number + " " + Runs(c.Text),
        ListBlock l => string.Join("\n", l.Items.Select(Runs)),
        Table t => string.Join("\n", t.Rows.Select(r => string.Join(" | ", r.Cells.Select(c => Runs(c.Text))))),
        SignatureBlock s => string.Join("\n", s.Parties.Select(p => string.Join("\n", [p.Caption, p.Name, .. p.Details, p.SignerLine]))),
        _ => string.Empty,
    };

    public static string Runs(IEnumerable<Inline> runs) => string.Concat(runs.Select(r => r.Text));
}
