using DocFlow.Templates.Docx.Xml;

namespace DocFlow.Templates.Docx.Numbering;

/// <summary>
/// Numbering definitions: one multilevel list for sections and clauses ("%1." / "%1.%2." / "%1.%2.%3."), so Word keeps
/// clause numbers right when a lawyer inserts a clause; bullets; and "1)" lists, one instance per list so each restarts.
/// One builder per document: it remembers how many ordered lists were handed out.
/// </summary>
internal sealed class NumberingPartBuilder
{
    private int _orderedLists;

    /// <summary>A fresh instance of the "1)" list starting at 1.</summary>
    public int NewOrderedList() => NumberingIds.FirstOrderedList + _orderedLists++;

    /// <summary>The numbering part, with an instance for every ordered list handed out so far.</summary>
    public void Write(WordXmlWriter xml)
    {
        xml.StartWordRoot("w:numbering");
        Clauses(xml);
        SingleLevel(xml, NumberingIds.BulletAbstract, "bullet", "•");
        SingleLevel(xml, NumberingIds.OrderedAbstract, "decimal", "%1)");
        Instance(xml, NumberingIds.Clauses, NumberingIds.ClausesAbstract, restart: false);
        Instance(xml, NumberingIds.Bullets, NumberingIds.BulletAbstract, restart: false);
        for (var i = 0; i < _orderedLists; i++) Instance(xml, NumberingIds.FirstOrderedList + i, NumberingIds.OrderedAbstract, restart: true);
        xml.End();
    }

    private static void Clauses(WordXmlWriter xml)
    {
        xml.Start("w:abstractNum").Attribute("w:abstractNumId", NumberingIds.ClausesAbstract);
        xml.Empty("w:multiLevelType", "w:val", "multilevel");
        var text = "";
        for (var level = 0; level <= NumberingIds.MaxLevel; level++)
        {
            text += $"%{level + 1}.";
            Level(xml, level, "decimal", text, NumberingLayout.Left(level), NumberingLayout.Hanging(level), bold: level == 0);
        }
        xml.End();
    }

    private static void SingleLevel(WordXmlWriter xml, int abstractId, string format, string text)
    {
        xml.Start("w:abstractNum").Attribute("w:abstractNumId", abstractId);
        xml.Empty("w:multiLevelType", "w:val", "singleLevel");
        Level(xml, 0, format, text, NumberingLayout.ListLeft, NumberingLayout.ListHanging, bold: false);
        xml.End();
    }

    private static void Level(WordXmlWriter xml, int index, string format, string text, int left, int hanging, bool bold)
    {
        xml.Start("w:lvl").Attribute("w:ilvl", index);
        xml.Empty("w:start", "w:val", 1);
        xml.Empty("w:numFmt", "w:val", format);
        xml.Empty("w:suff", "w:val", "tab");
        xml.Empty("w:lvlText", "w:val", text);
        xml.Empty("w:lvlJc", "w:val", "left");
        xml.Start("w:pPr");
        xml.Start("w:tabs");
        xml.Start("w:tab").Attribute("w:val", "num").Attribute("w:pos", left).End();
        xml.End();
        xml.Start("w:ind").Attribute("w:left", left).Attribute("w:hanging", hanging).End();
        xml.End();
        if (bold)
        {
            xml.Start("w:rPr");
            xml.Empty("w:b");
            xml.End();
        }
        xml.End();
    }

    /// <summary>A w:num; <paramref name="restart"/> makes this instance count from 1 again.</summary>
    private static void Instance(WordXmlWriter xml, int id, int abstractId, bool restart)
    {
        xml.Start("w:num").Attribute("w:numId", id);
        xml.Empty("w:abstractNumId", "w:val", abstractId);
        if (restart)
        {
            xml.Start("w:lvlOverride").Attribute("w:ilvl", 0);
            xml.Empty("w:startOverride", "w:val", 1);
            xml.End();
        }
        xml.End();
    }
}
