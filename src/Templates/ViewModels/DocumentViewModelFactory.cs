using DocFlow.Agreements.Fingerprint;
using DocFlow.Agreements.Model;
using DocFlow.Agreements.Planning;
using DocFlow.Templates.Rendering;

namespace DocFlow.Templates.ViewModels;

/// <summary>
/// Document context → the view model the templates print: every figure formatted for the locale, enum values as
/// data-contract codes for the templates to put into words. No wording here.
/// </summary>
public static class DocumentViewModelFactory
{
    public static DocumentViewModel Create(DocumentContext context, DocumentKind kind)
    {
        var agreement = context.Agreement;
        var plan = context.Plan;
        var format = new LocaleFormat(agreement.Locale, agreement.Currency);
        var stageFactory = new StageViewFactory(agreement, plan, format);
        var stages = stageFactory.Stages();
        var options = stages.SelectMany(s => s.Options).OrderBy(o => o.Number).ToList();
        return new DocumentViewModel
        {
            Number = agreement.Number,
            Date = format.Date(agreement.Date),
            City = agreement.City,
            Currency = agreement.Currency,
            Fingerprint = AgreementFingerprint.Short(context.Fingerprint),
            Contractor = PartyViewFactory.Create(agreement.Contractor),
            Client = PartyViewFactory.Create(agreement.Client),
            Project = Project(agreement.Project),
            Totals = Totals(agreement, plan, format),
            Stages = stages,
            Options = options,
            Invoices = plan.Invoices.Select(i => Invoice(i, stages, format)).ToList(),
            Costs = agreement.ThirdPartyCosts.Select(c => Cost(c, format)).ToList(),
            Payment = Payment(agreement.Payment, format),
            Terms = Terms(agreement.Terms, format),
            Schedule = new ScheduleView(format.Date(agreement.Schedule.Start), format.Date(plan.ProjectEnd), plan.BufferDays, format.Number(agreement.Schedule.HoursPerDay)),
            SigningExpiresInDays = agreement.Signing.ExpiresInDays,
            OneTimeCode = agreement.Signing.OneTimeCode,
            Act = kind.IsAct ? Act(context, kind.ActStageId!, stages, plan, format) : null,
            Termination = context.Termination is { } t ? TerminationViewFactory.Create(t, options, format) : null,
        };
    }

    private static ProjectView Project(Project project) =>
        new(project.Title, project.Summary, project.CurrentState, project.Goals, project.OutOfScope);

    private static TotalsView Totals(Agreement agreement, AgreementPlan plan, LocaleFormat format) => new()
    {
        Hours = format.Number(plan.Totals.Hours),
        Subtotal = format.Money(plan.Totals.Subtotal),
        Vat = agreement.Vat is null ? null : format.Money(plan.Totals.Vat),
        VatRate = agreement.Vat is null ? null : format.Number(agreement.Vat.Rate),
        VatMode = agreement.Vat is null ? null : LocaleFormat.Code(agreement.Vat.Mode),
        Total = format.Money(plan.Totals.Total),
        TotalInWords = plan.Totals.TotalInWords,
        RiskReserve = agreement.RiskReservePercent is > 0 ? format.Money(plan.Totals.RiskReserve) : null,
        RiskReservePercent = agreement.RiskReservePercent is > 0 ? format.Number(agreement.RiskReservePercent.Value) : null,
        HourlyRate = agreement.Rate is null ? null : format.Money(agreement.Rate.Hourly),
    };

    private static InvoiceView Invoice(Invoice invoice, IReadOnlyList<StageView> stages, LocaleFormat format)
    {
        var stage = stages.FirstOrDefault(s => s.Id == invoice.StageId);
        var separator = invoice.Trigger.IndexOf(':');
        return new InvoiceView
        {
            Number = invoice.Number,
            Amount = format.Money(invoice.Amount),
            Trigger = separator < 0 ? invoice.Trigger : invoice.Trigger[..separator],
            DueWorkingDays = invoice.DueWorkingDays,
            StageNumber = stage?.Number,
            StageTitle = stage?.Title,
            Hours = format.Number(invoice.Hours),
        };
    }

    private static CostView Cost(Cost cost, LocaleFormat format) =>
        new(cost.Title, cost.Amount is null ? null : format.Money(cost.Amount.Value), LocaleFormat.Code(cost.Period), LocaleFormat.Code(cost.Payer), cost.Note);

    private static PaymentView Payment(Payment payment, LocaleFormat format) =>
        new(LocaleFormat.Code(payment.Scheme), format.Number(payment.PrepaymentPercent), format.Number(payment.MinimumBlockHours), payment.DueDays);

    private static TermsView Terms(Terms terms, LocaleFormat format) => new()
    {
        AutoAcceptWorkingDays = terms.AutoAcceptWorkingDays,
        RevisionsIncluded = terms.RevisionsIncluded,
        SupportMonths = terms.SupportMonths,
        CriticalResponseHours = format.Number(terms.Sla.Critical.ResponseHours),
        CriticalResolutionHours = format.Number(terms.Sla.Critical.ResolutionHours),
        NormalResponseHours = format.Number(terms.Sla.Normal.ResponseHours),
        NormalResolutionHours = format.Number(terms.Sla.Normal.ResolutionHours),
        WorkingHours = terms.Sla.WorkingHours,
        TimeZone = terms.Sla.TimeZone,
        ClientMaterialsWorkingDays = terms.ClientMaterialsWorkingDays,
        ReminderEveryWorkingDays = terms.ReminderEveryWorkingDays,
        ResumeNoticeDays = terms.ResumeNoticeDays,
        DelayPenaltyPercentPerDay = format.Number(terms.DelayPenaltyPercentPerDay),
        DelayPenaltyCapPercent = format.Number(terms.DelayPenaltyCapPercent),
        MoneyBackGuarantee = terms.MoneyBackGuarantee,
    };

    private static ActView Act(DocumentContext context, string stageId, IReadOnlyList<StageView> stages, AgreementPlan plan, LocaleFormat format)
    {
        var stage = stages.FirstOrDefault(s => s.Id == stageId)
            ?? throw new ArgumentException($"The agreement has no stage '{stageId}'.", nameof(stageId));
        var stagePlan = plan.Stages[stage.Number - 1];
        return new ActView
        {
            Number = $"{context.Agreement.Number}-{stage.Number}",
            Date = format.Date(context.ActDate ?? stagePlan.End),
            Stage = stage,
            TotalInWords = format.Words(stagePlan.AmountWithVat),
        };
    }
}
