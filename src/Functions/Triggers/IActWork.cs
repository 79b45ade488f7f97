namespace DocFlow.Functions.Triggers;

/// <summary>
/// The scheduled act work the triggers run: what to enqueue each morning, and how one act request is handled.
/// The acts work fills these in; the trigger plumbing only moves payloads between the host and them.
/// </summary>
public interface IActWork
{
    /// <summary>Finds stages that ended without an act, enqueues them, and returns what was done (log lines).</summary>
    Task<IReadOnlyList<string>> ScheduleAsync(DateTimeOffset now, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> GenerateAsync(ActRequest request, CancellationToken cancellationToken);
}
