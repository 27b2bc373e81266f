using System.ComponentModel;

using Microsoft.AspNetCore.Mvc;

namespace GeccPortal.Search.Http;

/// <summary>The query string of <c>GET /api/suggest</c>.</summary>
public sealed record SuggestQuery
{
    [FromQuery(Name = "q")]
    [Description("What the user has typed so far: the start of a reference number or of a title.")]
    public string? Q { get; init; }

    [FromQuery(Name = "max")]
    [Description("Most completions to return, 1 to 20 (default 8).")]
    public string? Max { get; init; }

    /// <summary>The prefix and count to ask the searcher for, or says per parameter what is wrong.</summary>
    public bool TryRead(SearchOptions options, out string prefix, out int max, out Dictionary<string, string[]> errors)
    {
        errors = [];
        prefix = QueryText.Clean(Q);
        if (prefix.Length > options.MaxQueryLength)
        {
            errors["q"] = [$"the query is {prefix.Length} characters long; at most {options.MaxQueryLength} are accepted"];
        }

        max = QueryNumber.Read("max", Max, options.DefaultSuggestions, 1, options.MaxSuggestions, errors);

        return errors.Count == 0;
    }
}
