using System.ComponentModel;

using GeccPortal.Search.Querying;

using Microsoft.AspNetCore.Mvc;

namespace GeccPortal.Search.Http;

/// <summary>
/// The 404 of <c>GET /api/circulars/lookup</c>: a problem (RFC 9457) that also names the letters whose ref is one
/// edit from the one asked for, so a client can offer them. A type of its own, so the OpenAPI document describes the
/// field the response carries.
/// </summary>
public sealed class RefNotFoundProblem : ProblemDetails
{
    [Description("Did you mean: letters whose reference is one edit from the one asked for (a digit wrong, left out, one too many, two adjacent digits swapped, or the agency code one letter off), best first, at most five; empty when none is near. Suggestions, not matches.")]
    public IReadOnlyList<RefSuggestion> DidYouMean { get; init; } = [];
}
