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
