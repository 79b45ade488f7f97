namespace DocFlow.Templates.Markdown;

internal static class MarkdownChars
{
    /// <summary>CommonMark's "ASCII punctuation": exactly the characters a backslash may escape.</summary>
    public static bool IsEscapable(char c) => c < 0x80 && (char.IsPunctuation(c) || char.IsSymbol(c));
}
