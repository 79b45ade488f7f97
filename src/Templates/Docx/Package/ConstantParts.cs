using System.Collections.Immutable;
using DocFlow.Templates.Docx.Zip;

namespace DocFlow.Templates.Docx.Package;

/// <summary>
/// The entries that are the same in every document with the same font choice — content types, the package's and the
/// main document's relationships, settings, the font table and the four embedded faces — serialised and compressed once
/// per process and shared read-only. Deflating ~0.8 MB of fonts was once most of a DOCX's cost; the small XML parts
/// each still cost an SDK part, a serialisation and a zlib stream per document.
/// </summary>
internal static class ConstantParts
{
    private static readonly Lazy<ImmutableArray<RawZipEntry>> WithFonts = new(() => Build(embedFonts: true));
    private static readonly Lazy<ImmutableArray<RawZipEntry>> WithoutFonts = new(() => Build(embedFonts: false));
    private static readonly Lazy<PrefixDigest> WithFontsDigest = new(() => PrefixDigest.Of(WithFonts.Value));

    public static ImmutableArray<RawZipEntry> For(bool embedFonts) => (embedFonts ? WithFonts : WithoutFonts).Value;

    /// <summary>Hashes a DOCX from the digest of the leading constant parts with fonts, which every such document starts with.</summary>
    public static PrefixDigest Digest => WithFontsDigest.Value;

    private static ImmutableArray<RawZipEntry> Build(bool embedFonts)
    {
        var fonts = embedFonts ? EmbeddedFonts.PtSerif : [];
        var fontParts = fonts.Select(face => DocxPart.Font(face.Face)).ToList();
        var entries = new List<RawZipEntry>
        {
            // First, as Word writes it, then word/ parts: MIME sniffers look for both within the first few KB of a DOCX.
            PartEntries.Constant(DocxPart.ContentTypesName, PackageXml.ContentTypes([.. DocxPart.OfDocument, DocxPart.CoreProperties])),
            PartEntries.Constant(DocxPart.PackageRelationshipsName, PackageXml.Relationships([DocxPart.Document, DocxPart.CoreProperties])),
            PartEntries.Constant(DocxPart.RelationshipsOf(DocxPart.Document.Name), PackageXml.Relationships(DocxPart.OfDocument)),
            PartEntries.Constant(DocxPart.Settings.Name, SettingsBuilder.Build(embedFonts)),
            PartEntries.Constant(DocxPart.FontTable.Name, FontTableBuilder.Build(embedFonts)),
        };
        if (fontParts.Count > 0)
        {
            entries.Add(PartEntries.Constant(DocxPart.RelationshipsOf(DocxPart.FontTable.Name), PackageXml.Relationships(fontParts)));
            entries.AddRange(fonts.Select((face, i) => PartEntries.Constant(fontParts[i].Name, face.ObfuscatedData)));
        }
        return [.. entries];
    }
}
