namespace DocFlow.Agreements.Model;

// JSON: kebab-case lower (AgreementJson).
public enum PartyKind { Company, Entrepreneur, Person }
