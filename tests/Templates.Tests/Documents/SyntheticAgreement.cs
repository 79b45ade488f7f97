using DocFlow.Agreements.Model;

namespace DocFlow.Templates.Tests.Documents;

/// <summary>The ru-prepayment sample grown to any number of options (ten per stage), each with one scenario.</summary>
public static class SyntheticAgreement
{
    public static Agreement WithOptions(int count)
    {
        var sample = RealSamples.Agreement("ru-prepayment");
        var stages = Enumerable.Range(1, (count + 9) / 10).Select(i => new Stage { Id = $"s{i}", Title = $"Этап {i}: модуль обмена {i}" }).ToList();
        var options = Enumerable.Range(1, count).Select(i => new Option
        {
            Id = $"o{i}",
            Stage = $"s{(i - 1) / 10 + 1}",
            Title = $"Синхронизация сущности {i} между CRM и 1С",
            Description = "Двусторонний обмен карточками с разрешением конфликтов по времени изменения.",
            Hours = 4 + i % 5,
            Acceptance =
            [
                new Scenario
                {
                    Title = $"Карточка {i} попадает в 1С",
                    Steps = ["Изменить карточку в CRM", $"Открыть карточку {i} в 1С"],
                    Expected = [$"В 1С изменения карточки {i}"],
                },
            ],
        }).ToList();
        return sample with { Stages = stages, Options = options };
    }
}
