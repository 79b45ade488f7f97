namespace DocFlow.Agreements.Model;

// JSON: kebab-case lower (AgreementJson).
public enum SigningOrder { Parallel, Sequential }
