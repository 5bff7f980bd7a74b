"""Fuzz target: bytes through the whole path, checking the output contract on every input.

decode (``vnextract.io.load_bytes``: BOMs, UTF-8/16/32, legacy Vietnamese encodings, binary
detection) -> HTML extraction or plain text -> pipeline -> ``to_dict`` -> JSON round trip ->
JSON Schema -> every offset slices the text. Every eighth input also goes through
``vnextract.large.extract_large`` with a tiny chunk size, so the chunk cutting, offset shifting
and record merging are fuzzed too.

The first byte of an input picks the mode (HTML or not, a forced encoding, the large path);
the rest is the file. An ``InputError`` (binary data, undecodable text) is a correct outcome;
anything else that escapes is a bug.

    .venv/bin/python fuzz/fuzz_extract.py CORPUS_DIR -max_total_time=900   # atheris/libFuzzer
    .venv/bin/python fuzz/fuzz_extract.py --hypothesis --seconds 900       # without atheris
    .venv/bin/python fuzz/fuzz_extract.py --replay FILE...                 # re-run crash files

See fuzz/README.md.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import sys
import time
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ENCODINGS = (None, None, None, None, None, "tcvn3", "vni", "windows-1258")

MODULES = (
    "vnextract.text", "vnextract.encodings", "vnextract.htmltext", "vnextract.io",
    "vnextract.tokenize", "vnextract.components.numbers", "vnextract.components.period_rules",
    "vnextract.components.provinces", "vnextract.components.places", "vnextract.components.titles",
    "vnextract.components.names", "vnextract.components.credits", "vnextract.components.cued_names",
    "vnextract.resolve.people",
    "vnextract.components.indicators", "vnextract.large",
)

_STATE: dict[str, Any] = {}


def _setup() -> None:
    if _STATE:
        return
    import jsonschema

    from vnextract.pipeline import get_pipeline

    schema = json.loads((files("vnextract") / "schema.json").read_text(encoding="utf-8"))
    _STATE["validator"] = jsonschema.Draft202012Validator(schema)
    _STATE["pipe"] = get_pipeline("pyvi")


def check_offsets(record: dict[str, Any], text: str) -> None:
    """Every mention and indicator quotes ``text`` exactly at its offsets."""
    n = len(text)
    for key in ("people", "provinces", "places"):
        for item in record.get(key, []):
            for m in item["mentions"]:
                assert 0 <= m["start"] <= m["end"] <= n, (key, m, n)
                assert text[m["start"]:m["end"]] == m["text"], (key, m, text[m["start"]:m["end"]])
    for ind in record.get("indicators", []):
        assert 0 <= ind["start"] <= ind["end"] <= n, ("indicator", ind, n)
        assert text[ind["start"]:ind["end"]] == ind["text"], ("indicator", ind)
        assert isinstance(ind["value"], (int, float)) and math.isfinite(ind["value"]), ind


def check_record(record: dict[str, Any], text: str) -> None:
    """JSON round trip (strict JSON: no NaN/Infinity), schema, offsets."""
    dumped = json.dumps(record, ensure_ascii=False, allow_nan=False)
    back = json.loads(dumped)
    assert back == record, "JSON round trip changed the record"
    _STATE["validator"].validate(back)
    check_offsets(back, text)


def _has_large() -> bool:
    try:
        import vnextract.large  # noqa: F401
    except ImportError:
        return False
    return True


def one_input(data: bytes) -> None:
    _setup()
    from vnextract.io import load_bytes
    from vnextract.text import InputError

    mode = data[0] if data else 0
    payload = data[1:]
    html: bool | None = True if mode & 1 else None
    encoding = ENCODINGS[(mode >> 1) & 7]
    large = (mode >> 4) & 7 == 7
    try:
        loaded = load_bytes(payload, encoding=encoding, html=html, name="fuzz.txt")
    except InputError as exc:
        assert "\n" not in str(exc), "an InputError message must be one line"
        return
    text = loaded.text
    if large and _has_large():
        from vnextract.large import extract_large

        chunk = 16 + (mode >> 7) * 48
        record = extract_large(text, _STATE["pipe"], chunk_chars=chunk, source="fuzz.txt")
    else:
        doc = _STATE["pipe"](text, source="fuzz.txt")
        doc.meta.update(loaded.meta)
        record = doc.to_dict()
    check_record(record, text)


def _seeds() -> list[bytes]:
    paths = sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
    paths += sorted((ROOT / "tests" / "fixtures" / "holdout" / "articles").glob("*.txt"))
    out = []
    for i, p in enumerate(paths):
        data = p.read_bytes()
        out.append(bytes([0]) + data)
        out.append(bytes([0x70 + (i % 2) * 0x80]) + data[:3000])  # the large path
    out.append(b"\x01<html><body><article><h1>T\xe1\xbb\x89nh</h1><p>x</p></article></body></html>")
    return out


def write_seed_corpus(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i, data in enumerate(_seeds()):
        (folder / f"seed{i:03d}").write_bytes(data)


def run_atheris(argv: list[str]) -> None:
    import atheris

    with atheris.instrument_imports(include=["vnextract"]):
        for name in MODULES:
            try:
                importlib.import_module(name)
            except ImportError:  # vnextract.large in a tree that does not have it yet
                pass
    _setup()
    for a in argv[1:]:
        if not a.startswith("-") and Path(a).is_dir() and not any(Path(a).iterdir()):
            write_seed_corpus(Path(a))
    atheris.Setup(argv, one_input)
    atheris.Fuzz()


def run_hypothesis(seconds: float) -> None:
    """A long run without atheris: random bytes and mutated real articles, until ``seconds``."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    _setup()
    seeds = _seeds()
    end = time.monotonic() + seconds

    @st.composite
    def mutated(draw: Callable[..., Any]) -> bytes:
        data = bytearray(draw(st.sampled_from(seeds)))
        for _ in range(draw(st.integers(0, 12))):
            pos = draw(st.integers(0, len(data)))
            op = draw(st.integers(0, 2))
            if op == 0:
                data[pos:pos] = draw(st.binary(max_size=8))
            elif op == 1:
                data[pos:pos + draw(st.integers(1, 64))] = b""
            else:
                data[pos:pos] = draw(st.text(max_size=6)).encode("utf-8", "surrogatepass")
        data[:1] = bytes([draw(st.integers(0, 255))])
        return bytes(data)

    runs = 0

    @settings(max_examples=500, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(st.one_of(mutated(), st.binary(max_size=4096)))
    def driver(data: bytes) -> None:
        nonlocal runs
        if time.monotonic() > end:
            return
        runs += 1
        one_input(data)

    try:
        while time.monotonic() < end:  # batches of 500, each with fresh random inputs
            driver()
    finally:
        print(f"hypothesis driver: {runs} inputs", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--hypothesis", action="store_true")
    parser.add_argument("--seconds", type=float, default=900.0)
    parser.add_argument("--replay", nargs="+", default=None)
    parser.add_argument("--write-seeds", default=None)
    args, rest = parser.parse_known_args()
    if args.write_seeds:
        write_seed_corpus(Path(args.write_seeds))
    elif args.replay:
        for name in args.replay:
            print(name, file=sys.stderr)
            one_input(Path(name).read_bytes())
    elif args.hypothesis:
        run_hypothesis(args.seconds)
    else:
        run_atheris([sys.argv[0], *rest])


if __name__ == "__main__":
    main()
