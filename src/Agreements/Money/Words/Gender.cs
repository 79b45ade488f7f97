namespace DocFlow.Agreements.Money.Words;

/// <summary>What "one" and "two" agree with: рубль (один, два), гривня (одна, дві).</summary>
internal enum Gender { Masculine, Feminine }
