using System.Text;

namespace DocFlow.Signing.Pages.Html;

/// <summary>
/// Writes XHTML-compatible markup: every attribute value and text is escaped, void elements close themselves, so the
/// pages parse as XML and a test can catch an unclosed tag. Raw is only for markup this assembly or HtmlDocumentWriter made.
/// </summary>
internal sealed class HtmlBuilder
{
    private readonly StringBuilder html = new();

    public HtmlBuilder Open(string tag, params (string Name, string? Value)[] attributes)
    {
        Start(tag, attributes);
        html.Append('>');
        return this;
    }

    public HtmlBuilder Close(string tag)
    {
        html.Append("</").Append(tag).Append('>');
        return this;
    }

    public HtmlBuilder Void(string tag, params (string Name, string? Value)[] attributes)
    {
        Start(tag, attributes);
        html.Append(" />");
        return this;
    }

    /// <summary>An element holding escaped text.</summary>
    public HtmlBuilder Element(string tag, string text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    /// <summary>An element holding markup already made safe (page texts formatted by PageText).</summary>
    public HtmlBuilder ElementRaw(string tag, string html, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Raw(html).Close(tag);

    public HtmlBuilder Text(string text)
    {
        html.Append(HtmlEscape.Escape(text));
        return this;
    }

    public HtmlBuilder Raw(string markup)
    {
        html.Append(markup);
        return this;
    }

    public override string ToString() => html.ToString();

    private void Start(string tag, (string Name, string? Value)[] attributes)
    {
        html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            // A null value leaves the attribute out; an empty one writes a boolean attribute in its XML form.
            if (value is null) continue;
            html.Append(' ').Append(name).Append("=\"").Append(HtmlEscape.Escape(value)).Append('"');
        }
    }
}
