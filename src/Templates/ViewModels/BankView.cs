namespace DocFlow.Templates.ViewModels;

public sealed record BankView(string Name, string Account, string? Bic, string? CorrespondentAccount, string? Iban, string? Swift);
