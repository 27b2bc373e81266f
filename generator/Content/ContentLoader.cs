using GeccPortal.Generator.Content.Caching;
using GeccPortal.Generator.Diagnostics;

namespace GeccPortal.Generator.Content;

/// <summary>
/// Reads content/: site.yml, agencies.yml, circulars/**.md (a file, or a folder with index.md and its
/// attachments) and pages/**.md. Problems of form (encoding, YAML, unknown keys, shapes) are reported here.
/// </summary>
public sealed class ContentLoader
{
    private const string BundleIndex = "index.md";

    private readonly string _root;
    private readonly string _displayRoot;
    private readonly DiagnosticBag _diagnostics;
    private readonly SourceCache? _cache;

    // Stamps of site.yml, agencies.yml and the plain pages as they are read (one thread), for SettingsStamp.
    private readonly List<(string Display, string Stamp)> _settingsTexts = [];

    private ContentLoader(string contentDirectory, DiagnosticBag diagnostics, SourceCache? cache)
    {
        _root = Path.GetFullPath(contentDirectory);
        _displayRoot = Path.GetFileName(Path.TrimEndingDirectorySeparator(_root));
        _diagnostics = diagnostics;
        _cache = cache;
    }

    /// <param name="cache">Parsed front matter from earlier builds; files it knows unchanged are not parsed again.</param>
    /// <param name="saveCache">
    /// Whether the cache is saved here; a build saves it itself once the model has given it what the checks and the
    /// model made of the files read afresh (<see cref="SourceCache.Remember"/>), so it is written once.
    /// </param>
    public static LoadedContent Load(string contentDirectory, DiagnosticBag diagnostics, SourceCache? cache = null, bool saveCache = true)
    {
        var content = new ContentLoader(contentDirectory, diagnostics, cache).Load();
        if (saveCache)
        {
            cache?.Save();
        }

        return content;
    }

    private LoadedContent Load()
    {
        if (!Directory.Exists(_root))
        {
            _diagnostics.Error(SourceLocation.StartOf(_displayRoot), $"content folder not found: {_root}");
            return new LoadedContent(null, [], [], []);
        }

        var site = LoadSite();
        var agencies = LoadAgencies();
        var otherFiles = new List<string>();
        var circulars = LoadCirculars(otherFiles);
        var pages = LoadPages();
        var settingsStamp = SettingsStamp();
        return new LoadedContent(site, agencies, circulars, pages)
        {
            SettingsStamp = settingsStamp,
            SnapshotsUsable = _cache?.Settle(settingsStamp) ?? false,
            LooseFiles = [.. otherFiles.Select(file => new ContentFile(file, Display(file)))],
        };
    }

    /// <summary>
    /// Everything on every page that is not a circular: settings, agency names, the navigation's pages, as
    /// their texts were read (see <see cref="_settingsTexts"/>), and the generator build.
    /// </summary>
    private string SettingsStamp()
    {
        var text = new System.Text.StringBuilder(ContentStamp.Generator);
        foreach (var (display, stamp) in _settingsTexts.OrderBy(entry => entry.Display, StringComparer.Ordinal))
        {
            text.Append('\n').Append(display).Append('\n').Append(stamp);
        }

        return ContentStamp.Of(text.ToString());
    }

    private SiteFile? LoadSite()
    {
        var path = Path.Combine(_root, "site.yml");
        if (!File.Exists(path))
        {
            _diagnostics.Error(SourceLocation.StartOf(Display(path)), "missing site settings file site.yml (title, baseUrl, digits, searchApi)");
            return null;
        }

        return ReadYamlFile(path) is { } map ? SiteFile.Read(new YamlMapReader(map.Node, map.Source, _diagnostics, SiteFile.Keys)) : null;
    }

    private IReadOnlyList<AgencyEntry> LoadAgencies()
    {
        var path = Path.Combine(_root, "agencies.yml");
        if (!File.Exists(path) || ReadYamlFile(path) is not { } map)
        {
            return [];
        }

        var reader = new YamlMapReader(map.Node, map.Source, _diagnostics, knownKeys: []);
        return [.. reader.Pairs().Select(pair => new AgencyEntry(pair.Key, pair.Value))];
    }

