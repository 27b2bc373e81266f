using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GeccPortal.Generator.Rendering.Listings;

/// <summary>
/// A tag as a URL segment: letters, digits and combining marks kept (so Thai stays Thai, vowels and tone
/// marks included), every other run of characters one '-', lower-cased so two spellings share a folder on
/// any file system. A tag with nothing to keep gets a short hash.
/// </summary>
public static class TagSlugs
{
    // A site has a small vocabulary of tags, each on many circulars: each is slugged once per process.
    private static readonly ConcurrentDictionary<string, string> Slugs = new(StringComparer.Ordinal);

    public static string Of(string tag) => Slugs.GetOrAdd(tag, Make);

    private static string Make(string tag)
    {
        var slug = new StringBuilder(tag.Length);
        foreach (var c in tag.Normalize(NormalizationForm.FormC).ToLowerInvariant())
        {
            var kept = char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            if (kept)
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().TrimEnd('-');
        return text.Length > 0 ? text : "tag-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(tag)))[..8];
    }
}
