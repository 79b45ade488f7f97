using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DocFlow.Templates.Pdf;

/// <summary>
/// Adds the document language (/Lang in the catalog) that SkiaSharp's PDF backend cannot write, so screen readers and
/// PDF/UA checkers know how to read the text. Done as an incremental update (the original bytes stay untouched): a new
/// body for the catalog object, a one-entry classic xref section and a trailer pointing back with /Prev.
/// Handles what Skia writes (classic xref tables, an uncompressed catalog); anything else is returned unchanged.
/// </summary>
public static partial class PdfCatalogLanguage
{
    public static byte[] Add(byte[] pdf, string language) => Update(pdf, language) is { } update ? Concat(pdf, update) : pdf;

    /// <summary>The same for a buffer the caller does not keep: always a new array, with the update when it applies.</summary>
    internal static byte[] Add(ReadOnlySpan<byte> pdf, string language) => Concat(pdf, Update(pdf, language) ?? []);

    /// <summary>
    /// The incremental update, or null to leave the file as it is. Only the end of the file (xref table, trailer) and the
    /// catalog object are decoded to text: decoding the whole file was a string twice its size for every PDF.
    /// </summary>
    private static byte[]? Update(ReadOnlySpan<byte> pdf, string language)
    {
        if (string.IsNullOrWhiteSpace(language) || !language.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')) return null;
        if (!TryReadStartXref(pdf, out var startXref)) return null;
        // From here on, positions in xref are relative to startXref.
        var xref = Encoding.Latin1.GetString(pdf[(int)startXref..]);
        if (!TryReadTrailer(xref, out var trailer)) return null;
        var root = RootReference().Match(trailer);
        if (!root.Success) return null;
        var (number, generation) = (int.Parse(root.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(root.Groups[2].Value, CultureInfo.InvariantCulture));
        if (FindObjectOffset(xref, number) is not { } offset || offset >= pdf.Length) return null;
        if (CatalogBody(ObjectText(pdf, (int)offset), number, generation) is not { } catalog || catalog.Contains("/Lang", StringComparison.Ordinal)) return null;
        return Update(pdf.Length, startXref, trailer, number, generation, catalog, language);
    }

    private static byte[] Concat(ReadOnlySpan<byte> pdf, ReadOnlySpan<byte> update)
    {
        var result = new byte[pdf.Length + update.Length];
        pdf.CopyTo(result);
        update.CopyTo(result.AsSpan(pdf.Length));
        return result;
    }

    private static bool TryReadStartXref(ReadOnlySpan<byte> pdf, out long startXref)
    {
        startXref = 0;
        var tail = pdf.LastIndexOf("startxref"u8);
        if (tail < 0) return false;
        var number = StartXrefValue().Match(Encoding.Latin1.GetString(pdf[tail..]));
        return number.Success && long.TryParse(number.Groups[1].Value, CultureInfo.InvariantCulture, out startXref)
               && startXref >= 0 && startXref < tail;
    }

    /// <summary>The object's text from its header to its "endobj" (or the end of the file).</summary>
    private static string ObjectText(ReadOnlySpan<byte> pdf, int offset)
    {
        var rest = pdf[offset..];
        var end = rest.IndexOf("endobj"u8);
        return Encoding.Latin1.GetString(end < 0 ? rest : rest[..end]);
    }

    private static byte[] Update(int length, long previousXref, string trailer, int number, int generation, string catalog, string language)
    {
        // The catalog is a dictionary ("<<...>>"): the language goes first inside it.
        var body = "<</Lang (" + language + ")" + catalog.TrimStart()[2..];
        var update = new StringBuilder();
        update.Append('\n');
        var objectOffset = length + update.Length;
        update.Append(CultureInfo.InvariantCulture, $"{number} {generation} obj\n{body}\nendobj\n");
        var xrefOffset = length + update.Length;
        // Each xref entry is exactly 20 bytes: 10-digit offset, space, 5-digit generation, space, 'n', space, newline.
        update.Append(CultureInfo.InvariantCulture, $"xref\n{number} 1\n{objectOffset:D10} {generation:D5} n \n");
        update.Append("trailer\n<<").Append(TrailerEntries(trailer))
            .Append(CultureInfo.InvariantCulture, $"/Prev {previousXref}>>\nstartxref\n{xrefOffset}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(update.ToString());
    }

    /// <summary>The previous trailer's entries (Size, Root, Info, ID...) without its own /Prev.</summary>
    private static string TrailerEntries(string trailer)
    {
        var inner = trailer.Trim();
        inner = inner[2..^2];
        return PrevEntry().Replace(inner, " ").Trim() + "\n";
    }

    /// <summary>The trailer dictionary after the xref table that <paramref name="xref"/> starts with.</summary>
    private static bool TryReadTrailer(string xref, out string trailer)
    {
        trailer = string.Empty;
        var keyword = xref.LastIndexOf("trailer", StringComparison.Ordinal);
        // A cross-reference stream has no trailer keyword after its xref: not what Skia writes.
        if (keyword < 0 || !xref.StartsWith("xref", StringComparison.Ordinal)) return false;
        var open = xref.IndexOf("<<", keyword, StringComparison.Ordinal);
        if (open < 0 || DictionaryEnd(xref, open) is not { } end) return false;
        trailer = xref[open..end];
        return true;
    }

    /// <summary>The object's offset from the last classic xref section that lists it (Skia writes a single one).</summary>
    private static long? FindObjectOffset(string text, int number)
    {
        var position = "xref".Length;
        var trailer = text.IndexOf("trailer", position, StringComparison.Ordinal);
        if (trailer < 0) return null;
        var lines = text[position..trailer].Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length;)
        {
            var header = lines[i].Split(' ');
            if (header.Length != 2 || !int.TryParse(header[0], out var first) || !int.TryParse(header[1], out var count)) return null;
            if (number >= first && number < first + count && i + 1 + number - first < lines.Length)
            {
                var entry = lines[i + 1 + number - first].Split(' ');
                return entry.Length == 3 && entry[2] == "n" && long.TryParse(entry[0], out var offset) ? offset : null;
            }
            i += 1 + count;
        }
        return null;
    }

    /// <summary>The catalog dictionary's text, checked to be the object the xref says it is.</summary>
    private static string? CatalogBody(string text, int number, int generation)
    {
        var header = $"{number} {generation} obj";
        if (!text.StartsWith(header, StringComparison.Ordinal)) return null;
        var open = text.IndexOf("<<", header.Length, StringComparison.Ordinal);
        if (open < 0 || DictionaryEnd(text, open) is not { } end) return null;
        var body = text[open..end];
        return body.Contains("/Catalog", StringComparison.Ordinal) ? body : null;
    }

    /// <summary>Index just past the "&gt;&gt;" closing the dictionary opened at <paramref name="open"/>; skips strings.</summary>
    private static int? DictionaryEnd(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length - 1; i++)
        {
            if (text[i] == '(') { i = StringEnd(text, i); continue; }
            if (text[i] == '<' && text[i + 1] == '<') { depth++; i++; }
            else if (text[i] == '>' && text[i + 1] == '>') { depth--; i++; if (depth == 0) return i + 1; }
        }
        return null;
    }

    private static int StringEnd(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (text[i] == '(') depth++;
            else if (text[i] == ')' && --depth == 0) return i;
        }
        return text.Length;
    }

    [GeneratedRegex(@"/Root\s+(\d+)\s+(\d+)\s+R")]
    private static partial Regex RootReference();

    [GeneratedRegex(@"^startxref\s+(\d+)")]
    private static partial Regex StartXrefValue();

    [GeneratedRegex(@"/Prev\s+\d+")]
    private static partial Regex PrevEntry();
}