    /// <summary>Files are found in path order, then parsed on all cores; the result keeps path order.</summary>
    /// <param name="otherFiles">Receives the files beside the circulars that are not circulars (see <see cref="LoadedContent.LooseFiles"/>).</param>
    private IReadOnlyList<CircularSource> LoadCirculars(List<string> otherFiles)
    {
        var found = new FoundFiles([], otherFiles, []);
        var files = found.Circulars;
        var folder = Path.Combine(_root, "circulars");
        if (Directory.Exists(folder))
        {
            CollectCirculars(folder, folder, found);
        }

        foreach (var linked in found.LinkedOut)
        {
            _diagnostics.Error(SourceLocation.StartOf(Display(linked)),
                $"folder is a link to a place outside {Display(folder)}/, so it is not read: put the circulars and their files in the folder itself");
        }

        var circulars = new CircularSource?[files.Count];
        Parallel.For(0, files.Count, i => circulars[i] = ReadCircular(files[i].File, files[i].Folder, files[i].DefaultSlug));
        return [.. circulars.OfType<CircularSource>()];
    }

    /// <summary>What <see cref="CollectCirculars"/> finds: circulars, other files beside loose ones, and folders linked out.</summary>
    private sealed record FoundFiles(List<(string File, string Folder, string DefaultSlug)> Circulars, List<string> OtherFiles, List<string> LinkedOut);

    /// <summary>
    /// A folder holding index.md is one circular; every other .md file is a circular of its own. A folder that is a
    /// link leading out of <paramref name="root"/> is not walked: it would publish, or name in messages, files of
    /// anywhere on the machine.
    /// </summary>
    private static void CollectCirculars(string folder, string root, FoundFiles found)
    {
        var (circulars, otherFiles) = (found.Circulars, found.OtherFiles);
        var markdown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            markdown.Add(file);
            if (Path.GetFileName(file) != BundleIndex)
            {
                circulars.Add((file, folder, Path.GetFileNameWithoutExtension(file)));
            }
        }

        // Hidden files (.gitkeep, an editor's swap file) are no one's business.
        otherFiles.AddRange(Directory.EnumerateFiles(folder)
            .Where(file => !markdown.Contains(file) && !Path.GetFileName(file).StartsWith('.'))
            .Order(StringComparer.Ordinal));

        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            if (RealPaths.IsLink(sub) && !RealPaths.StaysInside(root, sub))
            {
                found.LinkedOut.Add(sub);
                continue;
            }

