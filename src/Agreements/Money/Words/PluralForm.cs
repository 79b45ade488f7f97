namespace DocFlow.Agreements.Money.Words;

/// <summary>Which form a count takes: ru/uk 1 рубль, 2–4 рубля, 5+ (and 11–14) рублей; en 1 dollar, else dollars.</summary>
internal enum PluralForm { One, Few, Many }
