using DocFlow.Agreements.Model;
using DocFlow.Signing.Audit;
using DocFlow.Signing.Tokens;

namespace DocFlow.Signing.Envelopes;

/// <summary>
/// Who is invited when. Parallel: every signer who signs or approves, at once. Sequential: by <see cref="Signer.Order"/>
/// ascending across both parties (the contractor's and the client's signers are merged by that number alone; equal
/// numbers sign in parallel); the next order is invited only when everyone of the current one has signed.
/// Copy recipients are never invited to sign.
/// </summary>
public static class SigningRound
{
    /// <summary>The signers to invite now: empty while someone is still awaited, nobody is left, or the envelope is closed.</summary>
    public static IReadOnlyList<EnvelopeSigner> Due(Envelope envelope)
    {
        if (envelope.Status != EnvelopeStatus.Sent)
            return [];
        var signing = envelope.Signers.Where(s => s.MustSign).ToList();
        var pending = signing.Where(s => s.Status == SignerStatus.Pending).ToList();
        if (envelope.Order == SigningOrder.Parallel)
            return pending;
        if (pending.Count == 0 || signing.Any(s => s.IsAwaited))
            return [];
        var next = pending.Min(s => s.Order);
        return [.. pending.Where(s => s.Order == next)];
    }

    /// <summary>Marks <paramref name="signers"/> sent with a fresh token each; returns the tokens and the "sent" entries.</summary>
    public static (Envelope Envelope, IReadOnlyList<IssuedToken> Tokens, IReadOnlyList<AuditEntry> Entries) Invite(
        Envelope envelope, IReadOnlyList<EnvelopeSigner> signers, DateTimeOffset now)
    {
        var tokens = new List<IssuedToken>();
        var entries = new List<AuditEntry>();
        foreach (var signer in signers)
        {
            var (withToken, token) = AddToken(signer);
            envelope = envelope.WithSigner(withToken with { Status = SignerStatus.Sent, SentAt = now });
            tokens.Add(token);
            entries.Add(new AuditEntry(AuditEventTypes.Sent, now, AuditEvent.SystemActor, Data: SignerData(signer)));
        }
        return (envelope, tokens, entries);
    }

    /// <summary>A fresh link token for <paramref name="signer"/>; its hash joins the ones already issued.</summary>
    public static (EnvelopeSigner Signer, IssuedToken Token) AddToken(EnvelopeSigner signer)
    {
        var token = SigningTokens.Generate();
        return (signer with { TokenHashes = [.. signer.TokenHashes, SigningTokens.Hash(token)] },
            new IssuedToken(signer.Index, signer.Name, signer.Email, token));
    }

    /// <summary>The data every per-signer audit entry carries, so the trail reads on its own.</summary>
    public static Dictionary<string, string> SignerData(EnvelopeSigner signer) => new()
    {
        ["signerIndex"] = signer.Index.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["email"] = signer.Email,
        ["name"] = signer.Name,
        ["role"] = signer.Role.ToString().ToLowerInvariant(),
        ["party"] = signer.Party,
    };
}
