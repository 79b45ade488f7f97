using System.Buffers;
using System.Globalization;
using System.Text;

namespace DocFlow.Templates.Docx.Xml;

/// <summary>
/// Writes a part's XML straight to UTF-8 in a stream, one element at a time, laid out as XmlWriter lays out the Open XML
/// SDK's output. Building the SDK's element tree for a body and saving it through XmlWriter was two thirds of a DOCX's
/// cost; this is a fraction of either, and holds no more than a chunk of the XML at a time.
/// Names are written as given, prefix included ("w:p"), so the caller declares the prefixes it uses. Text and attribute
/// values are escaped here, but must already be valid XML characters (<see cref="Runs.XmlText.Clean"/>): unlike
/// XmlWriter, this does not check every character.
/// </summary>
internal sealed class WordXmlWriter
{
    private const int ChunkSize = 16 * 1024;

    private readonly Stream _output;
    private readonly ArrayBufferWriter<byte> _chunk = new(2 * ChunkSize);
    private readonly Stack<string> _open = new();
    private bool _inStartTag;

    public WordXmlWriter(Stream output)
    {
        _output = output;
        Raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
    }

    /// <summary>Writes out what is still buffered; every element must have been ended.</summary>
    public void Finish()
    {
        if (_open.Count > 0) throw new InvalidOperationException($"<{_open.Peek()}> was never ended.");
        WriteChunk();
    }

    public WordXmlWriter Start(string name)
    {
        CloseStartTag();
        Raw("<");
        Raw(name);
        _open.Push(name);
        _inStartTag = true;
        return this;
    }

    public WordXmlWriter Attribute(string name, string value)
    {
        if (!_inStartTag) throw new InvalidOperationException($"Attribute {name} written after the content of <{_open.Peek()}>.");
        Raw(" ");
        Raw(name);
        Raw("=\"");
        Escaped(value, inAttribute: true);
        Raw("\"");
        return this;
    }

    public WordXmlWriter Attribute(string name, int value) => Attribute(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>As the SDK writes an OnOffValue or BooleanValue: "true" / "false".</summary>
    public WordXmlWriter Attribute(string name, bool value) => Attribute(name, value ? "true" : "false");

    /// <summary>Ends the innermost element: "/>" (after a space, as XmlWriter does) if it has no content.</summary>
    public void End()
    {
        var name = _open.Pop();
        if (_inStartTag)
        {
            Raw(" />");
            _inStartTag = false;
            return;
        }
        Raw("</");
        Raw(name);
        Raw(">");
    }

    public void Text(ReadOnlySpan<char> text)
    {
        CloseStartTag();
        Escaped(text, inAttribute: false);
    }

    /// <summary>An element with no attributes and no content, such as &lt;w:b /&gt;.</summary>
    public void Empty(string name) => Start(name).End();

    /// <summary>An element with one attribute and no content, the shape of most properties (&lt;w:pStyle w:val="Normal" /&gt;).</summary>
    public void Empty(string name, string attribute, string value) => Start(name).Attribute(attribute, value).End();

    public void Empty(string name, string attribute, int value) => Start(name).Attribute(attribute, value).End();

    private void CloseStartTag()
    {
        if (!_inStartTag) return;
        Raw(">");
        _inStartTag = false;
    }

    private void Escaped(ReadOnlySpan<char> value, bool inAttribute)
    {
        var rest = value;
        while (true)
        {
            var next = rest.IndexOfAny(inAttribute ? XmlEscaping.AttributeSpecials : XmlEscaping.TextSpecials);
            Raw(next < 0 ? rest : rest[..next]);
            if (next < 0) return;
            Raw(XmlEscaping.Entity(rest[next]));
            rest = rest[(next + 1)..];
        }
    }

    private void Raw(ReadOnlySpan<char> text)
    {
        // One pass: room for the worst case, then exactly what the encoding took.
        var room = _chunk.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        _chunk.Advance(Encoding.UTF8.GetBytes(text, room));
        if (_chunk.WrittenCount >= ChunkSize) WriteChunk();
    }

    private void WriteChunk()
    {
        _output.Write(_chunk.WrittenSpan);
        _chunk.ResetWrittenCount();
    }
}
