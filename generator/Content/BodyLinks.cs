using System.Text.RegularExpressions;

namespace GeccPortal.Generator.Content;

/// <summary>The inline links (<c>[text](target)</c>, images too) of a letter's text, outside code fences, with where each target stands.</summary>
internal static partial class BodyLinks
{
    /// <summary>One link: its line (from 0 within the text), the column of its target (from 1) and the target as written.</summary>
    public readonly record struct Link(int Line, int Column, string Target);

    public static IEnumerable<Link> Of(string body)
    {
        if (!body.Contains("](", StringComparison.Ordinal))
        {
            yield break;
        }

        var lines = body.Split('\n');
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (CodeFences.IsFenceLine(lines[i]))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence || !lines[i].Contains("](", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match link in InlineLink().Matches(lines[i]))
            {
                var target = link.Groups["target"];
                yield return new Link(i, target.Index + 1, target.Value);
            }
        }
    }

    // [text](target) or [text](target "title"); the text may hold brackets one deep. Images (![…](…)) too.
    [GeneratedRegex(@"\[(?:[^\[\]]|\[[^\[\]]*\])*\]\(\s*<?(?<target>[^\s()<>]+)>?(?:\s+""[^""]*"")?\s*\)")]
    private static partial Regex InlineLink();
}
