namespace DocFlow.Templates.Model;

/// <summary>
/// Metadata and running texts. FooterText carries the contract number and the short fingerprint of the agreement
/// version; PageNumberFormat has {0} for the page and {1} for the page count ("Page {0} of {1}", «Страница {0} из {1}»).
/// </summary>
public sealed record DocumentInfo
{
    public required string Title { get; init; }
    public required string Subject { get; init; }
    public required string Author { get; init; }
    /// <summary>BCP 47: "ru-RU", "uk-UA", "en-GB".</summary>
    public required string Language { get; init; }
    public required string HeaderText { get; init; }
    public required string FooterText { get; init; }
    public required string PageNumberFormat { get; init; }
    /// <summary>
    /// When the document was made (e.g. the agreement date), written as the PDF creation date. Optional and never
    /// "now" by default, so the same model gives the same bytes.
    /// </summary>
    public DateTimeOffset? Created { get; init; }
}
