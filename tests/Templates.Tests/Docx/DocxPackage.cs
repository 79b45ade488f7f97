using DocumentFormat.OpenXml.Packaging;

namespace DocFlow.Templates.Tests.Docx;

/// <summary>Opens written bytes read-only for inspection.</summary>
internal static class DocxPackage
{
    public static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);
}
