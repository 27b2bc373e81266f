namespace GeccPortal.Extraction.Tests;

/// <summary>The committed test files (see Files/make-files.sh) and scratch folders for files made by tests.</summary>
internal static class TestFiles
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Files", name);

    /// <summary>A fresh folder under the system temp folder, deleted when disposed.</summary>
    public static ScratchFolder Scratch() => new();

    /// <summary>Options that keep tests quick on a small machine.</summary>
    public static ExtractionOptions Options { get; } = new() { OcrDpi = 200 };

    /// <summary>The first warning of the given kind, failing the test when there is none.</summary>
    public static ExtractionWarning Warning(ExtractionResult result, WarningKind kind)
    {
        var warning = result.Warnings.FirstOrDefault(w => w.Kind == kind);
        Assert.True(warning is not null, $"expected a {kind} warning, got: {string.Join(" | ", result.Warnings)}");
        return warning;
    }
}

internal sealed class ScratchFolder : IDisposable
{
    public ScratchFolder()
    {
        Root = Directory.CreateTempSubdirectory("gecc-extraction-test-").FullName;
    }

    public string Root { get; }

    public string File(string name) => Path.Combine(Root, name);

    public string Write(string name, byte[] bytes)
    {
        var path = File(name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Copy(string testFile, string asName)
    {
        var path = File(asName);
        System.IO.File.Copy(TestFiles.Path(testFile), path, overwrite: true);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
