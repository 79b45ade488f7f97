using DocFlow.Agreements.Model;

namespace DocFlow.Templates.ViewModels;

internal static class PartyViewFactory
{
    public static PartyView Create(Party party) => new()
    {
        Name = party.Name,
        DisplayName = party.DisplayName,
        Kind = LocaleFormat.Code(party.Kind),
        TaxId = party.TaxId,
        RegistrationNumber = party.RegistrationNumber,
        Address = party.Address,
        Email = party.Email,
        Phone = party.Phone,
        Bank = party.Bank is { } b ? new BankView(b.Name, b.Account, b.Bic, b.CorrespondentAccount, b.Iban, b.Swift) : null,
        RepresentativeName = party.Representative.Name,
        RepresentativePosition = party.Representative.Position,
        RepresentativeBasis = party.Representative.Basis,
        Signers = party.Signers.Select(s => new SignerView(s.Name, s.Email, LocaleFormat.Code(s.Role))).ToList(),
    };
}
