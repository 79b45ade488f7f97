using SkiaSharp;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace DocFlow.Signing.Tests.Pdf;

/// <summary>Small PDFs from the writers our files come from: Skia (the document writer) and PdfPig (the merger).</summary>
internal static class SamplePdfs
{
    public static byte[] Skia(params string[] pageTexts)
    {
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output))
        using (var typeface = SKTypeface.FromFile(Path.Combine(AppContext.BaseDirectory, "Fonts", "PTSerif.ttf")))
        using (var font = new SKFont(typeface, 14))
        using (var paint = new SKPaint { Color = SKColors.Black })
        {
            foreach (var text in pageTexts)
            {
                var canvas = document.BeginPage(595, 842);
                canvas.DrawText(text, 72, 100, SKTextAlign.Left, font, paint);
                document.EndPage();
            }
            document.Close();
        }
        return output.ToArray();
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
