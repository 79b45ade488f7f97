namespace DocFlow.Agreements.Money;

/// <summary>The one rounding rule of every printed amount: to cents, midpoint away from zero (2 625,075 → 2 625,08).</summary>
public static class Cents
{
    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
