using System.Text.Json;

namespace DocFlow.Functions.Signing;

/// <summary>
/// What a signer posted: the page's urlencoded form (fields csrf, fullName, code, consent, reason), or the API's JSON
/// ({ fullName, code, consent: true } / { reason }). JSON needs no csrf field: a cross-site page cannot post JSON
/// without a CORS preflight, which this app never grants.
/// </summary>
public sealed record SignerForm(bool IsJson, string? Csrf, string? FullName, string? Code, bool Consent, string? Reason)
{
    public const int MaxBytes = 16 * 1024;

    public static async Task<SignerForm> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasJsonContentType())
        {
            var body = await Http.RequestBody.ReadAsync(request, MaxBytes, cancellationToken);
            return FromJson(body);
        }
        if (!request.HasFormContentType) return new SignerForm(false, null, null, null, false, null);
        var form = await request.ReadFormAsync(cancellationToken);
        return new SignerForm(false, form["csrf"], form["fullName"], form["code"],
            form["consent"].ToString() is "true" or "on" or "yes", form["reason"]);
    }

    private static SignerForm FromJson(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return new SignerForm(true, null, null, null, false, null);
            return new SignerForm(true, null, Text(root, "fullName"), Text(root, "code"),
                root.TryGetProperty("consent", out var consent) && consent.ValueKind == JsonValueKind.True, Text(root, "reason"));
        }
        catch (JsonException)
        {
            return new SignerForm(true, null, null, null, false, null);
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
