using DocFlow.Signing.Pages.Html;
using DocFlow.Signing.Pages.Layout;
using DocFlow.Signing.Pages.Text;

namespace DocFlow.Signing.Pages;

/// <summary>What the signer sees after a POST: signed, declined, a code sent, or why the request was refused.</summary>
public static class ResultPage
{
    public static string Render(ResultPageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Kind == ResultKind.Error && model.Notice is null)
        {
            throw new ArgumentException("An error result needs a notice saying what went wrong.", nameof(model));
        }
        var text = PageTexts.For(model.Locale);
        var title = text[$"result.{model.Kind}.title"];
        return PageLayout.Render(text.Language, title, html =>
        {
            html.Open("header", ("class", "top"));
            html.Element("h1", title);
            html.Element("p", model.EnvelopeTitle.Contains(model.AgreementNumber, StringComparison.Ordinal)
                ? model.EnvelopeTitle
                : model.EnvelopeTitle + " · " + text.Fill("signing.agreement", ("number", model.AgreementNumber)), ("class", "muted"));
            html.Close("header");
            html.Open("section", ("class", "notice " + NoticeClass(model.Kind)), ("role", model.Kind == ResultKind.Error ? "alert" : "status"));
            foreach (var paragraph in Paragraphs(text, model))
            {
                html.ElementRaw("p", paragraph);
            }
            html.Close("section");
            if (model.BackUrl is { } back && model.Kind is ResultKind.CodeSent or ResultKind.Error)
            {
                html.Open("p").Element("a", text["result.back"], ("href", back)).Close("p");
            }
        });
    }

    private static string NoticeClass(ResultKind kind) => kind switch
    {
        ResultKind.Error => "error",
        ResultKind.Declined => "",
        _ => "success",
    };

    private static IEnumerable<string> Paragraphs(PageText text, ResultPageModel model)
    {
        var values = new[]
        {
            ("name", PageText.Strong(model.Signer.Name)),
            ("title", PageText.Plain(model.EnvelopeTitle)),
            ("number", PageText.Plain(model.AgreementNumber)),
            ("email", PageText.Strong(model.Signer.Email)),
            ("minutes", model.CodeValidMinutes.ToString()),
        };
        switch (model.Kind)
        {
            case ResultKind.Signed:
                yield return text.Format("result.Signed.text", values);
                yield return text.Format(model.EnvelopeCompleted ? "result.Signed.completed" : "result.Signed.pending");
                yield return text.Format("result.usedLink");
                break;
            case ResultKind.Declined:
                yield return text.Format("result.Declined.text", values);
                yield return text.Format("result.usedLink");
                break;
            case ResultKind.CodeSent:
                yield return text.Format("result.CodeSent.text", values);
                break;
            default:
                yield return text.Format("notice." + model.Notice);
                break;
        }
    }
}
