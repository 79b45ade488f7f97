using DocFlow.Signing.Pages.Html;
using DocFlow.Signing.Pages.Layout;
using DocFlow.Signing.Pages.Text;

namespace DocFlow.Signing.Pages;

/// <summary>
/// The page behind a signing link: who asks, the documents to read (inline and as PDF with SHA-256), the consent to a
/// simple electronic signature, and three plain POST forms (send a code, sign, decline) that work without JavaScript.
/// </summary>
public static class SigningPage
{
    public static string Render(SigningPageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var text = PageTexts.For(model.Locale);
        var title = text.Fill("signing.title", ("title", model.EnvelopeTitle));
        return PageLayout.Render(text.Language, title, html =>
        {
            WriteHeader(html, text, model);
            if (model.Notice is { } notice)
            {
                html.Element("p", text["notice." + notice], ("class", "notice error"), ("role", "alert"));
            }
            SigningDocuments.Write(html, text, model.Documents);
            SigningForms.Write(html, text, model);
            html.Element("p", text["signing.footer"], ("class", "muted"));
        });
    }

    private static void WriteHeader(HtmlBuilder html, PageText text, SigningPageModel model)
    {
        html.Open("header", ("class", "top"));
        html.Element("h1", model.EnvelopeTitle);
        // The contract's own title already names the agreement; other envelopes say which agreement they belong to.
        if (!model.EnvelopeTitle.Contains(model.AgreementNumber, StringComparison.Ordinal))
            html.Element("p", text.Fill("signing.agreement", ("number", model.AgreementNumber)), ("class", "muted"));
        html.ElementRaw("p", text.Format("signing.requestedBy", ("requester", Requester(text, model.RequestedBy))));
        html.ElementRaw("p", You(text, model.Signer));
        html.Element("p", text["signing.role." + model.Signer.Role]);
        html.Close("header");
    }

    private static string Requester(PageText text, PageRequester requester) => requester.Organization is { Length: > 0 } organization
        ? text.Format("signing.requesterWithOrganization",
            ("organization", PageText.Strong(organization)), ("name", PageText.Plain(requester.Name)), ("email", PageText.Plain(requester.Email)))
        : text.Format("signing.requesterPerson", ("name", PageText.Strong(requester.Name)), ("email", PageText.Plain(requester.Email)));

    private static string You(PageText text, PageSigner signer) => signer.Organization is { Length: > 0 } organization
        ? text.Format("signing.youFor",
            ("name", PageText.Strong(signer.Name)), ("email", PageText.Plain(signer.Email)), ("organization", PageText.Plain(organization)))
        : text.Format("signing.you", ("name", PageText.Strong(signer.Name)), ("email", PageText.Plain(signer.Email)));
}
