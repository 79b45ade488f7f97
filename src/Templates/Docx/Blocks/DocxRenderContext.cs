using DocFlow.Templates.Docx.Numbering;

namespace DocFlow.Templates.Docx.Blocks;

/// <summary>Per-document state the renderers share: numbering instances handed out and Word's clause counters.</summary>
public sealed class DocxRenderContext
{
    public NumberingPartBuilder Numbering { get; } = new();
    public ClauseCounters Counters { get; } = new();
}
