namespace DocFlow.Templates.Rendering;

public enum DocumentFormat { Pdf, Docx }
