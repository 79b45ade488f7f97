using DocFlow.Signing.Pdf.Syntax;

namespace DocFlow.Signing.Pdf.Structure;

/// <summary>Walks /Pages /Kids (nested to any depth) to the last page, which the seal's widget sits on.</summary>
internal static class PageTree
{
    public static (PdfReference Reference, PdfDictionary Page) LastPage(PdfObjectReader reader, PdfDictionary catalog)
    {
        var node = catalog.Get("Pages") as PdfReference ?? throw new PdfSyntaxException("Catalog has no /Pages reference.");
        var visited = new HashSet<int>();
        while (visited.Add(node.Number))
        {
            var dictionary = reader.GetDictionary(node, $"Page tree node {node.Number}");
            if (reader.Resolve(dictionary.Get("Kids")) is not PdfArray kids) return (node, dictionary);
            if (kids.Items.Count == 0) throw new PdfSyntaxException("The PDF has no pages.");
            node = kids.Items[^1] as PdfReference ?? throw new PdfSyntaxException("Page tree kid is not a reference.");
        }
        throw new PdfSyntaxException("Page tree has a cycle.");
    }
}
