using System.Text;
using System.Text.RegularExpressions;
using DocFlow.Templates.Pdf;
using DocFlow.Templates.Pdf.Output;
using static DocFlow.Templates.Tests.Pdf.PdfModels;

namespace DocFlow.Templates.Tests.Pdf.Output;

public sealed class PdfFileTests
{
    [Fact]
    public void Every_cross_reference_entry_points_at_its_object()
    {
        using var writer = new PdfDocumentWriter();
        var pdf = writer.Write(Contract());
        var text = Encoding.Latin1.GetString(pdf);

        var startXref = int.Parse(Regex.Match(text, @"startxref\n(\d+)\n%%EOF\n$").Groups[1].Value);
        Assert.StartsWith("xref\n0 ", text[startXref..]);
        var entries = Regex.Matches(text[startXref..], @"^(\d{10}) 00000 n $", RegexOptions.Multiline).Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.True(entries.Count > 10);
        for (var i = 0; i < entries.Count; i++)
            Assert.StartsWith($"{i + 1} 0 obj\n", text[entries[i]..]);
        Assert.Contains($"/Size {entries.Count + 1}/", text[startXref..]);
    }

    [Fact]
    public void The_header_says_pdf_and_marks_the_file_binary()
    {
        using var writer = new PdfDocumentWriter();
        var pdf = writer.Write(Document(Para("x")));
        Assert.Equal("%PDF-1.4\n%"u8.ToArray(), pdf[..10]);
        Assert.All(pdf[10..14], b => Assert.True(b > 127));
    }

    [Fact]
    public void An_object_reserved_and_never_written_fails_the_file_instead_of_leaving_a_hole()
    {
        var file = new PdfFile();
        var (catalog, info, forgotten) = (file.Reserve(), file.Reserve(), file.Reserve());
        file.Begin(catalog).Ascii("<</Type/Catalog>>");
        file.End();
        file.Begin(info).Ascii("<<>>");
        file.End();

        var error = Assert.Throws<InvalidOperationException>(() => file.Finish(catalog, info));
        Assert.Contains($"Object {forgotten}", error.Message);
    }

    [Fact]
    public void An_object_cannot_be_written_twice()
    {
        var file = new PdfFile();
        var id = file.Reserve();
        file.Begin(id).Ascii("1");
        file.End();
        Assert.Throws<InvalidOperationException>(() => file.Begin(id));
    }
}
