namespace DocFlow.Templates.Docx.Numbering;

/// <summary>
/// Follows Word's counters for the clause list while the body is written. The model carries the number every writer
/// prints; Word computes its own from the list. Where they would differ (a model that skips or restarts a number), the
/// writer prints the model's number literally instead, so the DOCX never disagrees with the PDF.
/// </summary>
public sealed class ClauseCounters
{
    private readonly int[] _counters = new int[NumberingIds.MaxLevel + 1];

    /// <summary>True (and counts it) when Word's list at this level would print exactly <paramref name="number"/>.</summary>
    public bool TryAdvance(int level, string number)
    {
        if (level < 0 || level > NumberingIds.MaxLevel) return false;
        if (!Matches(level, number)) return false;
        _counters[level]++;
        Array.Clear(_counters, level + 1, _counters.Length - level - 1);
        return true;
    }

    private bool Matches(int level, string number)
    {
        var parts = number.Trim().TrimEnd('.').Split('.');
        if (parts.Length != level + 1) return false;
        for (var i = 0; i <= level; i++)
        {
            var expected = i == level ? _counters[i] + 1 : _counters[i];
            if (!int.TryParse(parts[i], out var actual) || actual != expected) return false;
        }
        return true;
    }
}
