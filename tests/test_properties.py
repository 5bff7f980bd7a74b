"""Properties over arbitrary Unicode and over mutated real articles.

Whatever the text: extraction raises nothing; every mention and indicator quotes the text at its
offsets (``text[start:end] == text``); the record survives a strict JSON round trip and validates
against ``vnextract/schema.json``. The same holds for raw bytes through decoding, and for the
chunked path of :mod:`vnextract.large`.

The default profile is modest (the file runs in well under a minute). For a long run:

    HYPOTHESIS_PROFILE=fuzz .venv/bin/python -m pytest tests/test_properties.py
"""

from __future__ import annotations

import json
import os
import unicodedata
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vnextract
from vnextract.io import load_bytes
from vnextract.large import extract_large
from vnextract.pipeline import get_pipeline
from vnextract.text import InputError

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
SCHEMA = json.loads((resources.files("vnextract") / "schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]
settings.register_profile("vnextract-modest", max_examples=150, deadline=None,
                          suppress_health_check=_QUIET)
settings.register_profile("fuzz", max_examples=100_000, deadline=None,
                          suppress_health_check=_QUIET)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "vnextract-modest")
if PROFILE == "fuzz":
    settings.load_profile("fuzz")
SETTINGS = settings.get_profile("fuzz" if PROFILE == "fuzz" else "vnextract-modest")


def check(record: dict[str, Any], text: str) -> None:
    back = json.loads(json.dumps(record, ensure_ascii=False, allow_nan=False))
    assert back == record
    VALIDATOR.validate(back)
    for key in ("people", "provinces", "places"):
        for item in back[key]:
            for m in item["mentions"]:
                assert 0 <= m["start"] <= m["end"] <= len(text)
                assert text[m["start"]:m["end"]] == m["text"], (key, m)
    for ind in back["indicators"]:
        assert 0 <= ind["start"] <= ind["end"] <= len(text)
        assert text[ind["start"]:ind["end"]] == ind["text"], ind


# --------------------------------------------------------------------------- strategies

CONTROLS = [chr(c) for c in (*range(0, 32), 127, *range(0x80, 0xA0))]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u2028"]
EMOJI = ["😀", "🇻🇳", "👨‍👩‍👧", "👍🏽", "❤️", "🔥", "©", "™"]
VIETNAMESE = st.sampled_from(list("àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
                                  "ĐÀÁÂÊÔƠƯ0123456789%.,;:/-() \n"))
SNIPPETS = st.sampled_from([
    "tỉnh", "TP.HCM", "Tp.", "ông", "bà", "Chủ tịch UBND", "tăng", "giảm", "%", "tỷ đồng",
    "nghìn", "triệu USD", "quý I/2024", "tháng 3", "năm 2025", "so với cùng kỳ", "thứ 12/63",
    "gấp 2,2 lần", "1.234,5", "ước đạt", "khoảng", "huyện", "xã", "phường", "\n\n", ". ",
])


@st.composite
def mutated_article(draw: st.DrawFn) -> str:
    """A real article with random insertions, deletions, case changes, NFD stretches, control
    characters, emoji and zero-width characters at random positions."""
    text = draw(st.sampled_from(SAMPLES))
    for _ in range(draw(st.integers(1, 10))):
        pos = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(["insert", "delete", "case", "nfd", "control", "emoji",
                                   "zero-width", "snippet", "vietnamese"]))
        if op == "insert":
            piece = draw(st.text(max_size=12))
        elif op == "delete":
            text = text[:pos] + text[pos + draw(st.integers(1, 200)):]
            continue
        elif op in ("case", "nfd"):
            end = pos + draw(st.integers(1, 300))
            part = text[pos:end]
            if op == "nfd":
                part = unicodedata.normalize("NFD", part)
            else:
                part = draw(st.sampled_from([part.upper(), part.lower(), part.swapcase()]))
            text = text[:pos] + part + text[end:]
            continue
        elif op == "control":
            piece = "".join(draw(st.lists(st.sampled_from(CONTROLS), min_size=1, max_size=4)))
        elif op == "emoji":
            piece = draw(st.sampled_from(EMOJI))
        elif op == "zero-width":
            piece = draw(st.sampled_from(ZERO_WIDTH))
        elif op == "snippet":
            piece = draw(SNIPPETS)
        else:
            piece = "".join(draw(st.lists(VIETNAMESE, min_size=1, max_size=8)))
        text = text[:pos] + piece + text[pos:]
    return text


# Text that looks a little like news: words, numbers, units, places, in any mix.
newsy = st.lists(st.one_of(SNIPPETS, VIETNAMESE, st.text(max_size=5)), max_size=60).map(" ".join)


# --------------------------------------------------------------------------- properties


@SETTINGS
@given(st.text(max_size=400))
def test_arbitrary_unicode(text: str) -> None:
    check(vnextract.extract(text).to_dict(), text)


@SETTINGS
@given(newsy)
def test_newsy_fragments(text: str) -> None:
    check(vnextract.extract(text).to_dict(), text)


@SETTINGS
@given(mutated_article())
def test_mutated_articles(text: str) -> None:
    check(vnextract.extract(text, source="m.txt").to_dict(), text)


@SETTINGS
@given(st.binary(max_size=600) | mutated_article().map(lambda t: t.encode("utf-8")),
       st.sampled_from([None, True]))
def test_bytes_through_decoding(data: bytes, html: bool | None) -> None:
    try:
        loaded = load_bytes(data, html=html, name="x.txt")
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    check(vnextract.extract(loaded.text).to_dict(), loaded.text)


@SETTINGS
@given(mutated_article(), st.integers(8, 3000))
def test_chunked_extraction(text: str, chunk: int) -> None:
    record = extract_large(text, get_pipeline("pyvi"), chunk_chars=chunk, source="m.txt")
    check(record, text)
    assert record["meta"]["chunks"] >= 1
    names = [p["name"] for p in record["people"]]
    assert len(names) == len(set(names))
