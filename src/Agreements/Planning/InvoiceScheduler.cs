using DocFlow.Agreements.Model;
using DocFlow.Agreements.Money;

namespace DocFlow.Agreements.Planning;

/// <summary>
/// The payment schedule of each scheme. Invoices add up to the total exactly (the last part of a split takes the
/// rounding remainder) and a part that comes to zero is left out rather than invoiced.
/// </summary>
internal static class InvoiceScheduler
{
    public static IReadOnlyList<Invoice> Schedule(Payment payment, decimal total, decimal totalHours, IReadOnlyList<StagePlan> stages)
    {
        var parts = payment.Scheme switch
        {
            PaymentScheme.Prepayment => Prepayment(payment.PrepaymentPercent ?? 0, total),
            PaymentScheme.PerStage => PerStage(payment.PrepaymentPercent ?? 0, stages),
            PaymentScheme.HourlyPrepaid => HourlyBlocks(payment.MinimumBlockHours, total, totalHours),
            _ => throw new ArgumentOutOfRangeException(nameof(payment), payment.Scheme, "Unknown payment scheme."),
        };
        return parts
            .Where(part => part.Amount != 0)
            .Select((part, index) => part with { Number = index + 1, DueWorkingDays = payment.DueDays })
            .ToList();
    }

    private static IEnumerable<Invoice> Prepayment(decimal percent, decimal total)
    {
        var prepaid = Percent(total, percent);
        yield return Part("signing", prepaid);
        yield return Part("final-act", total - prepaid);
    }

    private static IEnumerable<Invoice> PerStage(decimal percent, IReadOnlyList<StagePlan> stages)
    {
        foreach (var stage in stages)
        {
            var prepaid = Percent(stage.AmountWithVat, percent);
            yield return Part($"stage-start:{stage.Id}", prepaid) with { StageId = stage.Id };
            yield return Part($"stage:{stage.Id}", stage.AmountWithVat - prepaid) with { StageId = stage.Id };
        }
    }

    /// <remarks>
    /// Every full block costs the same, round(total × blockHours / totalHours), and the last (possibly shorter) block
    /// takes the remainder. Only when rounding the full blocks up would leave the last one negative (a few cents spread
    /// over many hours) are the blocks cut from cumulative sums instead, which never goes negative.
    /// </remarks>
    private static IEnumerable<Invoice> HourlyBlocks(decimal minimumBlockHours, decimal total, decimal totalHours)
    {
        if (totalHours <= 0) return [];
        var block = minimumBlockHours > 0 && minimumBlockHours < totalHours ? minimumBlockHours : totalHours;
        var fullBlocks = (int)Math.Ceiling(totalHours / block) - 1;
        var lastHours = totalHours - fullBlocks * block;
        var hours = Enumerable.Repeat(block, fullBlocks).Append(lastHours).ToList();

        var blockPrice = Cents.Round(total * block / totalHours);
        var amounts = total - fullBlocks * blockPrice >= 0
            ? Enumerable.Repeat(blockPrice, fullBlocks).Append(total - fullBlocks * blockPrice).ToArray()
            : ShareCutter.Cut(hours, total);
        return hours.Select((h, i) => Part("hours-block", amounts[i]) with { Hours = h });
    }

    private static decimal Percent(decimal amount, decimal percent) => Cents.Round(amount * percent / 100);

    private static Invoice Part(string trigger, decimal amount) =>
        new() { Number = 0, Amount = amount, Trigger = trigger, DueWorkingDays = 0 };
}
