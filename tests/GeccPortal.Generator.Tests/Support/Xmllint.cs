using System.Diagnostics;

namespace GeccPortal.Generator.Tests.Support;

/// <summary>Validates a file with Debian's xmllint (libxml2-utils, installed by tests/setup.sh) against a schema in tests/.</summary>
public static class Xmllint
{
    /// <param name="schemaOption"><c>--relaxng</c> or <c>--schema</c>.</param>
    public static void AssertValid(string file, string schemaOption, string schemaName)
    {
        var schema = Path.Combine(RepositoryRoot.Path, "tests", "GeccPortal.Generator.Tests", "Schemas", schemaName);
        var start = new ProcessStartInfo("xmllint") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["--noout", schemaOption, schema, file])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"xmllint {schemaOption} {schemaName} rejected {file}:\n{errors.Result}");
    }
}
