namespace DocFlow.Agreements.Model;

/// <summary>VAT rate in percent and whether prices already include it.</summary>
public sealed record Vat(decimal Rate, VatMode Mode);
