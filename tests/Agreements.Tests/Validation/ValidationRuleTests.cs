using DocFlow.Agreements.Validation;

namespace DocFlow.Agreements.Tests.Validation;

/// <summary>One change to a valid agreement per row: the rule it breaks must be reported at the expected path.</summary>
public sealed class ValidationRuleTests
{
    [Theory]
    // shape and required fields
    [InlineData("/schemaVersion", "\"2\"", "/schemaVersion", "must be \"1\"")]
    [InlineData("/schemaVersion", "1", "/schemaVersion", "must be \"1\"")]
    [InlineData("/number", null, "/number", "is required")]
    [InlineData("/number", "\"  \"", "/number", "must not be empty")]
    [InlineData("/number", "42", "/number", "must be a string")]
    [InlineData("/locale", "\"de\"", "/locale", "must be one of: ru, uk, en")]
    [InlineData("/id", "\"has space\"", "/id", "must be an id")]
    [InlineData("/id", "\"a123456789a123456789a123456789a123456789a123456789a123456789abcde\"", "/id", "must be an id")]
    [InlineData("/contractor/representative", null, "/contractor/representative", "is required")]
    [InlineData("/contractor/kind", "\"llc\"", "/contractor/kind", "must be one of: company, entrepreneur, person")]
    [InlineData("/project/goals", "\"grow\"", "/project/goals", "must be a list")]
    [InlineData("/project/outOfScope", "[\"\"]", "/project/outOfScope/0", "must not be empty")]
    [InlineData("/stages", "[]", "/stages", "at least one stage")]
    [InlineData("/stages/0/id", null, "/stages/0/id", "is required")]
    [InlineData("/options/0/title", null, "/options/0/title", "is required")]
    [InlineData("/vat/mode", "\"exempt\"", "/vat/mode", "must be one of: included, added")]
    [InlineData("/vat", "20", "/vat", "must be an object or null")]
    [InlineData("/vat/rate", null, "/vat/rate", "is required")]
    // formats
    [InlineData("/date", "\"2026-02-30\"", "/date", "real calendar date")]
    [InlineData("/date", "\"02.03.2026\"", "/date", "YYYY-MM-DD")]
    [InlineData("/schedule/start", "\"soon\"", "/schedule/start", "YYYY-MM-DD")]
    [InlineData("/schedule/holidays", "[\"2026-13-01\"]", "/schedule/holidays/0", "real calendar date")]
    [InlineData("/currency", "\"rub\"", "/currency", "three capital letters")]
    [InlineData("/currency", "\"RUBL\"", "/currency", "three capital letters")]
    [InlineData("/client/email", "\"client@example\"", "/client/email", "e-mail address")]
    [InlineData("/client/signers/0/email", "\"two@@example.com\"", "/client/signers/0/email", "e-mail address")]
    [InlineData("/contractor/bank", "{ \"name\": \"Bank\", \"account\": \"1\", \"iban\": \"de89 3704\" }", "/contractor/bank/iban", "IBAN")]
    // ranges and decimals
    [InlineData("/options/0/hours", "0", "/options/0/hours", "greater than 0")]
    [InlineData("/options/0/hours", "\"10\"", "/options/0/hours", "must be a number")]
    [InlineData("/options/0/price", "-1", "/options/0/price", "must not be negative")]
    [InlineData("/options/0/price", "100.005", "/options/0/price", "at most 2 decimal places")]
    [InlineData("/rate/hourly", "12.345", "/rate/hourly", "at most 2 decimal places")]
    [InlineData("/options/0/revisionsIncluded", "1.5", "/options/0/revisionsIncluded", "must be a whole number")]
    [InlineData("/riskReservePercent", "51", "/riskReservePercent", "at most 50")]
    [InlineData("/payment/prepaymentPercent", "100.01", "/payment/prepaymentPercent", "at most 100")]
    [InlineData("/vat/rate", "-5", "/vat/rate", "must not be negative")]
    [InlineData("/schedule/hoursPerDay", "0.5", "/schedule/hoursPerDay", "at least 1")]
    [InlineData("/schedule/bufferPercent", "101", "/schedule/bufferPercent", "at most 100")]
    [InlineData("/client/signers/0/order", "0", "/client/signers/0/order", "at least 1")]
    [InlineData("/terms", "{ \"autoAcceptWorkingDays\": -1 }", "/terms/autoAcceptWorkingDays", "must not be negative")]
    [InlineData("/terms", "{ \"delayPenaltyCapPercent\": 150 }", "/terms/delayPenaltyCapPercent", "at most 100")]
    [InlineData("/terms", "{ \"moneyBackGuarantee\": \"yes\" }", "/terms/moneyBackGuarantee", "must be true or false")]
    [InlineData("/signing", "{ \"expiresInDays\": 0 }", "/signing/expiresInDays", "at least 1")]
    [InlineData("/signing", "{ \"order\": \"random\" }", "/signing/order", "must be one of: parallel, sequential")]
    [InlineData("/payment/dueDays", "-2", "/payment/dueDays", "must not be negative")]
    [InlineData("/payment/scheme", "\"credit\"", "/payment/scheme", "must be one of: prepayment, per-stage, hourly-prepaid")]
    [InlineData("/thirdPartyCosts", "[{ \"title\": \"Лицензия\", \"amount\": 10, \"period\": \"weekly\", \"payer\": \"client\" }]", "/thirdPartyCosts/0/period", "must be one of: once, monthly, yearly")]
    [InlineData("/thirdPartyCosts", "[{ \"title\": \"Лицензия\", \"period\": \"once\" }]", "/thirdPartyCosts/0/payer", "is required")]
    // working days
    [InlineData("/schedule/workingDays", "[]", "/schedule/workingDays", "at least one working day")]
    [InlineData("/schedule/workingDays", "[\"mon\", \"monday\"]", "/schedule/workingDays/1", "must be one of: mon, tue")]
    [InlineData("/schedule/workingDays", "[\"mon\", \"tue\", \"mon\"]", "/schedule/workingDays/2", "already in the list")]
    // lists that must not be empty
    [InlineData("/options/0/acceptance", "[]", "/options/0/acceptance", "at least one acceptance scenario")]
    [InlineData("/options/0/acceptance", null, "/options/0/acceptance", "is required")]
    [InlineData("/options/0/acceptance/0/steps", "[]", "/options/0/acceptance/0/steps", "at least one step")]
    [InlineData("/options/0/acceptance/0/expected", "[]", "/options/0/acceptance/0/expected", "at least one expected result")]
    [InlineData("/contractor/signers", "[]", "/contractor/signers", "at least one signer")]
    // cross-field rules
    [InlineData("/options/0/stage", "\"s9\"", "/options/0/stage", "no stage with id \"s9\"")]
    [InlineData("/stages/1/id", "\"s1\"", "/stages/1/id", "stage id \"s1\" is already used at /stages/0/id")]
    [InlineData("/options/1/id", "\"o1\"", "/options/1/id", "option id \"o1\" is already used at /options/0/id")]
    [InlineData("/options/1/stage", "\"s1\"", "/stages/1", "stage \"s2\" has no options")]
    [InlineData("/rate", null, "/options/1/price", "no rate.hourly")]
    [InlineData("/payment/prepaymentPercent", null, "/payment/prepaymentPercent", "required when the payment scheme is prepayment")]
    [InlineData("/client/signers/1/email", "\"CLIENT@example.com\"", "/client/signers/1/email", "already the e-mail of signer 0")]
    [InlineData("/contractor/signers/0/role", "\"copy\"", "/contractor/signers", "at least one signer with role \"signs\"")]
    [InlineData("/terms", "{ \"sla\": { \"critical\": { \"resolutionHours\": 2 } } }", "/terms/sla/critical/resolutionHours", "response time (4 hours)")]
    public void Each_rule_reports_its_path(string pointer, string? rawValue, string expectedPath, string expectedMessagePart)
    {
        var result = new AgreementReader().Read(AgreementJsonFixture.With(pointer, rawValue));

        // Contains, not Single: one change can rightly break two rules (a stage renamed leaves its options orphaned).
        Assert.Contains(result.Errors, e => e.Path == expectedPath && e.Message.Contains(expectedMessagePart));
        Assert.Null(result.Agreement);
    }

