using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocFlow.Templates.Docx.Package;

/// <summary>
/// The parts every DOCX has byte for byte (settings, font table and the four embedded faces), packaged once per
/// process. Deflating ~0.8 MB of fonts was most of a DOCX's cost; a package opened for update copies the entries it
/// does not touch still compressed, so each document pays only for its own parts. The main document part is an
/// empty placeholder the writer replaces.
/// </summary>
internal static class PackageShell
{
    public const string SettingsId = "rIdSettings";
    public const string FontTableId = "rIdFontTable";

    private static readonly Lazy<byte[]> WithFonts = new(() => Build(embedFonts: true));
    private static readonly Lazy<byte[]> WithoutFonts = new(() => Build(embedFonts: false));

    /// <summary>A writable copy of the shell, with room for the document's own parts.</summary>
    public static MemoryStream Copy(bool embedFonts)
    {
        var shell = (embedFonts ? WithFonts : WithoutFonts).Value;
        var stream = new MemoryStream(shell.Length + 64 * 1024);
        stream.Write(shell);
        stream.Position = 0;
        return stream;
    }

    private static byte[] Build(bool embedFonts)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.AddNewPart<DocumentSettingsPart>(SettingsId).Settings = SettingsBuilder.Build(embedFonts);
            FontTableBuilder.Build(main.AddNewPart<FontTablePart>(FontTableId), embedFonts);
            main.Document = new Document(new Body());
        }
        return stream.ToArray();
    }
}
