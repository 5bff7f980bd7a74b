"""benchmarks/phoner.py: PhoNER_COVID19 sentences rebuilt with their gold offsets, the full-name
rule, and the tallies (recall, people on a LOCATION) — on an invented fixture in PhoNER's format."""

from __future__ import annotations

import importlib.util
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "phoner_sample.jsonl"


def _load_module():
    spec = importlib.util.spec_from_file_location("phoner_bench", ROOT / "benchmarks" / "phoner.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["phoner_bench"] = module
    spec.loader.exec_module(module)
    return module


phoner = _load_module()

# words (PhoNER tokens) -> the rebuilt sentence text
REBUILD = [
    (["Bệnh_nhân", "Trần_Văn_Hải", ",", "45", "tuổi", "."], "Bệnh nhân Trần Văn Hải, 45 tuổi."),
    (["bà", "N.T.H.", "(", "60", "tuổi", ")", "."], "bà N.T.H. (60 tuổi)."),
    (['"', "Bệnh_nhân", "12", '"', "là", "vợ"], '"Bệnh nhân 12" là vợ'),
    (["Ông", "Minh", ":", "ổn", ";", "tốt", "..."], "Ông Minh: ổn; tốt..."),
]

# gold NAME text -> written out in full?
FULL_NAMES = ["Trần Văn Hải", "Vũ Thị Lan", "John Smith", "Vladislavs Mozgovojs",
              "Lê Thị Thu Nga", "Nguyễn Chí Dũng"]
NOT_FULL = ["Minh", "H.T.P", "N.M.C.", "Đ.T.H.", "D.", "Nguyễn H", "NH.", "N.H.N..", "Tr.A.T.",
            "L. Văn", "J.B.B", "A"]


# an untagged PhoNER word -> looks like a written-out name (the silver check)?
SILVER = [("Nguyễn_Văn_Định", True), ("Trần_Đắc_Phu", True), ("Phan_Thu_Hà", True),
          ("Nguyễn_Văn", False), ("Tân_Sơn_Nhất", False), ("Trung_tâm_Y", False),
          ("Lê_văn_Hai", False), ("Bệnh_viện", False), ("Vũ_H_Lan", False)]


@pytest.mark.parametrize(("word", "expected"), SILVER)
def test_silver_name_words(word: str, expected: bool) -> None:
    assert phoner._looks_like_name(word) is expected


@pytest.mark.parametrize(("words", "text"), REBUILD)
def test_rebuild_text(words: list[str], text: str) -> None:
    assert phoner.rebuild(words, ["O"] * len(words)).text == text


@pytest.mark.parametrize("name", FULL_NAMES)
def test_full_names(name: str) -> None:
    assert phoner.is_full_name(name)


@pytest.mark.parametrize("name", NOT_FULL)
def test_initials_are_not_full_names(name: str) -> None:
    assert not phoner.is_full_name(name)


def test_gold_offsets_point_at_the_entity() -> None:
    sentences = phoner.load(FIXTURE)
    assert len(sentences) == 10
    for sent in sentences:
        for ent in sent.entities:
            assert sent.text[ent.start:ent.end] == ent.text
    first = sentences[0]
    assert [(e.label, e.text) for e in first.entities] == [
        ("NAME", "Trần Văn Hải"), ("AGE", "45"), ("LOCATION", "đường Lê Lợi"),
        ("LOCATION", "phường 3")]
    # an I- tag continues only its own label; syllable-tagged names join up
    assert [e.text for e in sentences[7].names()] == ["Vũ Thị Lan", "Đỗ Minh Khoa"]


def test_a_missing_file_exits_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert phoner.main([str(ROOT / "no-such-phoner.json")]) == 2
    assert "PhoNER_COVID19" in capsys.readouterr().err


@dataclass
class _Mention:
    start: int
    end: int


@dataclass
class _Person:
    name: str
    mentions: list[_Mention] = field(default_factory=list)


@dataclass
class _Doc:
    people: list[_Person]


def _fake_extract(found: dict[str, list[str]]):
    """An extractor that reports, in a sentence containing a key, the listed names."""

    def extract(text: str) -> _Doc:
        people = []
        for key, names in found.items():
            if key in text:
                for name in names:
                    at = text.find(name)
                    people.append(_Person(name, [_Mention(at, at + len(name))] if at >= 0 else []))
        return _Doc(people)

    return extract


def test_tally_counts_recall_and_people_on_places() -> None:
    sentences = phoner.load(FIXTURE)
    extract = _fake_extract({
        "Trần Văn Hải": ["Trần Văn Hải"],        # found by its mention
        "Lê Hoàng Nam": ["lê hoàng  nam"],       # found by its normalised name, no mention
        "quán phở": ["Nguyễn Trãi"],             # a person on a gold LOCATION
        "Phan Thu Hà": ["Phan Thu Hà"],          # an untagged official
        "Cam Lộ": ["Cam Lộ"],                    # a person on an ORGANIZATION
    })
    tally = phoner.score(sentences, extract)
    f = tally.figures()
    assert (f["sentences"], f["gold_names"], f["gold_full_names"]) == (10, 8, 5)
    assert f["full_names_found"] == 2
    assert [m["name"] for m in tally.misses] == ["Vũ Thị Lan", "Đỗ Minh Khoa", "John Smith"]
    assert (f["people_reported"], f["people_on_name"], f["people_on_location"],
            f["people_on_other_entity"], f["people_on_no_entity"]) == (5, 1, 1, 1, 2)
    assert f["street_share"] == 0.2 and f["non_person_share"] == 0.4
    assert [r["name"] for r in tally.location_people] == ["Nguyễn Trãi"]
    assert tally.location_people[0]["gold"] == "LOCATION:quán phở số 8 Nguyễn Trãi"
    # the untagged doctor is the fixture's one silver name, and it was reported
    assert (f["silver_full_names"], f["silver_found"]) == (1, 1)


def test_json_figures_on_the_fixture(capsys: pytest.CaptureFixture[str]) -> None:
    """The real pipeline on the fixture: the written-out names after ông/bà/anh/bệnh nhân are
    found and no street is a person."""
    assert phoner.main([str(FIXTURE), "--json"]) == 0
    f = json.loads(capsys.readouterr().out)
    assert f["gold_full_names"] == 5
    assert f["full_name_recall"] >= 0.8
    assert f["people_on_location"] == 0
