using System.Text.RegularExpressions;

using GeccPortal.Generator.Diagnostics;
using GeccPortal.Generator.Model;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Content;

/// <summary>
/// The start of a letter's text as pasted from the paper: the lines the form prints above the text (ที่ …, เรื่อง …,
/// เรียน …, อ้างถึง …, สิ่งที่ส่งมาด้วย …, a memo's ส่วนราชการ …), which the page prints itself from the front matter, so it
/// showed เรื่อง and เรียน twice. A line is left off only when the front matter has the field it repeats, and only at
/// the text's start (blank lines aside), with the numbered lines under อ้างถึง or สิ่งที่ส่งมาด้วย, the further lines of a
/// wrapped เรื่อง or เรียน, and the unlabelled lines the paper prints among them as the front matter has them (the
/// urgency, an order's heading, the issuer's address, the date: site probe 10); the loader warns at them so the editor
/// deletes them. The text's own first paragraph starts otherwise (ด้วย…, ตามที่…). A เรื่อง or เรียน line pasted again
/// further down, the whole line as the page prints it, is left off too (<see cref="FindRepeated"/>).
/// </summary>
public static partial class PastedHeadLines
{
    /// <param name="Lines">The lines' indexes in the text, from 0, in order.</param>
    public readonly record struct Found(IReadOnlyList<int> Lines, IReadOnlyList<string> Labels);

    public static Found? Find(string body, CircularFrontMatter front)
    {
        var start = body.AsSpan().TrimStart();
        var end = start.IndexOf('\n');
        if (start.IsEmpty || !MayStartHead((end < 0 ? start : start[..end]).Trim().ToString(), front))
        {
            return null;
        }

        var lines = body.Split('\n');
        var first = Array.FindIndex(lines, line => line.Trim().Length > 0);

        var found = new List<int>();
        var labels = new List<string>();
        var labelledSeen = false;
        string? listLabel = null;
        // A เรื่อง or เรียน wrapped over lines as on the paper: its value, and how much of it the lines so far have given.
        string? wrapped = null;
        var given = "";
        for (var i = first; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r').Trim();
            if (line.Length == 0)
            {
                wrapped = null;
                continue;
            }

            if (IsTitleHeading(line, front))
            {
                // "# ขอเชิญประชุม": the subject typed again as the text's heading, which the page prints above it.
                labelledSeen = true;
                found.Add(i);
                labels.Add("title");
                wrapped = null;
            }
            else if (LabelledLine().Match(line) is { Success: true } labelled && Printed(labelled.Groups["label"].Value, front))
            {
                var label = labelled.Groups["label"].Value;
                labelledSeen = true;
                found.Add(i);
                labels.Add(label);
                listLabel = label is "อ้างถึง" or "สิ่งที่ส่งมาด้วย" ? label : null;
                wrapped = label switch
                {
                    "เรื่อง" => Subject(front.Title!.Value),
                    "เรียน" => Squeezed(string.Concat(front.To.Select(to => to.Value))),
                    _ => null,
                };
                given = Squeezed(AfterLabel(line, label));
            }
            else if (wrapped is not null && given.Length < wrapped.Length && wrapped.StartsWith(given + Squeezed(line), StringComparison.Ordinal))
            {
                // The subject's or addressee's next line: ศูนย์พัฒนาเด็กเล็ก after เรื่อง การขอรับการสนับสนุน…เพื่อพัฒนา.
                found.Add(i);
                given += Squeezed(line);
            }
            else if (listLabel is not null && NumberedLine().IsMatch(line))
            {
                found.Add(i);
            }
            else if (OtherHeadLine(line, front) is { } part)
            {
                // Between the labelled lines on the paper: the urgency, an order's heading, the issuer's address, the date.
                found.Add(i);
                labels.Add(part);
                wrapped = null;
            }
            else
            {
                break;
            }
        }

        // Only a paste that holds a labelled line: an urgency, address or date line alone is the editor's text.
        return labelledSeen ? new Found(found, labels) : null;
    }

    /// <summary>Whether a text's first line may be the first of a pasted head, which most texts' first lines are not.</summary>
    private static bool MayStartHead(string line, CircularFrontMatter front) =>
        LabelledLine().IsMatch(line) || IsTitleHeading(line, front) || OtherHeadLine(line, front) is not null;

    /// <summary>A Markdown heading (<c># …</c>) whose words are the title's, spaces and a typed เรื่อง aside.</summary>
    private static bool IsTitleHeading(string line, CircularFrontMatter front) =>
        line.StartsWith('#') && front.Title?.Value is { } title
        && Squeezed(line.TrimStart('#')) is { Length: > 0 } heading
        && (heading == Squeezed(title) || "เรื่อง" + heading == Squeezed(title) || heading == "เรื่อง" + Squeezed(title));

