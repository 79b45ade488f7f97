namespace DocFlow.Functions.Sending;

public sealed record SendResult(string Id, string Status, IReadOnlyList<EnvelopeView> Envelopes);
