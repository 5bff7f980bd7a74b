"""Normalization that keeps offsets: NFC, one tone placement, maps back to the original."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnextract.document import Document
from vnextract.text import InputError, decode_bytes, fold, match_key, normalize

# (written, normalized view): old and new tone placement read alike
TONE_CORPUS = [
    ("hoà bình", "hòa bình"),
    ("Thanh Hoá", "Thanh Hóa"),
    ("Khánh Hoà", "Khánh Hòa"),
    ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
    ("uỷ viên", "ủy viên"),
    ("thuỷ sản", "thủy sản"),
    ("khoẻ mạnh", "khỏe mạnh"),
    ("Thuỳ Dung", "Thùy Dung"),
    # already canonical, or tone belongs where it is
    ("hòa bình", "hòa bình"),
    ("Hoàng Anh", "Hoàng Anh"),
    ("hoàn thành", "hoàn thành"),
    ("quý I/2022", "quý I/2022"),
    ("Quý 1", "Quý 1"),
    ("thuyền", "thuyền"),
    ("khuyến khích", "khuyến khích"),
]


@pytest.mark.parametrize("written, expected", TONE_CORPUS)
def test_tone_placement(written: str, expected: str) -> None:
    norm, mapping = normalize(written)
    assert norm == expected
    assert mapping.identity


@pytest.mark.parametrize("written, expected", TONE_CORPUS)
def test_nfd_input_normalizes_the_same(written: str, expected: str) -> None:
    nfd = unicodedata.normalize("NFD", written)
    norm, _ = normalize(nfd)
    assert norm == expected


def test_nfd_spans_map_back_to_original() -> None:
    text = unicodedata.normalize("NFD", "Tỉnh Thái Nguyên đạt 21,6% kế hoạch")
    doc = Document(text)
    i = doc.norm.index("Thái Nguyên")
    span = doc.span(i, i + len("Thái Nguyên"))
    assert span.text == text[span.start:span.end]
    assert unicodedata.normalize("NFC", span.text) == "Thái Nguyên"


def test_match_key_treats_variants_alike() -> None:
    assert match_key("Uỷ  ban") == match_key("ủy ban")
    assert match_key(unicodedata.normalize("NFD", "THANH HOÁ")) == match_key("Thanh Hóa")


def test_fold_keeps_length() -> None:
    text = "İstanbul ẞ Ủy"
    assert len(fold(text)) == len(text)


@given(st.text())
def test_every_norm_span_maps_to_real_text(text: str) -> None:
    doc = Document(text)
    assert len(doc.lower) == len(doc.norm)
    n = len(doc.norm)
    for a, b in ((0, n), (0, n // 2), (n // 3, n)):
        span = doc.span(a, b)
        assert 0 <= span.start <= span.end <= len(text)
        assert span.text == text[span.start:span.end]


@given(st.text(alphabet=st.sampled_from("aeoiuyAOUĐđ\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b .,")))
def test_combining_marks_never_break_offsets(text: str) -> None:
    doc = Document(text)
    for i in range(len(doc.norm) + 1):
        assert 0 <= doc.orig_start(i) <= len(text)
        assert doc.orig_end(i) <= len(text)


DECODE_CORPUS = [
    ("Hà Nội".encode(), "Hà Nội"),
    (b"\xef\xbb\xbf" + "Hà Nội".encode(), "Hà Nội"),
    ("Hà Nội".encode("utf-16"), "Hà Nội"),
    (b"\xfe\xff" + "Hà Nội".encode("utf-16-be"), "Hà Nội"),
]


@pytest.mark.parametrize("data, expected", DECODE_CORPUS)
def test_decode(data: bytes, expected: str) -> None:
    assert decode_bytes(data) == expected


@pytest.mark.parametrize("data", [b"%PDF-1.4\x00\x01\x02", b"\x89PNG\r\n\x1a\n\x00\x00", b"abc\xff\xfe\xfa"])
def test_decode_refuses_binary_with_one_line(data: bytes) -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(data)
    assert "\n" not in str(info.value)
