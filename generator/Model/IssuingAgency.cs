using GeccPortal.Thai;

namespace GeccPortal.Generator.Model;

/// <summary>
/// The agency a circular is filed under: the letters of its ref (มท). An order or announcement numbered under its
/// heading (<c>คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘</c>), or an announcement with no number, has no letters; it is filed
/// under the agencies.yml code whose name is its issuing body (นพ: จังหวัดนครพนม), so a province's orders are listed,
/// fed and filtered with its letters. A body agencies.yml does not name files it under none.
/// </summary>
public sealed class IssuingAgency
{
    private readonly Dictionary<string, string> _codeByName = new(StringComparer.Ordinal);

    public IssuingAgency(IReadOnlyDictionary<string, string> agencies)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        foreach (var (code, name) in agencies)
        {
            _codeByName.TryAdd(CircularRef.HeadingKeyOf(name), code);
        }
    }

    /// <param name="issuer">The front matter's <c>issuer</c>: its first line names the body.</param>
    public string? CodeOf(CircularRef? reference, string? issuer)
    {
        if (reference is { Agency.Length: > 0 })
        {
            return reference.Agency;
        }

        // Names compare as heading keys do (spaces aside, Arabic digits, offices spelt out): editors write them freely.
        var body = reference?.HeadingBody ?? (issuer?.Split('\n')[0] is { } line ? CircularRef.HeadingKeyOf(line) : null);
        return body is not null && _codeByName.TryGetValue(body, out var code) ? code : null;
    }
}
