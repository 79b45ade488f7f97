namespace DocFlow.Agreements.Validation;

/// <summary>Builds RFC 6901 JSON Pointers: "" is the whole document, "~" and "/" in names are escaped.</summary>
public static class JsonPointer
{
    public static string Append(string pointer, string propertyName) =>
        pointer + "/" + propertyName.Replace("~", "~0").Replace("/", "~1");

    public static string Append(string pointer, int index) => pointer + "/" + index;
}
