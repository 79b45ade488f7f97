using System.Text.Json;
using DocFlow.Agreements.Model;
using DocFlow.Signing.Audit;
using DocFlow.Signing.Envelopes;
using DocFlow.Signing.Tests.Support;
using DocFlow.Signing.Tokens;
using static DocFlow.Signing.Tests.Support.SigningAgreements;

namespace DocFlow.Signing.Tests.Envelopes;

public class EnvelopeFactoryTests
{
    private readonly SigningFixture _f = new();

    [Fact]
    public void Parallel_order_invites_everyone_who_signs_or_approves_at_once_but_not_copies()
    {
        var created = _f.Create(With(
            [Signer("A", "a@x.example", 1), Signer("B", "b@x.example", 2, SignerRole.Approves)],
            [Signer("C", "c@y.example", 3), Signer("D", "d@y.example", 1, SignerRole.Copy)]));

        Assert.Equal(["a@x.example", "b@x.example", "c@y.example"], created.Invitations.Select(i => i.Email));
        var copy = created.Envelope.Signers.Single(s => s.Email == "d@y.example");
        Assert.Equal(SignerStatus.Pending, copy.Status);
        Assert.Empty(copy.TokenHashes);
        Assert.Equal(["d@y.example"], created.Envelope.CopyRecipients.Select(s => s.Email));
    }

    [Fact]
    public void Sequential_order_invites_the_lowest_order_across_both_parties_with_ties_in_parallel()
    {
        var created = _f.Create(With(
            [Signer("A", "a@x.example", 2), Signer("B", "b@x.example", 1)],
            [Signer("C", "c@y.example", 1), Signer("D", "d@y.example", 3)],
            SigningOrder.Sequential));

        Assert.Equal(["b@x.example", "c@y.example"], created.Invitations.Select(i => i.Email).Order());
        Assert.Equal(SignerStatus.Pending, created.Envelope.Signers.Single(s => s.Email == "a@x.example").Status);
    }

    [Fact]
    public void The_envelope_records_parties_settings_documents_and_expiry()
    {
        var created = _f.Create(TwoSigners());
        var e = created.Envelope;

        Assert.Equal(26, e.Id.Length);
        Assert.Equal("AGR1", e.AgreementId);
        Assert.Equal("DF-2026-001", e.AgreementNumber);
        Assert.Equal(EnvelopeStatus.Sent, e.Status);
        Assert.Equal(SigningFixture.Start.AddDays(14), e.ExpiresAt);
        Assert.Equal(ContractorEmail, e.SenderEmail);
        Assert.Equal(new string('a', 64), e.Documents["contract"]);
        Assert.Equal([SignerParty.Contractor, SignerParty.Client], e.Signers.Select(s => s.Party));
        Assert.Equal([0, 1], e.Signers.Select(s => s.Index));
    }

    [Fact]
    public void Creation_is_audited_as_created_then_one_sent_per_invitation_and_the_head_is_kept()
    {
        var created = _f.Create(TwoSigners());

        Assert.Equal([AuditEventTypes.Created, AuditEventTypes.Sent, AuditEventTypes.Sent], created.Events.Select(e => e.Type));
        Assert.Equal(new AuditHead(3, created.Events[^1].Hash), created.Envelope.AuditHead);
        Assert.True(AuditChain.Verify(created.Events, created.Envelope.AuditHead).IsValid);
    }

    [Fact]
    public void Only_token_hashes_are_stored_never_the_raw_token()
    {
        var created = _f.Create(TwoSigners());
        var serialized = JsonSerializer.Serialize(created.Envelope) + JsonSerializer.Serialize(created.Events);

        foreach (var invitation in created.Invitations)
        {
            Assert.DoesNotContain(invitation.Token, serialized);
            Assert.Contains(SigningTokens.Hash(invitation.Token), created.Envelope.Signers[invitation.SignerIndex].TokenHashes);
        }
    }

    [Fact]
    public void An_envelope_without_anyone_who_signs_is_refused()
    {
        var agreement = With([Signer("A", "a@x.example", 1, SignerRole.Copy)], []);
        Assert.Throws<ArgumentException>(() => _f.Create(agreement));
    }
}
