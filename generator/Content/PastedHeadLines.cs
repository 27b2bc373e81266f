using System.Text.RegularExpressions;

using GeccPortal.Generator.Diagnostics;

namespace GeccPortal.Generator.Content;

/// <summary>
/// The start of a letter's text as pasted from the paper: the lines the form prints above the text (ที่ …, เรื่อง …,
/// เรียน …, อ้างถึง …, สิ่งที่ส่งมาด้วย …, a memo's ส่วนราชการ …), which the page prints itself from the front matter, so it
/// showed เรื่อง and เรียน twice. A line is left off only when the front matter has the field it repeats, and only at
/// the text's start (blank lines aside), with the numbered lines under อ้างถึง or สิ่งที่ส่งมาด้วย; the loader warns at
/// them so the editor deletes them. The text's own first paragraph starts otherwise (ด้วย…, ตามที่…).
/// </summary>
public static partial class PastedHeadLines
{
    /// <param name="Lines">The lines' indexes in the text, from 0, in order.</param>
    public readonly record struct Found(IReadOnlyList<int> Lines, IReadOnlyList<string> Labels);

    public static Found? Find(string body, CircularFrontMatter front)
    {
        if (!LabelledLine().IsMatch(body.TrimStart()))
        {
            return null;
        }

        var lines = body.Split('\n');
        var found = new List<int>();
        var labels = new List<string>();
        string? listLabel = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r').Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (LabelledLine().Match(line) is { Success: true } labelled && Printed(labelled.Groups["label"].Value, front))
            {
                found.Add(i);
                labels.Add(labelled.Groups["label"].Value);
                listLabel = labelled.Groups["label"].Value is "อ้างถึง" or "สิ่งที่ส่งมาด้วย" ? labelled.Groups["label"].Value : null;
            }
            else if (listLabel is not null && NumberedLine().IsMatch(line))
            {
                found.Add(i);
            }
            else
            {
                break;
            }
        }

        return found.Count == 0 ? null : new Found(found, labels);
    }

    /// <summary>The text as the page shows it: without those lines.</summary>
    public static string Strip(string body, CircularFrontMatter front)
    {
        if (Find(body, front) is not { } found)
        {
            return body;
        }

        var dropped = found.Lines.ToHashSet();
        return string.Join('\n', body.Split('\n').Where((_, index) => !dropped.Contains(index)));
    }

    /// <param name="firstLine">The file's line (from 1) of the body's first line.</param>
    public static void Check(CircularFrontMatter front, string body, string display, int firstLine, DiagnosticBag diagnostics)
    {
        if (Find(body, front) is not { } found)
        {
            return;
        }

        var (first, last) = (firstLine + found.Lines[0], firstLine + found.Lines[^1]);
        var lines = last > first ? $"lines {first}–{last}" : "the line";
        diagnostics.Warning(new SourceLocation(display, first, 1),
            $"the text starts with the letter's {string.Join(", ", found.Labels.Distinct())} as printed above it, which the page prints itself from the front matter: "
            + $"they are left off here; delete {lines}");
    }

    /// <summary>Whether the page prints the part the label names, from a field this letter has.</summary>
    private static bool Printed(string label, CircularFrontMatter front) => label switch
    {
        "ที่" => front.Ref is not null,
        "เรื่อง" => front.Title is not null,
        "เรียน" => front.To.Count > 0,
        "อ้างถึง" => front.References.Count > 0,
        "สิ่งที่ส่งมาด้วย" => front.Enclosures.Count > 0,
        "ส่วนราชการ" => front.Issuer is not null,
        _ => false,
    };

    // A label as a word of its own at a line's start, then the part's text.
    [GeneratedRegex(@"^(?<label>ที่|เรื่อง|เรียน|อ้างถึง|สิ่งที่ส่งมาด้วย|ส่วนราชการ)(?:[ \t\u00A0]*:)?[ \t\u00A0]+\S")]
    private static partial Regex LabelledLine();

    // "๑. หนังสือ…", "2. แบบ…": an item of a numbered อ้างถึง or สิ่งที่ส่งมาด้วย.
    [GeneratedRegex(@"^(?:[๐-๙0-9]{1,2}[.)])[ \t\u00A0]*\S")]
    private static partial Regex NumberedLine();
}
