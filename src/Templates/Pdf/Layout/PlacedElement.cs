namespace DocFlow.Templates.Pdf.Layout;

/// <summary>An element at its vertical offset from the top of the page's text area.</summary>
internal readonly record struct PlacedElement(ILayoutElement Element, float Y);
