using GeccPortal.Generator.Diagnostics;
using GeccPortal.Thai;

using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GeccPortal.Generator.Content;

/// <summary>
/// Reads one YAML mapping into typed values, each with its key's location. Reports unknown keys (with a
/// "did you mean") and values of the wrong shape, and carries on, so one run lists every problem.
/// </summary>
public sealed class YamlMapReader
{
    private readonly YamlMappingNode _node;
    private readonly YamlSource _source;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _misshapen = new(StringComparer.Ordinal);

    public YamlMapReader(YamlMappingNode node, YamlSource source, DiagnosticBag diagnostics,
        IReadOnlyCollection<string> knownKeys, string? owner = null)
    {
        _node = node;
        _source = source;
        _diagnostics = diagnostics;
        Location = source.LocationOf(node.Start);
        ReportUnknownKeys(knownKeys, owner);
    }

    /// <summary>Where the mapping starts (for empty front matter, the closing <c>---</c>).</summary>
    public SourceLocation Location { get; }

    public bool Has(string key) => TryFind(key, out _, out _);

    /// <summary>
    /// Keys read so far whose value had the wrong shape (a list for a single value), already reported: a check that
    /// the key is required must not report it missing as well.
    /// </summary>
    public IReadOnlySet<string> Misshapen => _misshapen;

    /// <summary>A single value; an empty or null value reads as "".</summary>
    public Located<string>? Scalar(string key)
    {
        if (!TryFind(key, out var keyNode, out var value))
        {
            return null;
        }

        if (value is YamlScalarNode scalar)
        {
            return new(Unquoted(key, scalar), _source.LocationOf(keyNode.Start));
        }

        _diagnostics.Error(_source.LocationOf(keyNode.Start), $"'{key}' must be a single value, not a list or a mapping");
        _misshapen.Add(key);
        return null;
    }

    /// <summary>
    /// A value of running text, such as a title: as <see cref="Scalar"/>, with a warning when an unquoted <c> #</c> in it
    /// began a YAML comment that cut it short (a comment after a setting such as <c>type: order  # คำสั่ง</c> is meant).
    /// </summary>
    public Located<string>? Text(string key)
    {
        var value = Scalar(key);
        if (value is not null && TryFind(key, out _, out var node) && node is YamlScalarNode scalar && CommentCuts.After(scalar, _source.Text))
        {
            _diagnostics.Warning(value.Location,
                $"'{key}' is cut at ' #': YAML reads the rest of the line as a comment; put the whole {key} in double quotes ({key}: \"… #…\")");
        }

        return value;
    }

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public Located<bool>? Boolean(string key)
    {
        if (Scalar(key) is not { } value)
        {
            return null;
        }

        if (bool.TryParse(value.Value, out var flag))
        {
            return new(flag, value.Location);
        }

        _diagnostics.Error(value.Location, $"'{key}' must be true or false, not '{value.Value}'");
        return null;
    }

