namespace GeccPortal.Search.Analysis;

/// <summary>
/// A text that has been normalised already, handed to an analyzer as its reader. The index analyses every
/// text twice, as words and as bigrams, and <see cref="ThaiNormalizingCharFilter"/> takes the normalised form
/// from here instead of computing it again, which was a tenth of the indexing thread's work.
/// </summary>
public sealed class NormalizedTextReader(NormalizedText normalized) : StringReader(normalized.Original)
{
    public NormalizedText Normalized { get; } = normalized;
}
