#!/usr/bin/env python3
"""Writes a synthetic corpus of N circulars in GECC Portal's content format (and, with --hugo, the same
corpus as a Hugo content folder). Deterministic: the same --count and --seed give the same files.

    python3 bench/site/make_corpus.py --count 10000 --out /tmp/corpus [--hugo /tmp/hugo-site] [--seed 1]
"""

import argparse
import datetime
import random
import re
import shutil
import sys
from collections import Counter, defaultdict
from pathlib import Path

from corpus.letters import Agency, LetterBuilder, make_offices
from corpus.thai import Ref
from corpus.writer import gecc_markdown, hugo_markdown, write

REPO = Path(__file__).resolve().parents[2]
FIRST_DAY = datetime.date(2020, 1, 1)  # B.E. 2563
LAST_DAY = datetime.date(2025, 12, 31)  # B.E. 2568
WRAPPED_THAI = re.compile(r"[\u0E01-\u0E4E]\n[\u0E01-\u0E4E]")


def read_agencies(path: Path) -> list[tuple[str, str]]:
    """agencies.yml is flat `code: name` lines with comments; that is all this needs to read."""
    pairs = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        code, sep, name = line.partition(":")
        if not sep or not name.strip():
            sys.exit(f"{path}:{number}: error: expected `code: name`")
        pairs.append((code.strip(), name.strip()))
    return pairs


def working_days(rng: random.Random, count: int) -> list[datetime.date]:
    span = (LAST_DAY - FIRST_DAY).days
    days = []
    while len(days) < count:
        day = FIRST_DAY + datetime.timedelta(days=rng.randint(0, span))
        if day.weekday() < 5:
            days.append(day)
    return sorted(days)


def plan(rng: random.Random, agencies: list[Agency], count: int) -> list[tuple[Agency, Ref, datetime.date]]:
    """Who wrote what when. Running numbers restart each calendar year in each office's register and
    grow with the date; the gaps are letters that were never published."""
    # A few agencies write most circulars, as in life: weight by 1/sqrt(rank) over a shuffled order.
    ranked = agencies[:]
    rng.shuffle(ranked)
    weights = [1 / (rank + 1) ** 0.5 for rank in range(len(ranked))]
    registers: dict[tuple[str, str, int], int] = defaultdict(int)
    letters = []
    for day in working_days(rng, count):
        agency = rng.choices(ranked, weights=weights)[0]
        office = rng.choice(agency.offices)
        key = (agency.code, office, day.year)
        registers[key] += rng.randint(1, 5)
        letters.append((agency, Ref(agency.code, office, registers[key]), day))
    return letters


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10000, help="number of circulars (default 10000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--out", type=Path, required=True, help="content folder to write (replaced)")
    parser.add_argument("--hugo", type=Path, help="also write the Hugo copy's content/ under this folder")
    parser.add_argument("--content", type=Path, default=REPO / "content",
                        help="where site.yml and agencies.yml are copied from (default: the repo's content/)")
    args = parser.parse_args()
    if args.count < 1:
        parser.error("--count must be at least 1")

    rng = random.Random(args.seed)
    agencies = [Agency(i, code, name, make_offices(rng, name))
                for i, (code, name) in enumerate(read_agencies(args.content / "agencies.yml"))]

    shutil.rmtree(args.out, ignore_errors=True)
    (args.out / "circulars").mkdir(parents=True)
    for name in ("site.yml", "agencies.yml"):
        shutil.copyfile(args.content / name, args.out / name)
    if args.hugo:
        shutil.rmtree(args.hugo / "content", ignore_errors=True)

    builder = LetterBuilder(rng, agencies)
    earlier = []
    counts = Counter()
    for agency, ref, day in plan(rng, agencies, args.count):
        circular = builder.build(agency, ref, day, earlier)
        earlier.append(circular.citation())
        counts["enclosures citing"] += any("ref" in e for e in circular.enclosures)
        counts["references citing"] += bool(circular.references)
        counts["hard-wrapped"] += bool(WRAPPED_THAI.search(circular.body))
        write(args.out / "circulars" / f"{circular.file_stem}.md", gecc_markdown(circular, rng))
        if args.hugo:
            write(args.hugo / "content" / "circulars" / f"{circular.file_stem}.md", hugo_markdown(circular))
    print(f"wrote {args.count} circulars to {args.out}" + (f" and {args.hugo}/content" if args.hugo else ""))
    print(", ".join(f"{name}: {counts[name]}" for name in ("enclosures citing", "references citing", "hard-wrapped")))


if __name__ == "__main__":
    main()
