using System.Text.RegularExpressions;

namespace GeccPortal.Generator.Markdown;

/// <summary>
/// What a printed letter carries at a sheet's edge and a paste from its PDF brings into the text: the continuation
/// sheet's number (<c>- ๒ -</c>, which Markdown read as a list item "๒ -") and, just above it, the first words of the
/// next sheet that letters type at a sheet's foot (<c>/ทั้งนี้...</c>). Neither is part of the text: the page leaves
/// them off (<see cref="Strip"/>) and the loader warns at each (<c>Content.PastedSheetMarks</c>). Code fences are not
/// looked into.
/// </summary>
public static partial class SheetMarkLines
{
    /// <param name="Line">The line's index in the body, from 0.</param>
    /// <param name="IsCarriedWords">The next sheet's first words, not its number.</param>
    public readonly record struct Mark(int Line, string Text, bool IsCarriedWords);

    public static IReadOnlyList<Mark> Find(string body)
    {
        if (!PageNumberLine().IsMatch(body))
        {
            return [];
        }

        var lines = body.Split('\n');
        var marks = new List<Mark>();
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (Content.CodeFences.IsFenceLine(line))
            {
                inFence = !inFence;
            }

            if (inFence || !PageNumberLine().IsMatch(line))
            {
                continue;
            }

            var above = i - 1;
            while (above >= 0 && string.IsNullOrWhiteSpace(lines[above]))
            {
                above--;
            }

            if (above >= 0 && CarriedWordsLine().IsMatch(lines[above].TrimEnd('\r')) && !marks.Any(mark => mark.Line == above))
            {
                marks.Add(new(above, lines[above].Trim(), true));
            }

            marks.Add(new(i, line.Trim(), false));
        }

        return marks;
    }

    /// <summary>The body without those lines, as the page shows it.</summary>
    public static string Strip(string body)
    {
        var marks = Find(body);
        if (marks.Count == 0)
        {
            return body;
        }

        var dropped = marks.Select(mark => mark.Line).ToHashSet();
        return string.Join('\n', body.Split('\n').Where((_, index) => !dropped.Contains(index)));
    }

    // "- ๒ -", "-2-": a sheet's number between hyphens alone on its line.
    [GeneratedRegex(@"(?m)^[ \t]*-[ \t]*[๐-๙0-9]{1,3}[ \t]*-[ \t]*\r?$")]
    private static partial Regex PageNumberLine();

    // "/ทั้งนี้...", "/๒. ให้จังหวัด…": a slash, a few words, an ellipsis.
    [GeneratedRegex(@"^[ \t]*/[ \t]*\S[^\n]{0,60}?(?:\.{2,}|…)[ \t]*$")]
    private static partial Regex CarriedWordsLine();
}
