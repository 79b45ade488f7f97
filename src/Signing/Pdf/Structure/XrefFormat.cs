namespace DocFlow.Signing.Pdf.Structure;

/// <summary>How the newest revision wrote its cross-reference: an update continues in the same form.</summary>
internal enum XrefFormat
{
    Table,
    Stream,
}
