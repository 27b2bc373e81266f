namespace GeccPortal.Search.Querying;

public enum SearchSort
{
    Relevance,
    Date,
}

/// <summary>A parsed, validated search: what the API's query string becomes before it reaches Lucene.</summary>
public sealed record SearchRequest
{
    /// <summary>Free text, a reference number in any spelling, or both. Always treated as plain text.</summary>
    public string Query { get; init; } = "";

    public string? Agency { get; init; }

    public string? Type { get; init; }

    public string? Urgency { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;

    public int Size { get; init; } = 10;

    public SearchSort Sort { get; init; } = SearchSort.Relevance;
}
