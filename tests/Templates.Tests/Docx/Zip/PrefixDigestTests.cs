using System.Security.Cryptography;
using DocFlow.Templates.Docx;
using DocFlow.Templates.Docx.Package;
using DocFlow.Templates.Docx.Zip;
using DocFlow.Templates.Rendering;

namespace DocFlow.Templates.Tests.Docx.Zip;

/// <summary>A digest continued from the constant parts' stored state is the file's real SHA-256, and only ever that.</summary>
public sealed class PrefixDigestTests
{
    private static string Plain(byte[] data) => Convert.ToHexStringLower(SHA256.HashData(data));

    [Fact]
    public void Every_docx_with_fonts_starts_with_the_constant_parts_and_hashes_to_its_sha256()
    {
        var documents = new[] { SampleDocuments.EveryBlock(), new DocFlow.Templates.Model.DocumentModel(SampleDocuments.Info("en-GB"), []) }
            .Select(model => new DocxDocumentWriter().Write(model)).ToList();
        var prefix = RawZip.LocalSize(ConstantParts.For(embedFonts: true));

        Assert.True(prefix > 400_000, $"the constant parts are {prefix} bytes"); // the fonts: what makes the stored state worth it
        Assert.All(documents, docx => Assert.True(docx.AsSpan(0, prefix).SequenceEqual(documents[0].AsSpan(0, prefix))));
        Assert.All(documents, docx => Assert.Equal(Plain(docx), DocxDocumentWriter.Sha256(docx)));
    }

    [Fact]
    public void A_file_that_does_not_start_with_the_prefix_is_hashed_whole()
    {
        var withoutFonts = new DocxDocumentWriter { EmbedFonts = false }.Write(SampleDocuments.EveryBlock());
        var withFonts = new DocxDocumentWriter().Write(SampleDocuments.EveryBlock());
        var changedInPrefix = (byte[])withFonts.Clone();
        changedInPrefix[1000] ^= 0xFF;

        Assert.Equal(Plain(withoutFonts), DocxDocumentWriter.Sha256(withoutFonts));
        Assert.Equal(Plain(changedInPrefix), DocxDocumentWriter.Sha256(changedInPrefix));
        Assert.NotEqual(DocxDocumentWriter.Sha256(withFonts), DocxDocumentWriter.Sha256(changedInPrefix));
        Assert.Equal(Plain([]), DocxDocumentWriter.Sha256([]));
    }

    [Fact]
    public void The_stored_state_is_never_advanced_by_a_digest_even_from_many_threads()
    {
        var digest = new PrefixDigest([1, 2, 3]);
        var inputs = Enumerable.Range(0, 64).Select(i => new byte[] { 1, 2, 3, (byte)i, (byte)(i * 7) }).ToArray();

        var results = new string[inputs.Length];
        Parallel.For(0, inputs.Length, i => results[i] = digest.Sha256(inputs[i]));

        Assert.Equal(inputs.Select(Plain), results);
        Assert.Equal(Plain([1, 2, 3]), digest.Sha256([1, 2, 3]));
    }

    [Fact]
    public void A_rendered_document_reports_the_sha256_of_its_content_in_both_formats()
    {
        var renderer = new DocumentRenderer();
        var context = DocFlow.Templates.Tests.Support.SampleDocuments.Context();
        foreach (var format in new[] { DocFlow.Templates.Rendering.DocumentFormat.Pdf, DocFlow.Templates.Rendering.DocumentFormat.Docx })
        {
            var document = renderer.Render(context, DocumentKind.Contract, format);
            Assert.Equal(Plain(document.Content), document.Sha256());
        }
    }
}
