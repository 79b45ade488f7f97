using DocFlow.Templates.Html;
using DocFlow.Templates.Rendering;
using DocFlow.Templates.Tests.Support;

namespace DocFlow.Templates.Tests.Rendering;

public sealed class SigningPageHtmlTests
{
    [Fact]
    public void Hostile_client_name_reaches_the_signing_page_encoded_not_as_markup()
    {
        var context = SampleDocuments.Context(change: a => a with { Client = a.Client with { Name = "<img src=x onerror=alert(1)> & **x**" } });

        var html = new HtmlDocumentWriter().Write(new DocumentRenderer().Build(context, DocumentKind.Contract));

        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; &amp; **x**", html);
    }
}
