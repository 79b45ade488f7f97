namespace DocFlow.Templates.Pdf.Layout;

/// <summary>
/// A block laid out at the content width: it knows its height, can split itself at a height, and draws itself.
/// Spacing is kept apart from Height so the paginator can drop it at the top of a page.
/// </summary>
internal interface ILayoutElement
{
    float Height { get; }

    float SpaceBefore { get; }

    float SpaceAfter { get; }

    /// <summary>True for headings: the element must share its page with the start of the next one.</summary>
    bool KeepWithNext { get; }

    /// <summary>
    /// Called when Height exceeds the available height. Head is what goes on this page (null: nothing, move on);
    /// Tail is what is left for the next page. On an empty page the element must return a Head to make progress.
    /// </summary>
    ElementSplit Split(float available, bool pageIsEmpty);

    void Draw(DrawContext context, float x, float y);
}
