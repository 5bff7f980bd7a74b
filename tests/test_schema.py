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
