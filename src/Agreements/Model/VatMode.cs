namespace DocFlow.Agreements.Model;

// JSON: kebab-case lower (AgreementJson).
public enum VatMode { Included, Added }
