using System.ComponentModel;

using GeccPortal.Thai;

using Microsoft.AspNetCore.Mvc;

namespace GeccPortal.Search.Http;

/// <summary>The query string of <c>GET /api/circulars/lookup</c>.</summary>
public sealed record LookupQuery
{
    [FromQuery(Name = "ref")]
    [Description("A whole reference number in any spelling: Thai or Arabic digits, with or without spaces, dots or a leading ที่ (ที่ มท ๐๘๑๐.๓/ว ๗๖, มท0810.3/ว76). Text that is no whole reference (ว 76, a title) is a 400: search it instead.")]
    public string? Ref { get; init; }

    /// <summary>The reference to look up, or says what is wrong with it.</summary>
    public bool TryRead(SearchOptions options, out string reference, out Dictionary<string, string[]> errors)
    {
        errors = [];
        reference = QueryText.Clean(Ref);
        if (reference.Length == 0)
        {
            errors["ref"] = ["ref is required: give a reference number such as มท 0810.3/ว 76"];
        }
        else if (reference.Length > options.MaxQueryLength)
        {
            errors["ref"] = [$"ref is {reference.Length} characters long; at most {options.MaxQueryLength} are accepted"];
        }
        else if (!CircularRef.TryParse(reference, out _))
        {
            // Text that is no whole reference can be no circular's, near or exact: say so rather than "not found".
            errors["ref"] = [$"ref {QueryText.Quote(reference)} is not a whole reference number: give one such as มท 0810.3/ว 76"];
        }

        return errors.Count == 0;
    }
}
