using System.Text.Json;
using DocFlow.Agreements.Model;
using DocFlow.Signing.Audit;
using DocFlow.Signing.Envelopes;
using DocFlow.Signing.Flow;
using DocFlow.Signing.Tests.Support;
using static DocFlow.Signing.Tests.Support.SigningAgreements;

namespace DocFlow.Signing.Tests.Flow;

public class SigningServiceTests
{
    private const string Ivan = "ivan@contractor.example";
    private const string Maria = "maria@client.example";
    private static readonly RequestOrigin Origin = new("203.0.113.7", "Mozilla/5.0 Test");

    private readonly SigningFixture _f = new();
    private readonly SigningService _service = new();

    /// <summary>The envelope and its full trail so far, as the caller would store them.</summary>
    private sealed class Stored(Envelope envelope, IEnumerable<AuditEvent> events)
    {
        public Envelope Envelope { get; private set; } = envelope;
        public List<AuditEvent> Events { get; } = [.. events];

        public SigningStep<T> Apply<T>(SigningStep<T> step)
        {
            Envelope = step.Envelope;
            Events.AddRange(step.Events);
            return step;
        }
    }

    private (Stored Stored, CreatedEnvelope Created) Start(Agreement agreement)
    {
        var created = _f.Create(agreement);
        return (new Stored(created.Envelope, created.Events), created);
    }

    private SigningStep<SignOutcome> SignWithCode(Stored s, string token, string name = "Иван Петров")
    {
        var code = s.Apply(_service.RequestCode(s.Envelope, token, Origin, _f.Now)).Value!.Code;
        return s.Apply(_service.Sign(s.Envelope, token, new SignRequest(name, code, true), Origin, _f.Now));
    }

    [Fact]
    public void Open_moves_sent_to_opened_once_and_records_ip_and_user_agent()
    {
        var (s, created) = Start(TwoSigners());
        var token = SigningFixture.TokenFor(created, Ivan);

        var first = s.Apply(_service.Open(s.Envelope, token, Origin, _f.Now));
        _f.Time.Advance(TimeSpan.FromMinutes(1));
        var second = s.Apply(_service.Open(s.Envelope, token, Origin, _f.Now));

        Assert.Equal(SignerStatus.Opened, first.Value!.Status);
        Assert.Equal(SigningFixture.Start, first.Value.OpenedAt);
        Assert.Equal("203.0.113.7", first.Value.Ip);
        Assert.Equal([AuditEventTypes.Opened], first.Events.Select(e => e.Type));
        Assert.False(second.Changed);
        Assert.Equal(SigningFixture.Start, second.Value!.OpenedAt);
    }

    [Fact]
    public void A_token_with_one_character_changed_is_invalid()
    {
        var (s, created) = Start(TwoSigners());
        var token = SigningFixture.TokenFor(created, Ivan);
        var tampered = token[..^1] + (token[^1] == 'A' ? 'B' : 'A');

        var step = _service.Open(s.Envelope, tampered, Origin, _f.Now);
        Assert.Equal(SigningFailureKind.InvalidToken, step.Failure!.Kind);
        Assert.True(step.Failure.IsNotFound);
        Assert.False(step.Changed);
    }

    [Fact]
    public void Full_signing_with_code_completes_the_envelope_and_lists_everyone_for_the_completed_mail()
    {
        var (s, created) = Start(With(
            [Signer("Иван Петров", Ivan)],
            [Signer("Мария Смирнова", Maria), Signer("Copy", "copy@client.example", 1, SignerRole.Copy)]));

        var first = SignWithCode(s, SigningFixture.TokenFor(created, Ivan));
        Assert.True(first.Succeeded);
        Assert.False(first.Value!.EnvelopeCompleted);
        _f.Time.Advance(TimeSpan.FromHours(2));
        var last = SignWithCode(s, SigningFixture.TokenFor(created, Maria), "Мария Смирнова");

        Assert.True(last.Value!.EnvelopeCompleted);
        Assert.Equal(EnvelopeStatus.Completed, s.Envelope.Status);
        Assert.Equal(SigningFixture.Start.AddHours(2), s.Envelope.ClosedAt);
        Assert.Equal([Ivan, Maria, "copy@client.example"], last.Value.CompletedRecipients.Select(r => r.Email));
        Assert.Equal(SignerStatus.Pending, s.Envelope.Signers[2].Status);
        Assert.Equal(
            [AuditEventTypes.CodeConfirmed, AuditEventTypes.Consent, AuditEventTypes.Signed, AuditEventTypes.Completed],
            last.Events.Select(e => e.Type));
        var ivan = s.Envelope.Signers[0];
        Assert.Equal("Иван Петров", ivan.FullNameEntered);
        Assert.Equal(SigningFixture.Start, ivan.SignedAt);
        Assert.Equal(SigningFixture.Start, ivan.ConsentedAt);
        Assert.Equal(SigningFixture.Start, ivan.CodeConfirmedAt);
        Assert.True(AuditChain.Verify(s.Events, s.Envelope.AuditHead).IsValid);
    }

