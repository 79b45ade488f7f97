using System.Text.Json;
using DocFlow.Agreements.Model;

namespace DocFlow.Agreements.Validation;

/// <summary>
/// The deserializer builds a fresh SlaLevel for "critical": { } without the record's default response time, so a
/// level given without responseHours would promise a response in 0 hours. This puts the spec's defaults back.
/// </summary>
internal static class SlaDefaults
{
    public static Agreement Apply(Agreement agreement, JsonElement root)
    {
        var sla = root.Property("terms")?.Property("sla");
        var defaults = new Sla();
        var fixedSla = agreement.Terms.Sla with
        {
            Critical = Restore(agreement.Terms.Sla.Critical, sla?.Property("critical"), defaults.Critical),
            Normal = Restore(agreement.Terms.Sla.Normal, sla?.Property("normal"), defaults.Normal),
        };
        return agreement with { Terms = agreement.Terms with { Sla = fixedSla } };
    }

    private static SlaLevel Restore(SlaLevel level, JsonElement? given, SlaLevel defaults) =>
        given is { } json && !json.Has("responseHours") ? level with { ResponseHours = defaults.ResponseHours } : level;
}
