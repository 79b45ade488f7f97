using System.IO.Compression;
using DocFlow.Templates.Docx.Xml;
using DocFlow.Templates.Docx.Zip;
using DocumentFormat.OpenXml;

namespace DocFlow.Templates.Docx.Package;

/// <summary>Parts as archive entries, compressed as hard as is worth it for how often they are written.</summary>
internal static class PartEntries
{
    // Per document, Fastest: about a third of Optimal's CPU, for ~1.7 KB more per 100 KB of body XML in a file whose
    // ~440 KB are mostly the fonts (the 200-option contract: 456 → 468 KB). Once per process, the smallest output.
    private const CompressionLevel PerDocumentLevel = CompressionLevel.Fastest;
    private const CompressionLevel ConstantLevel = CompressionLevel.SmallestSize;

    /// <summary>A part built once per process.</summary>
    public static RawZipEntry Constant(string name, ReadOnlySpan<byte> content) => Deflate(name, content, ConstantLevel);

    public static RawZipEntry Constant(string name, OpenXmlPartRootElement root)
    {
        using var xml = PartXml.Of(root);
        return Constant(name, xml.Written().Span);
    }

    /// <summary>A part written for every document, from bytes already made.</summary>
    public static RawZipEntry PerDocument(string name, ReadOnlySpan<byte> content) => Deflate(name, content, PerDocumentLevel);

    /// <summary>A part written for every document, compressed as <paramref name="write"/> writes it.</summary>
    public static RawZipEntry PerDocument(string name, Action<WordXmlWriter> write)
    {
        using var entry = new DeflatedEntryStream(PerDocumentLevel);
        var xml = new WordXmlWriter(entry);
        write(xml);
        xml.Finish();
        return entry.ToEntry(name);
    }

    private static RawZipEntry Deflate(string name, ReadOnlySpan<byte> content, CompressionLevel level)
    {
        using var entry = new DeflatedEntryStream(level);
        entry.Write(content);
        return entry.ToEntry(name);
    }
}
