using DocFlow.Agreements.Model;
using DocFlow.Signing.Envelopes;

namespace DocFlow.Functions.Signing;

/// <summary>What the signing page calls an envelope and each of its documents, in the envelope's language.</summary>
public static class SigningTitles
{
    public static string Envelope(Envelope envelope, Agreement agreement) => (envelope.Locale, envelope.Kind) switch
    {
        (Locale.Ru, EnvelopeKinds.Contract) => $"Договор № {envelope.AgreementNumber}",
        (Locale.Uk, EnvelopeKinds.Contract) => $"Договір № {envelope.AgreementNumber}",
        (_, EnvelopeKinds.Contract) => $"Contract No. {envelope.AgreementNumber}",
        (Locale.Ru, EnvelopeKinds.Appendices) => $"Приложения № 1 и № 2 к договору № {envelope.AgreementNumber}",
        (Locale.Uk, EnvelopeKinds.Appendices) => $"Додатки № 1 і № 2 до договору № {envelope.AgreementNumber}",
        (_, EnvelopeKinds.Appendices) => $"Appendices 1 and 2 to contract No. {envelope.AgreementNumber}",
        _ => EnvelopeAgreements.EnvelopeName(envelope, agreement),
    };

    public static string Document(Envelope envelope, Agreement agreement, string kind) => (envelope.Locale, kind) switch
    {
        (_, "contract") => Envelope(envelope, agreement),
        (Locale.Ru, "specification") => "Приложение № 1. Техническое задание",
        (Locale.Uk, "specification") => "Додаток № 1. Технічне завдання",
        (_, "specification") => "Appendix 1. Technical specification",
        (Locale.Ru, "acceptance") => "Приложение № 2. Сценарии приёмочных испытаний",
        (Locale.Uk, "acceptance") => "Додаток № 2. Сценарії приймальних випробувань",
        (_, "acceptance") => "Appendix 2. Acceptance test scenarios",
        _ => EnvelopeAgreements.EnvelopeName(envelope, agreement),
    };
}
