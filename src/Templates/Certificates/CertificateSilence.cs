namespace DocFlow.Templates.Certificates;

/// <summary>
/// An act accepted by silence: who was asked and did not answer, since when, and after how many working days the
/// agreement (terms.autoAcceptWorkingDays) counts silence as acceptance.
/// </summary>
public sealed record CertificateSilence
{
    public required IReadOnlyList<CertificateSilentParty> Unanswered { get; init; }
    public required DateTimeOffset Since { get; init; }
    public required int WorkingDays { get; init; }
}
