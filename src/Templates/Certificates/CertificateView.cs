using System.Globalization;
using DocFlow.Agreements.Model;

namespace DocFlow.Templates.Certificates;

/// <summary>What certificate.md.hbs may print: every time already formatted for the locale (in UTC), absent values as
/// empty text so {{#if}} skips them, kinds reduced to codes the template translates.</summary>
internal sealed record CertificateView
{
    public required string EnvelopeId { get; init; }
    public required string AgreementNumber { get; init; }
    /// <summary>contract, appendices, act or termination.</summary>
    public required string EnvelopeKind { get; init; }
    public required string StageId { get; init; }
    public required string StageTitle { get; init; }
    public required string CreatedAt { get; init; }
    public required string CompletedAt { get; init; }
    public required IReadOnlyList<DocumentLine> Documents { get; init; }
    public required IReadOnlyList<SignerLine> Signers { get; init; }
    public SilenceLine? Silence { get; init; }
    public required int AuditEventCount { get; init; }
    public required string AuditHeadHash { get; init; }

    public static CertificateView From(CertificatePage page)
    {
        var time = new Func<DateTimeOffset?, string>(t => Time(page.Locale, t));
        var (envelopeKind, stageId) = Kind(page.EnvelopeKind);
        return new CertificateView
        {
            EnvelopeId = page.EnvelopeId,
            AgreementNumber = page.AgreementNumber,
            EnvelopeKind = envelopeKind,
            StageId = stageId,
            StageTitle = page.StageTitle ?? "",
            CreatedAt = time(page.CreatedAt),
            CompletedAt = time(page.CompletedAt),
            Documents = [.. page.Documents.Select(d => Line(d, page.StageTitle ?? ""))],
            Signers = [.. page.Signers.Select(s => SignerLine.From(s, time))],
            Silence = page.Silence is { } silence
                ? new SilenceLine([.. silence.Unanswered], silence.Unanswered.Count, time(silence.Since), silence.WorkingDays)
                : null,
            AuditEventCount = page.AuditEventCount,
            AuditHeadHash = page.AuditHeadHash,
        };
    }

    private static DocumentLine Line(CertificateDocument document, string stageTitle)
    {
        var (kind, stageId) = Kind(document.Kind);
        return new DocumentLine(kind, stageId, kind == "act" ? stageTitle : "", document.Sha256);
    }

    /// <summary>"act-s2" → ("act", "s2"); other kinds as they are.</summary>
    private static (string Kind, string StageId) Kind(string kind) =>
        kind.StartsWith("act-", StringComparison.Ordinal) ? ("act", kind[4..]) : (kind, "");

    // One unambiguous clock for every reader of the certificate: UTC, seconds, the locale's date order.
    private static string Time(Locale locale, DateTimeOffset? value) => value is not { } t
        ? ""
        : t.UtcDateTime.ToString(locale == Locale.En ? "yyyy-MM-dd HH:mm:ss" : "dd.MM.yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";

    internal sealed record DocumentLine(string Kind, string StageId, string StageTitle, string Sha256);

    internal sealed record SilenceLine(IReadOnlyList<CertificateSilentParty> Unanswered, int Count, string Since, int WorkingDays);

    internal sealed record SignerLine
    {
        public required string Name { get; init; }
        public required string Email { get; init; }
        public required string Role { get; init; }
        public required string Party { get; init; }
        public required string FullNameEntered { get; init; }
        public required string Ip { get; init; }
        public required string UserAgent { get; init; }
        public required string SentAt { get; init; }
        public required string OpenedAt { get; init; }
        public required string CodeConfirmedAt { get; init; }
        public required string ConsentedAt { get; init; }
        public required string SignedAt { get; init; }
        public required string DeclinedAt { get; init; }
        public required string DeclineReason { get; init; }

        public static SignerLine From(CertificateSigner s, Func<DateTimeOffset?, string> time) => new()
        {
            Name = s.Name,
            Email = s.Email,
            Role = s.Role.ToLowerInvariant(),
            Party = s.Party.ToLowerInvariant(),
            FullNameEntered = s.FullNameEntered ?? "",
            Ip = s.Ip ?? "",
            UserAgent = s.UserAgent ?? "",
            SentAt = time(s.SentAt),
            OpenedAt = time(s.OpenedAt),
            CodeConfirmedAt = time(s.CodeConfirmedAt),
            ConsentedAt = time(s.ConsentedAt),
            SignedAt = time(s.SignedAt),
            DeclinedAt = time(s.DeclinedAt),
            DeclineReason = s.DeclineReason ?? "",
        };
    }
}
