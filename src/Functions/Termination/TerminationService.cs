using System.Globalization;
using System.Text.Json;
using DocFlow.Agreements.Json;
using DocFlow.Agreements.Termination;
using DocFlow.Functions.Acts;
using DocFlow.Functions.Http;
using DocFlow.Functions.Processing;
using DocFlow.Functions.Sending;
using DocFlow.Functions.Storage;
using DocFlow.Signing.Envelopes;
using DocFlow.Templates.Rendering;

namespace DocFlow.Functions.Termination;

/// <summary>
/// POST /api/agreements/{id}/termination: the client withdraws from a signed agreement. The statement (delivered options
/// and their value, paid, refund or amount owed) is rendered and stored, its envelope opened, the agreement marked
/// terminated (the commit point, by ETag), acts not yet due cancelled, and the signers invited. Repeating the same
/// request answers the same statement; another date or amount after the commit is 409.
/// </summary>
public sealed class TerminationService(
    AgreementRecords records,
    ActStateReader states,
    ActTable acts,
    EnvelopeTable envelopes,
    DocumentIssuer issuer,
    ILogger<TerminationService> logger)
{
    public async Task<ServiceAnswer> TerminateAsync(string id, byte[] body, CancellationToken cancellationToken)
    {
        if (Parse(body, out var date, out var paid) is { Count: > 0 } errors) return new ServiceAnswer.Invalid(errors, []);
        var loaded = await records.LoadAsync(id, cancellationToken);
        if (loaded is null) return new ServiceAnswer.NotFound($"No agreement {id}.");
        if (loaded.Entity.Status == AgreementStatus.Terminated) return await ReplayAsync(loaded, date, paid, cancellationToken);
        if (loaded.Entity.Status != AgreementStatus.Signed)
        {
            return new ServiceAnswer.Conflict(loaded.Entity.Status == AgreementStatus.Completed
                ? $"Agreement {id} is completed: every stage was delivered and accepted, there is nothing to terminate."
                : $"Agreement {id} is {loaded.Entity.Status}: only a signed agreement (contract and appendices) can be terminated.");
        }
        if (date < loaded.Agreement.Date)
            return new ServiceAnswer.Invalid([new ProblemError("/date", $"must not be before the contract date {loaded.Agreement.Date:yyyy-MM-dd}")], []);

        var stageStates = await states.ReadAsync(id, cancellationToken);
        var delivered = loaded.Plan.Stages.Where(s => stageStates.TryGetValue(s.Id, out var state) && state.IsAccepted)
            .Select(s => s.Id).ToArray();
        var statement = TerminationCalculator.Compute(loaded.Plan, date, paid, delivered);
        var context = new DocumentContext
        {
            Agreement = loaded.Agreement, Plan = loaded.Plan, Fingerprint = loaded.Fingerprint, Termination = statement,
        };
        var issued = await issuer.IssueAsync(loaded, context, DocumentKind.Termination, EnvelopeKinds.Termination,
            Variant(date, paid), cancellationToken);
        var envelope = issued.Envelope.Envelope;
        await envelopes.AddAsync(envelope, issued.Envelope.Events, cancellationToken);

        var record = new TerminationRecord(date, paid, delivered, statement, envelope.Id);
        var committed = await records.UpdateAsync(id, entity =>
        {
            if (entity.Status != AgreementStatus.Signed) return false;
            entity.Status = AgreementStatus.Terminated;
            entity.TerminationJson = JsonSerializer.Serialize(record, AgreementJson.Options);
            return true;
        }, cancellationToken);
        if (!committed)
        {
            // Another request terminated it (or an act completed it) meanwhile: answer from what was stored.
            var fresh = await records.LoadAsync(id, cancellationToken);
            return fresh is { Entity.Status: AgreementStatus.Terminated }
                ? await ReplayAsync(fresh, date, paid, cancellationToken)
                : new ServiceAnswer.Conflict($"Agreement {id} changed meanwhile; it is {fresh?.Entity.Status}.");
        }
        await records.AddAsync(id, issued.Documents, envelope.Id, cancellationToken);
        await CancelUndeliveredActsAsync(id, cancellationToken);
        await issuer.InviteAsync(loaded, envelope, issued.Envelope.Invitations,
            ActMails.DocumentName(loaded.Agreement.Locale, EnvelopeKinds.Termination, null), cancellationToken);
        logger.LogInformation("Agreement {AgreementId} terminated on {Date}: refund {Refund}, owed {Owed}",
            id, date, statement.Refund, statement.Owed);
        return Answer(id, record, issued.Documents, envelope, StatusCodes.Status201Created);
    }

    private async Task<ServiceAnswer> ReplayAsync(LoadedAgreement loaded, DateOnly date, decimal paid, CancellationToken ct)
    {
        var record = loaded.Entity.TerminationJson is { Length: > 0 } json
            ? JsonSerializer.Deserialize<TerminationRecord>(json, AgreementJson.Options) : null;
        if (record is null || record.Date != date || record.AmountPaid != paid)
        {
            return new ServiceAnswer.Conflict(record is null
                ? $"Agreement {loaded.Id} is terminated."
                : $"Agreement {loaded.Id} was terminated on {record.Date:yyyy-MM-dd} with {record.AmountPaid.ToString(CultureInfo.InvariantCulture)} paid; that statement stands.");
        }
        // The commit happened; finish what a crash may have left (documents on the row, acts cancelled). Invitations
        // went out only after these, so a crash before them is the one case where the signers must be re-invited by
        // the morning run's reminders.
        if (await envelopes.FindAsync(record.EnvelopeId, ct) is not { } found)
            return new ServiceAnswer.Conflict($"The termination envelope {record.EnvelopeId} of {loaded.Id} is missing.");
        var documents = AgreementService.ReadDocuments(loaded.Entity).Where(d => d.Kind == DocumentKind.Termination.Value).ToList();
        await CancelUndeliveredActsAsync(loaded.Id, ct);
        return Answer(loaded.Id, record, documents, found.Envelope, StatusCodes.Status200OK);
    }

    private async Task CancelUndeliveredActsAsync(string id, CancellationToken ct)
    {
        foreach (var row in await acts.ListAsync(id, ct))
        {
            if (row.Phase != ActPhases.Waiting) continue;
            row.Phase = ActPhases.Cancelled;
            await acts.TryReplaceAsync(row, ct);
        }
    }

    private static ServiceAnswer Answer(string id, TerminationRecord record, IReadOnlyList<StoredDocument> documents,
        Envelope envelope, int status)
    {
        var answer = new TerminationAnswer(id, AgreementStatus.Terminated, record.Statement, record.DeliveredStageIds, documents,
            SendService.View(envelope));
        return new ServiceAnswer.Success(status, JsonSerializer.Serialize(answer, AgreementJson.Options));
    }

    private static string Variant(DateOnly date, decimal paid) =>
        $"termination:{date:yyyy-MM-dd}:{paid.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>{ "date": "YYYY-MM-DD", "amountPaid": number ≥ 0 with at most 2 decimals }; every problem named.</summary>
    public static IReadOnlyList<ProblemError> Parse(byte[] body, out DateOnly date, out decimal paid)
    {
        date = default;
        paid = 0;
        var errors = new List<ProblemError>();
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException e)
        {
            return [new ProblemError("", $"The body is not JSON: {e.Message}")];
        }
        if (root.ValueKind != JsonValueKind.Object) return [new ProblemError("", "must be an object { date, amountPaid }")];
        if (!root.TryGetProperty("date", out var dateValue)) errors.Add(new ProblemError("/date", "is required"));
        else if (dateValue.ValueKind != JsonValueKind.String
                 || !DateOnly.TryParseExact(dateValue.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            errors.Add(new ProblemError("/date", "must be a date YYYY-MM-DD"));
        if (!root.TryGetProperty("amountPaid", out var paidValue)) errors.Add(new ProblemError("/amountPaid", "is required"));
        else if (paidValue.ValueKind != JsonValueKind.Number || !paidValue.TryGetDecimal(out paid))
            errors.Add(new ProblemError("/amountPaid", "must be a number"));
        else if (paid < 0) errors.Add(new ProblemError("/amountPaid", "must not be negative"));
        else if (decimal.Round(paid, 2) != paid) errors.Add(new ProblemError("/amountPaid", "must have at most 2 decimals (cents)"));
        return errors;
    }
}
