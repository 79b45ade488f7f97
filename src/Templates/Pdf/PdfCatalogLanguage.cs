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
    public static byte[] Add(byte[] pdf, string language)
    {
        if (string.IsNullOrWhiteSpace(language) || !language.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')) return pdf;
        var text = Encoding.Latin1.GetString(pdf);
        if (!TryReadTrailer(text, out var startXref, out var trailer)) return pdf;
        var root = RootReference().Match(trailer);
        if (!root.Success) return pdf;
        var (number, generation) = (int.Parse(root.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(root.Groups[2].Value, CultureInfo.InvariantCulture));
        if (FindObjectOffset(text, startXref, number) is not { } offset) return pdf;
        if (CatalogBody(text, offset, number, generation) is not { } catalog || catalog.Contains("/Lang", StringComparison.Ordinal)) return pdf;

        var update = Update(pdf.Length, startXref, trailer, number, generation, catalog, language);
        var result = new byte[pdf.Length + update.Length];
        pdf.CopyTo(result, 0);
        update.CopyTo(result, pdf.Length);
        return result;
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

    private static bool TryReadTrailer(string text, out long startXref, out string trailer)
    {
        startXref = 0;
        trailer = string.Empty;
        var tail = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (tail < 0) return false;
        var number = StartXrefValue().Match(text, tail);
        if (!number.Success || !long.TryParse(number.Groups[1].Value, CultureInfo.InvariantCulture, out startXref)) return false;
        var keyword = text.LastIndexOf("trailer", tail, StringComparison.Ordinal);
        // A cross-reference stream has no trailer keyword after its xref: not what Skia writes.
        if (keyword < startXref || !text.AsSpan((int)startXref).StartsWith("xref")) return false;
        var open = text.IndexOf("<<", keyword, StringComparison.Ordinal);
        if (open < 0 || DictionaryEnd(text, open) is not { } end) return false;
        trailer = text[open..end];
        return true;
    }

    /// <summary>The object's offset from the last classic xref section that lists it (Skia writes a single one).</summary>
    private static long? FindObjectOffset(string text, long startXref, int number)
    {
        var position = (int)startXref + "xref".Length;
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
    private static string? CatalogBody(string text, long offset, int number, int generation)
    {
        var header = $"{number} {generation} obj";
        if (offset + header.Length > text.Length || string.CompareOrdinal(text, (int)offset, header, 0, header.Length) != 0) return null;
        var open = text.IndexOf("<<", (int)offset + header.Length, StringComparison.Ordinal);
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

    [GeneratedRegex(@"\G\s*startxref\s+(\d+)")]
    private static partial Regex StartXrefValue();

    [GeneratedRegex(@"/Prev\s+\d+")]
    private static partial Regex PrevEntry();
}