            var index = Path.Combine(sub, BundleIndex);
            if (File.Exists(index))
            {
                circulars.Add((index, sub, Path.GetFileName(sub)));
            }
            else
            {
                CollectCirculars(sub, root, found);
            }
        }
    }

    private CircularSource? ReadCircular(string file, string folder, string defaultSlug)
    {
        var display = Display(file);
        var stat = _cache?.StatOf(file) ?? default;
        if (_cache is not null && _cache.TryGet(display, stat, out var cached))
        {
            return new CircularSource(display, folder, defaultSlug, cached.FrontMatter, new Lazy<string>(() => ReadBodyAgain(file)))
            {
                Stamp = cached.Stamp,
                Snapshot = cached.Snapshot,
                PageLinks = cached.PageLinks,
            };
        }

        // This file's problems are collected apart, so a file that had any is never cached.
        var diagnostics = new DiagnosticBag();
        var source = ParseCircular(file, display, folder, defaultSlug, diagnostics);
        _diagnostics.AddFrom(diagnostics);
        if (source is not null && diagnostics.IsEmpty)
        {
            _cache?.Add(display, stat, source.Stamp, source.FrontMatter, source.PageLinks);
        }

        return source;
    }

    private CircularSource? ParseCircular(string file, string display, string folder, string defaultSlug, DiagnosticBag diagnostics)
    {
        if (ReadMarkdown(file, diagnostics) is not { } loaded)
        {
            return null;
        }

        var reader = new YamlMapReader(loaded.Map.Node, loaded.Map.Source, diagnostics, CircularFrontMatter.Keys);
        var front = CircularFrontMatter.Read(reader);
        EmptyLetters.Check(front, loaded.Body, display, diagnostics);
        LetterTail.Check(front, loaded.Body, display, loaded.BodyFirstLine, diagnostics);
        PastedHeadLines.Check(front, loaded.Body, display, loaded.BodyFirstLine, diagnostics);
        HardBreaksInWords.Check(loaded.Body, display, loaded.BodyFirstLine, diagnostics);
        PastedSheetMarks.Check(loaded.Body, display, loaded.BodyFirstLine, diagnostics);
        LinkDefinitionWarnings.Check(loaded.Body, display, loaded.BodyFirstLine, diagnostics);
        // One scan of the text's links serves the check of files beside it and the pages of other circulars.
        var links = BodyLinks.Of(loaded.Body).ToList();
        BodyFileLinks.Check(front, links, display, loaded.BodyFirstLine, diagnostics);
        return new CircularSource(display, folder, defaultSlug, front, loaded.Body)
        {
            Stamp = loaded.Stamp,
            PageLinks = CircularPageLinks.Of(links, loaded.BodyFirstLine),
        };
    }

    /// <summary>The body of a file known from the cache, when a page first needs it; it was valid when cached.</summary>
    private string ReadBodyAgain(string file)
    {
        var diagnostics = new DiagnosticBag();
        var text = File.Exists(file) ? Utf8File.Read(file, Display(file), diagnostics) : null;
        return text is null ? "" : FrontMatterSplitter.Split(text)?.Body ?? "";
    }

    private IReadOnlyList<PageSource> LoadPages()
    {
        var folder = Path.Combine(_root, "pages");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var pages = new List<PageSource>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (ReadMarkdown(file, _diagnostics) is not { } loaded)
            {
                continue;
            }

            var (map, body, bodyFirstLine, stamp) = loaded;
            _settingsTexts.Add((Display(file), stamp));
            // A plain page's text goes through the same Markdown as a letter's, which leaves these lines off or keeps
            // them as typed: the editor is told at the line, as for a circular.
            HardBreaksInWords.Check(body, Display(file), bodyFirstLine, _diagnostics);
            PastedSheetMarks.Check(body, Display(file), bodyFirstLine, _diagnostics);
            LinkDefinitionWarnings.Check(body, Display(file), bodyFirstLine, _diagnostics);
            var section = Path.GetRelativePath(folder, Path.GetDirectoryName(file)!).Replace('\\', '/');
            var reader = new YamlMapReader(map.Node, map.Source, _diagnostics, PageFrontMatter.Keys);
            pages.Add(new PageSource(Display(file), section == "." ? "" : section,
                Path.GetFileNameWithoutExtension(file), PageFrontMatter.Read(reader), body));
        }

        return pages;
    }

    private (ParsedYaml Map, string Body, int BodyFirstLine, string Stamp)? ReadMarkdown(string file, DiagnosticBag diagnostics)
    {
        var display = Display(file);
        if (Utf8File.Read(file, display, diagnostics) is not { } text)
        {
            return null;
        }

        LostCharacters.Check(text, display, diagnostics);
        if (FrontMatterSplitter.Split(text) is not { } parts)
        {
            var problem = FrontMatterProblem.Explain(text);
            diagnostics.Error(new SourceLocation(display, problem.Line, problem.Column), problem.Message);
            return null;
        }

        var source = new YamlSource(display, parts.YamlFirstLine, parts.Yaml);
        // The body starts after the opening line, the YAML's lines and the closing line.
        var bodyFirstLine = parts.YamlFirstLine + (parts.Yaml.Length == 0 ? 0 : parts.Yaml.Count('\n') + 1) + 1;
        OpenComments.Check(parts.Body, bodyFirstLine, display, diagnostics);
        return source.ParseMapping(diagnostics) is { } node ? (new ParsedYaml(node, source), parts.Body, bodyFirstLine, ContentStamp.Of(text)) : null;
    }

    private ParsedYaml? ReadYamlFile(string file)
    {
        var display = Display(file);
        if (Utf8File.Read(file, display, _diagnostics) is not { } text)
        {
            return null;
        }

        _settingsTexts.Add((display, ContentStamp.Of(text)));
        var source = new YamlSource(display, 1, text);
        return source.ParseMapping(_diagnostics) is { } node ? new ParsedYaml(node, source) : null;
    }

    private string Display(string fullPath) =>
        $"{_displayRoot}/{Path.GetRelativePath(_root, fullPath).Replace('\\', '/')}";

    private sealed record ParsedYaml(YamlDotNet.RepresentationModel.YamlMappingNode Node, YamlSource Source);
}
