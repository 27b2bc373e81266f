using GeccPortal.Generator.Model;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Rendering.Listings;

/// <summary>The listing kinds of the site, in the order the home page shows them.</summary>
public static class ListingKinds
{
    /// <summary>What groups the circulars without an urgency (in no group of it).</summary>
    private static readonly object NoUrgency = new();

    /// <summary>What groups the circulars without agency letters (in no group of it).</summary>
    private static readonly object NoAgency = new();

    public static readonly ListingKind Years = new("years", "ตามปี พ.ศ.", "ปี พ.ศ.", (c, site) =>
    [
        new GroupKey(ThaiDates.BuddhistYear(c.Date).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "พ.ศ. " + Display.Number(ThaiDates.BuddhistYear(c.Date), site.Settings), -ThaiDates.BuddhistYear(c.Date),
            Display.Number(ThaiDates.BuddhistYear(c.Date), site.Settings)),
    ])
    { GroupedBy = c => c.Date.Year };

    /// <summary>ปีงบประมาณ: 1 October to 30 September, named by the B.E. year it ends in.</summary>
    public static readonly ListingKind FiscalYears = new("fiscal-years", "ตามปีงบประมาณ", "ปีงบประมาณ", (c, site) =>
    [
        new GroupKey(c.FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "ปีงบประมาณ " + Display.Number(c.FiscalYear, site.Settings), -c.FiscalYear, Display.Number(c.FiscalYear, site.Settings)),
    ])
    {
        GroupedBy = c => c.FiscalYear,
        // Many readers do not know where a fiscal year starts and ends.
        Explanation = (key, settings) => int.TryParse(key.Key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            ? FiscalYearRange(year, settings)
            : null,
    };

    /// <summary>
    /// By the agency letters of the ref, named from agencies.yml and in its order; an order numbered under its
    /// heading alone, or an announcement without a number, has none and is in no group.
    /// </summary>
    public static readonly ListingKind Agencies = new("agencies", "ตามส่วนราชการ", "ส่วนราชการ", (c, site) =>
        c.AgencyCode is not { } code ? [] : [new GroupKey(code, c.AgencyName ?? code, AgencyOrder(site, code))])
    { GroupedBy = c => c.AgencyCode ?? NoAgency };

    public static readonly ListingKind Types = new("types", "ตามประเภทหนังสือ", "ประเภท", (c, _) =>
    [
        new GroupKey(c.Type, c.TypeLabel, IndexOf(CircularTypes.Labels.Keys, c.Type)),
    ])
    { GroupedBy = c => c.Type };

    /// <summary>ชั้นความเร็ว, most urgent first; a circular without one is in no group.</summary>
    public static readonly ListingKind Urgency = new("urgency", "ตามชั้นความเร็ว", "ชั้นความเร็ว", (c, _) =>
        c.Urgency is null ? [] : [new GroupKey(c.Urgency, c.Urgency, -Urgencies.Rank(c.Urgency))])
    { GroupedBy = c => c.Urgency ?? NoUrgency, Heading = key => $"หนังสือชั้นความเร็ว \"{key.Label}\"" };

    public static readonly ListingKind Tags = new("tags", "ตามคำสำคัญ", "คำสำคัญ", (c, _) =>
        c.Tags.Select(tag => new GroupKey(TagSlugs.Of(tag), tag, 0)).DistinctBy(k => k.Key), LargestFirst: true);

    /// <summary>Fiscal year first: it is how government offices file and look for their letters.</summary>
    public static readonly IReadOnlyList<ListingKind> All = [FiscalYears, Years, Agencies, Types, Urgency, Tags];

    /// <summary>๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘ for fiscal year 2568, in the site's digits.</summary>
    public static string FiscalYearRange(int fiscalYear, SiteSettings settings)
    {
        var (first, last) = ThaiDates.FiscalYearDates(fiscalYear);
        return $"{Display.Date(first, settings)} – {Display.Date(last, settings)}";
    }

    private static long AgencyOrder(Site site, string code)
    {
        var index = IndexOf(site.Agencies.Keys, code);
        return index >= 0 ? index : site.Agencies.Count;
    }

    private static int IndexOf(IEnumerable<string> keys, string key)
    {
        var index = 0;
        foreach (var candidate in keys)
        {
            if (candidate == key)
            {
                return index;
            }

            index++;
        }

        return -1;
    }
}
