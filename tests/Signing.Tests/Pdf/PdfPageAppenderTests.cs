using DocFlow.Signing.Pdf.Appending;
using DocFlow.Signing.Pdf.Sealing;
using DocFlow.Signing.Pdf.Verification;
using UglyToad.PdfPig;

namespace DocFlow.Signing.Tests.Pdf;

public sealed class PdfPageAppenderTests(SealCertificateFixture fixture) : IClassFixture<SealCertificateFixture>
{
    private static readonly byte[] Document = SamplePdfs.Document("Договор об оказании услуг", "Приложение 1");
    private static readonly byte[] CertificatePage = SamplePdfs.Document("Сертификат завершения");

    [Fact]
    public void Certificate_page_becomes_the_last_page()
    {
        using var merged = PdfDocument.Open(PdfPageAppender.Append(Document, CertificatePage));

        Assert.Equal(3, merged.NumberOfPages);
        Assert.Contains("Договор", merged.GetPage(1).Text);
        Assert.Contains("Приложение", merged.GetPage(2).Text);
        Assert.Contains("Сертификат", merged.GetPage(3).Text);
    }

    [Fact]
    public void Fonts_stay_embedded_and_text_extractable()
    {
        var merged = PdfPageAppender.Append(Document, CertificatePage);

        var text = PopplerTools.PdfToText(merged);
        Assert.Contains("Договор об оказании услуг", text);
        Assert.Contains("Сертификат завершения", text);
        var lines = PopplerTools.Run("pdffonts", merged).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var embColumn = lines[0].IndexOf("emb", StringComparison.Ordinal);
        var fonts = lines.Skip(2).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Matches("^[A-Z]{6}\\+PT(Serif|Sans)-", f));
        Assert.All(fonts, f => Assert.Equal("yes", f.Substring(embColumn, 3)));
    }

    [Fact]
    public void Merged_file_passes_qpdf_check()
    {
        var (code, output) = PopplerTools.QpdfCheck(PdfPageAppender.Append(Document, CertificatePage));

        Assert.True(code == 0, output);
    }

    [Fact]
    public void Merged_then_sealed_is_valid_with_the_seal_on_the_certificate_page()
    {
        var info = new SealInfo { Name = "DocFlow", SigningTime = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero) };

        var sealedPdf = PdfSealer.Seal(PdfPageAppender.Append(Document, CertificatePage), fixture.Certificate, info);

        Assert.Contains("Signature Validation: Signature is Valid.", PopplerTools.PdfSig(sealedPdf));
        Assert.True(PdfSealVerifier.Verify(sealedPdf).IsAccepted);
        using var document = PdfDocument.Open(sealedPdf);
        Assert.Contains(document.GetPage(3).GetAnnotations(), a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Widget);
    }
}
