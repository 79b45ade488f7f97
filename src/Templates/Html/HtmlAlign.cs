using DocFlow.Templates.Model;

namespace DocFlow.Templates.Html;

/// <summary>Alignment as a class name: the page's stylesheet defines them, so no inline style is needed.</summary>
internal static class HtmlAlign
{
    public static string ClassName(TextAlign align) => align switch
    {
        TextAlign.Left => "a-left",
        TextAlign.Center => "a-center",
        TextAlign.Right => "a-right",
        _ => "a-justify",
    };
}
