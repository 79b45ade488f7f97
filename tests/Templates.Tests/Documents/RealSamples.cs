using System.Runtime.CompilerServices;
using DocFlow.Agreements.Fingerprint;
using DocFlow.Agreements.Model;
using DocFlow.Agreements.Planning;
using DocFlow.Agreements.Validation;
using DocFlow.Templates.Rendering;

namespace DocFlow.Templates.Tests.Documents;

/// <summary>The shipped samples (samples/*.json) through the real pipeline: reader → planner → document context.</summary>
public static class RealSamples
{
    public static readonly string[] Names = ["ru-prepayment", "uk-per-stage", "en-hourly-prepaid"];

    public static TheoryData<string> All() => new(Names);

    public static Agreement Agreement(string name)
    {
        var result = new AgreementReader().Read(File.ReadAllText(PathOf(name)));
        Assert.True(result.IsValid, $"{name}: " + string.Join("; ", result.Errors.Select(e => e.ToString())));
        return result.Agreement!;
    }

    public static DocumentContext Context(string name, Func<Agreement, Agreement>? change = null) => Context(change is null ? Agreement(name) : change(Agreement(name)));

    public static DocumentContext Context(Agreement agreement) => new()
    {
        Agreement = agreement,
        Plan = new AgreementPlanner().Plan(agreement),
        Fingerprint = AgreementFingerprint.Compute(agreement),
    };

    public static string PathOf(string name, [CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "samples", name + ".json"));
}
