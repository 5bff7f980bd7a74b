"""The library API: plain functions of their arguments, no module state changed."""

from __future__ import annotations

from pathlib import Path

import vnextract
from vnextract import batch


def test_extract_path_leaves_no_global_state(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Tin\nQuý I/2022, tỉnh Thái Nguyên thu ngân sách hơn 4.100 tỷ đồng.", encoding="utf-8")
    before = dict(batch._WORKER)
    rec = vnextract.extract_path(str(f), date="2022-04-15")
    assert batch._WORKER == before
    assert rec["date"] == {"value": "2022-04-15", "source": "option"}
    assert rec["provinces"][0]["name"] == "Thái Nguyên"


def test_extract_path_error_record(tmp_path: Path) -> None:
    rec = vnextract.extract_path(str(tmp_path / "missing.txt"))
    assert set(rec) == {"schema_version", "source", "error"}


def test_extract_matches_extract_path(tmp_path: Path) -> None:
    text = "Tin\nNăm 2023, GRDP của tỉnh Bắc Ninh tăng 6,5%."
    f = tmp_path / "b.txt"
    f.write_text(text, encoding="utf-8")
    a = vnextract.extract(text, source=str(f)).to_dict()
    b = vnextract.extract_path(str(f))
    b.pop("meta", None)
    a.pop("meta", None)
    assert a == b


# A large text goes through vnextract.large in extract() as a large file does on the command line
# (issue 12): one record model, one focus rule, bounded memory. The size limit is lowered here so
# that the test is quick; the paragraphs are written for this test.
LARGE_PARAGRAPHS = [
    "Năm 2023, tổng thu ngân sách của tỉnh Thái Nguyên đạt 19.500 tỷ đồng, tăng 6,5% so với năm trước.",
    "Chủ tịch UBND tỉnh Nguyễn Văn Bình cho biết tỉnh sẽ giữ đà tăng trưởng trong năm tới.",
    "Giá trị xuất khẩu của Bắc Ninh trong quý I/2023 ước đạt 9,2 tỷ USD, giảm 3% so với cùng kỳ.",
    "Ông Trần Quốc Hùng, Giám đốc Sở Công Thương Hà Nam, nói về các khu công nghiệp mới.",
]


def _large_text(paragraphs: int) -> str:
    body = [LARGE_PARAGRAPHS[i % len(LARGE_PARAGRAPHS)] for i in range(paragraphs)]
    return "Thái Nguyên thu ngân sách vượt dự toán\n" + "\n".join(body) + "\n"


def test_large_text_goes_by_chunks_like_a_large_file(tmp_path: Path, monkeypatch) -> None:
    import vnextract.io

    monkeypatch.setattr(vnextract.io, "LARGE_BYTES", 8_000)
    text = _large_text(120)  # about 11,000 characters: over the limit
    f = tmp_path / "big.txt"
    f.write_text(text, encoding="utf-8")
    doc = vnextract.extract(text, source=str(f))
    a = doc.to_dict()
    b = vnextract.extract_path(str(f))
    assert a == b
    assert a["meta"]["chunks"] >= 1 and a["focus_province"] == "Thái Nguyên"
    assert {p["name"] for p in a["people"]} >= {"Nguyễn Văn Bình", "Trần Quốc Hùng"}
    assert len(a["indicators"]) >= 2  # a figure repeated word for word is kept once
    # the Document is whole: spans slice the text, sentences and tokens are there
    for label in ("people", "provinces"):
        assert doc.spans[label] and all(text[s.start:s.end] == s.text for s in doc.spans[label])
    assert doc.sentences and doc.sentences[1].tokens[0].text == "Năm"


def test_small_text_is_one_document(monkeypatch) -> None:
    text = _large_text(4)
    doc = vnextract.extract(text)
    assert "chunks" not in doc.meta and doc.indicators
