namespace DocFlow.Agreements.Model;

// JSON: kebab-case lower (AgreementJson).
public enum PaymentScheme { Prepayment, PerStage, HourlyPrepaid }
