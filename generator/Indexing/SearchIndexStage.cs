using GeccPortal.Generator.Build.Incremental;
using GeccPortal.Generator.Content;
using GeccPortal.Generator.Model;
using GeccPortal.Search.Indexing;

namespace GeccPortal.Generator.Indexing;

/// <summary>
/// The index stage. With the last build's <see cref="IndexManifest"/> and its generation still current,
/// only the circulars whose document key changed are re-indexed (and removed ones deleted) in a new
/// generation; otherwise every document is written. Documents are made one at a time as the index takes
/// them, never all at once.
/// </summary>
public static class SearchIndexStage
{
    /// <returns>Whether a new index generation was published.</returns>
    public static bool Run(Site site, string indexDirectory, string? manifestFile)
    {
        var mapper = new SearchDocumentMapper(site);
        var keys = site.Circulars.ToDictionary(c => c.Url, c => DocumentKey(c, mapper.SiteStamp), StringComparer.Ordinal);
        var current = CircularIndex.ResolveCurrent(indexDirectory);
        var previous = manifestFile is null ? null : IndexManifest.Load(manifestFile);
        if (manifestFile is not null)
        {
            // Until the new manifest is saved, the index is not known to match any manifest.
            File.Delete(manifestFile);
        }

        if (current is not null && previous is not null && previous.Generation == Path.GetFileName(current)
            && CircularIndex.CanUpdate(indexDirectory))
        {
            var changed = site.Circulars.Where(c => previous.Keys.GetValueOrDefault(c.Url) != keys[c.Url]).ToList();
            var removed = previous.Keys.Keys.Where(url => !keys.ContainsKey(url)).ToList();
            if (changed.Count == 0 && removed.Count == 0)
            {
                new IndexManifest(previous.Generation, keys).Save(manifestFile!);
                return false;
            }

            // Most of a large index changed (a new generator build, say): one fresh write beats replacing each.
            if (changed.Count <= Math.Max(100, keys.Count / 2))
            {
                CircularIndex.Update(indexDirectory, changed.Select(mapper.Map), removed);
            }
            else
            {
                CircularIndex.Write(indexDirectory, site.Circulars.Select(mapper.Map));
            }
        }
        else
        {
            CircularIndex.Write(indexDirectory, site.Circulars.Select(mapper.Map));
        }

        if (manifestFile is not null && CircularIndex.ResolveCurrent(indexDirectory) is { } published)
        {
            new IndexManifest(Path.GetFileName(published), keys).Save(manifestFile);
        }

        return true;
    }

    /// <summary>
    /// A circular's document is made from its own file and attachments, its agency's name and what the mapper
    /// takes from the site (<see cref="SearchDocumentMapper.SiteStamp"/>), by this build of the generator;
    /// nothing else (a new page in the navigation changes no document).
    /// </summary>
    private static string DocumentKey(Circular circular, string siteStamp) =>
        RenderKey.Of("search-document").Add(ContentStamp.Generator).Add(circular.Url).Add(circular.Stamp).Add(circular.AgencyName)
            .Add(siteStamp).ToString();
}
