namespace GeccPortal.Search.Bench.Analysis;

/// <summary>The benchmark's input: the texts cut at paragraph ends into fields of about 3,000 characters.</summary>
public static class Fields
{
    private const int FieldChars = 3_000;

    public static List<string> Load(IReadOnlyList<string> files, int targetChars)
    {
        var paragraphs = files.SelectMany(file => File.ReadAllText(file).Split('\n'))
            .Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
        if (paragraphs.Count == 0)
        {
            throw new InvalidDataException($"no text in {string.Join(", ", files)}");
        }

        var fields = new List<string>();
        var current = new List<string>();
        var currentChars = 0;
        var total = 0;
        for (var i = 0; total < targetChars; i = (i + 1) % paragraphs.Count)
        {
            current.Add(paragraphs[i]);
            currentChars += paragraphs[i].Length + 1;
            if (currentChars >= FieldChars)
            {
                fields.Add(string.Join('\n', current));
                total += currentChars;
                current.Clear();
                currentChars = 0;
            }
        }

        return fields;
    }
}
