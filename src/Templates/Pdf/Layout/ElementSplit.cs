namespace DocFlow.Templates.Pdf.Layout;

/// <summary>The result of splitting an element at a height: Head stays on the page, Tail goes on.</summary>
internal readonly record struct ElementSplit(ILayoutElement? Head, ILayoutElement? Tail);
