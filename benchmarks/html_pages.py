"""Saved news pages: the old home-made parser against trafilatura, on tests/fixtures/pages.

For each page (an .html with a .json sidecar: title, author, date, paragraphs, optional lines,
boilerplate lines) and each parser, the script reads the page and reports:

- paragraphs kept: share of the expected article paragraphs found inside an output line;
- boilerplate kept (lines): share of output lines that are neither the title, nor hold an
  expected paragraph, nor an optional line (caption, byline): the lower the better;
- listed boilerplate dropped: share of the page's known boilerplate lines (menus, related news,
  comments, footers) that appear in no output line;
- title, author, date right: exact match with the sidecar (the old parser finds no author or
  date, so it scores 0 there);
- seconds for all pages.

It prints these for all pages, then for the pages marked "unseen" (layouts written after the
parser was settled, to check that the clean-up is not fitted to the other pages).

The old parser is the 393-line module of commit c8dbcf9, loaded from git into a temporary
module. ``--cold-start`` also times ``vnextract parse`` on a .txt file with the code of that
commit (from ``git archive``) and with the working tree, alternating, in one run, and prints the
ratio of the medians (new / old).

Run from the repository root:
    python benchmarks/html_pages.py [--cold-start] [--runs 15] [--pages tests/fixtures/pages]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import types
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OLD_COMMIT = "c8dbcf9"
sys.path.insert(0, str(ROOT))


def old_parser() -> Callable[[str], tuple[str, dict]]:
    """html_to_text of the home-made parser, from git."""
    source = subprocess.run(["git", "show", f"{OLD_COMMIT}:vnextract/htmltext.py"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout
    module = types.ModuleType("old_htmltext")
    exec(compile(source, "old_htmltext.py", "exec"), module.__dict__)  # noqa: S102
    return module.html_to_text


def new_parser() -> Callable[[str], tuple[str, dict]]:
    from vnextract.htmltext import html_to_text

    return html_to_text


def _norm(s: str) -> str:
    return " ".join(s.split())


def score_page(text: str, meta: dict, want: dict) -> dict[str, float]:
    """The figures for one page's output against its sidecar."""
    lines = [_norm(x) for x in text.splitlines() if x.strip()]
    paras = [_norm(p) for p in want["paragraphs"]]
    optional = {_norm(o) for o in want["optional"]}
    title = _norm(want["title"])
    kept = sum(any(p in line for line in lines) for p in paras)
    extra = [x for x in lines
             if x != title and x not in optional and not any(p in x for p in paras)]
    listed = [_norm(b) for b in want["boilerplate"]]
    leaked = sum(any(b == x or (b in x and x in extra) for x in lines) for b in listed)
    return {
        "paragraphs": kept / len(paras),
        "extra_lines": len(extra),
        "lines": len(lines),
        "listed_dropped": 1 - leaked / len(listed) if listed else 1.0,
        "title": float(meta.get("title") == want["title"]),
        "author": float(meta.get("author") == want["author"]),
        "date": float(meta.get("date") == want["date"]),
        "extra": extra,  # type: ignore[dict-item]
    }


def run(name: str, parse: Callable[[str], tuple[str, dict]], pages: Path,
        verbose: bool) -> list[dict]:
    """One row of figures per page (with its "unseen" flag and the seconds it took)."""
    rows = []
    for page in sorted(pages.glob("*.html")):
        want = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
        html = page.read_text(encoding="utf-8")
        start = time.perf_counter()
        try:
            text, meta = parse(html)
        except Exception as exc:  # noqa: BLE001 - a failure scores zero
            text, meta = "", {"error": str(exc)}
        row = score_page(text, meta, want)
        row["seconds"] = time.perf_counter() - start
        row["unseen"] = bool(want.get("unseen"))
        rows.append(row)
        if verbose and (row["paragraphs"] < 1 or row["extra"] or row["title"] < 1
                        or row["author"] < 1 or row["date"] < 1):
            print(f"  {name} {page.stem}: paragraphs {row['paragraphs']:.2f} extra {row['extra']}"
                  f" title={meta.get('title')!r} author={meta.get('author')!r}"
                  f" date={meta.get('date')!r}", file=sys.stderr)
    return rows


def summary(rows: list[dict]) -> dict[str, float]:
    n = len(rows)
    total_lines = sum(r["lines"] for r in rows)
    return {
        "pages": n,
        "paragraphs kept": sum(r["paragraphs"] for r in rows) / n,
        "boilerplate lines kept": sum(r["extra_lines"] for r in rows) / max(total_lines, 1),
        "listed boilerplate dropped": sum(r["listed_dropped"] for r in rows) / n,
        "title right": sum(r["title"] for r in rows) / n,
        "author right": sum(r["author"] for r in rows) / n,
        "date right": sum(r["date"] for r in rows) / n,
        "seconds": sum(r["seconds"] for r in rows),
    }


def _time_parse(code: Path, txt: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import sys; sys.argv[0] = 'vnextract'; "
                    "from vnextract.cli import main; main()", "parse", str(txt), "--format",
                    "json", "-j", "1"], cwd=code, check=True, capture_output=True)
    return time.perf_counter() - start


def cold_start(runs: int) -> dict[str, float]:
    """Median wall time of ``vnextract parse`` on a .txt, old commit vs working tree."""
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp) / "old"
        old.mkdir()
        data = subprocess.run(["git", "archive", OLD_COMMIT, "vnextract"], cwd=ROOT,
                              capture_output=True, check=True).stdout
        with tarfile.open(fileobj=BytesIO(data)) as tar:
            tar.extractall(old, filter="data")
        txt = Path(tmp) / "bai.txt"
        txt.write_text("Sáng 5/4, ông Nguyễn Văn An, Chủ tịch UBND tỉnh Bắc Ninh, cho biết thu "
                       "ngân sách quý I tăng 12%.\n", encoding="utf-8")
        _time_parse(old, txt)
        _time_parse(ROOT, txt)  # warm the disk cache for both
        times: dict[str, list[float]] = {"old": [], "new": []}
        for _ in range(runs):
            times["old"].append(_time_parse(old, txt))
            times["new"].append(_time_parse(ROOT, txt))
    o, n = statistics.median(times["old"]), statistics.median(times["new"])
    return {"old median s": o, "new median s": n, "ratio new/old": n / o}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=Path, default=ROOT / "tests" / "fixtures" / "pages")
    ap.add_argument("--cold-start", action="store_true")
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("-v", "--verbose", action="store_true", help="show each page's misses")
    args = ap.parse_args()
    rows = {"old parser": run("old", old_parser(), args.pages, args.verbose),
            "trafilatura": run("new", new_parser(), args.pages, args.verbose)}
    for label, keep in (("all pages", lambda r: True),
                        ("unseen layouts only", lambda r: r["unseen"])):
        results = {k: summary([r for r in v if keep(r)]) for k, v in rows.items()}
        print(f"{label:28}{'old parser':>14}{'trafilatura':>14}")
        for k in results["old parser"]:
            a, b = results["old parser"][k], results["trafilatura"][k]
            print(f"  {k:26}{a:>14.3f}{b:>14.3f}" if k != "pages" else f"  {k:26}{a:>14}{b:>14}")
    if args.cold_start:
        for k, v in cold_start(args.runs).items():
            print(f"cold start {k:17}{v:>14.3f}")


if __name__ == "__main__":
    main()