    [Theory]
    [InlineData("/payment", "{ \"scheme\": \"hourly-prepaid\", \"prepaymentPercent\": 50 }", "/payment/prepaymentPercent")]
    [InlineData("/schedule/start", "\"2026-03-01\"", "/schedule/start")]
    public void Questionable_but_readable_input_is_a_warning(string pointer, string rawValue, string expectedPath)
    {
        var result = new AgreementReader().Read(AgreementJsonFixture.With(pointer, rawValue));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(expectedPath, Assert.Single(result.Warnings).Path);
    }

    [Fact]
    public void A_field_given_twice_in_one_object_is_an_error()
    {
        var json = AgreementJsonFixture.Valid.Replace("\"title\": \"Этап 1\"", "\"title\": \"Этап 1\", \"title\": \"Этап 2\"");

        var error = Assert.Single(new AgreementReader().Read(json).Errors);

        Assert.Equal(new Problem("/stages/0/title", "is given more than once"), error);
    }

    [Theory]
    [InlineData("/number", "42", "must be a string")]
    [InlineData("/options/0/price", "100.005", "must have at most 2 decimal places")]
    [InlineData("/riskReservePercent", "51", "must be at most 50")]
    public void A_shape_error_is_the_only_error(string pointer, string rawValue, string message)
    {
        var error = Assert.Single(new AgreementReader().Read(AgreementJsonFixture.With(pointer, rawValue)).Errors);

        Assert.Equal(new Problem(pointer, message), error);
    }

    [Theory]
    [InlineData("/payment", "{ \"scheme\": \"per-stage\" }")]
    [InlineData("/payment", "{ \"scheme\": \"per-stage\", \"prepaymentPercent\": 30 }")]
    [InlineData("/payment", "{ \"scheme\": \"hourly-prepaid\", \"minimumBlockHours\": 20 }")]
    [InlineData("/options/0/price", "0.07")]
    [InlineData("/options/0/hours", "0.25")]
    [InlineData("/schedule/workingDays", "[\"sun\", \"sat\"]")]
    [InlineData("/client/signers/1/role", "\"copy\"")]
    public void Edge_values_inside_the_rules_are_accepted(string pointer, string rawValue)
    {
        var result = new AgreementReader().Read(AgreementJsonFixture.With(pointer, rawValue));

        Assert.Empty(result.Errors);
    }
}
