using System.Collections.Concurrent;
using DocFlow.Agreements.Model;
using DocFlow.Templates.Building;
using DocFlow.Templates.Markdown;
using DocFlow.Templates.Model;
using DocFlow.Templates.Pdf;
using DocFlow.Templates.ViewModels;
using HandlebarsDotNet;

namespace DocFlow.Templates.Certificates;

/// <summary>
/// The certificate-of-completion page: Text/{locale}/certificate.md.hbs → the Markdown dialect → document model → PDF
/// with the same writer as the documents, so the page looks like the rest of the file it is appended to.
/// Thread-safe; compiled templates are kept per instance.
/// </summary>
public sealed class CertificatePageRenderer
{
    private const string Resource = "DocFlow.Templates.Text.{0}/certificate.md.hbs";

    private readonly ConcurrentDictionary<Locale, Lazy<HandlebarsTemplate<object, object>>> _templates = new();

    public byte[] RenderPdf(CertificatePage page)
    {
        using var writer = new PdfDocumentWriter();
        return writer.Write(Build(page));
    }

    public DocumentModel Build(CertificatePage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return MarkdownDocumentMapper.Map(BuildMarkdown(page), new LocaleFormat(page.Locale, "").Language);
    }

    /// <summary>The template's output before it is parsed, for checking a wording change.</summary>
    public string BuildMarkdown(CertificatePage page) =>
        _templates.GetOrAdd(page.Locale, locale => new Lazy<HandlebarsTemplate<object, object>>(() => Compile(locale)))
            .Value(CertificateView.From(page));

    private static HandlebarsTemplate<object, object> Compile(Locale locale)
    {
        // Inserted values are escaped for Markdown (a name with * or | prints as typed), as in the documents.
        var environment = Handlebars.Create(new HandlebarsConfiguration { TextEncoder = new MarkdownTextEncoder() });
        TemplateHelpers.Register(environment);
        var name = string.Format(System.Globalization.CultureInfo.InvariantCulture, Resource, LocaleFormat.Folder(locale));
        using var stream = typeof(CertificatePageRenderer).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Template {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return environment.Compile(reader.ReadToEnd());
    }
}
