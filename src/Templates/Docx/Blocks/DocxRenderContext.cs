using DocFlow.Templates.Docx.Numbering;

namespace DocFlow.Templates.Docx.Blocks;

/// <summary>Per-document state the renderers share: the body being written, numbering instances handed out and Word's clause counters.</summary>
internal sealed class DocxRenderContext(BodyWriter body, NumberingPartBuilder numbering)
{
    public BodyWriter Body { get; } = body;
    public NumberingPartBuilder Numbering { get; } = numbering;
    public ClauseCounters Counters { get; } = new();
}
