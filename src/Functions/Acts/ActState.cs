using DocFlow.Signing.Envelopes;

namespace DocFlow.Functions.Acts;

/// <summary>A stage's act as GET /api/agreements/{id} shows it: state, when it was sent and when it was settled.</summary>
public sealed record ActState(string State, string? EnvelopeId, DateTimeOffset? SentAt, DateTimeOffset? ClosedAt)
{
    public const string None = "none";
    public const string Sent = "sent";
    public const string Signed = "signed";
    public const string AcceptedBySilence = "accepted-by-silence";
    public const string Declined = "declined";
    public const string Expired = "expired";
    public const string Cancelled = "cancelled";

    public static ActState NoAct { get; } = new(None, null, null, null);

    public bool IsAccepted => State is Signed or AcceptedBySilence;

    public static ActState Of(Envelope envelope) => new(envelope.Status switch
    {
        EnvelopeStatus.Completed => Signed,
        EnvelopeStatus.AcceptedBySilence => AcceptedBySilence,
        EnvelopeStatus.Declined => Declined,
        EnvelopeStatus.Expired => Expired,
        _ => Sent,
    }, envelope.Id, envelope.CreatedAt, envelope.ClosedAt);
}
