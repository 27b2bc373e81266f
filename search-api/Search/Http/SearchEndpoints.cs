using GeccPortal.Search.Querying;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GeccPortal.Search.Http;

/// <summary>
/// The search API's routes. Handlers only read the request, call the searcher and shape the answer; every
/// response they can give is in their return type, so the OpenAPI document lists it.
/// </summary>
public static class SearchEndpoints
{
    /// <summary>Maps <c>/api/search</c>, <c>/api/circulars/lookup</c>, <c>/api/suggest</c>, <c>/healthz</c> and <c>/readyz</c>.</summary>
    public static IEndpointRouteBuilder MapGeccSearch(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api")
            .WithTags("Search")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapGet("/search", Search)
            .WithName("SearchCirculars")
            .WithSummary("Search circulars")
            .WithDescription("Full-text search over titles, bodies, references, people and attachments, with Thai word and partial-word matching. A query that is a reference number puts that circular first; when no circular has it (or has the first ref quoted among other words), didYouMean lists those whose reference is one edit away, apart from the hits. Facet counts cover every match, not only this page.");
        api.MapGet("/circulars/lookup", Lookup)
            .WithName("LookupCircular")
            .Produces<RefNotFoundProblem>(StatusCodes.Status404NotFound, "application/problem+json")
            .WithSummary("Look a circular up by reference number")
            .WithDescription("The circular whose reference is the one given, in any spelling; 404 when there is none, whose didYouMean lists the letters whose reference is one edit away (a digit wrong, left out, one too many, two adjacent digits swapped, or the agency code one letter off), best first.");
        api.MapGet("/suggest", Suggest)
            .WithName("SuggestCompletions")
            .WithSummary("Complete a reference number or title")
            .WithDescription("Completions for what the user has typed so far, best first: references (kind ref) and titles (kind title).");

        routes.MapGeccHealth();
        return routes;
    }

    public static Results<Ok<SearchResponse>, ValidationProblem, ProblemHttpResult> Search(
        [AsParameters] SearchQuery query, IndexHolder<CircularSearcher> index, SearchOptions options)
    {
        if (!query.TryToRequest(options, out var request, out var errors))
        {
            return Invalid(errors);
        }

        using var lease = index.Acquire();
        return lease is null ? Unavailable() : TypedResults.Ok(lease.Searcher.Search(request));
    }

    public static Results<Ok<CircularSummary>, ValidationProblem, ProblemHttpResult> Lookup(
        [AsParameters] LookupQuery query, IndexHolder<CircularSearcher> index, SearchOptions options)
    {
        if (!query.TryRead(options, out var reference, out var errors))
        {
            return Invalid(errors);
        }

        using var lease = index.Acquire();
        if (lease is null)
        {
            return Unavailable();
        }

        var summary = lease.Searcher.Lookup(reference);
        return summary is null
            ? TypedResults.Problem(new RefNotFoundProblem
            {
                Title = "No such circular",
                Detail = $"no published circular has the reference {QueryText.Quote(reference)}",
                Status = StatusCodes.Status404NotFound,
                DidYouMean = lease.Searcher.DidYouMean(reference),
            })
            : TypedResults.Ok(summary);
    }

    public static Results<Ok<IReadOnlyList<Suggestion>>, ValidationProblem, ProblemHttpResult> Suggest(
        [AsParameters] SuggestQuery query, IndexHolder<CircularSearcher> index, SearchOptions options)
    {
        if (!query.TryRead(options, out var prefix, out var max, out var errors))
        {
            return Invalid(errors);
        }

        using var lease = index.Acquire();
        return lease is null ? Unavailable() : TypedResults.Ok(lease.Searcher.Suggest(prefix, max));
    }

    /// <summary>A 400 whose <c>detail</c> says everything that is wrong in one sentence, for pages that show only that.</summary>
    private static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(
            errors,
            detail: string.Join("; ", errors.SelectMany(pair => pair.Value)),
            title: "The request cannot be served");

    // Why the index is missing goes to the log and /readyz; clients are not shown server paths.
    private static ProblemHttpResult Unavailable() =>
        TypedResults.Problem(
            title: "Search is unavailable",
            detail: "The search index is not available yet; try again shortly.",
            statusCode: StatusCodes.Status503ServiceUnavailable);
}
