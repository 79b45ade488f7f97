namespace DocFlow.Templates.Rendering;

public sealed record RenderedDocument(DocumentKind Kind, DocumentFormat Format, byte[] Content)
{
    public string ContentType => Format == DocumentFormat.Pdf
        ? "application/pdf"
        : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public string FileName => $"{Kind.Value}.{(Format == DocumentFormat.Pdf ? "pdf" : "docx")}";
}
