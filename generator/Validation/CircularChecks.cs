using GeccPortal.Generator.Content;
using GeccPortal.Generator.Diagnostics;
using GeccPortal.Generator.Model;
using GeccPortal.Generator.Rendering.Listings;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Validation;

/// <summary>The checks of one circular on its own: required keys, ref, dates, allowed words, files, classification, contact numbers, keys its form has no place for.</summary>
public sealed class CircularChecks(DiagnosticBag diagnostics)
{
    /// <summary>The page written in each circular's folder; an attachment may not take its name.</summary>
    private const string PageFileName = "index.html";

    /// <summary>The Thai names of the types, as editors may write them (<see cref="CircularTypes.OtherNames"/> too).</summary>
    private static readonly Dictionary<string, string> TypeNames = CircularTypes.Labels
        .ToDictionary(label => label.Value, label => label.Key, StringComparer.Ordinal)
        .Concat(CircularTypes.OtherNames)
        .ToDictionary(StringComparer.Ordinal);

    /// <summary>
    /// A type as the error for an unknown one names it, with the Thai names that mean it and the kinds of letter it is
    /// used for: <c>type: ระเบียบ</c> was told only "use one of external, internal, …" (site probe 10).
    /// </summary>
    private static string TypeNamed(string type) => type switch
    {
        "internal" => "internal (หนังสือภายใน, บันทึกข้อความ)",
        "sealed" => "sealed (หนังสือประทับตรา, ประทับตรา)",
        "directive" => "directive (หนังสือสั่งการ: a ระเบียบ, ข้อบังคับ or instruction sent round on the external letter's form)",
        _ => CircularTypes.Labels.TryGetValue(type, out var label) ? $"{type} ({label})" : type,
    };

    private readonly ValueChecks _values = new(diagnostics);
    private readonly ContactNumberChecks _contactNumbers = new(diagnostics);
    private readonly LetterFormChecks _form = new(diagnostics);
    private readonly OwnRefChecks _ownRef = new(diagnostics);
    private readonly LetterDateChecks _dates = new(diagnostics);
    private readonly PrintedLabelChecks _labels = new(diagnostics);
    private readonly AddresseeChecks _addressees = new(diagnostics);

    /// <summary>The checked circular, or null if anything about it is an error (every error is reported).</summary>
    public CheckedCircular? Check(CircularSource source)
    {
        var front = source.FrontMatter;
        // This file's errors only: other files are checked on other threads at the same time, and one of their
        // errors must not make this circular look invalid (its citers would then be told it is missing).
        var errorsBefore = diagnostics.ErrorCountIn(source.DisplayPath);

        var type = _values.OneOf(front.Type, "type", CircularTypes.Labels.Keys, TypeNames, TypeNamed) ?? CircularTypes.Default;
        var (refOk, reference, refText) = _ownRef.Check(front, type);
        var dateText = _values.Required(front.Date, "date", front.Location, misshapen: front.Misshapen);
        var title = _values.Required(front.Title, "title", front.Location, misshapen: front.Misshapen);
        var date = dateText is null ? null : _values.Date(front.Date!, "date");
        if (date is { } letterDate)
        {
            _dates.Check(letterDate, front.Date!.Location, DateOnly.FromDateTime(DateTime.Now));
        }

        var urgency = _values.OneOf(front.Urgency, "urgency", Urgencies.All);
        CheckClassification(front.Classification);
        if (front.Contact is { } contact)
        {
            _contactNumbers.Check(contact);
        }

        _form.Check(front, type);
        _labels.Check(front, type, reference);
        _addressees.Check(front);
        var slug = _values.Slug(front.Slug, source.DefaultSlug, SourceLocation.StartOf(source.DisplayPath));
        if (slug == AllCirculars.ReservedSlug)
        {
            diagnostics.Error(front.Slug?.Location ?? SourceLocation.StartOf(source.DisplayPath),
                $"the URL 'circulars/{slug}/' holds the later pages of the list of all circulars: add 'slug:' with another name, or rename the file");
        }

        var enclosures = front.Enclosures.Select(entry => CheckEnclosure(entry, source)).OfType<CheckedEnclosure>().ToList();
        var references = front.References.Select(CheckReference).OfType<CheckedReference>().ToList();

        if (diagnostics.ErrorCountIn(source.DisplayPath) > errorsBefore || !refOk || date is null || title is null || slug is null)
        {
            return null;
        }

        if (reference is not null)
        {
            ReportSelfCitations(reference, date.Value,
                references.Select(r => (r.Location, r.Ref, r.Date)).Concat(enclosures.Select(e => (e.Location, e.Ref, e.Date))));
        }

        return new CheckedCircular(source, reference, refText, date.Value, title, type, urgency, slug,
            front.Draft?.Value ?? false, enclosures, references);
    }

