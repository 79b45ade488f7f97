namespace DocFlow.Agreements.Money.Words;

/// <summary>A currency's major and minor unit in one language.</summary>
internal sealed record CurrencyNames(UnitForms Major, UnitForms Minor);
