namespace DocFlow.Integration.Tests.Support;

/// <summary>Waits for mails in the app's outbox folder (the dispatcher writes them a moment after the request).</summary>
public sealed class Outbox(string directory)
{
    public IReadOnlyList<OutboxMail> All() => OutboxMail.ReadAll(directory);

    public async Task<OutboxMail> WaitForAsync(Func<OutboxMail, bool> match, string what, TimeSpan? patience = null)
    {
        OutboxMail? found = null;
        await Eventually.HoldsAsync(() => (found = All().FirstOrDefault(match)) is not null, $"no mail: {what}", patience);
        return found!;
    }

    public async Task<IReadOnlyList<OutboxMail>> WaitForCountAsync(Func<OutboxMail, bool> match, int count, string what,
        TimeSpan? patience = null)
    {
        IReadOnlyList<OutboxMail> found = [];
        await Eventually.HoldsAsync(() => (found = [.. All().Where(match)]).Count >= count, $"fewer than {count} mails: {what}", patience);
        return found;
    }
}
