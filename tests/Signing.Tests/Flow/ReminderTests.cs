using DocFlow.Agreements.Calendar;
using DocFlow.Signing.Audit;
using DocFlow.Signing.Envelopes;
using DocFlow.Signing.Flow;
using DocFlow.Signing.Tests.Support;
using DocFlow.Signing.Tokens;
using static DocFlow.Signing.Tests.Support.SigningAgreements;

namespace DocFlow.Signing.Tests.Flow;

public class ReminderTests
{
    private readonly SigningFixture _f = new(); // created Monday 23 Nov 2026
    private readonly SigningService _service = new();
    private static readonly WorkingCalendar Calendar = WorkingCalendar.MondayToFriday;

    private static DateTimeOffset On(int day) => new(2026, 11, day, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Reminds_after_the_given_working_days_with_a_fresh_token_and_the_old_link_still_works()
    {
        var created = _f.Create(TwoSigners());
        var envelope = created.Envelope;

        // Tue 24 is one working day after Mon 23: too early for every 2 working days.
        Assert.False(_service.Remind(envelope, On(24), Calendar, 2).Changed);
        var step = _service.Remind(envelope, On(25), Calendar, 2);

        Assert.Equal(2, step.Value!.Count);
        Assert.Equal([AuditEventTypes.Reminded, AuditEventTypes.Reminded], step.Events.Select(e => e.Type));
        var ivan = step.Envelope.Signers[0];
        Assert.Equal(1, ivan.RemindersSent);
        Assert.Equal(On(25), ivan.LastRemindedAt);
        Assert.Equal(SigningFixture.Start, ivan.SentAt);
        Assert.Equal(SignerStatus.Sent, ivan.Status);
        Assert.Equal(2, ivan.TokenHashes.Count);
        Assert.True(_service.Open(step.Envelope, step.Value[0].Token, RequestOrigin.Unknown, On(25)).Succeeded);
        Assert.True(_service.Open(step.Envelope, created.Invitations[0].Token, RequestOrigin.Unknown, On(25)).Succeeded);
        Assert.Equal(SigningTokens.Hash(step.Value[0].Token), ivan.TokenHashes[1]);
    }

    [Fact]
    public void Weekends_do_not_count_and_no_reminder_goes_out_on_them()
    {
        var envelope = _f.Create(TwoSigners()).Envelope;
        // Fri 27 is reminder one (2 working days after Wed 25); Sat 28 and Sun 29 are not working days;
        // Mon 30 is one working day after Fri 27; Tue 1 Dec is the second.
        var first = _service.Remind(envelope, On(25), Calendar, 2).Envelope;
        Assert.False(_service.Remind(first, On(26), Calendar, 2).Changed);
        var second = _service.Remind(first, On(27), Calendar, 2);
        Assert.True(second.Changed);
        Assert.False(_service.Remind(second.Envelope, On(28), Calendar, 2).Changed);
        Assert.False(_service.Remind(second.Envelope, On(30), Calendar, 2).Changed);
        Assert.True(_service.Remind(second.Envelope, new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero), Calendar, 2).Changed);
    }

    [Fact]
    public void At_most_five_reminders_are_sent()
    {
        var envelope = _f.Create(TwoSigners()).Envelope;
        var sent = 0;
        for (var day = SigningFixture.Start.AddDays(1); day < SigningFixture.Start.AddDays(13); day = day.AddDays(1))
        {
            var step = _service.Remind(envelope, day, _ => true, 1);
            sent += step.Value!.Count(t => t.Email == "ivan@contractor.example");
            envelope = step.Envelope;
        }
        Assert.Equal(5, sent);
        Assert.Equal(5, envelope.Signers[0].RemindersSent);
    }

    [Fact]
    public void Signed_and_pending_signers_are_not_reminded()
    {
        var created = _f.Create(With(
            [Signer("A", "a@x.example", 1)], [Signer("B", "b@y.example", 2)],
            DocFlow.Agreements.Model.SigningOrder.Sequential, oneTimeCode: false));
        var signed = _service.Sign(created.Envelope, created.Invitations[0].Token,
            new SignRequest("A", null, true), RequestOrigin.Unknown, On(23)).Envelope;

        var step = _service.Remind(signed, On(25), Calendar, 2);
        // B was invited on the 23rd when A signed: reminded; A has signed: not.
        Assert.Equal(["b@y.example"], step.Value!.Select(t => t.Email));
    }

    [Fact]
    public void Closed_envelopes_get_no_reminders()
    {
        var created = _f.Create(TwoSigners());
        var declined = _service.Decline(created.Envelope, created.Invitations[0].Token, null, RequestOrigin.Unknown, On(23)).Envelope;
        Assert.False(_service.Remind(declined, On(25), Calendar, 2).Changed);
    }
}
