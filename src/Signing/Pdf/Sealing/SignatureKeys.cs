namespace DocFlow.Signing.Pdf.Sealing;

/// <summary>Our own key in the signature dictionary (readers ignore keys they do not know).</summary>
internal static class SignatureKeys
{
    public const string EnvelopeId = "DocFlowEnvelopeId";
}
