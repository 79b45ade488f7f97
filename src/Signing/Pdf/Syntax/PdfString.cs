namespace DocFlow.Signing.Pdf.Syntax;

/// <summary>A string's bytes, whether written literal (...) or hex &lt;...&gt;.</summary>
internal sealed record PdfString(byte[] Bytes, bool WasHex) : PdfValue;