    [Fact]
    public void A_token_replayed_after_signing_is_invalid()
    {
        var (s, created) = Start(TwoSigners());
        var token = SigningFixture.TokenFor(created, Ivan);
        SignWithCode(s, token);

        Assert.Equal(SigningFailureKind.InvalidToken, _service.Open(s.Envelope, token, Origin, _f.Now).Failure!.Kind);
        Assert.Equal(SigningFailureKind.InvalidToken,
            _service.Sign(s.Envelope, token, new SignRequest("X", "000000", true), Origin, _f.Now).Failure!.Kind);
        Assert.Equal(SigningFailureKind.InvalidToken, _service.Decline(s.Envelope, token, "no", Origin, _f.Now).Failure!.Kind);
    }

    [Fact]
    public void Decline_stops_the_envelope_returns_the_sender_and_kills_every_link()
    {
        var (s, created) = Start(TwoSigners());
        var step = s.Apply(_service.Decline(s.Envelope, SigningFixture.TokenFor(created, Maria), "  Wrong price  ", Origin, _f.Now));

        Assert.Equal(ContractorEmail, step.Value!.NotifyEmail);
        Assert.Equal("Wrong price", step.Value.Reason);
        Assert.Equal(EnvelopeStatus.Declined, s.Envelope.Status);
        Assert.Equal(SignerStatus.Declined, s.Envelope.Signers[1].Status);
        Assert.Equal("Wrong price", s.Envelope.Signers[1].DeclineReason);
        Assert.Contains(step.Events, e => e.Type == AuditEventTypes.Declined && e.Data["reason"] == "Wrong price");
        // The other signer's link is dead too: the envelope is stopped.
        Assert.Equal(SigningFailureKind.InvalidToken,
            _service.Open(s.Envelope, SigningFixture.TokenFor(created, Ivan), Origin, _f.Now).Failure!.Kind);
        Assert.Equal(SigningFailureKind.InvalidToken,
            _service.Decline(s.Envelope, SigningFixture.TokenFor(created, Maria), "again", Origin, _f.Now).Failure!.Kind);
    }

    [Fact]
    public void Past_its_expiry_the_envelope_expires_and_the_link_is_refused()
    {
        var (s, created) = Start(TwoSigners());
        var token = SigningFixture.TokenFor(created, Ivan);
        _f.Time.Advance(TimeSpan.FromDays(14) - TimeSpan.FromSeconds(1));
        Assert.True(_service.Open(s.Envelope, token, Origin, _f.Now).Succeeded);

        _f.Time.Advance(TimeSpan.FromSeconds(1));
        var step = s.Apply(_service.Open(s.Envelope, token, Origin, _f.Now));

        Assert.Equal(SigningFailureKind.Expired, step.Failure!.Kind);
        Assert.True(step.Failure.IsNotFound);
        Assert.Equal(EnvelopeStatus.Expired, s.Envelope.Status);
        Assert.Equal([AuditEventTypes.Expired], step.Events.Select(e => e.Type));
        var again = _service.Open(s.Envelope, token, Origin, _f.Now);
        Assert.Equal(SigningFailureKind.Expired, again.Failure!.Kind);
        Assert.False(again.Changed);
    }

