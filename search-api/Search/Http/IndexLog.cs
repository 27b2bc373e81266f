using Microsoft.Extensions.Logging;

namespace GeccPortal.Search.Http;

/// <summary>The index holder's log lines: one per change of state, never one per poll.</summary>
internal static partial class IndexLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Serving search index generation {Folder} (replacing {Previous})")]
    public static partial void Serving(ILogger logger, string folder, string previous);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Serving search index generation {Folder}, but {Problem}")]
    public static partial void ServingWithProblem(ILogger logger, string folder, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Search index unavailable in {IndexDirectory}: {Problem}")]
    public static partial void Unavailable(ILogger logger, string indexDirectory, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search index in {IndexDirectory} still serving {Folder}: {Problem}")]
    public static partial void KeptOld(ILogger logger, string indexDirectory, string folder, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot watch {IndexDirectory} for new index generations ({Reason}); checking every {Interval} instead")]
    public static partial void NotWatching(ILogger logger, string indexDirectory, string reason, TimeSpan interval);
}
