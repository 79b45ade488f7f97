namespace DocFlow.Agreements.Model;

// JSON: kebab-case lower (AgreementJson).
public enum SignerRole { Signs, Approves, Copy }
