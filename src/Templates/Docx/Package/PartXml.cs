using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;

namespace DocFlow.Templates.Docx.Package;

/// <summary>The UTF-8 text of a part: an Open XML root element as the SDK saves it, or package XML written directly.</summary>
internal static class PartXml
{
    /// <summary>
    /// The element as its part's XML, written as the SDK's Save writes it (UTF-8 without a BOM, declaration first) but
    /// into a stream left open, so a large part is read straight from its buffer rather than copied out.
    /// </summary>
    public static MemoryStream Of(OpenXmlPartRootElement root)
    {
        var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings())) root.WriteTo(writer);
        return stream;
    }

    /// <summary>Package-level XML (relationships, content types, core properties) that has no typed SDK element.</summary>
    public static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings()))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }
        return stream.ToArray();
    }

    private static XmlWriterSettings Settings() => new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    /// <summary>What was written to the stream, without copying it out.</summary>
    public static ReadOnlyMemory<byte> Written(this MemoryStream stream) => stream.GetBuffer().AsMemory(0, (int)stream.Length);
}
