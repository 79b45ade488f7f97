using DocFlow.Signing.Envelopes;
using DocFlow.Signing.Ports;

namespace DocFlow.Signing.Tests.Workflow;

/// <summary>Keeps every mail as (kind, recipient, secret) so tests can click the links and type the codes.</summary>
public sealed class RecordingMailer : ISigningMailer
{
    public List<(string Kind, string To, string? Secret)> Sent { get; } = [];

    public Task SendInvitationAsync(Envelope envelope, IssuedToken invitation, CancellationToken cancellationToken) =>
        Record("invitation", invitation.Email, invitation.Token);

    public Task SendCodeAsync(Envelope envelope, EnvelopeSigner signer, string code, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        Record("code", signer.Email, code);

    public Task SendReminderAsync(Envelope envelope, IssuedToken reminder, CancellationToken cancellationToken) =>
        Record("reminder", reminder.Email, reminder.Token);

    public Task SendDeclinedAsync(Envelope envelope, EnvelopeSigner decliner, CancellationToken cancellationToken) =>
        Record("declined", envelope.SenderEmail, decliner.Email);

    public Task SendCompletedAsync(Envelope envelope, IReadOnlyList<EnvelopeSigner> recipients,
        IReadOnlyList<MailAttachment> attachments, CancellationToken cancellationToken)
    {
        foreach (var r in recipients)
            Sent.Add(("completed", r.Email, null));
        return Task.CompletedTask;
    }

    public string Last(string kind, string to) => Sent.Last(m => m.Kind == kind && m.To == to).Secret!;

    private Task Record(string kind, string to, string? secret)
    {
        Sent.Add((kind, to, secret));
        return Task.CompletedTask;
    }
}
