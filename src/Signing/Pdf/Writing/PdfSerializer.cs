using System.Text;
using DocFlow.Signing.Pdf.Syntax;

namespace DocFlow.Signing.Pdf.Writing;

/// <summary>Writes values back as PDF syntax. Strings go out as hex, which any byte content survives unchanged.</summary>
internal static class PdfSerializer
{
    public static void Write(StringBuilder output, PdfValue value)
    {
        switch (value)
        {
            case PdfName name: WriteName(output, name.Value); break;
            case PdfNumber number: output.Append(number.Text); break;
            case PdfReference reference: output.Append(reference.Number).Append(' ').Append(reference.Generation).Append(" R"); break;
            case PdfString text: WriteHex(output, text.Bytes); break;
            case PdfBoolean boolean: output.Append(boolean.Value ? "true" : "false"); break;
            case PdfNull: output.Append("null"); break;
            case PdfArray array: WriteArray(output, array); break;
            case PdfDictionary dictionary: WriteDictionary(output, dictionary); break;
            case PdfRaw raw: output.Append(raw.Text); break;
            default: throw new InvalidOperationException($"{value.GetType().Name} cannot be written as a value.");
        }
    }

    public static string ToText(PdfValue value)
    {
        var output = new StringBuilder();
        Write(output, value);
        return output.ToString();
    }

    private static void WriteArray(StringBuilder output, PdfArray array)
    {
        output.Append('[');
        for (var i = 0; i < array.Items.Count; i++)
        {
            if (i > 0) output.Append(' ');
            Write(output, array.Items[i]);
        }
        output.Append(']');
    }

    private static void WriteDictionary(StringBuilder output, PdfDictionary dictionary)
    {
        output.Append("<<");
        foreach (var (key, value) in dictionary.Entries)
        {
            WriteName(output, key);
            output.Append(' ');
            Write(output, value);
        }
        output.Append(">>");
    }

    private static void WriteName(StringBuilder output, string name)
    {
        output.Append('/');
        foreach (var b in Encoding.Latin1.GetBytes(name))
        {
            if (b is > 0x20 and < 0x7F && b != '#' && !PdfBytes.IsDelimiter(b)) output.Append((char)b);
            else output.Append('#').Append(b.ToString("X2"));
        }
    }

    private static void WriteHex(StringBuilder output, byte[] bytes) =>
        output.Append('<').Append(Convert.ToHexString(bytes)).Append('>');
}
