using System.Globalization;

using GeccPortal.Search.Analysis;
using GeccPortal.Search.References;
using GeccPortal.Search.Suggesting;
using GeccPortal.Thai;

using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Util;

using LuceneDocument = Lucene.Net.Documents.Document;

namespace GeccPortal.Search.Indexing;

/// <summary>
/// Turns one <see cref="SearchDocument"/> into one Lucene document. Attachments are fields of their
/// circular's document (a hit is a circular, and every query word may be found in any part of it); their
/// texts are stored in order, so the searcher re-reads a hit's attachments to name the file that matched.
/// </summary>
public static class DocumentBuilder
{
    public static LuceneDocument Build(SearchDocument source) => Build(source, analyzeNow: null);

    /// <summary>
    /// With <paramref name="analyzeNow"/> (the index analyzer), the text fields are analysed now, on this
    /// thread, and carry their tokens (see <see cref="CapturedTokens"/>) instead of their text.
    /// </summary>
    internal static LuceneDocument Build(SearchDocument source, Analyzer? analyzeNow)
    {
        var analysis = analyzeNow is null ? null : new DocumentAnalysis(analyzeNow);
        var document = new LuceneDocument
        {
            new StringField(IndexFields.Id, source.Url, Field.Store.NO),
            new SortedDocValuesField(IndexFields.Id, new BytesRef(source.Url)),
        };
        AddReference(document, source);
        AddFacetsAndDate(document, source);

        Store(document, IndexFields.Title, source.Title);
        Store(document, IndexFields.Url, source.Url);
        Store(document, IndexFields.Body, source.Body);
        if (source.AgencyName is not null)
        {
            Store(document, IndexFields.AgencyName, source.AgencyName);
        }

        // The printed reference is text too, so a query mixing words and part of a ref ("วัคซีน ว 484") works.
        AddText(document, analysis, source.Ref, TextFieldGroup.All);
        AddText(document, analysis, source.Title, TextFieldGroup.All, TextFieldGroup.Title);
        AddText(document, analysis, source.Body, TextFieldGroup.All);
        foreach (var title in source.EnclosureTitles)
        {
            Store(document, IndexFields.EnclosureTitles, title);
            AddText(document, analysis, title, TextFieldGroup.All);
        }

        foreach (var value in PeopleValues(source))
        {
            Store(document, IndexFields.People, value);
            AddText(document, analysis, value, TextFieldGroup.All, TextFieldGroup.People);
        }

        foreach (var value in MetaValues(source))
        {
            Store(document, IndexFields.Meta, value);
            if (ReferenceEquals(value, source.Issuer))
            {
                AddIssuer(document, analysis, value);
            }
            else
            {
                AddText(document, analysis, value, TextFieldGroup.All);
            }
        }

        foreach (var attachment in source.Attachments)
        {
            Store(document, IndexFields.AttachmentName, attachment.FileName);
            Store(document, IndexFields.AttachmentUrl, attachment.Url);
            Store(document, IndexFields.AttachmentText, attachment.Text);
            AddText(document, analysis, attachment.Text, TextFieldGroup.All);
        }

        AddTitleCompletions(document, source.Title);
        return document;
    }

    /// <summary>
    /// The issuing body (the issuer's first line) ranks as the signer does, so a query naming an office (<c>สพฐ.
    /// อาหารกลางวัน</c>) lists its own letters above those forwarding them, which write its name in their text; the
    /// address lines below it are text like the rest.
    /// </summary>
    private static void AddIssuer(LuceneDocument document, DocumentAnalysis? analysis, string issuer)
    {
        var lineEnd = issuer.IndexOf('\n', StringComparison.Ordinal);
        AddText(document, analysis, lineEnd < 0 ? issuer : issuer[..lineEnd], TextFieldGroup.All, TextFieldGroup.People);
        if (lineEnd >= 0)
        {
            AddText(document, analysis, issuer[(lineEnd + 1)..], TextFieldGroup.All);
        }
    }

    /// <summary>Signer and contact: the <c>people</c> a hit can match.</summary>
    public static IEnumerable<string> PeopleValues(SearchDocument source) =>
        new[] { source.SignerName, source.SignerPosition, source.ContactUnit, source.ContactPhone, source.ContactEmail }
            .OfType<string>().Where(value => value.Length > 0);

    /// <summary>
    /// Issuer, recipients, tags, agency name, urgency and the kind of letter: the rest of the letter's heading.
    /// Urgency and kind are printed on the letter (ด่วนมาก, คำสั่ง), so people search for them as words too.
    /// </summary>
    public static IEnumerable<string> MetaValues(SearchDocument source) =>
        new[] { source.Issuer, source.AgencyName }.Concat(source.To).Concat(source.Tags)
            .Append(source.Urgency).Append(CircularTypes.Labels.GetValueOrDefault(source.Type))
            .OfType<string>().Where(value => value.Length > 0);

