using DocFlow.Agreements.Model;

namespace DocFlow.Bench;

/// <summary>A realistic agreement with any number of options (five per stage), for measuring growth with size.</summary>
public static class SyntheticAgreement
{
    public static Agreement WithOptions(int count, Locale locale = Locale.Ru)
    {
        var stageCount = Math.Max(1, (count + 4) / 5);
        var stages = Enumerable.Range(1, stageCount)
            .Select(i => new Stage { Id = $"s{i}", Title = $"Этап {i}: интеграция модуля {i}", Description = "Проектирование, разработка, тестирование." })
            .ToList();
        var options = Enumerable.Range(1, count).Select(i => new Option
        {
            Id = $"o{i}",
            Stage = $"s{(i - 1) / 5 + 1}",
            Title = $"Синхронизация сущности {i} между CRM и 1С",
            Description = "Двусторонний обмен карточками с разрешением конфликтов по времени изменения и журналом ошибок обмена.",
            Hours = 6 + i % 7,
            Price = i % 3 == 0 ? 45_000.50m + i : null,
            Acceptance =
            [
                new Scenario
                {
                    Title = $"Изменение карточки {i} в CRM попадает в 1С",
                    Preconditions = ["Обмен включён", "У пользователя есть права менеджера"],
                    Steps = ["Открыть карточку в CRM", "Изменить телефон и сохранить", "Открыть ту же карточку в 1С через 5 минут"],
                    Expected = ["В 1С новый телефон", "В журнале обмена запись без ошибок"],
                },
            ],
        }).ToList();
        return new Agreement
        {
            SchemaVersion = "1",
            Id = $"bench-{count}",
            Number = "42/2026",
            Date = new DateOnly(2026, 3, 2),
            City = "Москва",
            Locale = locale,
            Currency = "RUB",
            Vat = new Vat(20, VatMode.Included),
            Contractor = Party("ООО «Интеграция»", "contractor@example.com"),
            Client = Party("АО «Клиент & Партнёры»", "client@example.com"),
            Project = new Project
            {
                Title = "Интеграция CRM и 1С",
                Summary = "Обмен клиентами, сделками и счетами между Битрикс24 и 1С:УНФ.",
                CurrentState = "Данные переносятся вручную.",
                Goals = ["Без ручного ввода", "Единая база клиентов"],
                OutOfScope = ["Доработка конфигурации 1С", "Миграция архивных данных до 2020 года"],
            },
            Rate = new Rate(3_500m),
            Stages = stages,
            Options = options,
            Schedule = new Schedule { Start = new DateOnly(2026, 3, 9), HoursPerDay = 6, BufferPercent = 10 },
            Payment = new Payment { Scheme = PaymentScheme.Prepayment, PrepaymentPercent = 50 },
            RiskReservePercent = 10,
            ThirdPartyCosts = [new Cost { Title = "Лицензия коннектора", Amount = 12_000m, Period = CostPeriod.Yearly, Payer = Payer.Client }],
        };
    }

    private static Party Party(string name, string email) => new()
    {
        Name = name,
        Kind = PartyKind.Company,
        TaxId = "7701234567",
        Address = "г. Москва, ул. Тверская, д. 1",
        Email = email,
        Bank = new Bank { Name = "ПАО Сбербанк", Account = "40702810900000000001", Bic = "044525225", CorrespondentAccount = "30101810400000000225" },
        Representative = new Representative { Name = "Иванов Иван Иванович", Position = "Генеральный директор", Basis = "Устава" },
        Signers = [new Signer { Name = "Иванов Иван Иванович", Email = email }],
    };
}
