namespace DocFlow.Functions.Sending;

public sealed record SignerView(string Name, string Email, string Role, int Order, string Party, string Status);
