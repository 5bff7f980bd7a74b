"""The JSON contract: real output validates against the shipped JSON Schema."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest

import vnextract

SCHEMA = json.loads((files("vnextract") / "schema.json").read_text(encoding="utf-8"))
SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))


def test_schema_is_valid() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_seed_output_validates(seed_text: str) -> None:
    record = vnextract.extract(seed_text, source="seed.txt").to_dict()
    jsonschema.validate(record, SCHEMA)
    assert record["schema_version"] == "2"


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_sample_output_validates_and_mentions_slice(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    record = vnextract.extract(text, source=str(path)).to_dict()
    jsonschema.validate(record, SCHEMA)
    for key in ("people", "provinces", "places"):
        for item in record.get(key, []):
            for m in item["mentions"]:
                assert text[m["start"]:m["end"]] == m["text"]
    for ind in record["indicators"]:
        assert text[ind["start"]:ind["end"]] == ind["text"]


def test_error_record_validates() -> None:
    record = vnextract.extract_path("/nonexistent/file.txt")
    assert "error" in record
    jsonschema.validate(record, SCHEMA)


def test_samples_exist() -> None:
    assert len(SAMPLES) >= 6


# schema 2: the reference date, period_text and value_max
DATED = [
    ("Tiêu đề\nThứ Hai, 12/6/2017 08:15\nQuý trước, tỉnh Nghệ An thu 3.000 tỷ đồng.", None,
     {"value": "2017-06-12", "source": "dateline"}),
    ("Tháng trước, Hà Nội thu hút 20 dự án FDI.", "2024-03-05",
     {"value": "2024-03-05", "source": "option"}),
    ("Hà Nội thu hút 20 dự án FDI.", None, None),
]


@pytest.mark.parametrize(("text", "given", "expected"), DATED)
def test_schema_2_keys_validate(text: str, given: str | None, expected: dict | None) -> None:
    record = vnextract.extract(text, source="x.txt", date=given).to_dict()
    jsonschema.validate(record, SCHEMA)
    assert record["schema_version"] == vnextract.SCHEMA_VERSION == "2"
    assert record["date"] == expected
    assert record["indicators"]
    for ind in record["indicators"]:
        assert "value_max" in ind and ind["value_max"] is None
        assert (ind["period"] is None) == (ind["period_text"] is None)


def test_schema_rejects_a_bad_date_source() -> None:
    record = vnextract.extract("Hà Nội thu 5 tỷ đồng.", date="2020-01-01").to_dict()
    record["date"]["source"] = "guess"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, SCHEMA)
