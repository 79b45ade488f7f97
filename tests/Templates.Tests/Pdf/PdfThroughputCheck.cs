using System.Diagnostics;
using DocFlow.Templates.Model;
using DocFlow.Templates.Pdf;
using Xunit.Abstractions;
using static DocFlow.Templates.Tests.Pdf.PdfModels;

namespace DocFlow.Templates.Tests.Pdf;

/// <summary>Local sanity check of throughput on a 200-option-sized document: reports timings, asserts only correctness.</summary>
public sealed class PdfThroughputCheck(ITestOutputHelper output)
{
    [Fact]
    public void Two_hundred_option_document_renders_repeatedly_with_one_writer()
    {
        var blocks = new List<Block> { Title("Agreement with 200 options"), Table(200) };
        blocks.AddRange(Enumerable.Range(1, 200).Select(i => (Block)Clause($"3.{i}.", Filler(2))));
        blocks.Add(Signatures());
        var model = Document([.. blocks]);
        using var writer = new PdfDocumentWriter();
        var first = writer.Write(model);
        var clock = Stopwatch.StartNew();
        const int runs = 5;
        for (var i = 0; i < runs; i++) Assert.Equal(first.Length, writer.Write(model).Length);
        output.WriteLine($"{clock.ElapsedMilliseconds / runs} ms per document, {first.Length / 1024} KB");
    }
}
