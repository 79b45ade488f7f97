using System.Buffers.Binary;

namespace DocFlow.Templates.Pdf.Fonts;

/// <summary>
/// Cuts a TrueType font down to the glyphs a document uses: unused glyph outlines become empty, while glyph ids,
/// cmap and metrics stay as they are, so the PDF's glyph strings and widths need no renumbering, and the embedded
/// font shrinks from ~200 KB to a few KB. Tables only shapers use (GSUB, GPOS, kern...) are dropped, and the name table keeps only its essential
/// records (<see cref="NameTable"/>).
/// </summary>
internal static class TrueTypeSubsetter
{
    // Hinting programs (cvt, fpgm, prep) stay: glyph instructions call into them and some rasterisers fail without.
    private static readonly string[] KeptTables = ["cmap", "cvt ", "fpgm", "gasp", "head", "hhea", "hmtx", "maxp", "name", "OS/2", "post", "prep"];

    /// <summary>The subset of a font already read as a plain glyf-outline TrueType font (<see cref="TypefaceData.Read"/>).</summary>
    public static byte[] Subset(TypefaceData typeface, IEnumerable<ushort> usedGlyphs)
    {
        var (font, tables) = ((ReadOnlyMemory<byte>)typeface.Program, typeface.Tables);
        var head = tables.Get(font.Span, "head");
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(head[50..]) == 1;
        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(tables.Get(font.Span, "maxp")[4..]);
        var offsets = ReadLoca(tables.Get(font.Span, "loca"), glyphCount, longOffsets);
        var glyf = tables.Get(font.Span, "glyf");
        var keep = Closure(glyf, offsets, usedGlyphs.Append((ushort)0), glyphCount);
        var (newGlyf, newLoca) = Rebuild(glyf, offsets, keep, glyphCount);

        // Tables kept as they are stay slices of the font: only the ones changed here are copied.
        var output = new SortedDictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal) { ["glyf"] = newGlyf, ["loca"] = newLoca };
        foreach (var tag in KeptTables)
            if (tables.Has(tag)) output[tag] = tables.Get(font, tag);
        output["head"] = LongLoca(output["head"].Span);
        if (output.TryGetValue("post", out var post) && post.Length >= 32) output["post"] = PostVersion3(post.Span);
        if (output.TryGetValue("name", out var name)) output["name"] = NameTable.Essential(name.ToArray());
        return Write(output);
    }

    private static int[] ReadLoca(ReadOnlySpan<byte> loca, int glyphCount, bool longOffsets)
    {
        var offsets = new int[glyphCount + 1];
        for (var i = 0; i <= glyphCount; i++)
            offsets[i] = longOffsets ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * i)..]) : 2 * BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * i)..]);
        return offsets;
    }

    /// <summary>The used glyphs plus every glyph a composite glyph among them is built from.</summary>
    private static bool[] Closure(ReadOnlySpan<byte> glyf, int[] offsets, IEnumerable<ushort> used, int glyphCount)
    {
        var keep = new bool[glyphCount];
        var pending = new Stack<ushort>(used.Where(g => g < glyphCount));
        while (pending.Count > 0)
        {
            var glyph = pending.Pop();
            if (keep[glyph]) continue;
            keep[glyph] = true;
            PushComponents(glyf, offsets[glyph], offsets[glyph + 1], pending, keep);
        }
        return keep;
    }

    /// <summary>Queues the glyphs a composite glyph is built from (a simple glyph has none).</summary>
    private static void PushComponents(ReadOnlySpan<byte> glyf, int start, int end, Stack<ushort> pending, bool[] keep)
    {
        if (end - start < 10 || BinaryPrimitives.ReadInt16BigEndian(glyf[start..]) >= 0) return;
        var position = start + 10;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyf[position..]);
            var component = BinaryPrimitives.ReadUInt16BigEndian(glyf[(position + 2)..]);
            if (component < keep.Length && !keep[component]) pending.Push(component);
            position += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
            if ((flags & 0x0008) != 0) position += 2;
            else if ((flags & 0x0040) != 0) position += 4;
            else if ((flags & 0x0080) != 0) position += 8;
        } while ((flags & 0x0020) != 0 && position + 4 <= end);
    }

    private static (byte[] Glyf, byte[] Loca) Rebuild(ReadOnlySpan<byte> glyf, int[] offsets, bool[] keep, int glyphCount)
    {
        var size = 0;
        for (var i = 0; i < glyphCount; i++)
            if (Kept(offsets, keep, i)) size += Pad(offsets[i + 1] - offsets[i]);
        var glyphs = new byte[size];
        var loca = new byte[4 * (glyphCount + 1)];
        var at = 0;
        for (var i = 0; i < glyphCount; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * i), (uint)at);
            if (!Kept(offsets, keep, i)) continue;
            glyf[offsets[i]..offsets[i + 1]].CopyTo(glyphs.AsSpan(at));
            at += Pad(offsets[i + 1] - offsets[i]);
        }
        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * glyphCount), (uint)at);
        return (glyphs, loca);
    }

    private static bool Kept(int[] offsets, bool[] keep, int glyph) => keep[glyph] && offsets[glyph + 1] > offsets[glyph];

    /// <summary>head saying the loca table has long offsets, its checksum adjustment zeroed until the whole font is known.</summary>
    private static byte[] LongLoca(ReadOnlySpan<byte> head)
    {
        var result = head.ToArray();
        BinaryPrimitives.WriteInt16BigEndian(result.AsSpan(50), 1);
        BinaryPrimitives.WriteUInt32BigEndian(result.AsSpan(8), 0);
        return result;
    }

    /// <summary>post version 3 has no glyph names: they are only hints for PostScript printers and weigh kilobytes.</summary>
    private static byte[] PostVersion3(ReadOnlySpan<byte> post)
    {
        var result = post[..32].ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(result, 0x00030000);
        return result;
    }

    private static byte[] Write(SortedDictionary<string, ReadOnlyMemory<byte>> tables)
    {
        var count = tables.Count;
        var selector = (int)Math.Floor(Math.Log2(count));
        var searchRange = (1 << selector) * 16;
        var headerLength = 12 + 16 * count;
        var total = headerLength + tables.Values.Sum(t => Pad(t.Length));
        var font = new byte[total];
        BinaryPrimitives.WriteUInt32BigEndian(font, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(6), (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(8), (ushort)selector);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(10), (ushort)(count * 16 - searchRange));
        var offset = headerLength;
        var index = 0;
        var headOffset = 0;
        foreach (var (tag, data) in tables)
        {
            var record = font.AsSpan(12 + 16 * index++);
            System.Text.Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data.Span));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            data.Span.CopyTo(font.AsSpan(offset));
            if (tag == "head") headOffset = offset;
            offset += Pad(data.Length);
        }
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(headOffset + 8), unchecked(0xB1B0AFBA - Checksum(font)));
        return font;
    }

    private static int Pad(int length) => (length + 3) & ~3;

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var whole = data.Length & ~3;
        for (var i = 0; i < whole; i += 4) sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        // A table's last word is padded with zeros.
        uint tail = 0;
        for (var i = whole; i < whole + 4; i++) tail = (tail << 8) | (i < data.Length ? data[i] : (byte)0);
        return data.Length == whole ? sum : unchecked(sum + tail);
    }
}
