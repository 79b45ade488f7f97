using System.Runtime.CompilerServices;

namespace DocFlow.Agreements.Tests.Validation;

/// <summary>
/// The repository's samples/ folder, found from this source file's location, so the tests work whatever the build
/// output directory is (DOCFLOW_BUILD_ROOT moves it out of the tree).
/// </summary>
public static class SampleFiles
{
    public static string Directory([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "samples"));

    public static string Read(string name) => File.ReadAllText(Path.Combine(Directory(), name));
}
