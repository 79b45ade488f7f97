namespace DocFlow.Templates.Docx.Package;

public enum FontFace { Regular, Bold, Italic, BoldItalic }
