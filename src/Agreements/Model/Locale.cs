namespace DocFlow.Agreements.Model;

// JSON: kebab-case lower (AgreementJson).
public enum Locale { Ru, Uk, En }
