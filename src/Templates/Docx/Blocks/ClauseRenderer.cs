using DocFlow.Templates.Docx.Numbering;
using DocFlow.Templates.Docx.Styles;
using DocFlow.Templates.Model;

namespace DocFlow.Templates.Docx.Blocks;

/// <summary>A clause is a paragraph of the clause list at ilvl = Level ("2.1." → 1, "2.1.3." → 2).</summary>
internal static class ClauseRenderer
{
    public static void Render(Clause clause, DocxRenderContext context)
    {
        var level = Math.Clamp(clause.Level, 1, NumberingIds.MaxLevel);
        var style = level == 1 ? StyleIds.ClauseLevel1 : StyleIds.ClauseLevel2;
        if (string.IsNullOrWhiteSpace(clause.Number))
        {
            ParagraphFactory.LiterallyNumbered(context.Body, style, "", NumberingLayout.Left(level), 0, clause.Text, boldNumber: false);
        }
        else if (context.Counters.TryAdvance(level, clause.Number))
        {
            ParagraphFactory.Numbered(context.Body, style, NumberingIds.Clauses, level, clause.Text);
        }
        else
        {
            ParagraphFactory.LiterallyNumbered(context.Body, style, clause.Number, NumberingLayout.Left(level), NumberingLayout.Hanging(level), clause.Text, boldNumber: false);
        }
    }
}