    /// <summary>
    /// A line the paper prints above the text without a label, as the front matter has it (spaces aside): the urgency
    /// (ด่วนที่สุด), an order's or announcement's heading (คำสั่งจังหวัดนครพนม: its kind and the issuer's first line), a line
    /// of the issuer's name and address, the date. Named as the key that holds it.
    /// </summary>
    private static string? OtherHeadLine(string line, CircularFrontMatter front)
    {
        var squeezed = Squeezed(line);
        if (front.Urgency?.Value is { } urgency && squeezed == Squeezed(urgency))
        {
            return "urgency";
        }

        if (front.Issuer?.Value is { } issuer)
        {
            var issuerLines = issuer.Split('\n').Select(Squeezed).Where(l => l.Length > 0).ToList();
            if (issuerLines.Contains(squeezed))
            {
                return "issuer";
            }

            if (issuerLines.Count > 0 && (squeezed == "คำสั่ง" + issuerLines[0] || squeezed == "ประกาศ" + issuerLines[0]))
            {
                return "heading";
            }
        }

        return front.Date?.Value is { } written && ThaiDates.MatchWritten(line) is { Success: true } date && date.Length == line.Length
            && ThaiDates.Parse(line).Date is { } day && day == ThaiDates.Parse(written).Date
            ? "date"
            : null;
    }

    private static string AfterLabel(string line, string label) => line[label.Length..].TrimStart(' ', '\t', '\u00A0', ':');

    /// <summary>Text without its spaces, as a wrapped line and a one-line value are compared.</summary>
    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>The title as the page prints it after เรื่อง, spaces aside: without the label when it was typed with it.</summary>
    private static string Subject(string title) => Squeezed(PrintedLabel.Strip(title, PrintedLabel.Subject));

    /// <summary>
    /// Lines later in the text that are the letter's เรื่อง or เรียน line as the page prints it (label and value, spaces
    /// aside), pasted again below the first paragraph: the page showed the subject twice. Not a line that only starts so.
    /// </summary>
    public static IReadOnlyList<(int Line, string Label)> FindRepeated(string body, CircularFrontMatter front, Found? head)
    {
        if (!RepeatableLine().IsMatch(body))
        {
            return [];
        }

        var title = front.Title is { } t ? Subject(t.Value) : null;
        var to = front.To.Count > 0 ? Squeezed(string.Concat(front.To.Select(x => x.Value))) : null;
        var skipped = head?.Lines.ToHashSet() ?? [];
        var repeated = new List<(int, string)>();
        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (skipped.Contains(i) || LabelledLine().Match(line) is not { Success: true } labelled)
            {
                continue;
            }

            var label = labelled.Groups["label"].Value;
            var value = Squeezed(AfterLabel(line, label));
            if ((label == "เรื่อง" && value == title) || (label == "เรียน" && value == to))
            {
                repeated.Add((i, label));
            }
        }

        return repeated;
    }

    /// <summary>The text as the page shows it: without those lines.</summary>
    public static string Strip(string body, CircularFrontMatter front)
    {
        var head = Find(body, front);
        var repeated = FindRepeated(body, front, head);
        if (head is null && repeated.Count == 0)
        {
            return body;
        }

        var dropped = (head?.Lines ?? []).Concat(repeated.Select(r => r.Line)).ToHashSet();
        return string.Join('\n', body.Split('\n').Where((_, index) => !dropped.Contains(index)));
    }

    /// <param name="firstLine">The file's line (from 1) of the body's first line.</param>
    public static void Check(CircularFrontMatter front, string body, string display, int firstLine, DiagnosticBag diagnostics)
    {
        var head = Find(body, front);
        if (head is { } found)
        {
            var (first, last) = (firstLine + found.Lines[0], firstLine + found.Lines[^1]);
            var lines = last > first ? $"lines {first}–{last}" : "the line";
            diagnostics.Warning(new SourceLocation(display, first, 1),
                $"the text starts with the letter's {string.Join(", ", found.Labels.Distinct())} as printed above it, which the page prints itself from the front matter: "
                + $"they are left off here; delete {lines}");
        }

        foreach (var (line, label) in FindRepeated(body, front, head))
        {
            diagnostics.Warning(new SourceLocation(display, firstLine + line, 1),
                $"this line repeats the letter's {label} line, which the page prints above the text from the front matter: it is left off here; delete the line");
        }
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

    // A line starting with เรื่อง or เรียน as a label: the only lines FindRepeated reads further.
    [GeneratedRegex(@"^[ \t\u00A0]*(?:เรื่อง|เรียน)(?:[ \t\u00A0]*:)?[ \t\u00A0]+\S", RegexOptions.Multiline)]
    private static partial Regex RepeatableLine();

    // "๑. หนังสือ…", "2. แบบ…": an item of a numbered อ้างถึง or สิ่งที่ส่งมาด้วย.
    [GeneratedRegex(@"^(?:[๐-๙0-9]{1,2}[.)])[ \t\u00A0]*\S")]
    private static partial Regex NumberedLine();
}