    [Fact]
    public void Expire_changes_nothing_before_expiry_and_expires_after()
    {
        var (s, _) = Start(TwoSigners());
        Assert.False(_service.Expire(s.Envelope, _f.Now.AddDays(13)).Changed);
        var step = _service.Expire(s.Envelope, _f.Now.AddDays(14));
        Assert.Equal(EnvelopeStatus.Expired, step.Value);
        Assert.Equal(EnvelopeStatus.Expired, step.Envelope.Status);
    }

    [Fact]
    public void Five_wrong_codes_invalidate_the_code_so_even_the_right_one_then_fails()
    {
        var (s, created) = Start(TwoSigners());
        var token = SigningFixture.TokenFor(created, Ivan);
        var code = s.Apply(_service.RequestCode(s.Envelope, token, Origin, _f.Now)).Value!.Code;
        var wrong = code == "000000" ? "111111" : "000000";

        for (var remaining = 4; remaining >= 1; remaining--)
        {
            var step = s.Apply(_service.Sign(s.Envelope, token, new SignRequest("Иван", wrong, true), Origin, _f.Now));
            Assert.Equal(SigningFailureKind.CodeWrong, step.Failure!.Kind);
            Assert.Equal(remaining, step.Failure.RemainingTries);
            Assert.Equal([AuditEventTypes.CodeFailed], step.Events.Where(e => e.Type != AuditEventTypes.Opened).Select(e => e.Type));
        }
        var fifth = s.Apply(_service.Sign(s.Envelope, token, new SignRequest("Иван", wrong, true), Origin, _f.Now));
        Assert.Equal(SigningFailureKind.TooManyTries, fifth.Failure!.Kind);

        var right = s.Apply(_service.Sign(s.Envelope, token, new SignRequest("Иван", code, true), Origin, _f.Now));
        Assert.False(right.Succeeded);
        Assert.Equal(SigningFailureKind.CodeRequired, right.Failure!.Kind);
        Assert.NotEqual(SignerStatus.Signed, s.Envelope.Signers[0].Status);
    }

    [Fact]
    public void A_code_works_until_ten_minutes_and_not_at_ten_minutes()
    {
        var (s, created) = Start(TwoSigners());
        var token = SigningFixture.TokenFor(created, Ivan);
        var code = s.Apply(_service.RequestCode(s.Envelope, token, Origin, _f.Now)).Value!.Code;

        var justInTime = _f.Now.AddMinutes(10).AddSeconds(-1);
        Assert.True(_service.Sign(s.Envelope, token, new SignRequest("Иван", code, true), Origin, justInTime).Succeeded);

        _f.Time.Advance(TimeSpan.FromMinutes(10));
        var late = _service.Sign(s.Envelope, token, new SignRequest("Иван", code, true), Origin, _f.Now);
        Assert.Equal(SigningFailureKind.CodeExpired, late.Failure!.Kind);
    }

    [Fact]
    public void The_code_is_stored_hashed_and_never_appears_in_the_envelope_or_trail()
    {
        var (s, created) = Start(TwoSigners());
        var token = SigningFixture.TokenFor(created, Ivan);
        var issued = s.Apply(_service.RequestCode(s.Envelope, token, Origin, _f.Now)).Value!;

        var serialized = JsonSerializer.Serialize(s.Envelope) + JsonSerializer.Serialize(s.Events);
        Assert.Matches("^[0-9]{6}$", issued.Code);
        Assert.DoesNotContain("\"" + issued.Code + "\"", serialized);
        Assert.DoesNotContain(token, serialized);
        Assert.Equal(SigningFixture.Start.AddMinutes(10), issued.ExpiresAt);
        Assert.Equal(64, s.Envelope.Signers[0].CodeHash!.Length);
    }

