using DocFlow.Templates.Rendering;

namespace DocFlow.Functions.Processing;

/// <summary>The file extension and query-string spelling of document formats.</summary>
public static class DocumentFormats
{
    public static string Extension(OutputFormat format) => format == OutputFormat.Pdf ? "pdf" : "docx";

    public static bool TryParse(string? value, out OutputFormat format)
    {
        switch (value?.ToLowerInvariant())
        {
            case null or "" or "pdf": format = OutputFormat.Pdf; return true;
            case "docx": format = OutputFormat.Docx; return true;
            default: format = OutputFormat.Pdf; return false;
        }
    }

    public static string ContentType(string extension) => extension == "pdf"
        ? "application/pdf"
        : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
