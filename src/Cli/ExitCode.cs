namespace DocFlow.Cli;

/// <summary>What scripts can rely on.</summary>
public static class ExitCode
{
    public const int Ok = 0;
    /// <summary>The input was read but breaks the data contract; every problem is on stderr.</summary>
    public const int Invalid = 1;
    /// <summary>Wrong arguments, a file that cannot be read, or text that is not JSON.</summary>
    public const int Usage = 2;
    /// <summary>A bug: the input was valid and the command still failed.</summary>
    public const int Internal = 3;
}
