namespace DocFlow.Templates.Docx.Numbering;

/// <summary>
/// Where numbers and text sit for each clause level (twips). Shared by the numbering definition and by clauses whose
/// number has to be written literally, so both kinds line up.
/// </summary>
public static class NumberingLayout
{
    public static int Left(int level) => level switch
    {
        0 => 709,
        1 => 709,
        2 => 1559,
        _ => 1559 + (level - 2) * 567,
    };

    public static int Hanging(int level) => level switch
    {
        0 => 709,
        1 => 709,
        2 => 850,
        _ => 1134,
    };

    public const int ListLeft = 1077;
    public const int ListHanging = 368;
}