    /// <summary>A list of single values; a lone value is accepted as a list of one.</summary>
    public IReadOnlyList<Located<string>> ScalarOrList(string key)
    {
        if (!TryFind(key, out var keyNode, out var value))
        {
            return [];
        }

        switch (value)
        {
            case YamlScalarNode scalar:
                return string.IsNullOrEmpty(scalar.Value) ? [] : [new(Unquoted(key, scalar), _source.LocationOf(keyNode.Start))];
            case YamlSequenceNode sequence:
                var items = new List<Located<string>>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: var empty } && string.IsNullOrWhiteSpace(empty))
                    {
                        // A '-' left with nothing after it showed as an empty bullet (an addressee line with no name).
                        _diagnostics.Warning(_source.LocationOf(item.Start), $"an item of '{key}' is empty: it is left out; delete its '-' line");
                    }
                    else if (item is YamlScalarNode { Value: not null } itemScalar)
                    {
                        items.Add(new(Unquoted(key, itemScalar), _source.LocationOf(item.Start)));
                    }
                    else if (item is YamlMappingNode { Children.Count: 1 } pair && pair.Children.Single() is ({ } itemKey, YamlScalarNode itemValue))
                    {
                        // "- เรียน: นายอำเภอ": the ': ' made the item a key and a value. Say so, with the item written right.
                        var written = $"{itemKey}: {itemValue.Value}";
                        _diagnostics.Error(_source.LocationOf(item.Start),
                            $"each item of '{key}' must be a single value; this one holds ': ', which YAML reads as a key: put it in quotes: - \"{written.Replace("\"", "\\\"", StringComparison.Ordinal)}\"");
                    }
                    else
                    {
                        _diagnostics.Error(_source.LocationOf(item.Start), $"each item of '{key}' must be a single value");
                    }
                }

                return items;
            default:
                _diagnostics.Error(_source.LocationOf(keyNode.Start), $"'{key}' must be a value or a list of values");
                return [];
        }
    }

    /// <summary>A value as written, without the curly quotes Word typed round it (<see cref="CurlyQuotes"/>), with a warning at it.</summary>
    private string Unquoted(string key, YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any) || CurlyQuotes.Inside(text) is not { } inside)
        {
            return text;
        }

        _diagnostics.Warning(_source.LocationOf(scalar.Start), CurlyQuotes.Warning(key));
        return inside;
    }

    /// <summary>A nested mapping such as <c>signer</c>, or null when absent or of the wrong shape.</summary>
    public YamlMapReader? Map(string key, IReadOnlyCollection<string> knownKeys)
    {
        if (!TryFind(key, out var keyNode, out var value))
        {
            return null;
        }

        if (value is YamlMappingNode mapping)
        {
            return new YamlMapReader(mapping, _source, _diagnostics, knownKeys, key);
        }

        _diagnostics.Error(_source.LocationOf(keyNode.Start), $"'{key}' must be a mapping of {Describe(knownKeys)}");
        return null;
    }

    /// <summary>A list of mappings such as <c>enclosures</c>.</summary>
    public IReadOnlyList<YamlMapReader> ListOfMaps(string key, IReadOnlyCollection<string> knownKeys)
    {
        if (!TryFind(key, out var keyNode, out var value))
        {
            return [];
        }

        if (value is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (value is not YamlSequenceNode sequence)
        {
            _diagnostics.Error(_source.LocationOf(keyNode.Start), $"'{key}' must be a list of entries with {Describe(knownKeys)}");
            return [];
        }

        var entries = new List<YamlMapReader>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping)
            {
                entries.Add(new YamlMapReader(mapping, _source, _diagnostics, knownKeys, key));
            }
            else if (item is YamlScalarNode { Value: { Length: > 0 } text } && ItemKeyFor(text, knownKeys) is { } itemKey)
            {
                // "- สำเนาหนังสือ…" typed as the paper lists it: the value is right, only its key is missing.
                _diagnostics.Error(_source.LocationOf(item.Start),
                    $"each item of '{key}' is 'key: value' lines ({Describe(knownKeys)}), not a text alone: write - {itemKey}: {text.Trim()}");
            }
            else
            {
                _diagnostics.Error(_source.LocationOf(item.Start), $"each item of '{key}' must have {Describe(knownKeys)}");
            }
        }

        return entries;
    }

    /// <summary>Every key and its single value, for free-form mappings such as <c>agencies.yml</c>.</summary>
    public IReadOnlyList<(Located<string> Key, string Value)> Pairs()
    {
        var pairs = new List<(Located<string>, string)>();
        foreach (var (key, value) in _node.Children)
        {
            var location = _source.LocationOf(key.Start);
            if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode { Value: { } text })
            {
                pairs.Add((new(name, location), text));
            }
            else
            {
                _diagnostics.Error(location, "expected 'key: value'");
            }
        }

        return pairs;
    }

    private bool TryFind(string key, out YamlNode keyNode, out YamlNode value)
    {
        foreach (var (candidate, candidateValue) in _node.Children)
        {
            if (candidate is YamlScalarNode { Value: var name } && name == key)
            {
                (keyNode, value) = (candidate, candidateValue);
                return true;
            }
        }

        (keyNode, value) = (_node, _node);
        return false;
    }

    private void ReportUnknownKeys(IReadOnlyCollection<string> knownKeys, string? owner)
    {
        if (knownKeys.Count == 0)
        {
            return;
        }

        foreach (var keyNode in _node.Children.Keys)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? "";
            if (knownKeys.Contains(name))
            {
                continue;
            }

            var where = owner is null ? "" : $" in '{owner}'";
            var hint = KeySuggestions.Closest(name, knownKeys) is { } suggestion
                ? $" (did you mean '{suggestion}'?)"
                : $"; known keys: {string.Join(", ", knownKeys)}";
            _diagnostics.Error(_source.LocationOf(keyNode.Start), $"unknown key '{name}'{where}{hint}");
        }
    }

    /// <summary>The key a text typed alone as a list's item belongs under: a ref's, when it reads as one and the list has refs, else a title's.</summary>
    private static string? ItemKeyFor(string text, IReadOnlyCollection<string> keys) =>
        keys.Contains("ref") && CircularRef.TryParse(text, out _) ? "ref"
        : keys.Contains("title") ? "title"
        : null;

    private static string Describe(IReadOnlyCollection<string> keys) => string.Join(", ", keys.Select(k => $"'{k}'"));
}
