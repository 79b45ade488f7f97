using DocFlow.Templates.Docx.Zip;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocFlow.Templates.Docx.Package;

/// <summary>
/// The four embedded faces as compressed ZIP entries, deflated once per process. Deflating ~0.8 MB of fonts was most
/// of a DOCX's cost: each document is now written with empty font parts of the same names, and its archive is
/// copied entry by entry with these in their place (no entry is inflated or deflated again).
/// </summary>
internal static class CompressedFontParts
{
    private static readonly Lazy<IReadOnlyDictionary<string, RawZipEntry>> Entries = new(Build);

    /// <summary>The package with every empty font part replaced by its compressed face.</summary>
    public static byte[] Fill(MemoryStream package)
    {
        var entries = RawZip.Read(package.GetBuffer().AsMemory(0, (int)package.Length));
        var filled = entries.Select(e => Entries.Value.TryGetValue(e.Name, out var font) ? font : e).ToList();
        var replaced = entries.Count(e => Entries.Value.ContainsKey(e.Name));
        // The names come from the same builder in the same order; if that ever changes, fail rather than ship empty fonts.
        if (replaced != Entries.Value.Count)
            throw new InvalidOperationException($"Expected {Entries.Value.Count} font parts in the document, found {replaced}.");
        return RawZip.Write(filled);
    }

    private static IReadOnlyDictionary<string, RawZipEntry> Build()
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // The same parts before the font table as every document, so the font parts get the same names.
            var main = package.AddMainDocumentPart();
            main.Document = new Document(new Body());
            FontTableBuilder.Build(main.AddNewPart<FontTablePart>(FontTableBuilder.PartId), embed: true);
        }
        return RawZip.Read(stream.ToArray()).Where(e => e.Name.StartsWith(FontTableBuilder.FontFolder, StringComparison.Ordinal))
            .ToDictionary(e => e.Name);
    }
}
