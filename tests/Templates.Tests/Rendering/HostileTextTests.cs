using DocFlow.Agreements.Model;
using DocFlow.Templates.Model;
using DocFlow.Templates.Rendering;
using DocFlow.Templates.Tests.Support;

namespace DocFlow.Templates.Tests.Rendering;

/// <summary>User text must print exactly as typed, whatever Markdown or HTML it looks like.</summary>
public sealed class HostileTextTests
{
    private static readonly string LongWord = new('Ж', 300);
    private static readonly string Hostile = "<img src=x onerror=alert(1)> **x** & \"q\" 'a' «ёлочки» м’ята | # 1. " + LongWord;

    [Theory]
    [InlineData(Locale.Ru)]
    public void Client_name_and_option_title_appear_literally(Locale locale)
    {
        var context = SampleDocuments.Context(locale, a => a with
        {
            Client = a.Client with { Name = Hostile },
            Project = a.Project with { Title = Hostile },
        });

        var contract = new DocumentRenderer().Build(context, DocumentKind.Contract);

        var client = contract.Blocks.OfType<SignatureBlock>().Single().Parties[1];
        Assert.Equal(Hostile, client.Name);
        Assert.Contains(Hostile, ModelText.Of(contract));
        Assert.Contains(Hostile, contract.Info.Subject);
        Assert.DoesNotContain(contract.Blocks, b => b is Heading { Level: 1 } h && ModelText.Runs(h.Text).Contains("onerror"));
    }
}
