using DocFlow.Templates.Docx.Runs;
using DocFlow.Templates.Model;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DocFlow.Templates.Docx.Blocks;

/// <summary>The few paragraph shapes the renderers need: styled, numbered, and with a literal number.</summary>
public static class ParagraphFactory
{
    public static W.Paragraph Styled(string styleId, IReadOnlyList<Inline> text, bool forceBold = false)
    {
        var paragraph = new W.Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } });
        paragraph.Append(RunBuilder.Runs(text, forceBold));
        return paragraph;
    }

    public static W.Paragraph Styled(string styleId, string text, bool bold = false) =>
        Styled(styleId, [new Inline(text, bold)]);

    public static W.Paragraph Numbered(string styleId, int numberingId, int level, IReadOnlyList<Inline> text)
    {
        var paragraph = Styled(styleId, text);
        paragraph.ParagraphProperties!.NumberingProperties = new NumberingProperties(
            new NumberingLevelReference { Val = level },
            new NumberingId { Val = numberingId });
        return paragraph;
    }

    /// <summary>A number typed out (model and Word's list disagree) but laid out exactly like a list number.</summary>
    public static W.Paragraph LiterallyNumbered(string styleId, string number, int left, int hanging, IReadOnlyList<Inline> text, bool boldNumber)
    {
        var paragraph = new W.Paragraph(new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = styleId },
            Tabs = new Tabs(new TabStop { Val = TabStopValues.Left, Position = left }),
            Indentation = new Indentation { Left = left.ToString(), Hanging = hanging.ToString() },
        });
        if (number.Length > 0) paragraph.Append(RunBuilder.Run(number + "\t", boldNumber));
        paragraph.Append(RunBuilder.Runs(text));
        return paragraph;
    }

    public static JustificationValues Justification(TextAlign align) => align switch
    {
        TextAlign.Left => JustificationValues.Left,
        TextAlign.Center => JustificationValues.Center,
        TextAlign.Right => JustificationValues.Right,
        _ => JustificationValues.Both,
    };
}
