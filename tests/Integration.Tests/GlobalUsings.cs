// DocumentFormat.OpenXml brings a root namespace named DocumentFormat, which hides the Templates enum of that name.
global using OutputFormat = DocFlow.Templates.Rendering.DocumentFormat;