    [Fact]
    public void Code_requests_are_limited_to_one_a_minute_and_five_an_hour()
    {
        var (s, created) = Start(TwoSigners());
        var token = SigningFixture.TokenFor(created, Ivan);
        s.Apply(_service.RequestCode(s.Envelope, token, Origin, _f.Now));

        _f.Time.Advance(TimeSpan.FromSeconds(20));
        var tooSoon = _service.RequestCode(s.Envelope, token, Origin, _f.Now);
        Assert.Equal(SigningFailureKind.RateLimited, tooSoon.Failure!.Kind);
        Assert.Equal(TimeSpan.FromSeconds(40), tooSoon.Failure.RetryAfter);

        // Requests at 0, 1, 2, 3, 4 minutes pass; the sixth within the hour waits until 60 minutes after the first.
        for (var i = 1; i <= 4; i++)
        {
            _f.Time.SetUtcNow(SigningFixture.Start.AddMinutes(i));
            Assert.True(s.Apply(_service.RequestCode(s.Envelope, token, Origin, _f.Now)).Succeeded);
        }
        _f.Time.SetUtcNow(SigningFixture.Start.AddMinutes(10));
        var sixth = _service.RequestCode(s.Envelope, token, Origin, _f.Now);
        Assert.Equal(SigningFailureKind.RateLimited, sixth.Failure!.Kind);
        Assert.Equal(TimeSpan.FromMinutes(50), sixth.Failure.RetryAfter);

        _f.Time.SetUtcNow(SigningFixture.Start.AddMinutes(60));
        Assert.True(_service.RequestCode(s.Envelope, token, Origin, _f.Now).Succeeded);
    }

    [Fact]
    public void A_new_code_replaces_the_old_one()
    {
        var (s, created) = Start(TwoSigners());
        var token = SigningFixture.TokenFor(created, Ivan);
        var old = s.Apply(_service.RequestCode(s.Envelope, token, Origin, _f.Now)).Value!.Code;
        _f.Time.Advance(TimeSpan.FromMinutes(2));
        var fresh = s.Apply(_service.RequestCode(s.Envelope, token, Origin, _f.Now)).Value!.Code;

        if (old != fresh)
            Assert.Equal(SigningFailureKind.CodeWrong,
                _service.Sign(s.Envelope, token, new SignRequest("Иван", old, true), Origin, _f.Now).Failure!.Kind);
        Assert.True(_service.Sign(s.Envelope, token, new SignRequest("Иван", fresh, true), Origin, _f.Now).Succeeded);
    }

    [Fact]
    public void Consent_name_and_code_are_required_and_refusals_change_nothing()
    {
        var (s, created) = Start(TwoSigners());
        var token = SigningFixture.TokenFor(created, Ivan);
        var code = s.Apply(_service.RequestCode(s.Envelope, token, Origin, _f.Now)).Value!.Code;

        var noConsent = _service.Sign(s.Envelope, token, new SignRequest("Иван", code, false), Origin, _f.Now);
        var noName = _service.Sign(s.Envelope, token, new SignRequest("  ", code, true), Origin, _f.Now);
        var noCode = _service.Sign(s.Envelope, token, new SignRequest("Иван", null, true), Origin, _f.Now);

        Assert.Equal(SigningFailureKind.ConsentRequired, noConsent.Failure!.Kind);
        Assert.Equal(SigningFailureKind.NameRequired, noName.Failure!.Kind);
        Assert.Equal(SigningFailureKind.CodeRequired, noCode.Failure!.Kind);
        Assert.False(noConsent.Changed || noName.Changed || noCode.Changed);
        Assert.Equal(0, noConsent.Envelope.Signers[0].CodeAttempts);
    }

    [Fact]
    public void A_code_confirmed_ahead_lets_signing_go_without_it()
    {
        var (s, created) = Start(TwoSigners());
        var token = SigningFixture.TokenFor(created, Ivan);
        var code = s.Apply(_service.RequestCode(s.Envelope, token, Origin, _f.Now)).Value!.Code;

        var confirmed = s.Apply(_service.ConfirmCode(s.Envelope, token, code, Origin, _f.Now));
        Assert.Equal(SignerStatus.CodeConfirmed, confirmed.Value!.Status);
        Assert.True(s.Apply(_service.Sign(s.Envelope, token, new SignRequest("Иван", null, true), Origin, _f.Now)).Succeeded);
        // The code is single-use: it is dropped once confirmed.
        Assert.Null(s.Envelope.Signers[0].CodeHash);
    }

