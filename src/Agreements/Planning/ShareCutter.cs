using DocFlow.Agreements.Money;

namespace DocFlow.Agreements.Planning;

/// <summary>
/// Splits a rounded whole (the total, or its VAT) over lines in proportion to their net amounts. Each line's share
/// is cut from cumulative sums — cut(i) = round(cumNet(i) × whole / netSum) — so shares never go negative and add
/// up to the whole exactly, and any run of lines gets the same sum whichever way it is grouped (stages or options).
/// </summary>
internal static class ShareCutter
{
    public static decimal[] Cut(IReadOnlyList<decimal> nets, decimal whole)
    {
        var netSum = nets.Sum();
        var shares = new decimal[nets.Count];
        if (netSum == 0) return shares;
        decimal cumulativeNet = 0, previousCut = 0;
        for (var i = 0; i < nets.Count; i++)
        {
            cumulativeNet += nets[i];
            var cut = i == nets.Count - 1 ? whole : Cents.Round(cumulativeNet * whole / netSum);
            shares[i] = cut - previousCut;
            previousCut = cut;
        }
        return shares;
    }
}
