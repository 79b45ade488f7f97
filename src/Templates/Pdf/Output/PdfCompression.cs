namespace DocFlow.Templates.Pdf.Output;

/// <summary>
/// How hard a stream is deflated. Measured on a contract's streams (.NET's zlib-ng): its three font programs (88 KB of
/// outlines and hinting code) take 0.26 ms at level 1 and 0.94 ms at level 6 for 20 % more bytes (60 KB against
/// 49 KB); its content streams (repetitive operators and numbers) come out 40 % smaller at level 6 for 0.4 ms more.
/// Fonts are most of a document's bytes and of its deflate time, so they get the fast level.
/// </summary>
internal enum PdfCompression
{
    /// <summary>zlib level 6: text, operators, CMaps.</summary>
    Small,

    /// <summary>zlib level 1: data that barely compresses anyway.</summary>
    Fast,
}