    [Fact]
    public void Without_one_time_codes_the_signer_signs_with_name_and_consent()
    {
        var (s, created) = Start(TwoSigners(oneTimeCode: false));
        var step = s.Apply(_service.Sign(s.Envelope, SigningFixture.TokenFor(created, Ivan),
            new SignRequest("Иван", null, true), Origin, _f.Now));

        Assert.True(step.Succeeded);
        Assert.Equal([AuditEventTypes.Opened, AuditEventTypes.Consent, AuditEventTypes.Signed], step.Events.Select(e => e.Type));
    }

    [Fact]
    public void Sequential_order_invites_the_next_order_only_when_all_of_the_current_one_signed()
    {
        var (s, created) = Start(With(
            [Signer("A", "a@x.example", 1), Signer("B", "b@x.example", 2)],
            [Signer("C", "c@y.example", 1), Signer("D", "d@y.example", 3)],
            SigningOrder.Sequential, oneTimeCode: false));
        Assert.Equal(["a@x.example", "c@y.example"], created.Invitations.Select(i => i.Email));

        var afterA = s.Apply(_service.Sign(s.Envelope, SigningFixture.TokenFor(created, "a@x.example"),
            new SignRequest("A", null, true), Origin, _f.Now));
        Assert.Empty(afterA.Value!.NextSignersToInvite);
        Assert.Equal(SignerStatus.Pending, s.Envelope.Signers[1].Status);

        var afterC = s.Apply(_service.Sign(s.Envelope, SigningFixture.TokenFor(created, "c@y.example"),
            new SignRequest("C", null, true), Origin, _f.Now));
        var next = Assert.Single(afterC.Value!.NextSignersToInvite);
        Assert.Equal("b@x.example", next.Email);
        Assert.Equal(SignerStatus.Sent, s.Envelope.Signers[1].Status);
        Assert.Contains(afterC.Events, e => e.Type == AuditEventTypes.Sent && e.Data["email"] == "b@x.example");
        Assert.Equal(SignerStatus.Pending, s.Envelope.Signers[3].Status);

        var afterB = s.Apply(_service.Sign(s.Envelope, next.Token, new SignRequest("B", null, true), Origin, _f.Now));
        var last = Assert.Single(afterB.Value!.NextSignersToInvite);
        Assert.Equal("d@y.example", last.Email);

        var done = s.Apply(_service.Sign(s.Envelope, last.Token, new SignRequest("D", null, true), Origin, _f.Now));
        Assert.True(done.Value!.EnvelopeCompleted);
        Assert.True(AuditChain.Verify(s.Events, s.Envelope.AuditHead).IsValid);
    }

    [Fact]
    public void A_decline_in_sequential_order_stops_later_signers_from_ever_being_invited()
    {
        var (s, created) = Start(TwoSigners(SigningOrder.Sequential, oneTimeCode: false));
        s.Apply(_service.Decline(s.Envelope, SigningFixture.TokenFor(created, Ivan), null, Origin, _f.Now));

        Assert.Equal(EnvelopeStatus.Declined, s.Envelope.Status);
        Assert.Equal(SignerStatus.Pending, s.Envelope.Signers[1].Status);
        Assert.Empty(SigningRound.Due(s.Envelope));
    }

    [Fact]
    public void A_failed_step_replayed_on_a_fresh_read_gives_the_same_answer()
    {
        // What an ETag conflict retry does: re-run the same input against the envelope as stored.
        var (s, created) = Start(TwoSigners(oneTimeCode: false));
        var token = SigningFixture.TokenFor(created, Ivan);
        var original = s.Envelope;
        var first = _service.Sign(original, token, new SignRequest("Иван", null, true), Origin, _f.Now);
        var retry = _service.Sign(original, token, new SignRequest("Иван", null, true), Origin, _f.Now);

        Assert.Equal(first.Events.Select(e => e.Hash), retry.Events.Select(e => e.Hash));
        // After the first one was saved, the retry sees the signer signed and is refused instead of signing twice.
        Assert.Equal(SigningFailureKind.InvalidToken,
            _service.Sign(first.Envelope, token, new SignRequest("Иван", null, true), Origin, _f.Now).Failure!.Kind);
    }
}
