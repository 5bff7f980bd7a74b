"""The command line, through Click's CliRunner: formats, inputs, bad input, exit codes."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from vnextract import __version__
from vnextract.cli import main

ARTICLE = (
    "Bắc Ninh: thu ngân sách quý I/2024 tăng mạnh\n\n"
    "Sáng 5/4/2024, ông Nguyễn Văn A, Chủ tịch UBND tỉnh Bắc Ninh cho biết tổng thu ngân sách "
    "nhà nước quý I ước đạt 9.200 tỷ đồng, tăng 12% so với cùng kỳ.\n"
)


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "articles"
    d.mkdir()
    (d / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "b.txt").write_text("Hà Nội đón 1,2 triệu lượt khách.", encoding="utf-8")
    (d / "ignored.md").write_text("not an article", encoding="utf-8")
    return d


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.stdout


def test_help_lists_parse(runner: CliRunner) -> None:
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0
    assert "parse" in result.stdout


def test_one_file_gives_one_json_object(runner: CliRunner, folder: Path) -> None:
    result = runner.invoke(main, ["parse", str(folder / "a.txt")])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["schema_version"] == "1"
    assert record["source"] == str(folder / "a.txt")
    for key in ("people", "provinces", "indicators"):
        assert isinstance(record[key], list)


def test_folder_gives_json_lines_in_name_order(runner: CliRunner, folder: Path) -> None:
    result = runner.invoke(main, ["parse", str(folder), "-j", "1"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [Path(json.loads(line)["source"]).name for line in lines] == ["a.txt", "b.txt"]


def test_parallel_gives_the_same_records(runner: CliRunner, folder: Path) -> None:
    one = runner.invoke(main, ["parse", str(folder), "-j", "1", "--format", "jsonl"])
    two = runner.invoke(main, ["parse", str(folder), "-j", "2", "--format", "jsonl"])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout


def test_json_for_several_is_one_array(runner: CliRunner, folder: Path) -> None:
    result = runner.invoke(main, ["parse", str(folder), "--format", "json", "-j", "1"])
    assert result.exit_code == 0
    records = json.loads(result.stdout)
    assert isinstance(records, list) and len(records) == 2


def test_stdin(runner: CliRunner) -> None:
    result = runner.invoke(main, ["parse", "-"], input=ARTICLE.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["source"] == "-"


def test_table_format(runner: CliRunner, folder: Path) -> None:
    result = runner.invoke(main, ["parse", str(folder / "a.txt"), "--format", "table"])
    assert result.exit_code == 0
    assert "People" in result.stdout and "Indicators" in result.stdout


def test_output_file(runner: CliRunner, folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(main, ["parse", str(folder), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_underthesea_tokenizer(runner: CliRunner, folder: Path) -> None:
    result = runner.invoke(main, ["parse", str(folder / "a.txt"), "--tokenizer", "underthesea",
                                  "--tokens"])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    text = ARTICLE
    for sent in record["sentences"]:
        for tok in sent["tokens"]:
            assert text[tok["start"]:tok["end"]] == tok["text"]


BAD_INPUTS = [
    ("missing", lambda d: str(d / "nope.txt"), "no such file"),
    ("empty folder", lambda d: str(_mkdir(d / "empty")), "no .txt files"),
    ("binary", lambda d: str(_write(d / "x.txt", b"%PDF-1.7\x00\x00\x01")), "not text"),
    ("bad utf-8", lambda d: str(_write(d / "y.txt", b"abc \xc3\x28 \x81\x8d")), "not UTF-8"),
]


def _mkdir(p: Path) -> Path:
    p.mkdir()
    return p


def _write(p: Path, data: bytes) -> Path:
    p.write_bytes(data)
    return p


@pytest.mark.parametrize("name, make, message", BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_is_one_line_and_nonzero(runner: CliRunner, tmp_path: Path, name, make,
                                           message) -> None:
    result = runner.invoke(main, ["parse", make(tmp_path)])
    assert result.exit_code != 0
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]
    assert "Traceback" not in result.output


def test_bad_file_in_a_batch_becomes_an_error_record(runner: CliRunner, folder: Path) -> None:
    (folder / "c.txt").write_bytes(b"\x00\x01binary")
    result = runner.invoke(main, ["parse", str(folder), "-j", "1"])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 3
    assert "error" in records[2] and records[2]["source"].endswith("c.txt")
    assert "people" in records[0]
    assert "1 failed" in result.stderr


def test_python_dash_m(root: Path, folder: Path) -> None:
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "vnextract", "parse", str(folder / "b.txt")],
                          capture_output=True, text=True, cwd=root, check=False)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["schema_version"] == "1"


def test_closed_pipe_stops_quietly(tmp_path: Path) -> None:
    """`vnextract parse … | head`: no error line, no traceback, the SIGPIPE status."""
    import subprocess

    for n in range(40):
        (tmp_path / f"a{n:02d}.txt").write_text(
            "Năm 2024, tỉnh Nghệ An thu ngân sách đạt 20.000 tỷ đồng, tăng 10% so với cùng kỳ. "
            * 20, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "vnextract", "parse", str(tmp_path),
                             "--format", "jsonl", "-j", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8")
    assert proc.wait(timeout=120) == 141
    assert "Traceback" not in err and "error" not in err, err
