using DocFlow.Templates.Model;
using DocFlow.Templates.Pdf;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace DocFlow.Signing.Tests.Pdf;

/// <summary>Small PDFs from the writers our files come from: DocFlow's document writer and PdfPig (the merger).</summary>
internal static class SamplePdfs
{
    /// <summary>One page per text, written by the writer that makes every document DocFlow seals.</summary>
    public static byte[] Document(params string[] pageTexts)
    {
        var blocks = pageTexts.SelectMany((text, i) => i == 0
            ? new Block[] { new Paragraph([new Inline(text)], TextAlign.Left) }
            : [new PageBreak(), new Paragraph([new Inline(text)], TextAlign.Left)]).ToList();
        var info = new DocumentInfo
        {
            Title = pageTexts[0], Subject = "Seal test", Author = "DocFlow tests", Language = "ru-RU",
            HeaderText = "", FooterText = "", PageNumberFormat = "{0} / {1}",
        };
        using var writer = new PdfDocumentWriter();
        return writer.Write(new DocumentModel(info, blocks));
    }

    public static byte[] PdfPig(string text)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        page.AddText(text, 14, new UglyToad.PdfPig.Core.PdfPoint(72, 700), font);
        return builder.Build();
    }

    /// <summary>The same PDF rewritten by qpdf with an xref stream and object streams (as Acrobat or iText write).</summary>
    public static byte[] WithXrefStream(byte[] pdf) =>
        PopplerTools.Transform("qpdf", "--object-streams=generate", pdf);
}
