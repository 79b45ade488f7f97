using System.Text.Json.Nodes;

namespace DocFlow.Agreements.Tests.Validation;

/// <summary>
/// A small valid agreement as raw JSON, and edits by JSON Pointer, so each invalid-input test states one change.
/// </summary>
public static class AgreementJsonFixture
{
    public const string Valid = """
        {
          "schemaVersion": "1",
          "number": "42/2026",
          "date": "2026-03-02",
          "locale": "ru",
          "currency": "RUB",
          "vat": { "rate": 20, "mode": "included" },
          "contractor": {
            "name": "ООО «Подрядчик»", "kind": "company", "address": "Москва", "email": "contractor@example.com",
            "representative": { "name": "Иван Петров", "position": "Генеральный директор", "basis": "Устава" },
            "signers": [ { "name": "Иван Петров", "email": "contractor@example.com" } ]
          },
          "client": {
            "name": "ООО «Заказчик»", "kind": "company", "address": "Казань", "email": "client@example.com",
            "representative": { "name": "Анна Смирнова" },
            "signers": [
              { "name": "Анна Смирнова", "email": "client@example.com", "role": "signs", "order": 2 },
              { "name": "Олег Юрист", "email": "legal@example.com", "role": "approves", "order": 1 }
            ]
          },
          "project": { "title": "Интеграция CRM", "summary": "Заказы с сайта попадают в CRM." },
          "rate": { "hourly": 2500 },
          "stages": [ { "id": "s1", "title": "Этап 1" }, { "id": "s2", "title": "Этап 2" } ],
          "options": [
            { "id": "o1", "stage": "s1", "title": "Обмен заказами", "description": "Заказы попадают в CRM.", "hours": 10, "price": 30000,
              "acceptance": [ { "title": "Заказ в CRM", "steps": ["Оформить заказ"], "expected": ["Сделка создана"] } ] },
            { "id": "o2", "stage": "s2", "title": "Отчёт", "description": "Отчёт по продажам.", "hours": 4.5,
              "acceptance": [ { "title": "Отчёт строится", "steps": ["Открыть отчёт"], "expected": ["Цифры совпадают"] } ] }
          ],
          "schedule": { "start": "2026-03-02", "hoursPerDay": 4 },
          "payment": { "scheme": "prepayment", "prepaymentPercent": 70 }
        }
        """;

    /// <summary>The valid agreement with the value at <paramref name="pointer"/> replaced by raw JSON, or removed when null.</summary>
    public static string With(string pointer, string? rawValue) => Edit(root => Set(root, pointer, rawValue));

    public static string Edit(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(Valid)!.AsObject();
        change(root);
        return root.ToJsonString();
    }

    public static void Set(JsonNode root, string pointer, string? rawValue)
    {
        var segments = pointer.Split('/')[1..].Select(s => s.Replace("~1", "/").Replace("~0", "~")).ToArray();
        var parent = segments[..^1].Aggregate(root, (node, segment) =>
            node is JsonArray array ? array[int.Parse(segment)]! : node[segment]!);
        var last = segments[^1];
        var value = rawValue is null ? null : JsonNode.Parse(rawValue);
        if (parent is JsonArray list)
        {
            if (rawValue is null) list.RemoveAt(int.Parse(last));
            else list[int.Parse(last)] = value;
        }
        else if (rawValue is null) parent.AsObject().Remove(last);
        else parent[last] = value;
    }
}
