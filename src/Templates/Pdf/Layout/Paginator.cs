namespace DocFlow.Templates.Pdf.Layout;

/// <summary>
/// Flows elements into pages of a fixed text height: spacing between blocks collapses to the larger of the two and
/// vanishes at a page top; elements that do not fit are split or moved; a keep-with-next chain (headings) starts
/// a new page unless it fits together with the first piece of the block that follows it.
/// </summary>
internal sealed class Paginator(float pageHeight)
{
    public IReadOnlyList<IReadOnlyList<PlacedElement>> Paginate(IReadOnlyList<ILayoutElement> elements)
    {
        var pages = new List<IReadOnlyList<PlacedElement>>();
        var page = new List<PlacedElement>();
        var y = 0f;
        var previousSpace = 0f;
        for (var i = 0; i < elements.Count; i++)
        {
            ILayoutElement? element = elements[i];
            if (element is PageBreakElement)
            {
                if (page.Count > 0) NewPage();
                continue;
            }
            while (element is not null)
            {
                var empty = page.Count == 0;
                var spacing = empty ? 0 : Math.Max(previousSpace, element.SpaceBefore);
                var available = pageHeight - y - spacing;
                if (!empty && element.KeepWithNext && !ChainFits(elements, i, element, available))
                {
                    NewPage();
                    continue;
                }
                if (element.Height <= available + 0.01f)
                {
                    Place(element, spacing);
                    break;
                }
                var split = element.Split(available, empty);
                if (split.Head is not null) Place(split.Head, spacing);
                else if (empty) { Place(element, spacing); break; }
                NewPage();
                element = split.Head is null ? element : split.Tail;
            }
        }
        if (page.Count > 0 || pages.Count == 0) pages.Add(page);
        return pages;

        void Place(ILayoutElement placed, float spacing)
        {
            page.Add(new PlacedElement(placed, y + spacing));
            y += spacing + placed.Height;
            previousSpace = placed.SpaceAfter;
        }

        void NewPage()
        {
            pages.Add(page);
            page = [];
            y = 0;
            previousSpace = 0;
        }
    }

    /// <summary>Does the chain of keep-with-next elements starting at index fit with the start of what follows?</summary>
    private static bool ChainFits(IReadOnlyList<ILayoutElement> elements, int index, ILayoutElement first, float available)
    {
        var used = first.Height;
        var previousSpace = first.SpaceAfter;
        for (var j = index + 1; j < elements.Count; j++)
        {
            var next = elements[j];
            if (next is PageBreakElement) return used <= available;
            var remaining = available - used - Math.Max(previousSpace, next.SpaceBefore);
            if (remaining < 0) return false;
            if (!next.KeepWithNext)
                return next.Height <= remaining || next.Split(remaining, false).Head is not null;
            used += Math.Max(previousSpace, next.SpaceBefore) + next.Height;
            previousSpace = next.SpaceAfter;
        }
        return used <= available;
    }
}
