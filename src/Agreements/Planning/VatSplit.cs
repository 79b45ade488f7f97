using DocFlow.Agreements.Model;
using DocFlow.Agreements.Money;

namespace DocFlow.Agreements.Planning;

/// <summary>Subtotal, VAT and total, VAT rounded once on the whole: included, added or not applicable.</summary>
internal sealed record VatSplit(decimal Subtotal, decimal Vat, decimal Total)
{
    public static VatSplit Of(decimal subtotal, Vat? vat) => vat switch
    {
        null => new(subtotal, 0, subtotal),
        { Mode: VatMode.Included } => new(subtotal, Cents.Round(subtotal * vat.Rate / (100 + vat.Rate)), subtotal),
        _ => Added(subtotal, Cents.Round(subtotal * vat.Rate / 100)),
    };

    private static VatSplit Added(decimal subtotal, decimal vat) => new(subtotal, vat, subtotal + vat);
}