    private static void AddReference(LuceneDocument document, SearchDocument source)
    {
        document.Add(new StringField(IndexFields.Ref, source.NormalizedRef, Field.Store.YES));
        Store(document, IndexFields.RefPrinted, source.Ref);
        if (CircularRef.TryParse(source.NormalizedRef, out var own) || CircularRef.TryParse(source.Ref, out own))
        {
            foreach (var key in RefKeys.ForOwn(own, source.Date))
            {
                document.Add(new StringField(IndexFields.RefKeys, key, Field.Store.NO));
            }

            foreach (var key in RefKeys.ForAgencyLetters(own, source.Agency))
            {
                document.Add(new StringField(IndexFields.RefKeys, key, Field.Store.NO));
            }

            foreach (var completion in CompletionKeys.ForRef(own))
            {
                document.Add(new StringField(IndexFields.RefCompletions, completion, Field.Store.NO));
            }
        }

        foreach (var cited in CitedRefs(source.CitedRefs))
        {
            Store(document, IndexFields.Cited, cited.Normalized);
            foreach (var key in RefKeys.ForCited(cited))
            {
                document.Add(new StringField(IndexFields.CitedKeys, key, Field.Store.NO));
            }
        }
    }

    /// <summary>Each cited value is a reference on its own, or text with references in it.</summary>
    public static IEnumerable<CircularRef> CitedRefs(IEnumerable<string> cited) =>
        cited.Select(LoneSurrogates.Replace)
            .SelectMany(value => CircularRef.TryParse(value, out var whole) ? [whole] : CircularRef.FindAll(value))
            .Distinct();

    private static void AddFacetsAndDate(LuceneDocument document, SearchDocument source)
    {
        var yyyymmdd = IndexFields.DateNumber(source.Date);
        document.Add(new Int32Field(IndexFields.Date, yyyymmdd, Field.Store.YES));
        document.Add(new NumericDocValuesField(IndexFields.Date, yyyymmdd));
        AddFacet(document, IndexFields.Agency, source.Agency);
        AddFacet(document, IndexFields.Type, source.Type);
        AddFacet(document, IndexFields.Urgency, source.Urgency);
        document.Add(new SortedDocValuesField(IndexFields.Facet(IndexFields.Year),
            new BytesRef(ThaiDates.BuddhistYear(source.Date).ToString(CultureInfo.InvariantCulture))));
    }

    private static void AddFacet(LuceneDocument document, string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        document.Add(new StringField(field, value, Field.Store.YES));
        document.Add(new SortedDocValuesField(IndexFields.Facet(field), new BytesRef(value)));
    }

    private static void AddText(LuceneDocument document, DocumentAnalysis? analysis, string text, params TextFieldGroup[] groups)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (analysis is null)
        {
            foreach (var group in groups)
            {
                document.Add(new TextField(group.WordField, text, Field.Store.NO));
                document.Add(new TextField(group.GramField, text, Field.Store.NO));
            }

            return;
        }

        // Every group's word field has the one word analyzer, and every gram field the one gram analyzer
        // (SearchAnalyzers): a text in several groups is analysed once per view and replayed into each field,
        // and normalised once for both views.
        var normalized = NormalizedText.Create(text);
        var words = analysis.Capture(TextFieldGroup.All.WordField, normalized);
        var grams = analysis.Capture(TextFieldGroup.All.GramField, normalized);
        for (var i = 0; i < groups.Length; i++)
        {
            document.Add(new TextField(groups[i].WordField, i == 0 ? words : words.Replay()));
            document.Add(new TextField(groups[i].GramField, i == 0 ? grams : grams.Replay()));
        }
    }

    private static void Store(LuceneDocument document, string field, string value) =>
        document.Add(new StoredField(field, value));

    private static void AddTitleCompletions(LuceneDocument document, string title)
    {
        foreach (var completion in CompletionKeys.ForTitle(title))
        {
            document.Add(new StringField(IndexFields.TitleCompletions, completion, Field.Store.NO));
        }
    }

    /// <summary>The index analyzer and the attributes one document's captured streams share (see <see cref="CapturedTokens"/>).</summary>
    private sealed class DocumentAnalysis(Analyzer analyzer)
    {
        private readonly AttributeSource _attributes = new();

        public CapturedTokens Capture(string field, NormalizedText text) =>
            CapturedTokens.Capture(analyzer, field, new NormalizedTextReader(text), _attributes);
    }
}