    /// <summary>
    /// A citation of the letter's own ref and date (a reference or enclosure copied from the letter it answers and
    /// not changed): a letter never cites itself, so the ref meant is another one. A warning: the page still shows it.
    /// </summary>
    private void ReportSelfCitations(CircularRef own, DateOnly date, IEnumerable<(SourceLocation Location, CircularRef? Ref, DateOnly? Date)> citations)
    {
        foreach (var (location, cited, citedDate) in citations)
        {
            if (cited is not null && cited.Normalized == own.Normalized && (citedDate is null || citedDate == date))
            {
                diagnostics.Warning(location, $"cites the circular's own ref '{own.Normalized}': a letter cites other letters; check the ref (and date) meant");
            }
        }
    }

    /// <summary>A classified letter must never be published, so its presence in content/ fails the build.</summary>
    private void CheckClassification(Located<string>? classification)
    {
        if (classification is null || string.IsNullOrWhiteSpace(classification.Value))
        {
            return;
        }

        var level = classification.Value.Trim();
        diagnostics.Error(classification.Location, Classifications.All.Contains(level)
            ? $"classified circular ({level}): classified letters are never published; remove this file from content/"
            : $"unknown classification '{level}' ({string.Join(", ", Classifications.All)}); classified letters are never published, remove this file from content/");
    }

    private CheckedEnclosure? CheckEnclosure(EnclosureEntry entry, CircularSource source)
    {
        var title = _values.Required(entry.Title, "title", entry.Location, "enclosures");
        var filePath = entry.File is { } file ? ResolveFile(file, source) : null;
        var reference = entry.Ref is { } refValue && !string.IsNullOrWhiteSpace(refValue.Value) ? CitedRef(refValue, "enclosure ref") : null;
        var date = entry.Date is { } dateValue ? _values.Date(dateValue, "enclosure date") : null;
        return title is null ? null
            : new CheckedEnclosure(entry.Location, title, filePath, entry.Ref?.Value.Trim(), reference, date) { FileLocation = entry.File?.Location };
    }

    /// <summary>
    /// อ้างถึง: a letter by its ref, or, with no ref, what has none (a law, a cabinet resolution) by its title.
    /// </summary>
    private CheckedReference? CheckReference(ReferenceEntry entry)
    {
        var title = entry.Title?.Value.Trim() is { Length: > 0 } given ? given : null;
        var date = entry.Date is { } dateValue ? _values.Date(dateValue, "reference date") : null;
        if (string.IsNullOrWhiteSpace(entry.Ref?.Value) && title is not null)
        {
            return new CheckedReference(entry.Location, null, null, date, title);
        }

        if (entry.Ref is null)
        {
            diagnostics.Error(entry.Location, "missing key 'ref' in 'references': give a letter's 'ref', or the 'title' of what has none (a law, a cabinet resolution)");
            return null;
        }

        var refText = _values.Required(entry.Ref, "ref", entry.Location, "references");
        var reference = refText is null ? null : CitedRef(entry.Ref!, "reference ref");
        return reference is null ? null : new CheckedReference(entry.Location, refText, reference, date, title);
    }

    /// <summary>A cited ref; a number and year alone names no issuer, so it is told how an order is cited.</summary>
    private CircularRef? CitedRef(Located<string> value, string key)
    {
        if (CircularRef.TryParseNumberOnly(value.Value, out _, out _))
        {
            diagnostics.Error(value.Location,
                $"{key} '{value.Value.Trim()}' names no issuer: cite an order or announcement by its heading and number, e.g. คำสั่งจังหวัดนครพนม ที่ {value.Value.Replace("ที่", "", StringComparison.Ordinal).Trim()}");
            return null;
        }

        return _values.Ref(value, key);
    }

    /// <summary>
    /// An attachment path, relative to the Markdown file, that must stay inside the circular's folder: a
    /// path such as <c>../../etc/passwd</c> would otherwise copy any file of the machine into the site.
    /// </summary>
    private string? ResolveFile(Located<string> file, CircularSource source)
    {
        var name = file.Value.Trim();
        if (name.Length == 0)
        {
            diagnostics.Error(file.Location, "enclosure 'file' is empty");
            return null;
        }

        if (name.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            diagnostics.Error(file.Location, $"enclosure file '{name}' is not a valid file path");
            return null;
        }

        var folder = Path.GetFullPath(source.Folder);
        var full = Path.GetFullPath(Path.Combine(folder, name));
        var relative = Path.GetRelativePath(folder, full);
        if (Path.IsPathRooted(name) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            diagnostics.Error(file.Location, $"enclosure file '{name}' is outside the circular's folder; keep attachments next to its Markdown file");
            return null;
        }

        if (string.Equals(relative.Replace('\\', '/'), PageFileName, StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Error(file.Location, $"enclosure file '{name}' would replace the circular's own page; rename it");
            return null;
        }

        // The path as written stays inside; a link on it (to a file or a folder) must too, or it would publish what it points at.
        if (!RealPaths.StaysInside(folder, full))
        {
            diagnostics.Error(file.Location, $"enclosure file '{name}' is a link to a file outside the circular's folder; put a copy of the file itself in the folder");
            return null;
        }

        if (!File.Exists(full))
        {
            diagnostics.Error(file.Location, $"enclosure file '{name}' not found{MissingFileHint.For(full)}");
            return null;
        }

        return full;
    }
}
