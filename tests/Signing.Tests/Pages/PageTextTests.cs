using System.Text.Json;
using System.Text.RegularExpressions;
using DocFlow.Agreements.Model;
using DocFlow.Signing.Pages;

namespace DocFlow.Signing.Tests.Pages;

public sealed partial class PageTextTests
{
    private static Dictionary<string, string> Texts(string language)
    {
        using var stream = typeof(SigningPage).Assembly.GetManifestResourceStream($"DocFlow.Signing.Pages.Text.{language}.json");
        Assert.NotNull(stream);
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!;
    }

    [Fact]
    public void Every_locale_has_the_same_keys_and_the_same_placeholders_in_each()
    {
        var en = Texts("en");
        foreach (var language in new[] { "ru", "uk" })
        {
            var other = Texts(language);
            Assert.Equal(en.Keys.Order(), other.Keys.Order());
            foreach (var (key, text) in en)
            {
                Assert.True(Placeholders(text).SetEquals(Placeholders(other[key])), $"{language}:{key} placeholders differ");
            }
        }
    }

    [Fact]
    public void Every_notice_and_role_has_words()
    {
        var en = Texts("en");
        Assert.All(Enum.GetNames<PageNotice>(), name => Assert.True(en.ContainsKey("notice." + name), name));
        Assert.All(Enum.GetNames<SignerRole>(), name => Assert.True(en.ContainsKey("signing.role." + name), name));
    }

    [Fact]
    public void The_three_languages_are_translated_not_copied()
    {
        var (ru, uk, en) = (Texts("ru"), Texts("uk"), Texts("en"));
        foreach (var key in new[] { "signing.sign", "signing.consentText", "signing.sendCode", "notFound.title", "result.Signed.title" })
        {
            Assert.Equal(3, new[] { ru[key], uk[key], en[key] }.Distinct().Count());
        }
    }

    private static HashSet<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"\{[A-Za-z]+\}")]
    private static partial Regex Placeholder();
}
