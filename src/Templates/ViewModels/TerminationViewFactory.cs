using DocFlow.Agreements.Termination;

namespace DocFlow.Templates.ViewModels;

internal static class TerminationViewFactory
{
    public static TerminationView Create(TerminationStatement statement, IReadOnlyList<OptionView> options, LocaleFormat format) => new()
    {
        Date = format.Date(statement.Date),
        DeliveredOptions = options.Where(o => statement.DeliveredOptionIds.Contains(o.Id)).ToList(),
        DeliveredValue = format.Money(statement.DeliveredValue),
        DeliveredValueInWords = format.Words(statement.DeliveredValue),
        AmountPaid = format.Money(statement.AmountPaid),
        AmountPaidInWords = format.Words(statement.AmountPaid),
        Refund = statement.Refund > 0 ? format.Money(statement.Refund) : null,
        RefundInWords = statement.Refund > 0 ? format.Words(statement.Refund) : null,
        Owed = statement.Owed > 0 ? format.Money(statement.Owed) : null,
        OwedInWords = statement.Owed > 0 ? format.Words(statement.Owed) : null,
    };
}
