using System.Text;
using DocFlow.Functions.Signing;
using Microsoft.AspNetCore.Http;

namespace DocFlow.Functions.Tests.Signing;

public sealed class SignerFormTests
{
    private static Task<SignerForm> ReadAsync(string contentType, string body)
    {
        var context = new DefaultHttpContext();
        context.Request.ContentType = contentType;
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return SignerForm.ReadAsync(context.Request, CancellationToken.None);
    }

    [Fact]
    public async Task The_pages_form_gives_every_field_and_a_ticked_box_is_consent()
    {
        var form = await ReadAsync("application/x-www-form-urlencoded",
            "csrf=abc&fullName=%D0%9A%D0%BE%D0%B2%D0%B0%D0%BB%D1%91%D0%B2%D0%B0&code=123456&consent=true");
        Assert.Equal(new SignerForm(false, "abc", "Ковалёва", "123456", true, null), form);
    }

    [Theory]
    [InlineData("""{"fullName":"A","code":"1","consent":true}""", true)]
    [InlineData("""{"fullName":"A","code":"1","consent":"true"}""", false)]
    [InlineData("""{"fullName":"A","code":"1"}""", false)]
    public async Task Json_consent_must_be_the_literal_true(string json, bool consent)
    {
        var form = await ReadAsync("application/json", json);
        Assert.True(form.IsJson);
        Assert.Equal(consent, form.Consent);
        Assert.Equal("A", form.FullName);
    }

    [Fact]
    public async Task Broken_json_is_an_empty_answer_not_an_error()
    {
        var form = await ReadAsync("application/json", "{fullName:");
        Assert.Equal(new SignerForm(true, null, null, null, false, null), form);
    }

    [Fact]
    public void The_csrf_value_belongs_to_one_link()
    {
        var token = new string('a', 43);
        var csrf = SigningPageBuilder.CsrfToken(token);
        Assert.True(SigningPageBuilder.CsrfMatches(token, csrf));
        Assert.False(SigningPageBuilder.CsrfMatches(new string('b', 43), csrf));
        Assert.False(SigningPageBuilder.CsrfMatches(token, null));
        Assert.False(SigningPageBuilder.CsrfMatches(token, csrf[..^1]));
        Assert.DoesNotContain(token, csrf);
    }

    [Fact]
    public void The_client_address_is_the_first_forwarded_one_and_long_user_agents_are_cut()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers["X-Forwarded-For"] = "203.0.113.7, 10.0.0.1";
        context.Request.Headers.UserAgent = new string('x', 2000);
        context.Connection.RemoteIpAddress = System.Net.IPAddress.Loopback;
        var origin = RequestOrigins.Of(context);
        Assert.Equal("203.0.113.7", origin.Ip);
        Assert.Equal(RequestOrigins.MaxUserAgentLength, origin.UserAgent!.Length);

        var direct = new DefaultHttpContext();
        direct.Connection.RemoteIpAddress = System.Net.IPAddress.Parse("198.51.100.2");
        Assert.Equal(new DocFlow.Signing.Flow.RequestOrigin("198.51.100.2", null), RequestOrigins.Of(direct));
    }
}
