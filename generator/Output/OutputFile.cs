namespace GeccPortal.Generator.Output;

/// <summary>A file of the built site, at a path relative to the output folder (forward slashes).</summary>
public abstract record OutputFile(string Path)
{
    /// <summary>Writes the file under <paramref name="root"/>, creating its folders.</summary>
    public void WriteUnder(string root)
    {
        var target = System.IO.Path.Combine(root, Path.Replace('/', System.IO.Path.DirectorySeparatorChar));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        Write(target);
    }

    protected abstract void Write(string target);
}

/// <summary>A generated page or data file, written as UTF-8 without a byte order mark.</summary>
public sealed record TextOutput(string Path, string Text) : OutputFile(Path)
{
    protected override void Write(string target) => File.WriteAllText(target, Text);
}

/// <summary>A file copied from content/ (an attachment).</summary>
public sealed record CopiedOutput(string Path, string SourcePath) : OutputFile(Path)
{
    protected override void Write(string target) => File.Copy(SourcePath, target);
}

/// <summary>Bytes known at build time (a bundled asset).</summary>
public sealed record BytesOutput(string Path, byte[] Bytes) : OutputFile(Path)
{
    protected override void Write(string target) => File.WriteAllBytes(target, Bytes);
}
