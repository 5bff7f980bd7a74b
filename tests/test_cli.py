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
    assert record["schema_version"] == "2"
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
    assert json.loads(proc.stdout)["schema_version"] == "2"


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


# -------------------------------------------------------------- JSON Lines / CSV input, --date

JSONL_LINES = [
    {"id": "a1", "date": "2024-02-10", "title": "Thu ngân sách tháng 1",
     "text": "Tháng trước, tỉnh Thái Nguyên thu ngân sách 500 tỷ đồng."},
    {"url": "https://tin.invalid/2", "text": "Quý I, tỉnh Bắc Ninh xuất khẩu đạt 2 tỷ USD."},
    {"text": "Năm nay, Hà Nội thu hút 300 dự án đầu tư."},
]


def _jsonl(path: Path, lines: list, extra: list[str] = ()) -> Path:
    body = [json.dumps(obj, ensure_ascii=False) for obj in lines] + list(extra)
    path.write_text("\n".join(body) + "\n", encoding="utf-8")
    return path


def _records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_jsonl_input_one_record_per_line(runner: CliRunner, tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "in.jsonl", JSONL_LINES)
    result = runner.invoke(main, ["parse", str(src), "-j", "1"])
    assert result.exit_code == 0, result.stderr
    recs = _records(result.stdout)
    assert [r["source"] for r in recs] == ["a1", "https://tin.invalid/2", f"{src}:3"]
    assert recs[0]["date"] == {"value": "2024-02-10", "source": "option"}
    assert recs[1]["date"] is None and recs[2]["date"] is None
    ind = recs[0]["indicators"][0]
    assert (ind["period"], ind["period_text"]) == ("2024-01", "Tháng trước")
    # no date: a period without a year is not guessed
    assert [(i["period"], i["period_text"]) for i in recs[1]["indicators"]] == [(None, None)]


def test_jsonl_date_option_fills_lines_without_a_date(runner: CliRunner, tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "in.jsonl", JSONL_LINES)
    result = runner.invoke(main, ["parse", str(src), "-j", "1", "--date", "2023-05-05"])
    assert result.exit_code == 0, result.stderr
    recs = _records(result.stdout)
    assert [r["date"]["value"] for r in recs] == ["2024-02-10", "2023-05-05", "2023-05-05"]
    assert [i["period"] for i in recs[1]["indicators"]] == ["2023-01/2023-03"]
    assert [i["period"] for i in recs[2]["indicators"]] == ["2023"]


BAD_LINES = [
    ("not json at all", "not valid JSON"),
    ("[1, 2]", "not a JSON object"),
    ('{"id": "x9"}', "no 'text' field"),
    ('{"id": "x8", "text": 5}', "no 'text' field"),
    ('{"id": "x7", "date": "tomorrow", "text": "Hà Nội"}', "bad date"),
]


@pytest.mark.parametrize(("line", "message"), BAD_LINES)
def test_jsonl_bad_line_gives_error_record_and_run_goes_on(
        runner: CliRunner, tmp_path: Path, line: str, message: str) -> None:
    src = _jsonl(tmp_path / "in.jsonl", JSONL_LINES[:1], extra=[line, json.dumps(JSONL_LINES[2])])
    result = runner.invoke(main, ["parse", str(src), "-j", "1"])
    assert result.exit_code == 1
    recs = _records(result.stdout)
    assert len(recs) == 3
    assert "error" not in recs[0] and "error" not in recs[2]
    assert message in recs[1]["error"]
    assert recs[1]["source"] in (f"{src}:2", "x9", "x8", "x7")
    assert "1 failed" in result.stderr


def test_jsonl_from_standard_input(runner: CliRunner) -> None:
    body = "\n".join(json.dumps(o, ensure_ascii=False) for o in JSONL_LINES) + "\n"
    result = runner.invoke(main, ["parse", "-", "--input-format", "jsonl", "-q"], input=body)
    assert result.exit_code == 0, result.stderr
    assert [r["source"] for r in _records(result.stdout)] == ["a1", "https://tin.invalid/2",
                                                                "<stdin>:3"]


def test_jsonl_parallel_and_resume(runner: CliRunner, tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "in.jsonl", JSONL_LINES)
    out = tmp_path / "out.jsonl"
    first = runner.invoke(main, ["parse", str(src), "-j", "2", "-o", str(out), "-q"])
    assert first.exit_code == 0, first.stderr
    assert [r["source"] for r in _records(out.read_text(encoding="utf-8"))] == [
        "a1", "https://tin.invalid/2", f"{src}:3"]
    out.write_text(out.read_text(encoding="utf-8").splitlines(keepends=True)[0], encoding="utf-8")
    again = runner.invoke(main, ["parse", str(src), "-j", "1", "-o", str(out), "--resume"])
    assert again.exit_code == 0, again.stderr
    assert "1 skipped" in again.stderr
    assert len(_records(out.read_text(encoding="utf-8"))) == 3


