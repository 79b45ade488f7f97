using SkiaSharp;

namespace DocFlow.Templates.Pdf.Layout;

/// <summary>Rules and shading of tables: thin grey rules, a shaded header row, a lighter shade for totals.</summary>
internal sealed record TableStyle(SKColor Rule, float RuleWidth, SKColor HeaderFill, SKColor EmphasisFill);
