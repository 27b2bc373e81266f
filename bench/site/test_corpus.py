"""Checks the corpus generator: `python3 -B -m unittest discover -s bench/site`."""

import datetime
import re
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

from corpus.frontmatter import document, scalar
from corpus.letters import hard_wrap
from corpus.thai import fiscal_year, thai_date

HERE = Path(__file__).resolve().parent
ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def make_corpus(out: Path, count: int, seed: int) -> list[str]:
    subprocess.run([sys.executable, "-B", str(HERE / "make_corpus.py"), "--count", str(count), "--seed", str(seed),
                    "--out", str(out / "content"), "--hugo", str(out / "hugo")], check=True, capture_output=True)
    return sorted(p.name for p in (out / "content" / "circulars").iterdir())


def normalised_ref(text: str) -> str:
    return re.sub(r"\s", "", text.translate(ARABIC))


def front_value(text: str, key: str) -> str:
    return re.search(rf"^{key}: (.*)$", text, re.MULTILINE).group(1)


def year_of(date_text: str) -> int:
    """B.E. year of a date in any of the corpus's spellings."""
    if re.fullmatch(r"\d{4}-\d\d-\d\d", date_text):
        return int(date_text[:4]) + 543
    return int(date_text.split()[-1].translate(ARABIC))


class CorpusTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.root = Path(cls.tmp.name)
        cls.files = make_corpus(cls.root / "a", 600, seed=7)
        cls.texts = {name: (cls.root / "a" / "content" / "circulars" / name).read_text(encoding="utf-8")
                     for name in cls.files}

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_writes_the_requested_count_with_site_files(self):
        self.assertEqual(600, len(self.files))
        self.assertTrue((self.root / "a" / "content" / "agencies.yml").is_file())
        self.assertTrue((self.root / "a" / "content" / "site.yml").is_file())
        self.assertEqual(600, len(list((self.root / "a" / "hugo" / "content" / "circulars").iterdir())))

    def test_same_seed_gives_same_files_and_another_seed_does_not(self):
        again = make_corpus(self.root / "b", 600, seed=7)
        self.assertEqual(self.files, again)
        for name in self.files[::50]:
            self.assertEqual(self.texts[name], (self.root / "b" / "content" / "circulars" / name).read_text("utf-8"))
        self.assertNotEqual(self.files, make_corpus(self.root / "c", 600, seed=8))

    def test_refs_are_unique_per_year_and_span_agencies_and_years(self):
        keys = [(normalised_ref(front_value(t, "ref")), year_of(front_value(t, "date"))) for t in self.texts.values()]
        self.assertEqual(len(keys), len(set(keys)))
        self.assertGreater(len({re.match(r"\D+", k[0]).group(0) for k in keys}), 40)
        self.assertGreaterEqual(len({k[1] for k in keys}), 5)

    def test_every_cited_ref_is_a_circular_of_the_corpus(self):
        published = {(normalised_ref(front_value(t, "ref")), year_of(front_value(t, "date")))
                     for t in self.texts.values()}
        cited = [(normalised_ref(m.group(1)), year_of(m.group(2))) for t in self.texts.values()
                 for m in re.finditer(r"^ +(?:- )?ref: (.*)\n +date: (.*)$", t, re.MULTILINE)]
        self.assertGreater(len(cited), 100)
        self.assertEqual([], [c for c in cited if c not in published])

    def test_hugo_copy_has_iso_dates(self):
        for path in list((self.root / "a" / "hugo" / "content" / "circulars").iterdir())[:100]:
            datetime.date.fromisoformat(front_value(path.read_text("utf-8"), "date"))

    def test_bodies_are_thai_and_some_are_hard_wrapped(self):
        bodies = [t.split("\n---\n", 1)[1] for t in self.texts.values()]
        self.assertTrue(all(re.search(r"[\u0E01-\u0E4E]{20}", b) for b in bodies))
        wrapped = [b for b in bodies if re.search(r"[\u0E01-\u0E4E]\n[\u0E01-\u0E4E]", b)]
        self.assertGreater(len(wrapped), 30)


class PieceTests(unittest.TestCase):
    def test_thai_date_spellings(self):
        day = datetime.date(2025, 1, 23)
        self.assertEqual("๒๓ มกราคม ๒๕๖๘", thai_date(day))
        self.assertEqual("23 ม.ค. 2568", thai_date(day, arabic=True, abbreviated=True))
        self.assertEqual("๑ ต.ค. ๒๕๖๗", thai_date(datetime.date(2024, 10, 1), abbreviated=True))

    def test_fiscal_year_turns_on_1_october(self):
        self.assertEqual(2567, fiscal_year(datetime.date(2024, 9, 30)))
        self.assertEqual(2568, fiscal_year(datetime.date(2024, 10, 1)))

    def test_scalars_that_yaml_would_misread_are_quoted(self):
        self.assertEqual("มท ๐๘๑๐.๓/ว ๗๖", scalar("มท ๐๘๑๐.๓/ว ๗๖"))
        self.assertEqual('"Meeting number : 176"', scalar("Meeting number : 176"))
        self.assertEqual('"2568"', scalar("2568"))
        self.assertEqual('"- item"', scalar("- item"))
        self.assertEqual('"yes"', scalar("yes"))

    def test_document_writes_blocks_and_list_items(self):
        text = document({"title": "ก", "urgency": None, "signer": {"name": "ข", "position": "ค\nง"},
                         "enclosures": [{"title": "จ", "ref": "ฉ"}]}, "body")
        self.assertEqual("---\ntitle: ก\nsigner:\n  name: ข\n  position: |-\n    ค\n    ง\n"
                         "enclosures:\n  - title: จ\n    ref: ฉ\n---\nbody\n", text)

    def test_hard_wrap_breaks_only_between_thai_letters_and_keeps_the_text(self):
        paragraph = "ก" * 100 + "และ" + "ข" * 20
        wrapped = hard_wrap(paragraph)
        self.assertEqual(paragraph, wrapped.replace("\n", ""))
        self.assertEqual("ก" * 100 + "\nและ" + "ข" * 20, wrapped)


if __name__ == "__main__":
    unittest.main()
