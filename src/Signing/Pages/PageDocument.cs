namespace DocFlow.Signing.Pages;

/// <summary>
/// One document of the envelope. Kind is its name in URLs ("contract", "specification"); Sha256 is the lowercase hex
/// digest of the PDF at PdfUrl (a same-site relative URL); HtmlFragment is HtmlDocumentWriter's output for the same
/// document model and is inserted as it is.
/// </summary>
public sealed record PageDocument(string Title, string Kind, string Sha256, string PdfUrl, string HtmlFragment);
