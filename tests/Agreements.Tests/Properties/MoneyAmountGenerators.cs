using FsCheck;
using FsCheck.Fluent;

namespace DocFlow.Agreements.Tests.Properties;

/// <summary>Amounts spread over every magnitude (1 to 12 digits), not clustered near zero as plain integers would be.</summary>
public static class MoneyAmountGenerators
{
    public static Arbitrary<MoneyAmount> Amounts() =>
        (from digits in Gen.Choose(1, 12)
         from high in Gen.Choose(0, 999_999)
         from low in Gen.Choose(0, 999_999)
         from minor in Gen.Choose(0, 99)
         select new MoneyAmount((high * 1_000_000L + low) % (long)Math.Pow(10, digits), minor)).ToArbitrary();
}
