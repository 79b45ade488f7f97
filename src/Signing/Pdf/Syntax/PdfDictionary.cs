namespace DocFlow.Signing.Pdf.Syntax;

/// <summary>A dictionary with its keys in written order (order is kept when a copy is written with keys changed).</summary>
internal sealed record PdfDictionary(IReadOnlyList<KeyValuePair<string, PdfValue>> Entries) : PdfValue
{
    public PdfValue? Get(string key)
    {
        foreach (var (k, v) in Entries)
            if (k == key) return v;
        return null;
    }

    public string? NameOf(string key) => (Get(key) as PdfName)?.Value;

    /// <summary>A copy with the key set (replaced in place, or appended when absent).</summary>
    public PdfDictionary With(string key, PdfValue value)
    {
        var entries = new List<KeyValuePair<string, PdfValue>>(Entries);
        var index = entries.FindIndex(e => e.Key == key);
        if (index >= 0) entries[index] = new(key, value);
        else entries.Add(new(key, value));
        return new PdfDictionary(entries);
    }

    public PdfDictionary Without(string key) =>
        new(Entries.Where(e => e.Key != key).ToList());

    public static PdfDictionary Of(params (string Key, PdfValue Value)[] entries) =>
        new(entries.Select(e => new KeyValuePair<string, PdfValue>(e.Key, e.Value)).ToList());
}
