namespace DocFlow.Agreements.Tests.Properties;

/// <summary>A random amount within what can be spelled, with its whole and minor parts known independently.</summary>
public sealed record MoneyAmount(long Whole, long Minor)
{
    public decimal Value => Whole + Minor / 100m;
}
