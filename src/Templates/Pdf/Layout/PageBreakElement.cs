namespace DocFlow.Templates.Pdf.Layout;

/// <summary>An explicit page break: the paginator starts a new page when it meets one on a non-empty page.</summary>
internal sealed class PageBreakElement : ILayoutElement
{
    public float Height => 0;
    public float SpaceBefore => 0;
    public float SpaceAfter => 0;
    public bool KeepWithNext => false;

    public ElementSplit Split(float available, bool pageIsEmpty) => new(this, null);

    public void Draw(DrawContext context, float x, float y) { }
}
