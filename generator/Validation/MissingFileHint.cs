namespace GeccPortal.Generator.Validation;

/// <summary>
/// What to say after "enclosure file '…' not found": the file the editor most likely meant. A name that differs
/// only in capitals (<c>schedule.pdf</c> for <c>Schedule.PDF</c>) is found on Windows and macOS, so the check passes
/// there and fails on the build server; otherwise the folder's attachments are listed, so a misspelt name is
/// seen beside the real one. Only called for a file that is missing, so a good build does no folder walk here.
/// </summary>
public static class MissingFileHint
{
    private const int MaxListed = 5;

    /// <param name="full">The full path the enclosure names, which does not exist.</param>
    public static string For(string full)
    {
        // A Windows path (attachments\form.pdf) names, on the build server, a file whose name holds the backslash.
        if (full.Contains('\\', StringComparison.Ordinal) && Path.DirectorySeparatorChar == '/' && File.Exists(full.Replace('\\', '/')))
        {
            var written = Path.GetFileName(full[..full.IndexOf('\\', StringComparison.Ordinal)]) + full[full.IndexOf('\\', StringComparison.Ordinal)..];
            return $"; a folder's name is followed by '/', not '\\' (Windows' way, which the build server reads as part of the name): write file: {written.Replace('\\', '/')}";
        }

        // A folder of attachments named whole: an enclosure is one file.
        if (Directory.Exists(full))
        {
            var inside = Directory.EnumerateFiles(full).Select(Path.GetFileName).OfType<string>().Where(file => !file.StartsWith('.')).Order(StringComparer.Ordinal).FirstOrDefault();
            return inside is null
                ? "; it is a folder, and an enclosure is one file: name the file"
                : $"; it is a folder, and an enclosure is one file: name each file, one enclosure for each (file: {Path.GetFileName(full)}/{inside})";
        }

        var folder = Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder))
        {
            return "";
        }

        var name = Path.GetFileName(full);
        var files = Directory.EnumerateFiles(folder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(file => !file.StartsWith('.') && !file.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.FirstOrDefault(file => string.Equals(file, name, StringComparison.OrdinalIgnoreCase)) is { } sameLetters)
        {
            return $"; the folder has '{sameLetters}', which differs in capital letters: write file: {sameLetters} (the name must match exactly; Windows and macOS ignore capitals, the build server does not)";
        }

        if (files.Count == 0)
        {
            return "; the folder has no attachments: put the file next to the Markdown file";
        }

        var listed = string.Join(", ", files.Take(MaxListed));
        return files.Count > MaxListed
            ? $"; the folder has {files.Count} files, among them {listed}"
            : $"; the folder has {listed}";
    }
}
