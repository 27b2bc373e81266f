"""Writes circulars as files: our content format, and the Hugo copy of the same corpus."""

import datetime
import random
from pathlib import Path

from .frontmatter import document
from .letters import Circular
from .thai import buddhist_year, fiscal_year, thai_date

# How editors write dates and refs: mostly as printed, sometimes in the other accepted spellings.
DATE_STYLES = [("printed", 70), ("arabic", 10), ("abbreviated", 10), ("iso", 10)]
REF_STYLES = [("printed", 80), ("arabic", 10), ("compact", 10)]


def _date_text(date: datetime.date, style: str) -> str | datetime.date:
    if style == "iso":
        return date
    return thai_date(date, arabic=style == "arabic", abbreviated=style == "abbreviated")


def _ref_text(circular: Circular, style: str) -> str:
    return {"printed": circular.ref.printed, "arabic": circular.ref.arabic, "compact": circular.ref.compact}[style]()


def _pick(rng: random.Random, choices) -> str:
    values, weights = zip(*choices)
    return rng.choices(values, weights=weights)[0]


def gecc_markdown(circular: Circular, rng: random.Random) -> str:
    """Our format (see content/circulars/): the keys of the content contract, in a letter's order."""
    front = {
        "ref": _ref_text(circular, _pick(rng, REF_STYLES)),
        "date": _date_text(circular.date, _pick(rng, DATE_STYLES)),
        "title": circular.title,
        "type": circular.type,
        "urgency": circular.urgency,
        "issuer": circular.issuer,
        "to": circular.to,
        "references": [{"ref": c.ref.printed(), "date": thai_date(c.date), "title": c.title}
                       for c in circular.references],
        "enclosures": circular.enclosures,
        "signer": circular.signer,
        "contact": {k: v for k, v in circular.contact.items() if v is not None},
        "tags": circular.tags,
    }
    return document(front, circular.body)


def hugo_markdown(circular: Circular) -> str:
    """The same letter for Hugo: ISO date, and one taxonomy per listing our site has (agency, type, urgency,
    B.E. year, fiscal year, tag) so both tools build comparable sites. Hugo reserves `type`, hence `kinds`."""
    front = {
        "title": circular.title,
        "date": circular.date,
        "ref": circular.ref.printed(),
        "dateThai": thai_date(circular.date),
        "issuer": circular.issuer,
        "to": circular.to,
        "enclosures": [e["title"] for e in circular.enclosures],
        "signer": circular.signer,
        "agencies": [circular.agency.name],
        "kinds": [circular.type],
        "urgencies": [circular.urgency] if circular.urgency else [],
        "years": [str(buddhist_year(circular.date))],
        "fiscalyears": [str(fiscal_year(circular.date))],
        "tags": circular.tags,
    }
    return document(front, circular.body)


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
