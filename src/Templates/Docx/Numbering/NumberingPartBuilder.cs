using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DocFlow.Templates.Docx.Numbering;

/// <summary>
/// Numbering definitions: one multilevel list for sections and clauses ("%1." / "%1.%2." / "%1.%2.%3."), so Word keeps
/// clause numbers right when a lawyer inserts a clause; bullets; and "1)" lists, one instance per list so each restarts.
/// One builder per document: it remembers how many ordered lists were handed out.
/// </summary>
public sealed class NumberingPartBuilder
{
    private int _orderedLists;

    /// <summary>A fresh instance of the "1)" list starting at 1.</summary>
    public int NewOrderedList() => NumberingIds.FirstOrderedList + _orderedLists++;

    public W.Numbering Build()
    {
        var numbering = new W.Numbering();
        numbering.Append(Clauses(), Bullets(), Ordered());
        numbering.Append(new NumberingInstance(new AbstractNumId { Val = NumberingIds.ClausesAbstract }) { NumberID = NumberingIds.Clauses });
        numbering.Append(new NumberingInstance(new AbstractNumId { Val = NumberingIds.BulletAbstract }) { NumberID = NumberingIds.Bullets });
        for (var i = 0; i < _orderedLists; i++)
        {
            numbering.Append(new NumberingInstance(
                new AbstractNumId { Val = NumberingIds.OrderedAbstract },
                new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 })
            { NumberID = NumberingIds.FirstOrderedList + i });
        }
        return numbering;
    }

    private static AbstractNum Clauses()
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.Multilevel }) { AbstractNumberId = NumberingIds.ClausesAbstract };
        for (var level = 0; level <= NumberingIds.MaxLevel; level++)
        {
            var text = string.Concat(Enumerable.Range(1, level + 1).Select(n => $"%{n}."));
            abstractNum.Append(Level(level, NumberFormatValues.Decimal, text, NumberingLayout.Left(level), NumberingLayout.Hanging(level), bold: level == 0));
        }
        return abstractNum;
    }

    private static AbstractNum Bullets() => new(
        new MultiLevelType { Val = MultiLevelValues.SingleLevel },
        Level(0, NumberFormatValues.Bullet, "•", NumberingLayout.ListLeft, NumberingLayout.ListHanging, bold: false))
    { AbstractNumberId = NumberingIds.BulletAbstract };

    private static AbstractNum Ordered() => new(
        new MultiLevelType { Val = MultiLevelValues.SingleLevel },
        Level(0, NumberFormatValues.Decimal, "%1)", NumberingLayout.ListLeft, NumberingLayout.ListHanging, bold: false))
    { AbstractNumberId = NumberingIds.OrderedAbstract };

    private static Level Level(int index, NumberFormatValues format, string text, int left, int hanging, bool bold)
    {
        var level = new Level
        {
            LevelIndex = index,
            StartNumberingValue = new StartNumberingValue { Val = 1 },
            NumberingFormat = new NumberingFormat { Val = format },
            LevelText = new LevelText { Val = text },
            LevelSuffix = new LevelSuffix { Val = LevelSuffixValues.Tab },
            LevelJustification = new LevelJustification { Val = LevelJustificationValues.Left },
            PreviousParagraphProperties = new PreviousParagraphProperties(
                new Tabs(new TabStop { Val = TabStopValues.Number, Position = left }),
                new Indentation { Left = left.ToString(), Hanging = hanging.ToString() }),
        };
        var run = new NumberingSymbolRunProperties();
        if (bold) run.Append(new Bold());
        if (run.HasChildren) level.NumberingSymbolRunProperties = run;
        return level;
    }
}
