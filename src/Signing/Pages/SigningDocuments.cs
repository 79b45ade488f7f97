using DocFlow.Signing.Pages.Html;
using DocFlow.Signing.Pages.Text;

namespace DocFlow.Signing.Pages;

/// <summary>
/// Each document as a card: its title, the PDF to download with its SHA-256, and its text to read in a details element
/// (open for the first document, so the page starts with something to read).
/// </summary>
internal static class SigningDocuments
{
    public static void Write(HtmlBuilder html, PageText text, IReadOnlyList<PageDocument> documents)
    {
        html.Open("section", ("aria-labelledby", "documents"));
        html.Element("h2", text["signing.documents"], ("id", "documents"));
        html.Element("p", text["signing.documentsIntro"], ("class", "muted"));
        for (var i = 0; i < documents.Count; i++)
        {
            WriteDocument(html, text, documents[i], open: i == 0);
        }
        html.Close("section");
    }

    private static void WriteDocument(HtmlBuilder html, PageText text, PageDocument document, bool open)
    {
        html.Open("section", ("class", "card document"), ("id", "document-" + document.Kind));
        html.Element("h2", document.Title);
        html.Open("p");
        html.Element("a", text["signing.download"], ("href", document.PdfUrl), ("download", document.Kind + ".pdf"),
            ("type", "application/pdf"));
        html.Close("p");
        html.Open("p");
        html.Text(text["signing.sha256"] + ": ");
        html.Element("code", document.Sha256, ("class", "hash"));
        html.Close("p");
        html.Open("details", ("open", open ? "open" : null));
        html.Element("summary", text["signing.read"]);
        html.Raw(document.HtmlFragment);
        html.Close("details");
        html.Close("section");
    }
}
