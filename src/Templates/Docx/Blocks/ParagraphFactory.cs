using DocFlow.Templates.Docx.Runs;
using DocFlow.Templates.Model;

namespace DocFlow.Templates.Docx.Blocks;

/// <summary>The few paragraph shapes the renderers need: styled, numbered, and with a literal number.</summary>
internal static class ParagraphFactory
{
    public static void Styled(BodyWriter body, ParagraphFormat format, IReadOnlyList<Inline> text, bool forceBold = false)
    {
        body.StartParagraph(format);
        RunBuilder.Runs(body.Xml, text, forceBold);
        body.Xml.End();
    }

    public static void Styled(BodyWriter body, string styleId, IReadOnlyList<Inline> text, bool forceBold = false) =>
        Styled(body, new ParagraphFormat(styleId), text, forceBold);

    public static void Styled(BodyWriter body, ParagraphFormat format, string text, bool bold = false) =>
        Styled(body, format, [new Inline(text, bold)]);

    public static void Numbered(BodyWriter body, string styleId, int numberingId, int level, IReadOnlyList<Inline> text) =>
        Styled(body, new ParagraphFormat(styleId) { Numbering = (numberingId, level) }, text);

    /// <summary>A number typed out (model and Word's list disagree) but laid out exactly like a list number.</summary>
    public static void LiterallyNumbered(BodyWriter body, string styleId, string number, int left, int hanging, IReadOnlyList<Inline> text, bool boldNumber)
    {
        body.StartParagraph(new ParagraphFormat(styleId) { LeftTab = left, Indentation = (left, hanging) });
        if (number.Length > 0) RunBuilder.Run(body.Xml, number + "\t", boldNumber);
        RunBuilder.Runs(body.Xml, text);
        body.Xml.End();
    }

    public static string Justification(TextAlign align) => align switch
    {
        TextAlign.Left => "left",
        TextAlign.Center => "center",
        TextAlign.Right => "right",
        _ => "both",
    };
}
