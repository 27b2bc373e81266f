using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>หนังสือเวียน typed beside a topic: what every letter on the portal is, so it ranks, not filters.</summary>
public sealed class PortalWordTests : IDisposable
{
    private const string IdCard = "มท0309.1/ว4521";
    private const string Forwarding = "มท0309.1/ว4600";
    private const string Other = "สธ0415.3/ว102";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ มท ๐๓๐๙.๑/ว ๔๕๒๑", new DateOnly(2025, 6, 9), "แนวทางการให้บริการทำบัตรประจำตัวประชาชนแก่เด็กอายุ ๗ ปี",
            "กรมการปกครองขอให้จังหวัดแจ้งนายอำเภอจัดหน่วยบริการเคลื่อนที่", d => d with { Issuer = "กรมการปกครอง" }),
        Circulars.Make("ที่ มท ๐๓๐๙.๑/ว ๔๖๐๐", new DateOnly(2025, 6, 20), "การแจ้งเวียนหนังสือสั่งการ",
            "กรมการปกครองขอแจ้งเวียนหนังสือเวียนเรื่องการทำบัตรประจำตัวประชาชนให้ทราบโดยทั่วกัน", d => d with { Issuer = "กรมการปกครอง" }),
        Circulars.Make("ที่ สธ ๐๔๑๕.๓/ว ๑๐๒", new DateOnly(2025, 1, 17), "การรณรงค์ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า",
            "ขอความร่วมมือรณรงค์ฉีดวัคซีน ตามหนังสือเวียนของกระทรวง", d => d with { Issuer = "กรมควบคุมโรค" }),
    ]);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Beside_a_topic_it_is_not_required_and_ranks_the_letters_writing_it_first()
    {
        Assert.Equal([Forwarding, IdCard], _index.ExactRefs("หนังสือเวียน กรมการปกครอง"));
    }

    [Fact]
    public void Alone_it_is_a_word()
    {
        Assert.Equal([Forwarding, Other], _index.ExactRefs("หนังสือเวียน").Order());
    }
}
