"""Input as it really arrives: hostile files through the CLI and the library, and large inputs.

Every input gets a clear outcome — a record, or one line on standard error and a non-zero exit —
never a traceback, never a hang. Large inputs go through :mod:`vnextract.large` chunk by chunk.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner, Result

import vnextract
from vnextract import large
from vnextract.cli import main
from vnextract.io import expand_inputs, load, load_bytes, read_bytes
from vnextract.large import cut_point, extract_large, iter_chunks
from vnextract.pipeline import get_pipeline
from vnextract.text import InputError

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
SCHEMA = json.loads((resources.files("vnextract") / "schema.json").read_text(encoding="utf-8"))
ARTICLE = (ROOT / "samples" / "04_kinh-te-quy-iii.txt").read_text(encoding="utf-8")
ALL_TEXT = "\n\n".join(p.read_text(encoding="utf-8") for p in SAMPLES)


def check(record: dict[str, Any], text: str) -> None:
    """Strict JSON round trip, schema, and every offset quotes ``text``."""
    back = json.loads(json.dumps(record, ensure_ascii=False, allow_nan=False))
    assert back == record
    jsonschema.validate(back, SCHEMA)
    for key in ("people", "provinces", "places"):
        for item in back[key]:
            for m in item["mentions"]:
                assert text[m["start"]:m["end"]] == m["text"], (key, m)
    for ind in back["indicators"]:
        assert text[ind["start"]:ind["end"]] == ind["text"], ind


def encode_tcvn3(text: str) -> bytes:
    """TCVN3 (ABC) bytes, built from the shipped table (capitals it lacks written lower-case)."""
    rows = (resources.files("vnextract") / "data" / "tcvn3.tsv").read_text(encoding="utf-8")
    table = {}
    for row in rows.splitlines():
        if row and not row.startswith("#"):
            f = row.split("\t")
            if f[3] != "comb":
                table[chr(int(f[2][2:], 16))] = bytes([int(f[0], 16)])
    out = []
    for c in unicodedata.normalize("NFC", text):
        if c.isascii():
            out.append(c.encode("ascii"))
        else:
            out.append(table.get(c) or table.get(c.lower()) or b"-")
    return b"".join(out)


PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
       b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
       b"\x00\x00\x00\x00IEND\xaeB`\x82")
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n" + bytes(range(256))
CONTROLS = "".join(chr(c) for c in list(range(1, 32)) + [127] + list(range(0x80, 0xA0)))
ONE_LINE = (ALL_TEXT.replace("\n", " ") * 120)[: 2 * 1024 * 1024]
EMOJI = "".join(chr(0x1F600 + i % 80) + ("\u200d" if i % 7 == 0 else "") for i in range(10_000))
NUL_MIDDLE = ARTICLE[:800].encode() + b"\x00\x00\x00" + ARTICLE[800:].encode()


def _is_empty(r: dict[str, Any]) -> bool:
    return r["meta"].get("empty") is True and not r["people"] and not r["indicators"]


# name, file bytes, what the output must be: a check of the record, or the error text.
CASES: list[tuple[str, bytes, Callable[[dict[str, Any]], bool] | str]] = [
    ("empty", b"", _is_empty),
    ("whitespace", " \n\t\r\n \u3000\n".encode(), _is_empty),
    ("bom-only", b"\xef\xbb\xbf", _is_empty),
    ("pdf", PDF, "PDF"),
    ("png", PNG, "PNG"),
    ("utf-16", ARTICLE.encode("utf-16"),
     lambda r: r["meta"]["encoding"] == "utf-16-le" and bool(r["indicators"])),
    ("tcvn3", encode_tcvn3(ARTICLE),
     lambda r: r["meta"]["encoding"] == "tcvn3" and bool(r["provinces"])),
    ("control-chars", (CONTROLS * 200).encode(), lambda r: not r["people"]),
    ("one-2mb-line", ONE_LINE.encode(), lambda r: bool(r["provinces"]) and bool(r["indicators"])),
    ("10000-emoji", EMOJI.encode(), lambda r: not r["people"] and not r["indicators"]),
    ("nul-in-middle", NUL_MIDDLE, "NUL"),
    ("nul-after-8k", ALL_TEXT.encode()[:9000] + b"\x00x\x00" + ARTICLE.encode(),
     lambda r: bool(r["provinces"])),
]


def _no_traceback(result: Result) -> None:
    assert "Traceback" not in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception


@pytest.mark.parametrize("name,data,expect", CASES, ids=[c[0] for c in CASES])
def test_hostile_file_through_cli(tmp_path: Path, name: str, data: bytes,
                                  expect: Callable[[dict[str, Any]], bool] | str) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    result = CliRunner().invoke(main, ["parse", str(path), "--format", "json", "-j", "1"])
    _no_traceback(result)
    if isinstance(expect, str):
        assert result.exit_code == 1
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("vnextract: error: ")
        assert expect in lines[0]
    else:
        assert result.exit_code == 0, result.stderr
        record = json.loads(result.stdout)
        assert "error" not in record
        check(record, load(path).text)
        assert expect(record)


LIBRARY_CASES = [
    ("empty", ""),
    ("whitespace", " \n\t\r\n\u3000\u2028\u00a0\n"),
    ("bom-only", "\ufeff"),
    ("control-chars", CONTROLS * 50),
    ("one-100k-line", ONE_LINE[:100_000]),
    ("10000-emoji", EMOJI),
    ("nul-in-middle", ARTICLE[:800] + "\x00\x00" + ARTICLE[800:]),
    ("lone-surrogates", "Hà Nội \ud800 tăng 5% \udfff"),
    ("nfd-article", unicodedata.normalize("NFD", ARTICLE)),
    ("zero-width", "\u200b".join(ARTICLE[:1500])),
    ("bidi-controls", "\u202e" + ARTICLE[:1000] + "\u202c\u2066\u2069"),
    ("only-digits", "1.234.567,89 " * 2000),
    ("percent-storm", "tăng 5% " * 3000),
]


@pytest.mark.parametrize("name,text", LIBRARY_CASES)
def test_hostile_text_through_extract(name: str, text: str) -> None:
    record = vnextract.extract(text, source=name).to_dict()
    check(record, text)


# --------------------------------------------------------------------------- files and folders


def test_symlink_loop_inside_folder_is_skipped(tmp_path: Path) -> None:
    d = tmp_path / "articles"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "sub" / "b.txt").write_text("Hà Nội đón 1,2 triệu lượt khách.", encoding="utf-8")
    (d / "sub" / "up").symlink_to("..")  # folder loop
    (d / "self.txt").symlink_to("self.txt")  # file loop
    (d / "sub" / "ping.txt").symlink_to("pong.txt")
    (d / "sub" / "pong.txt").symlink_to("ping.txt")
    assert [Path(p).name for p in expand_inputs([str(d)], recursive=True)] == ["a.txt", "b.txt"]
    result = CliRunner().invoke(main, ["parse", str(d), "-r", "-j", "1", "--format", "jsonl"])
    _no_traceback(result)
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(r["source"]).name for r in records] == ["a.txt", "b.txt"]


def test_symlink_loop_given_by_name(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to("loop.txt")
    result = CliRunner().invoke(main, ["parse", str(loop)])
    _no_traceback(result)
    assert result.exit_code == 1
    assert "symbolic link loop" in result.stderr


def test_dangling_symlink(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "missing.txt")
    result = CliRunner().invoke(main, ["parse", str(link)])
    _no_traceback(result)
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert line.count("\n") == 0 and "dangling symbolic link" in line and "missing.txt" in line


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root can read a chmod 000 file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    path.chmod(0)
    try:
        result = CliRunner().invoke(main, ["parse", str(path)])
    finally:
        path.chmod(0o644)
    _no_traceback(result)
    assert result.exit_code == 1
    assert "permission denied" in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_folder_with_fifo_does_not_hang(tmp_path: Path) -> None:
    d = tmp_path / "articles"
    d.mkdir()
    (d / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(d / "pipe.txt")
    assert [Path(p).name for p in expand_inputs([str(d)])] == ["a.txt"]
    # in a child process, so that a regression fails the test instead of hanging the run
    proc = subprocess.run([sys.executable, "-m", "vnextract", "parse", str(d), "-r", "-j", "1",
                           "--format", "jsonl"], capture_output=True, text=True, timeout=300,
                          stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert [Path(json.loads(x)["source"]).name for x in proc.stdout.splitlines()] == ["a.txt"]


def test_deep_folders_do_not_hit_the_recursion_limit(tmp_path: Path) -> None:
    d = tmp_path
    for _ in range(300):
        d = d / "d"
    d.mkdir(parents=True)
    (d / "deep.txt").write_text("Hà Nội", encoding="utf-8")
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(200)
    try:
        found = list(expand_inputs([str(tmp_path)], recursive=True))
    finally:
        sys.setrecursionlimit(limit)
    assert [Path(p).name for p in found] == ["deep.txt"]


def test_folder_given_as_file_and_too_large() -> None:
    with pytest.raises(InputError, match="folder"):
        load(str(ROOT / "samples"))
    with pytest.raises(InputError, match="too large"):
        read_bytes(SAMPLES[0], limit=100)


def test_load_bytes_one_line_errors() -> None:
    for data in (PDF, PNG, b"ab\x00cd" * 10):
        with pytest.raises(InputError) as info:
            load_bytes(data)
        assert "\n" not in str(info.value)


# --------------------------------------------------------------------------- large inputs


@pytest.fixture(scope="module")
def pipe() -> Any:
    return get_pipeline("pyvi")


def test_cut_point_prefers_paragraphs_then_lines_then_sentences() -> None:
    assert cut_point("aaaaaaa\n\nbbb\ncc", 14) == 9
    assert cut_point("aaaa\n\nbbbb\ncc", 12) == 11  # a blank line counts in the second half only
    assert cut_point("aaaa bbbb\ncc dd", 12) == 10
    assert cut_point("Một hai ba bốn. Năm sáu bảy tám", 20) == 16
    assert cut_point("aaaaaa bbbbbbbbbbbbb", 12) == 7
    assert cut_point("x" * 30, 10) == 10
    assert cut_point("xxxxxxxxxa\u0301xx", 10) == 9  # a stays with its combining accent
    assert cut_point("short", 10) == 5


@pytest.mark.parametrize("size", [1, 7, 100, 5000])
def test_chunks_cover_the_text_exactly(size: int) -> None:
    pieces = [ALL_TEXT[i:i + 997] for i in range(0, len(ALL_TEXT), 997)]
    got = list(iter_chunks(pieces, size))
    assert "".join(c for _, c in got) == ALL_TEXT
    assert all(ALL_TEXT[o:o + len(c)] == c for o, c in got)
    assert all(0 < len(c) <= size for _, c in got)
    assert list(iter_chunks([], 10)) == [(0, "")]


def test_one_chunk_is_the_plain_record(pipe: Any) -> None:
    for path in SAMPLES:
        text = path.read_text(encoding="utf-8")
        record = extract_large(text, pipe, source="x")
        assert record.pop("meta") == {"chunks": 1}
        assert record == vnextract.extract(text, source="x").to_dict()


@pytest.mark.parametrize("chunk", [40, 700, 3000])
def test_small_chunks_keep_offsets_and_merge(pipe: Any, chunk: int) -> None:
    record = extract_large(ALL_TEXT, pipe, chunk_chars=chunk, source="all")
    check(record, ALL_TEXT)
    assert record["meta"]["chunks"] >= len(ALL_TEXT) // chunk
    names = [p["name"] for p in record["people"]]
    assert len(names) == len(set(names))
    provinces = [p["name"] for p in record["provinces"]]
    assert len(provinces) == len(set(provinces))
    counts = {p["name"]: len(p["mentions"]) for p in record["provinces"]}
    assert record["focus_province"] == max(counts, key=lambda k: counts[k])


def test_repeated_article_merges_people_and_provinces(pipe: Any) -> None:
    text = (ARTICLE + "\n\n") * 5
    one = vnextract.extract(ARTICLE).to_dict()
    record = extract_large(text, pipe, chunk_chars=len(ARTICLE) + 2)
    assert record["meta"]["chunks"] == 5
    check(record, text)
    for p in one["provinces"]:
        merged = next(q for q in record["provinces"] if q["name"] == p["name"])
        assert len(merged["mentions"]) == 5 * len(p["mentions"])
    for p in one["people"]:
        merged = next(q for q in record["people"] if q["name"] == p["name"])
        assert merged["titles"] == p["titles"]
        assert len(merged["mentions"]) == 5 * len(p["mentions"])
    # a figure repeated word for word is one figure, as when the text is read whole
    whole = vnextract.extract(text).to_dict()
    assert len(record["indicators"]) == len(whole["indicators"]) == len(one["indicators"])


def test_lazy_record_streams_the_same_json(pipe: Any, tmp_path: Path) -> None:
    from vnextract.large import LazyList, is_lazy, materialize
    from vnextract.output import JsonlWriter, JsonWriter, LineSink, WholeFile

    text = ALL_TEXT * 3
    plain = extract_large(text, pipe, chunk_chars=1500)
    lazy = extract_large(text, pipe, chunk_chars=1500, lazy=True)
    assert is_lazy(lazy) and not is_lazy(plain)
    assert isinstance(lazy["indicators"], LazyList) and len(lazy["indicators"]) > 0
    assert materialize(lazy) == plain
    assert lazy["indicators"][0] == plain["indicators"][0]
    import pickle
    assert pickle.loads(pickle.dumps(lazy)) == plain
    out = tmp_path / "one.json"
    w = JsonWriter(WholeFile(str(out)), many=False)
    w.write(lazy)
    w.close()
    assert json.loads(out.read_text(encoding="utf-8")) == plain
    out = tmp_path / "many.jsonl"
    sink = LineSink(str(out))
    jw = JsonlWriter(sink)
    jw.write(lazy)
    jw.write(lazy)
    jw.close()
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [plain, plain]


def test_tokens_shift_too(pipe: Any) -> None:
    record = extract_large(ALL_TEXT, pipe, chunk_chars=1500, with_tokens=True)
    assert record["sentences"]
    for s in record["sentences"]:
        for t in s["tokens"]:
            assert ALL_TEXT[t["start"]:t["end"]] == t["text"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-32",
                                      "tcvn3"])
def test_large_file_is_read_in_pieces(tmp_path: Path, pipe: Any,
                                      monkeypatch: pytest.MonkeyPatch, encoding: str) -> None:
    monkeypatch.setattr(large, "BLOCK_BYTES", 4096)
    monkeypatch.setattr(large, "_DETECT_BYTES", 2048)
    text = ALL_TEXT
    data = encode_tcvn3(text) if encoding == "tcvn3" else text.encode(encoding)
    path = tmp_path / "big.txt"
    path.write_bytes(data)
    whole = load(path)
    record = extract_large(path, pipe, chunk_chars=3000)
    assert record["source"] == str(path)
    assert record["meta"].get("encoding") == whole.meta.get("encoding")
    check(record, whole.text)
    assert record["provinces"]


def test_large_file_errors(tmp_path: Path, pipe: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(large, "BLOCK_BYTES", 4096)
    path = tmp_path / "bad.txt"
    path.write_bytes(PDF)
    with pytest.raises(InputError, match="PDF"):
        extract_large(path, pipe)
    path.write_bytes(ALL_TEXT.encode()[:6000] + b"\xff\xfe" + ALL_TEXT.encode())
    with pytest.raises(InputError, match=r"not valid UTF-8 at byte \d+$"):
        extract_large(path, pipe)
    with pytest.raises(InputError, match="no such file"):
        extract_large(tmp_path / "missing.txt", pipe)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"\xef\xbb\xbf \n")
    record = extract_large(empty, pipe)
    assert record["meta"] == {"encoding": "utf-8-sig", "empty": True, "chunks": 1}
    assert record["meta"] == {**load(empty).meta, "chunks": 1}


def test_large_file_in_a_parallel_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With several workers a large file is read in the parent, streamed, in input order."""
    from vnextract import batch, io
    from vnextract.large import is_lazy, materialize

    monkeypatch.setattr(io, "LARGE_BYTES", 3000)
    names = []
    for n, text in enumerate([ARTICLE[:1500], ALL_TEXT, ARTICLE[:1200]]):
        p = tmp_path / f"a{n}.txt"
        p.write_text(text, encoding="utf-8")
        names.append(str(p))
    assert len(ALL_TEXT.encode("utf-8")) > 3000
    records = list(batch.run(names, tokenizer="pyvi", jobs=2))
    assert [r["source"] for r in records] == names
    big = records[1]
    assert is_lazy(big) and big["meta"]["chunks"] >= 1
    plain = materialize(big)
    check(plain, ALL_TEXT)
    assert not is_lazy(records[0]) and "chunks" not in records[0].get("meta", {})
