namespace DocFlow.Signing;
