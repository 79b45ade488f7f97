using DocFlow.Agreements.Model;
using DocFlow.Agreements.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace DocFlow.Agreements.Tests.Properties;

/// <summary>
/// Random valid agreements: 1–4 stages each with at least one option, quarter-hour options, prices in cents or from a
/// rate, any VAT mode, any scheme, odd working weeks and clusters of holidays, so every rounding and calendar path is hit.
/// </summary>
public static class AgreementGenerators
{
    private static readonly string[] DayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    public static Arbitrary<Agreement> Agreements() => AgreementGen.ToArbitrary();

    public static Gen<Agreement> AgreementGen =>
        from stageCount in Gen.Choose(1, 4)
        from extraOptions in Gen.Choose(0, 6)
        from options in Gen.ArrayOf(OptionGen, stageCount + extraOptions)
        from stageOfExtra in Gen.ArrayOf(Gen.Choose(1, stageCount), extraOptions)
        from rate in Gen.Choose(1, 500_000).Select(Cents)
        from vat in VatGen
        from payment in PaymentGen
        from schedule in ScheduleGen
        from riskReserve in Gen.Choose(0, 50)
        select Build(stageCount, options, stageOfExtra, rate, vat, payment, schedule, riskReserve);

    private static Agreement Build(int stageCount, (decimal Hours, decimal? Price)[] options, int[] stageOfExtra,
        decimal rate, Vat? vat, Payment payment, Schedule schedule, int riskReserve)
    {
        var builder = new AgreementBuilder().WithRate(rate).With(a => a with { Vat = vat, Schedule = schedule })
            .WithPayment(payment).WithRiskReserve(riskReserve);
        for (var s = 1; s <= stageCount; s++) builder.WithStage($"s{s}");
        // The first option of each stage guarantees no stage is empty; the rest land anywhere, in listed order.
        var stageOf = Enumerable.Range(1, stageCount).Concat(stageOfExtra).ToArray();
        for (var i = 0; i < options.Length; i++)
            builder.WithOption($"o{i + 1}", options[i].Hours, options[i].Price, stage: $"s{stageOf[i]}");
        return builder.Build();
    }

    private static Gen<(decimal, decimal?)> OptionGen =>
        from quarterHours in Gen.Choose(1, 400)
        from hasPrice in Gen.Elements(true, false)
        from cents in Gen.Frequency((1, Gen.Choose(0, 9)), (4, Gen.Choose(1, int.MaxValue / 2)))
        select (quarterHours / 4m, hasPrice ? Cents(cents) : (decimal?)null);

    private static Gen<Vat?> VatGen =>
        from kind in Gen.Choose(0, 2)
        from rate in Gen.Elements(0m, 5m, 7m, 10m, 12m, 15m, 18m, 20m, 22m, 12.5m)
        select kind switch { 0 => null, 1 => new Vat(rate, VatMode.Included), _ => (Vat?)new Vat(rate, VatMode.Added) };

    private static Gen<Payment> PaymentGen =>
        from scheme in Gen.Elements(PaymentScheme.Prepayment, PaymentScheme.PerStage, PaymentScheme.HourlyPrepaid)
        from percent in Gen.Choose(0, 100)
        from hasPercent in Gen.Elements(true, false)
        from block in Gen.Choose(1, 80)
        from due in Gen.Choose(1, 30)
        select new Payment
        {
            Scheme = scheme,
            PrepaymentPercent = hasPercent ? percent : null,
            MinimumBlockHours = block / 2m,
            DueDays = due,
        };

    private static Gen<Schedule> ScheduleGen =>
        from dayOffset in Gen.Choose(0, 365 * 10)
        from halfHoursPerDay in Gen.Choose(2, 24)
        from week in Gen.SubListOf(DayNames).Where(days => days.Count > 0)
        from holidayOffsets in Gen.ListOf(Gen.Choose(0, 120), 20)
        from buffer in Gen.Choose(0, 100)
        let start = new DateOnly(2020, 1, 1).AddDays(dayOffset)
        select new Schedule
        {
            Start = start,
            HoursPerDay = halfHoursPerDay / 2m,
            WorkingDays = [.. week],
            Holidays = holidayOffsets.Select(offset => start.AddDays(offset)).Distinct().ToList(),
            BufferPercent = buffer,
        };

    private static decimal Cents(int cents) => cents / 100m;
}
