using System.Text;
using DocFlow.Signing.Pdf.Sealing;
using DocFlow.Signing.Pdf.Verification;

namespace DocFlow.Signing.Tests.Pdf;

public sealed class PdfSealerTests(SealCertificateFixture fixture) : IClassFixture<SealCertificateFixture>
{
    private const string ValidLine = "Signature Validation: Signature is Valid.";

    private static readonly SealInfo Info = new()
    {
        Name = "DocFlow",
        SigningTime = new DateTimeOffset(2025, 3, 14, 15, 9, 26, TimeSpan.FromHours(3)),
        Reason = "Подписано всеми сторонами",
        Location = "DocFlow platform",
        ContactInfo = "seal@docflow.example",
        EnvelopeId = "env_01JABCDEF",
    };

    private byte[] Seal(byte[] pdf) => PdfSealer.Seal(pdf, fixture.Certificate, Info);

    [Fact]
    public void Document_pdf_sealed_is_valid_for_pdfsig()
    {
        var output = PopplerTools.PdfSig(Seal(SamplePdfs.Document("Договор № 1", "Page two")));

        Assert.Contains(ValidLine, output);
        Assert.Contains("ETSI.CAdES.detached", output);
        Assert.Contains("Total document signed", output);
    }

    [Fact]
    public void Sealed_file_keeps_the_original_bytes_as_its_prefix()
    {
        var original = SamplePdfs.Document("Prefix");

        var sealedPdf = Seal(original);

        Assert.True(sealedPdf.AsSpan(0, original.Length).SequenceEqual(original));
    }

    [Fact]
    public void Qpdf_finds_no_errors_in_the_sealed_file()
    {
        var (code, output) = PopplerTools.QpdfCheck(Seal(SamplePdfs.Document("Checked")));

        Assert.True(code == 0, output);
        Assert.Contains("No syntax or stream encoding errors", output);
    }

    [Fact]
    public void Text_is_still_extractable_after_sealing()
    {
        var text = PopplerTools.PdfToText(Seal(SamplePdfs.Document("Акт сдачи-приёмки", "Second page")));

        Assert.Contains("Акт сдачи-приёмки", text);
        Assert.Contains("Second page", text);
    }

    [Fact]
    public void One_changed_byte_makes_pdfsig_and_the_verifier_report_invalid()
    {
        var sealedPdf = Seal(SamplePdfs.Document("Tamper with me"));
        var tampered = (byte[])sealedPdf.Clone();
        // A byte of the page's compressed content: the structure still parses, only the digest changes.
        var streamData = Encoding.Latin1.GetString(tampered).IndexOf("stream\n", StringComparison.Ordinal) + 7;
        tampered[streamData + 5] ^= 0x01;

        Assert.DoesNotContain(ValidLine, PopplerTools.PdfSig(tampered));
        var result = PdfSealVerifier.Verify(tampered);
        Assert.True(result.IsSealed);
        Assert.False(result.IsValid);
        Assert.False(result.IsAccepted);
        Assert.Contains(result.Problems, p => p.Contains("digest", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Sealing_twice_leaves_both_seals_valid()
    {
        var twice = Seal(Seal(SamplePdfs.Document("Twice")));

        var output = PopplerTools.PdfSig(twice);
        Assert.Contains("Signature #2", output);
        Assert.Equal(2, CountOf(output, ValidLine));
        Assert.Equal(0, PopplerTools.QpdfCheck(twice).ExitCode);
        var result = PdfSealVerifier.Verify(twice);
        Assert.Equal(2, result.SealCount);
        Assert.True(result.IsAccepted, string.Join("; ", result.Problems));
    }

    [Fact]
    public void PdfPig_built_pdf_sealed_is_valid()
    {
        var sealedPdf = Seal(SamplePdfs.PdfPig("Built by PdfPig"));

        Assert.Contains(ValidLine, PopplerTools.PdfSig(sealedPdf));
        Assert.Equal(0, PopplerTools.QpdfCheck(sealedPdf).ExitCode);
        Assert.True(PdfSealVerifier.Verify(sealedPdf).IsAccepted);
    }

    [Fact]
    public void Pdf_with_xref_stream_and_object_streams_sealed_is_valid()
    {
        var compressed = SamplePdfs.WithXrefStream(SamplePdfs.Document("Object streams", "Two"));
        Assert.Contains("/XRef", Encoding.Latin1.GetString(compressed));

        var sealedPdf = Seal(compressed);

        Assert.Contains(ValidLine, PopplerTools.PdfSig(sealedPdf));
        var (code, output) = PopplerTools.QpdfCheck(sealedPdf);
        Assert.True(code == 0, output);
        Assert.True(PdfSealVerifier.Verify(sealedPdf).IsAccepted);
        Assert.Contains("Two", PopplerTools.PdfToText(sealedPdf));
    }

    [Fact]
    public void Seal_stays_on_the_last_page_and_page_count_is_unchanged()
    {
        var sealedPdf = Seal(SamplePdfs.Document("One", "Two", "Three"));

        using var document = UglyToad.PdfPig.PdfDocument.Open(sealedPdf);
        Assert.Equal(3, document.NumberOfPages);
        Assert.Contains("Three", document.GetPage(3).Text);
        Assert.Contains(document.GetPage(3).GetAnnotations(), a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Widget);
        Assert.DoesNotContain(document.GetPage(1).GetAnnotations(), a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Widget);
    }

    [Fact]
    public void Certificate_without_private_key_is_refused()
    {
        using var publicOnly = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(fixture.Certificate.RawData);

        Assert.Throws<ArgumentException>(() => PdfSealer.Seal(SamplePdfs.Document("x"), publicOnly, Info));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
