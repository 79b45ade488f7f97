using System.Globalization;
using DocFlow.Agreements.Model;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;
using Wordprocessing = DocumentFormat.OpenXml.Wordprocessing;

namespace DocFlow.Templates.Tests.Documents;

/// <summary>What a reader gets out of the rendered bytes: PDF text per page (PdfPig), DOCX paragraph text.</summary>
public static class DocumentText
{
    /// <summary>Each page's text with all whitespace removed: line breaks and justification gaps do not matter.</summary>
    public static IReadOnlyList<string> PdfPages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => Squeeze(p.Text)).ToList();
    }

    public static string Pdf(byte[] pdf) => string.Concat(PdfPages(pdf));

    /// <summary>The words of each page as PdfPig separates them.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> PdfWords(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => (IReadOnlyList<string>)p.GetWords().Select(w => w.Text).ToList()).ToList();
    }

    /// <summary>The body paragraphs of document.xml (tables included), one string each.</summary>
    public static IReadOnlyList<string> DocxParagraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return document.MainDocumentPart!.Document.Body!.Descendants<Wordprocessing.Paragraph>().Select(Text).ToList();
    }

    public static string Docx(byte[] docx) => Squeeze(string.Concat(DocxParagraphs(docx)));

    public static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>
    /// An amount as each locale prints it, written independently of MoneyFormat: ru/uk "1 234,50", en "1,234.50".
    /// Group separators are whitespace in ru/uk, so the squeezed form is compared.
    /// </summary>
    public static string Money(decimal amount, Locale locale)
    {
        var text = amount.ToString("#,0.00", CultureInfo.InvariantCulture);
        return locale == Locale.En ? text : text.Replace(",", "").Replace('.', ',');
    }

    /// <summary>Paragraph text with tabs and breaks as spaces (InnerText would glue the words around them).</summary>
    private static string Text(Wordprocessing.Paragraph paragraph) => string.Concat(paragraph.Descendants().Select(e => e switch
    {
        Wordprocessing.Text t => t.Text,
        Wordprocessing.TabChar or Wordprocessing.Break => " ",
        _ => "",
    })) + " ";
}
