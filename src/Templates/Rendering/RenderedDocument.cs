using DocFlow.Templates.Docx;

namespace DocFlow.Templates.Rendering;

public sealed record RenderedDocument(DocumentKind Kind, DocumentFormat Format, byte[] Content)
{
    public string ContentType => Format == DocumentFormat.Pdf
        ? "application/pdf"
        : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public string FileName => $"{Kind.Value}.{(Format == DocumentFormat.Pdf ? "pdf" : "docx")}";

    /// <summary>Lowercase hex SHA-256 of <see cref="Content"/>, computed on each call (see <see cref="DocxDocumentWriter.Sha256"/>).</summary>
    public string Sha256() => Format == DocumentFormat.Docx
        ? DocxDocumentWriter.Sha256(Content)
        : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Content));
}
