using GeccPortal.Search.Indexing;

using LuceneDocument = Lucene.Net.Documents.Document;

namespace GeccPortal.Search.Querying;

/// <summary>The stored fields of one indexed circular, read back for a hit, a lookup or a suggestion.</summary>
public sealed record StoredCircular(
    string NormalizedRef,
    string Ref,
    string Title,
    DateOnly Date,
    string Url,
    string Agency,
    string? AgencyName,
    string Type,
    string? Urgency,
    string Body,
    IReadOnlyList<string> Cited,
    IReadOnlyList<string> EnclosureTitles,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Meta,
    IReadOnlyList<(string FileName, string Text)> Attachments)
{
    /// <summary>The fields a summary needs, to skip loading bodies and attachments.</summary>
    public static readonly ISet<string> SummaryFields = new HashSet<string>
    {
        IndexFields.Ref, IndexFields.RefPrinted, IndexFields.Title, IndexFields.Date, IndexFields.Url,
        IndexFields.Agency, IndexFields.AgencyName, IndexFields.Type, IndexFields.Urgency,
    };

    public static StoredCircular From(LuceneDocument document)
    {
        var names = document.GetValues(IndexFields.AttachmentName);
        var texts = document.GetValues(IndexFields.AttachmentText);
        return new StoredCircular(
            document.Get(IndexFields.Ref),
            document.Get(IndexFields.RefPrinted),
            document.Get(IndexFields.Title),
            IndexFields.FromDateNumber(document.GetField(IndexFields.Date).GetInt32Value() ?? 0),
            document.Get(IndexFields.Url),
            document.Get(IndexFields.Agency) ?? "",
            document.Get(IndexFields.AgencyName),
            document.Get(IndexFields.Type) ?? "",
            document.Get(IndexFields.Urgency),
            document.Get(IndexFields.Body) ?? "",
            document.GetValues(IndexFields.Cited),
            document.GetValues(IndexFields.EnclosureTitles),
            document.GetValues(IndexFields.People),
            document.GetValues(IndexFields.Meta),
            names.Zip(texts).ToList());
    }

    public CircularSummary ToSummary() =>
        new(Ref, NormalizedRef, Title, Date, Url, Agency, AgencyName, Type, Urgency);
}
