using DocumentFormat.OpenXml.Wordprocessing;

namespace DocFlow.Templates.Docx.Package;

/// <summary>Document settings: compatibility mode 15 so Word opens it as a current document, not in compatibility mode.</summary>
public static class SettingsBuilder
{
    public static Settings Build(bool embeddedFonts)
    {
        var settings = new Settings();
        // Tells Word to keep the fonts embedded when a lawyer saves the document again.
        if (embeddedFonts) settings.Append(new EmbedTrueTypeFonts());
        settings.Append(
            new DefaultTabStop { Val = 709 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }));
        return settings;
    }
}
