using DocFlow.Signing.Pages;

namespace DocFlow.Signing.Tests.Pages;

public sealed class NotFoundPageTests
{
    [Fact]
    public void Same_bytes_every_time_because_it_takes_nothing_that_could_tell_the_reasons_apart()
    {
        // Render has no parameters: an invalid, an expired and a used link cannot get different pages.
        Assert.Empty(typeof(NotFoundPage).GetMethod(nameof(NotFoundPage.Render))!.GetParameters());
        var invalid = NotFoundPage.Render();
        var expired = NotFoundPage.Render();
        Assert.Equal(invalid, expired);
    }

    [Fact]
    public void Says_it_in_every_language_since_a_wrong_link_has_no_agreement_to_take_one_from()
    {
        var page = PageXml.Parse(NotFoundPage.Render());
        var sections = page.All("section").ToList();
        Assert.Equal(["ru", "uk", "en"], sections.Select(s => s.Attr("lang")));
        Assert.Equal(["Ссылка недействительна", "Посилання недійсне", "Link not valid"], page.All("h1").Select(h => h.Value));
        Assert.Empty(page.All("form"));
        Assert.Empty(page.All("a"));
    }
}
