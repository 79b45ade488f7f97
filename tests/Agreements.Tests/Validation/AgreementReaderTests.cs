using DocFlow.Agreements.Model;
using DocFlow.Agreements.Validation;

namespace DocFlow.Agreements.Tests.Validation;

public sealed class AgreementReaderTests
{
    private static ReadResult Read(string json) => new AgreementReader().Read(json);

    [Fact]
    public void A_valid_agreement_reads_with_no_problems()
    {
        var result = Read(AgreementJsonFixture.Valid);

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.True(result.IsValid);
        var agreement = result.Agreement!;
        Assert.Equal(new DateOnly(2026, 3, 2), agreement.Date);
        Assert.Equal(Locale.Ru, agreement.Locale);
        Assert.Equal(new Vat(20, VatMode.Included), agreement.Vat);
        Assert.Equal(4.5m, agreement.Options[1].Hours);
        Assert.Null(agreement.Options[1].Price);
        Assert.Equal(SignerRole.Approves, agreement.Client.Signers[1].Role);
        Assert.Equal(2, agreement.Client.Signers[0].Order);
    }

    [Fact]
    public void Absent_sections_take_the_spec_defaults()
    {
        var agreement = Read(AgreementJsonFixture.Valid).Agreement!;

        Assert.Equal(3, agreement.Terms.AutoAcceptWorkingDays);
        Assert.Equal(4, agreement.Terms.Sla.Critical.ResponseHours);
        Assert.Equal(24, agreement.Terms.Sla.Normal.ResponseHours);
        Assert.Equal(SigningOrder.Parallel, agreement.Signing.Order);
        Assert.Equal(14, agreement.Signing.ExpiresInDays);
        Assert.Equal(["mon", "tue", "wed", "thu", "fri"], agreement.Schedule.WorkingDays);
        Assert.Equal(5, agreement.Payment.DueDays);
        Assert.Empty(agreement.ThirdPartyCosts);
        Assert.Equal(SignerRole.Signs, agreement.Contractor.Signers[0].Role);
        Assert.Equal(1, agreement.Contractor.Signers[0].Order);
    }

    [Fact]
    public void An_sla_level_given_without_response_hours_keeps_the_default_response_time()
    {
        var json = AgreementJsonFixture.With("/terms",
            """{ "sla": { "critical": { "resolutionHours": 8 }, "normal": { "resolutionHours": 72 } } }""");

        var sla = Read(json).Agreement!.Terms.Sla;

        Assert.Equal(new SlaLevel { ResponseHours = 4, ResolutionHours = 8 }, sla.Critical);
        Assert.Equal(new SlaLevel { ResponseHours = 24, ResolutionHours = 72 }, sla.Normal);
    }

    [Fact]
    public void Given_sla_response_hours_are_kept()
    {
        var json = AgreementJsonFixture.With("/terms", """{ "sla": { "critical": { "responseHours": 1 } } }""");

        Assert.Equal(1, Read(json).Agreement!.Terms.Sla.Critical.ResponseHours);
    }

    [Fact]
    public void Vat_null_means_vat_not_applicable()
    {
        var result = Read(AgreementJsonFixture.With("/vat", "null"));

        Assert.True(result.IsValid);
        Assert.Null(result.Agreement!.Vat);
    }

    [Theory]
    [InlineData("{ \"schemaVersion\": ", 1)]
    [InlineData("not json", 1)]
    [InlineData("", 1)]
    [InlineData("{\n  \"a\": 1,\n  \"b\": tru\n}", 3)]
    public void Text_that_is_not_json_is_one_error_at_the_root_with_its_line(string text, int line)
    {
        var result = Read(text);

        var error = Assert.Single(result.Errors);
        Assert.Equal("", error.Path);
        Assert.StartsWith("is not valid JSON", error.Message);
        if (text.Length > 0) Assert.Contains($"line {line},", error.Message);
        Assert.True(result.IsNotJson);
        Assert.Null(result.Agreement);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("null")]
    public void Json_that_is_not_an_object_is_one_error_at_the_root(string text)
    {
        var result = Read(text);

        var error = Assert.Single(result.Errors);
        Assert.Equal(new Problem("", "must be an object"), error);
        Assert.False(result.IsNotJson);
    }

    [Fact]
    public void Unknown_fields_are_warnings_with_their_path_and_do_not_block()
    {
        var json = AgreementJsonFixture.Edit(root =>
        {
            root["discount"] = 5;
            root["options"]![0]!["colour/shade~x"] = "red";
        });

        var result = Read(json);

        Assert.True(result.IsValid);
        // Document order: the options come before the field added at the end.
        Assert.Equal(["/options/0/colour~1shade~0x", "/discount"], result.Warnings.Select(w => w.Path));
    }

    [Fact]
    public void An_empty_object_reports_every_missing_required_field()
    {
        var result = Read("{}");

        string[] expected = ["/schemaVersion", "/number", "/date", "/locale", "/currency", "/contractor", "/client",
            "/project", "/stages", "/options", "/schedule", "/payment"];
        Assert.Equal(expected, result.Errors.Select(e => e.Path));
        Assert.All(result.Errors, e => Assert.Equal("is required", e.Message));
    }

    [Fact]
    public void Many_problems_in_one_document_are_all_reported_and_nothing_is_deserialized()
    {
        var json = AgreementJsonFixture.Edit(root =>
        {
            AgreementJsonFixture.Set(root, "/date", "\"2026-02-30\"");
            AgreementJsonFixture.Set(root, "/currency", "\"rub\"");
            AgreementJsonFixture.Set(root, "/options/1/hours", "-1");
            AgreementJsonFixture.Set(root, "/options/0/stage", "\"s9\"");
            AgreementJsonFixture.Set(root, "/client/email", "\"client-at-example.com\"");
            AgreementJsonFixture.Set(root, "/payment/prepaymentPercent", "120");
            root["extra"] = true;
        });

        var result = Read(json);

        Assert.Equal(
            ["/date", "/currency", "/client/email", "/options/1/hours", "/payment/prepaymentPercent", "/options/0/stage", "/stages/0"],
            result.Errors.Select(e => e.Path));
        Assert.Equal(["/extra"], result.Warnings.Select(w => w.Path));
        Assert.Null(result.Agreement);
        Assert.False(result.IsValid);
    }
}
