using DocFlow.Templates.Markdown;
using DocFlow.Templates.Tests.Support;

namespace DocFlow.Templates.Tests.Building;

public sealed class MarkdownTextEncoderTests
{
    [Theory]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("**not bold** _nor_ `code`")]
    [InlineData("# not a heading")]
    [InlineData("1. not a list")]
    [InlineData("- not a bullet")]
    [InlineData("a | b | c")]
    [InlineData("&amp; &lt; \\ [link](http://x) ![i](y) ~~s~~ {x}")]
    [InlineData("«ёлочки» \"quotes\" 'single' м’ята")]
    [InlineData("::: signatures")]
    public void Escaped_user_text_parses_back_to_itself(string text)
    {
        var model = MarkdownDocumentMapper.Map(MarkdownTextEncoder.Escape(text), "en-GB");

        Assert.Equal(text, ModelText.Of(model));
    }

    [Fact]
    public void Line_breaks_in_user_text_cannot_start_a_new_block()
    {
        var model = MarkdownDocumentMapper.Map("Name: " + MarkdownTextEncoder.Escape("a\n# b\n\n| c |"), "en-GB");

        Assert.Equal("Name: a # b  | c |", ModelText.Of(Assert.Single(model.Blocks)));
    }
}
