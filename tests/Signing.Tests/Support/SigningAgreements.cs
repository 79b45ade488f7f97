using DocFlow.Agreements.Model;

namespace DocFlow.Signing.Tests.Support;

/// <summary>Minimal agreements for signing tests: only parties, signers and signing settings matter here.</summary>
public static class SigningAgreements
{
    public const string ContractorEmail = "office@contractor.example";

    public static Agreement With(
        IReadOnlyList<Signer> contractorSigners,
        IReadOnlyList<Signer> clientSigners,
        SigningOrder order = SigningOrder.Parallel,
        int expiresInDays = 14,
        bool oneTimeCode = true) => new()
    {
        SchemaVersion = "1.0",
        Number = "DF-2026-001",
        Date = new DateOnly(2026, 11, 23),
        Locale = Locale.Ru,
        Currency = "RUB",
        Contractor = Party("ООО «Подрядчик»", ContractorEmail, contractorSigners),
        Client = Party("ООО «Клиент»", "info@client.example", clientSigners),
        Project = new Project { Title = "Bitrix24 ↔ 1C", Summary = "Integration" },
        Stages = [new Stage { Id = "s1", Title = "Stage 1" }],
        Options = [],
        Schedule = new Schedule { Start = new DateOnly(2026, 12, 1), HoursPerDay = 8 },
        Payment = new Payment { Scheme = PaymentScheme.Prepayment, PrepaymentPercent = 50 },
        Signing = new SigningSettings { Order = order, ExpiresInDays = expiresInDays, OneTimeCode = oneTimeCode },
    };

    /// <summary>One contractor signer (order 1) and one client signer (order 2).</summary>
    public static Agreement TwoSigners(SigningOrder order = SigningOrder.Parallel, bool oneTimeCode = true) => With(
        [Signer("Иван Петров", "ivan@contractor.example", 1)],
        [Signer("Мария Смирнова", "maria@client.example", 2)],
        order, oneTimeCode: oneTimeCode);

    public static Signer Signer(string name, string email, int order = 1, SignerRole role = SignerRole.Signs) =>
        new() { Name = name, Email = email, Order = order, Role = role };

    private static Party Party(string name, string email, IReadOnlyList<Signer> signers) => new()
    {
        Name = name,
        Kind = PartyKind.Company,
        Address = "Moscow",
        Email = email,
        Representative = new Representative { Name = signers.FirstOrDefault()?.Name ?? "Director" },
        Signers = signers,
    };
}