def test_csv_input_with_text_column(runner: CliRunner, tmp_path: Path) -> None:
    import csv

    src = tmp_path / "in.csv"
    with open(src, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "date", "body"])
        w.writerow(["c1", "2022-07-15", "Sáu tháng đầu năm, tỉnh Nghệ An thu ngân sách 9.000 tỷ "
                    "đồng,\nvượt kế hoạch."])
        w.writerow(["c2", "", "Quý trước, Đà Nẵng đón 1,2 triệu lượt khách."])
    result = runner.invoke(main, ["parse", str(src), "--text-column", "body", "-j", "1",
                                  "--date", "2022-10-03"])
    assert result.exit_code == 0, result.stderr
    recs = _records(result.stdout)
    assert [r["source"] for r in recs] == ["c1", "c2"]
    assert [i["period"] for i in recs[0]["indicators"]] == ["2022-01/2022-06"]
    assert [i["period"] for i in recs[1]["indicators"]] == ["2022-07/2022-09"]
    missing = runner.invoke(main, ["parse", str(src), "-j", "1"])
    assert missing.exit_code == 1 and "no column 'text'" in missing.stderr


def test_date_option_on_a_text_file(runner: CliRunner, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Tiêu đề\n\nNăm ngoái, tỉnh Bình Dương thu hút 3 tỷ USD vốn FDI.", encoding="utf-8")
    plain = json.loads(runner.invoke(main, ["parse", str(f)]).stdout)
    assert plain["date"] is None
    assert [i["period"] for i in plain["indicators"]] == [None]
    dated = json.loads(runner.invoke(main, ["parse", str(f), "--date", "2019-03-01"]).stdout)
    assert dated["date"] == {"value": "2019-03-01", "source": "option"}
    assert [(i["period"], i["period_text"]) for i in dated["indicators"]] == [("2018", "Năm ngoái")]


@pytest.mark.parametrize("bad", ["2019-13-01", "mai", "2019/03"])
def test_bad_date_option_is_a_usage_error(runner: CliRunner, tmp_path: Path, bad: str) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Hà Nội", encoding="utf-8")
    result = runner.invoke(main, ["parse", str(f), "--date", bad])
    assert result.exit_code == 2
    assert "--date" in result.stderr


# ------------------------------------------------------------------ issue 12: two small fixes

def test_dangling_link_inside_a_folder_gives_an_error_record(
        runner: CliRunner, folder: Path) -> None:
    (folder / "c.txt").symlink_to(folder / "missing.txt")
    result = runner.invoke(main, ["parse", str(folder), "-j", "1", "--format", "jsonl"])
    assert result.exit_code == 1
    recs = _records(result.stdout)
    assert [Path(r["source"]).name for r in recs] == ["a.txt", "b.txt", "c.txt"]
    assert "dangling symbolic link" in recs[2]["error"]
    assert "3 inputs, 2 parsed, 1 failed" in result.stderr


def test_quiet_error_lines_end_with_a_newline(runner: CliRunner, folder: Path) -> None:
    (folder / "c.txt").symlink_to(folder / "missing.txt")
    (folder / "d.txt").write_bytes(b"\x00\x01binary")
    for args in (["parse", str(folder), "-q", "-j", "1"], ["parse", str(folder / "d.txt"), "-q"]):
        result = runner.invoke(main, args)
        assert result.exit_code == 1
        assert result.stderr.endswith("\n")
        lines = result.stderr.splitlines()
        assert lines and all(line.startswith("vnextract: error: ") for line in lines)


def test_web_page_date_is_the_reference_date(runner: CliRunner, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    # the HTML reader puts the page's own publication date in meta["date"]
    import vnextract.htmltext as htmltext

    def fake(html: str) -> tuple[str, dict]:
        return "Tiêu đề\n\nQuý trước, tỉnh Long An thu hút 20 dự án FDI.", {"date": "2019-02-14"}

    monkeypatch.setattr(htmltext, "html_to_text", fake)
    page = tmp_path / "a.html"
    page.write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    rec = json.loads(runner.invoke(main, ["parse", str(page), "-j", "1"]).stdout)
    assert rec["date"] == {"value": "2019-02-14", "source": "html"}
    assert [i["period"] for i in rec["indicators"]] == ["2018-10/2018-12"]
    opt = json.loads(runner.invoke(main, ["parse", str(page), "--date", "2020-08-01"]).stdout)
    assert opt["date"]["source"] == "option"
    assert [i["period"] for i in opt["indicators"]] == ["2020-04/2020-06"]


def test_csv_from_standard_input(runner: CliRunner) -> None:
    body = "id,text\nr1,\"Năm ngoái, Hà Nội đón 20 triệu lượt khách.\"\nr2,\n"
    result = runner.invoke(main, ["parse", "-", "--input-format", "csv", "--date", "2020-02-02",
                                  "-q"], input=body)
    assert result.exit_code == 0, result.stderr
    recs = _records(result.stdout)
    assert [r["source"] for r in recs] == ["r1", "r2"]
    assert [i["period"] for i in recs[0]["indicators"]] == ["2019"]
    assert recs[1]["indicators"] == []
