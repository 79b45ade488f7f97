using DocFlow.Agreements.Model;
using DocFlow.Templates.Certificates;
using DocFlow.Templates.Model;
using DocFlow.Templates.Tests.Pdf;

namespace DocFlow.Templates.Tests.Certificates;

public sealed class CertificatePageRendererTests
{
    private const string ContractSha = "a3f1c2d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";
    private const string HeadHash = "0badc0de0badc0de0badc0de0badc0de0badc0de0badc0de0badc0de0badc0de";
    private static readonly DateTimeOffset Created = new(2026, 3, 2, 9, 15, 30, TimeSpan.Zero);
    // 12:40:05 at +03:00 is 09:40:05 UTC: the page prints UTC only.
    private static readonly DateTimeOffset Signed = new(2026, 3, 3, 12, 40, 5, TimeSpan.FromHours(3));

    private readonly CertificatePageRenderer _renderer = new();

    public static CertificatePage Page(Locale locale) => new()
    {
        Locale = locale,
        EnvelopeId = "01JQENV0000000000000000001",
        AgreementNumber = "42/2026",
        EnvelopeKind = "contract",
        Documents = [new CertificateDocument("contract", ContractSha)],
        Signers =
        [
            new CertificateSigner
            {
                Name = "Ivan Petrov", Email = "ivan@client.example", Role = "signer", Party = "client",
                FullNameEntered = "Ivan Petrov", Ip = "203.0.113.7", UserAgent = "Mozilla/5.0 (X11; Linux) Firefox/140.0",
                SentAt = Created, OpenedAt = Created.AddMinutes(5), CodeConfirmedAt = Signed.AddMinutes(-1),
                ConsentedAt = Signed, SignedAt = Signed,
            },
            new CertificateSigner { Name = "Olga Copy", Email = "olga@client.example", Role = "copy", Party = "client" },
        ],
        CreatedAt = Created,
        CompletedAt = Signed,
        AuditEventCount = 9,
        AuditHeadHash = HeadHash,
    };

    [Theory]
    [InlineData(Locale.Ru, "Сертификатзавершения", "Договор", "02.03.202609:15:30UTC", "03.03.202609:40:05UTC", "получателькопии", "9событий", "Страница1из1")]
    [InlineData(Locale.Uk, "Сертифікатзавершення", "Договір", "02.03.202609:15:30UTC", "03.03.202609:40:05UTC", "отримувачкопії", "9подій", "Сторінка1з1")]
    [InlineData(Locale.En, "CertificateofCompletion", "Contract", "2026-03-0209:15:30UTC", "2026-03-0309:40:05UTC", "copyrecipient", "9events", "Page1of1")]
    public void The_page_names_the_envelope_documents_and_every_signer_step_in_its_language(
        Locale locale, string title, string contract, string created, string signed, string copy, string events, string pageOf)
    {
        var pdf = _renderer.RenderPdf(Page(locale));

        var pages = PdfInspection.PageTexts(pdf);
        Assert.Single(pages);
        var text = pages[0];
        Assert.Contains(title, text);
        Assert.Contains("01JQENV0000000000000000001", text);
        Assert.Contains("42/2026", text);
        Assert.Contains(contract, text);
        Assert.Contains(ContractSha, text);
        Assert.Contains("ivan@client.example", text);
        Assert.Contains("203.0.113.7", text);
        Assert.Contains("Mozilla/5.0(X11;Linux)Firefox/140.0", text);
        Assert.Contains(created, text);
        Assert.Contains(signed, text);
        Assert.Contains(copy, text);
        Assert.Contains(events, text);
        Assert.Contains(HeadHash, text);
        Assert.Contains(pageOf, text);
        Assert.Contains("olga@client.example", text);
    }

    [Fact]
    public void Steps_a_signer_did_not_take_are_left_out()
    {
        var markdown = _renderer.BuildMarkdown(Page(Locale.En));

        var copySection = markdown[markdown.IndexOf("### Olga Copy", StringComparison.Ordinal)..];
        Assert.DoesNotContain("Signed:", copySection[..copySection.IndexOf("##", 5, StringComparison.Ordinal)]);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(markdown, "IP address"));
    }

    [Theory]
    [InlineData(Locale.Ru, "втечение3рабочихдней", "приёмкиактабезвозражений", "актпоэтапуs2")]
    [InlineData(Locale.Uk, "протягом3робочихднів", "прийманняактабеззаперечень", "актзаетапомs2")]
    [InlineData(Locale.En, "within3workingdays", "ofanactacceptedwithoutobjection", "theactforstages2")]
    public void An_act_accepted_by_silence_says_who_did_not_answer_since_when_and_after_how_many_working_days(
        Locale locale, string days, string subtitle, string contents)
    {
        var page = Page(locale) with
        {
            EnvelopeKind = "act-s2",
            Documents = [new CertificateDocument("act-s2", ContractSha)],
            Silence = new CertificateSilence
            {
                Unanswered = [new CertificateSilentParty("Ivan Petrov", "ivan@client.example")],
                Since = new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero),
                WorkingDays = 3,
            },
        };

        var text = string.Concat(PdfInspection.PageTexts(_renderer.RenderPdf(page)));

        Assert.Contains(days, text);
        Assert.Contains(subtitle, text);
        Assert.Contains(contents, text);
        Assert.Contains(locale == Locale.En ? "2026-04-0108:00:00UTC" : "01.04.202608:00:00UTC", text);
        Assert.Contains("IvanPetrov(ivan@client.example)", text);
    }

    [Fact]
    public void A_hostile_name_prints_as_typed_and_never_becomes_formatting()
    {
        var page = Page(Locale.En) with
        {
            Signers = [new CertificateSigner { Name = "*Eve* | # <b>x</b>", Email = "eve@x.example", Role = "signer", Party = "client" }],
        };

        var model = _renderer.Build(page);

        var headings = model.Blocks.OfType<Heading>().Select(h => string.Concat(h.Text.Select(PlainText))).ToList();
        Assert.Contains("*Eve* | # <b>x</b>", headings);
    }

    private static string PlainText(Inline inline) => inline.Text;
}
