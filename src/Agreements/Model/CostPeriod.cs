namespace DocFlow.Agreements.Model;

// JSON: kebab-case lower (AgreementJson).
public enum CostPeriod { Once, Monthly, Yearly }
