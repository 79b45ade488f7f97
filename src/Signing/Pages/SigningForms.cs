using DocFlow.Agreements.Model;
using DocFlow.Signing.Pages.Html;
using DocFlow.Signing.Pages.Text;

namespace DocFlow.Signing.Pages;

/// <summary>
/// The consent text and the three forms. Plain POSTs (application/x-www-form-urlencoded) with fields csrf, fullName,
/// code, consent and reason; the browser's own validation (required, pattern) helps, the server decides.
/// </summary>
internal static class SigningForms
{
    public static void Write(HtmlBuilder html, PageText text, SigningPageModel model)
    {
        html.Open("section", ("class", "card"), ("aria-labelledby", "consent"));
        html.Element("h2", text["signing.consentHeading"], ("id", "consent"));
        html.Element("p", text.Fill("signing.consentText", ("button", text[SignButton(model)])));
        html.Close("section");
        WriteCodeForm(html, text, model);
        WriteSignForm(html, text, model);
        WriteDeclineForm(html, text, model);
    }

    private static void WriteCodeForm(HtmlBuilder html, PageText text, SigningPageModel model)
    {
        var sent = model.State == SigningPageState.CodeSent;
        var values = new[] { ("email", PageText.Strong(model.Signer.Email)), ("minutes", model.CodeValidMinutes.ToString()) };
        html.Open("section", ("class", "card"));
        html.Element("h2", text["signing.step1"]);
        if (sent)
            html.ElementRaw("p", text.Format("signing.codeSent", values), ("class", "notice success"), ("role", "status"));
        else
            html.ElementRaw("p", text.Format("signing.step1Text", values));
        html.Open("form", ("method", "post"), ("action", model.Actions.SendCode));
        Csrf(html, model);
        html.Element("button", text[sent ? "signing.resendCode" : "signing.sendCode"], ("type", "submit"),
            ("class", sent ? "secondary" : null));
        html.Close("form");
        html.Close("section");
    }

    private static void WriteSignForm(HtmlBuilder html, PageText text, SigningPageModel model)
    {
        html.Open("section", ("class", "card"));
        html.Element("h2", text["signing.step2"]);
        html.Open("form", ("method", "post"), ("action", model.Actions.Sign));
        Csrf(html, model);
        html.Element("label", text["signing.fullName"], ("for", "fullName"));
        html.Void("input", ("type", "text"), ("id", "fullName"), ("name", "fullName"), ("value", model.FullName),
            ("autocomplete", "name"), ("maxlength", "200"), ("required", "required"));
        html.Element("label", text["signing.code"], ("for", "code"));
        html.Void("input", ("type", "text"), ("id", "code"), ("name", "code"), ("class", "code"), ("inputmode", "numeric"),
            ("autocomplete", "one-time-code"), ("pattern", "[0-9]{6}"), ("minlength", "6"), ("maxlength", "6"),
            ("required", "required"));
        html.Open("label", ("class", "check"));
        html.Void("input", ("type", "checkbox"), ("name", "consent"), ("value", "true"), ("required", "required"));
        html.Element("span", text["signing.consent"]);
        html.Close("label");
        html.Element("button", text[SignButton(model)], ("type", "submit"));
        html.Close("form");
        html.Close("section");
    }

    private static void WriteDeclineForm(HtmlBuilder html, PageText text, SigningPageModel model)
    {
        // Opened when the last decline was refused, so the signer sees why without hunting for the form.
        html.Open("details", ("class", "card"), ("open", model.Notice == PageNotice.ReasonRequired ? "open" : null));
        html.Element("summary", text["signing.declineHeading"]);
        html.Open("form", ("method", "post"), ("action", model.Actions.Decline));
        Csrf(html, model);
        html.Element("label", text["signing.reason"], ("for", "reason"));
        html.Element("textarea", "", ("id", "reason"), ("name", "reason"), ("maxlength", "2000"), ("required", "required"),
            ("rows", "4"));
        html.Element("button", text["signing.decline"], ("type", "submit"), ("class", "danger"));
        html.Close("form");
        html.Close("details");
    }

    /// <summary>The consent names the button the signer presses, so it must be the same word.</summary>
    private static string SignButton(SigningPageModel model) =>
        model.Signer.Role == SignerRole.Approves ? "signing.approve" : "signing.sign";

    private static void Csrf(HtmlBuilder html, SigningPageModel model) =>
        html.Void("input", ("type", "hidden"), ("name", "csrf"), ("value", model.CsrfToken));
}
