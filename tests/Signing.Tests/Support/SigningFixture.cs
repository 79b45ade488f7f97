using DocFlow.Agreements.Model;
using DocFlow.Signing.Envelopes;
using Microsoft.Extensions.Time.Testing;

namespace DocFlow.Signing.Tests.Support;

/// <summary>A clock on Monday 23 Nov 2026 09:00 UTC and envelopes created at that time.</summary>
public sealed class SigningFixture
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(Start);
    public DateTimeOffset Now => Time.GetUtcNow();

    public CreatedEnvelope Create(Agreement agreement, string kind = EnvelopeKinds.Contract) =>
        new EnvelopeFactory(Time).Create(agreement, "AGR1", kind,
            [new("contract", new string('a', 64))]);

    public static string TokenFor(CreatedEnvelope created, string email) =>
        created.Invitations.Single(i => i.Email == email).Token;
}
