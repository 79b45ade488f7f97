using System.Text.Json;
using DocFlow.Agreements.Model;

namespace DocFlow.Agreements.Validation;

/// <summary>
/// The rules a schema cannot say: references between stages and options, uniqueness of ids, what a payment scheme
/// needs, who can sign. Run on the raw JSON after the schema walk, so they are reported together with shape errors.
/// </summary>
internal sealed class CrossFieldRules(JsonElement root, ProblemSink sink)
{
    public void Check()
    {
        var stageIds = UniqueIds("stages", "stage");
        UniqueIds("options", "option");
        CheckOptionStages(stageIds);
        CheckStagesHaveOptions();
        CheckPrices();
        CheckPayment();
        CheckSigners("contractor");
        CheckSigners("client");
        CheckSla("critical", new Sla().Critical.ResponseHours);
        CheckSla("normal", new Sla().Normal.ResponseHours);
        CheckDates();
    }

    /// <summary>Reports repeated ids and returns the set of ids seen.</summary>
    private HashSet<string> UniqueIds(string list, string noun)
    {
        var firstPath = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (item, index) in root.Items(list))
        {
            if (item.String("id") is not { } id) continue;
            var path = $"/{list}/{index}/id";
            if (firstPath.TryGetValue(id, out var first))
                sink.Error(path, $"{noun} id \"{id}\" is already used at {first}; ids must be unique");
            else
                firstPath[id] = path;
        }
        return [.. firstPath.Keys];
    }

    private void CheckOptionStages(HashSet<string> stageIds)
    {
        foreach (var (option, index) in root.Items("options"))
            if (option.String("stage") is { } stage && !stageIds.Contains(stage))
                sink.Error($"/options/{index}/stage", $"there is no stage with id \"{stage}\"");
    }

    private void CheckStagesHaveOptions()
    {
        var used = root.Items("options").Select(o => o.Item.String("stage")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var (stage, index) in root.Items("stages"))
            if (stage.String("id") is { } id && !used.Contains(id))
                sink.Error($"/stages/{index}", $"stage \"{id}\" has no options; every stage must contain at least one option");
    }

    private void CheckPrices()
    {
        // A present but malformed rate is reported by the schema walk; only a missing one leaves prices unknown.
        if (root.Has("rate")) return;
        foreach (var (option, index) in root.Items("options"))
            if (option.ValueKind == JsonValueKind.Object && !option.Has("price"))
                sink.Error($"/options/{index}/price", "is required: the option has no price and the agreement has no rate.hourly to compute one");
    }

    private void CheckPayment()
    {
        if (root.Property("payment") is not { ValueKind: JsonValueKind.Object } payment) return;
        var scheme = payment.String("scheme");
        if (scheme == "prepayment" && !payment.Has("prepaymentPercent"))
            sink.Error("/payment/prepaymentPercent", "is required when the payment scheme is prepayment");
        // Not so for minimumBlockHours: it has a default, so every serialized agreement carries it.
        if (scheme == "hourly-prepaid" && payment.Has("prepaymentPercent"))
            sink.Warning("/payment/prepaymentPercent", "is ignored by the hourly-prepaid scheme");
    }

    private void CheckSigners(string party)
    {
        if (root.Property(party) is not { } p || p.Property("signers") is not { ValueKind: JsonValueKind.Array } signers
            || signers.GetArrayLength() == 0) return;
        var emails = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (signer, index) in p.Items("signers"))
        {
            if (signer.String("email") is not { } email) continue;
            if (emails.TryGetValue(email, out var first))
                sink.Error($"/{party}/signers/{index}/email", $"is already the e-mail of signer {first}; each signer needs their own address");
            else
                emails[email] = index;
        }
        var anyoneSigns = p.Items("signers").Any(s => (s.Item.String("role") ?? "signs") == "signs");
        if (!anyoneSigns)
            sink.Error($"/{party}/signers", "must include at least one signer with role \"signs\"; otherwise nobody signs for this party");
    }

    private void CheckSla(string level, decimal defaultResponseHours)
    {
        if (root.Property("terms")?.Property("sla")?.Property(level) is not { } sla) return;
        var response = sla.Number("responseHours") ?? defaultResponseHours;
        if (sla.Number("resolutionHours") is { } resolution && resolution < response)
            sink.Error($"/terms/sla/{level}/resolutionHours", $"must not be less than the response time ({response} hours): a request cannot be resolved before it is answered");
    }

    private void CheckDates()
    {
        if (ParseDate(root.String("date")) is { } signed
            && ParseDate(root.Property("schedule")?.String("start")) is { } start && start < signed)
            sink.Warning("/schedule/start", "is before the contract date: work would start before the agreement is signed");
    }

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", out var date) ? date : null;
}
