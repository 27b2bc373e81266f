"""Builds synthetic circulars: Thai text recombined from the seed letters, with refs, dates, issuers,
enclosures and references that point at earlier circulars of the same corpus."""

import dataclasses
import datetime
import random
import re

from . import seed_text
from .thai import Ref, buddhist_year, fiscal_year, thai_date, thai_digits

TYPES = [("external", 70), ("internal", 15), ("order", 5), ("announcement", 5), ("directive", 5)]
URGENCIES = [(None, 50), ("ด่วน", 20), ("ด่วนมาก", 15), ("ด่วนที่สุด", 15)]

# A space between two Thai letters (or after a closing bracket or quote) ends a clause, unless a year
# (พ.ศ. ...) follows.
_CLAUSE_BREAK = re.compile(r"(?<=[\u0E01-\u0E4E)”\"]) (?=[\u0E01-\u0E4E])(?!พ\.ศ\.)")
_BE_YEAR = re.compile(r"๒๕[๕๖]\d")
# Words that never occur inside a longer word of the seed text, so a line may break before them.
_WORD_STARTS = ("และ", "เพื่อ", "โดย", "สำนัก", "ของ", "ประจำ", "ความ", "ตั้งแต่", "ศูนย์", "มาตรฐาน",
                "หน่วยงาน", "องค์กร")
_WRAP_WIDTH = 95

CLAUSE_RUNS = [_CLAUSE_BREAK.split(p) for p in seed_text.PARAGRAPHS]


@dataclasses.dataclass
class Agency:
    index: int
    code: str
    name: str
    offices: list[str]

    @property
    def is_province(self) -> bool:
        return self.name.startswith("จังหวัด")

    @property
    def province(self) -> str:
        return self.name.removeprefix("จังหวัด")


@dataclasses.dataclass
class Citation:
    """What a later letter needs to cite an earlier one."""
    ref: Ref
    date: datetime.date
    title: str
    agency: Agency
    urgency: str | None


@dataclasses.dataclass
class Circular:
    agency: Agency
    ref: Ref
    date: datetime.date
    title: str
    type: str
    urgency: str | None
    issuer: str
    to: str
    references: list[Citation]
    enclosures: list[dict]
    signer: dict
    contact: dict
    tags: list[str]
    body: str

    @property
    def file_stem(self) -> str:
        return f"{buddhist_year(self.date)}-{self.ref.file_stem(self.agency.index)}"

    def citation(self) -> Citation:
        return Citation(self.ref, self.date, self.title, self.agency, self.urgency)


def weighted(rng: random.Random, choices):
    values, weights = zip(*choices)
    return rng.choices(values, weights=weights)[0]


def make_offices(rng: random.Random, agency_name: str) -> list[str]:
    """Office numbers: four digits and a sub-unit; provinces' start 00, ministries' do not."""
    count = rng.randint(1, 3)
    if agency_name.startswith("จังหวัด"):
        return [f"00{rng.randint(10, 99)}.{rng.randint(1, 9)}" for _ in range(count)]
    return [f"0{rng.randint(100, 999)}.{rng.randint(1, 9)}" for _ in range(count)]


