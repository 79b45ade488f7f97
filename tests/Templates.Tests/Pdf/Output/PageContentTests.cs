using System.Text;
using DocFlow.Templates.Pdf.Output;
using SkiaSharp;

namespace DocFlow.Templates.Tests.Pdf.Output;

public sealed class PageContentTests
{
    private const float PageHeight = 800;
    private static readonly SKColor Ink = new(0x1A, 0x1A, 0x1A);
    private static readonly byte[] Word = GlyphString.Encode([0x0041]);

    [Fact]
    public void Layout_coordinates_are_flipped_to_pdf_coordinates()
    {
        var content = new PageContent(PageHeight);
        content.Line(10, 100, 20, 100, Ink, 0.5f);
        content.Rectangle(new SKRect(10, 100, 30, 150), Ink);

        var text = Finish(content);
        Assert.Contains("10 700 m 20 700 l S", text);
        Assert.Contains("10 650 20 50 re f", text);
    }

    [Fact]
    public void Words_on_one_baseline_in_one_font_share_a_glyph_array_with_their_gaps_as_numbers()
    {
        var content = new PageContent(PageHeight);
        content.Text("/F1", 10, Ink, 50, 100, Word, advance: 7);
        // 3 pt after the first word ended at 57: -(3 / 10 pt) in thousandths of the size.
        content.Text("/F1", 10, Ink, 60, 100, Word, advance: 7);
        // Ends exactly where the last one did: no number.
        content.Text("/F1", 10, Ink, 67, 100, Word, advance: 7);

        var text = Finish(content);
        Assert.Equal(1, Count(text, "Td"));
        Assert.Contains("50 700 Td[(\0A)-300(\0A)(\0A)]TJ", text);
    }

    [Fact]
    public void A_new_line_font_or_colour_starts_a_new_array_and_unchanged_settings_are_not_repeated()
    {
        var content = new PageContent(PageHeight);
        content.Text("/F1", 10, Ink, 50, 100, Word, 7);
        content.Text("/F1", 10, Ink, 50, 114, Word, 7);
        content.Text("/F2", 10, Ink, 60, 114, Word, 7);
        content.Text("/F2", 10, SKColors.Red, 70, 114, Word, 7);

        var text = Finish(content);
        Assert.Equal(4, Count(text, "TJ"));
        Assert.Contains("0 -14 Td", text);
        Assert.Contains("10 0 Td", text);
        Assert.Equal(1, Count(text, "/F1 10 Tf"));
        Assert.Equal(1, Count(text, "/F2 10 Tf"));
        Assert.Equal(1, Count(text, "0.102 0.102 0.102 rg"));
        Assert.Equal(1, Count(text, "1 0 0 rg"));
        Assert.Equal(1, Count(text, "BT"));
    }

    [Fact]
    public void After_a_clip_ends_settings_made_inside_it_are_written_again()
    {
        var content = new PageContent(PageHeight);
        content.BeginClip(new SKRect(0, 0, 100, 100));
        content.Text("/F1", 10, Ink, 50, 100, Word, 7);
        content.EndClip();
        content.Text("/F1", 10, Ink, 50, 100, Word, 7);

        var text = Finish(content);
        Assert.Contains("q 0 700 100 100 re W n", text);
        // Q restored the state from before q: colour and font must be set again.
        Assert.Equal(2, Count(text, "/F1 10 Tf"));
        Assert.Equal(2, Count(text, " rg"));
        Assert.True(text.IndexOf("ET\nQ", StringComparison.Ordinal) > 0, "a text object may not span the clip's end");
    }

    [Fact]
    public void Translucent_colours_are_refused_rather_than_drawn_opaque()
    {
        var content = new PageContent(PageHeight);
        Assert.Throws<NotSupportedException>(() => content.Rectangle(new SKRect(0, 0, 1, 1), new SKColor(0, 0, 0, 0x80)));
    }

    [Fact]
    public void A_clip_left_open_is_an_error()
    {
        var content = new PageContent(PageHeight);
        content.BeginClip(new SKRect(0, 0, 1, 1));
        Assert.Throws<InvalidOperationException>(() => content.Finish());
    }

    private static string Finish(PageContent content) => Encoding.Latin1.GetString(content.Finish());

    private static int Count(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
