namespace DocFlow.Templates.Model;

public sealed record TableColumn(float Weight, TextAlign Align = TextAlign.Left);
