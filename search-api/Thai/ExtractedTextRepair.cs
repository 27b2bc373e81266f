
namespace GeccPortal.Thai;

/// <summary>
/// Every repair extracted text gets, in the order that lets each see real characters: TIS-620 mojibake first
/// (it produces Thai), then private-use glyphs mapped (so marks are real before spaces are judged), then
/// layout spaces, then <see cref="ThaiTextRepair.Repair"/> (sara am, nikhahit, เเ, zero-width, NFC).
/// </summary>
public static class ExtractedTextRepair
{
    public static string Repair(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var thai = Tis620MojibakeRepair.Repair(text);
        var mapped = string.Create(thai.Length, thai, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = ThaiTextRepair.MapPrivateUse(source[i]);
            }
        });
        return ThaiTextRepair.Repair(ThaiLayoutSpaceRepair.Repair(mapped));
    }
}