class LetterBuilder:
    def __init__(self, rng: random.Random, agencies: list[Agency]):
        self.rng = rng
        self.agencies = agencies

    def build(self, agency: Agency, ref: Ref, date: datetime.date, earlier: list[Citation]) -> Circular:
        rng = self.rng
        cited = self._pick_cited(earlier)
        references = [c for c in cited if rng.random() < 0.4]
        enclosures = [self._enclosure_citing(c) for c in cited if c not in references]
        if rng.random() < 0.2:
            enclosures.append({"title": rng.choice(seed_text.PLAIN_ENCLOSURES)})
        source = cited[0].agency if cited else rng.choice(self.agencies)
        return _as_its_form(Circular(
            agency=agency,
            ref=ref,
            date=date,
            title=rng.choice(seed_text.TITLES).format(year=thai_digits(str(fiscal_year(date)))),
            type=weighted(rng, TYPES),
            urgency=weighted(rng, URGENCIES),
            issuer=self._issuer(agency),
            to=self._salutation(agency),
            references=references,
            enclosures=enclosures,
            signer=self._signer(agency),
            contact=self._contact(agency),
            tags=sorted(rng.sample(seed_text.TAGS, rng.randint(1, 3))),
            body=self._body(agency, source, cited, fiscal_year(date)),
        ))

    def _pick_cited(self, earlier: list[Citation]) -> list[Citation]:
        """About a third of letters forward or answer one or two recent letters."""
        if not earlier or self.rng.random() >= 0.35:
            return []
        recent = earlier[-300:]
        return self.rng.sample(recent, min(len(recent), self.rng.choice([1, 1, 1, 2])))

    def _enclosure_citing(self, cited: Citation) -> dict:
        urgency = f"{cited.urgency} " if cited.urgency else ""
        title = (f"สำเนาหนังสือ{cited.agency.name} {urgency}ที่ {cited.ref.printed()} "
                 f"ลงวันที่ {thai_date(cited.date)} จำนวน ๑ ชุด")
        return {"title": title, "ref": cited.ref.printed(), "date": thai_date(cited.date)}

    def _issuer(self, agency: Agency) -> str:
        if agency.is_province:
            postcode = thai_digits(str(self.rng.randint(10, 96) * 1000))
            return f"ศาลากลาง{agency.name}\n{self.rng.choice(seed_text.STREETS)} {agency.code}. {postcode}"
        if self.rng.random() < 0.5:
            return f"{agency.name} สำนักงานปลัด{agency.name}"
        return agency.name

    def _salutation(self, agency: Agency) -> str:
        province = agency.province if agency.is_province else self.rng.choice(
            [a for a in self.agencies if a.is_province]).province
        ministry = agency.name if not agency.is_province else "กระทรวงมหาดไทย"
        return self.rng.choice(seed_text.SALUTATIONS).format(province=province, ministry=ministry)

    def _signer(self, agency: Agency) -> dict:
        rng = self.rng
        name = rng.choice(seed_text.TITLE_PREFIXES) + rng.choice(seed_text.GIVEN_NAMES) + " " + rng.choice(
            seed_text.SURNAMES)
        if agency.is_province:
            head, deputy = f"ผู้ว่าราชการ{agency.name}", "รองผู้ว่าราชการจังหวัด"
        else:
            head, deputy = f"ปลัด{agency.name}", f"รองปลัด{agency.name}"
        position = head if rng.random() < 0.4 else f"{deputy} ปฏิบัติราชการแทน\n{head}"
        return {"name": name, "position": position}

    def _contact(self, agency: Agency) -> dict:
        rng = self.rng
        phone = thai_digits(f"0 {rng.randint(2000, 4999)} {rng.randint(1000, 9999)}")
        email = f"saraban@a{agency.index:02d}.go.th" if rng.random() < 0.5 else None
        return {"unit": rng.choice(seed_text.UNITS), "phone": phone, "email": email}

    def _body(self, agency: Agency, source: Agency, cited: list[Citation], year_be: int) -> str:
        rng = self.rng
        if cited:
            first = cited[0]
            opening = (f"ด้วย{agency.name}ได้รับแจ้งจาก{first.agency.name} ตามหนังสือ ที่ {first.ref.printed()} "
                       f"ลงวันที่ {thai_date(first.date)} ว่า")
        else:
            opening = rng.choice(seed_text.OPENINGS).format(issuer=agency.name, source=source.name)
        runs = rng.sample(CLAUSE_RUNS, len(CLAUSE_RUNS))  # each paragraph draws on a different seed paragraph
        year = thai_digits(str(year_be))
        paragraphs = [opening + self._clauses(runs.pop(), 3, 8, year)]
        follow_up = rng.choice(seed_text.FOLLOW_UPS).format(issuer=agency.name)
        paragraphs.append(follow_up + self._clauses(runs.pop(), 2, 6, year))
        if rng.random() < 0.15:
            run = runs.pop()
            items = [f"{i}. {self._clauses(run, 1, 2, year)}" for i in range(1, rng.randint(2, 4) + 1)]
            paragraphs.append("\n".join(items))
        paragraphs.append(rng.choice(seed_text.CLOSINGS))
        text = "\n\n".join(paragraphs)
        if rng.random() < 0.2:
            text = "\n\n".join(hard_wrap(p) if not p[:1].isdigit() else p for p in text.split("\n\n"))
        return text

    def _clauses(self, run: list[str], fewest: int, most: int, year: str) -> str:
        """Consecutive clauses of one seed paragraph, so neighbouring clauses still agree; the seed's
        years become the letter's fiscal year."""
        length = min(len(run), self.rng.randint(fewest, most))
        start = self.rng.randint(0, len(run) - length)
        return _BE_YEAR.sub(year, " ".join(run[start:start + length]))


def hard_wrap(paragraph: str) -> str:
    """Break lines the way text extracted from a PDF is broken: about every 95 characters, between two
    Thai words where no space was (the seed's DLA letter reads like this)."""
    lines, start = [], 0
    while len(paragraph) - start > _WRAP_WIDTH:
        cut = _wrap_point(paragraph, start + _WRAP_WIDTH)
        if cut < 0:
            break
        lines.append(paragraph[start:cut])
        start = cut
    lines.append(paragraph[start:])
    return "\n".join(lines)


def _wrap_point(text: str, near: int) -> int:
    """The first place after `near` where one of a few common words starts right after a Thai letter:
    a word boundary found without a dictionary."""
    for i in range(near, min(len(text), near + 60)):
        if "\u0E01" <= text[i - 1] <= "\u0E4E" and text.startswith(_WORD_STARTS, i):
            return i
    return -1


# An order (คำสั่ง) or announcement (ประกาศ) names its agency in a centred heading: no เรียน, no contact block, no
# address (the generator warns about each); the other values are drawn all the same, so the random sequence is kept.
HEADED_FORMS = ("order", "announcement")


def _as_its_form(circular: Circular) -> Circular:
    if circular.type not in HEADED_FORMS:
        return circular
    return dataclasses.replace(circular, issuer=circular.issuer.split("\n")[0], to=None, contact={})
