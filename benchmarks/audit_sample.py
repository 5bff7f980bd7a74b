"""The random real-news sample of the accuracy audit (docs/accuracy.md).

Draws ``SIZE`` article ids from ``../shared/realnews/articles`` with a fixed seed, prints them one
per line and, with ``--run``, runs ``vnextract parse`` on them and writes JSON Lines (one record per
article) to ``--output`` (default standard output)::

    python benchmarks/audit_sample.py                    # the ids of round 0 (seed 2026)
    python benchmarks/audit_sample.py --run -o /tmp/round0.jsonl
    python benchmarks/audit_sample.py --seed 2027 --exclude docs/audit/round0.jsonl

``--exclude FILE`` drops ids already judged in an earlier round (a JSONL file with an ``id`` field
on each line) before drawing, so the next round's sample is fresh.

``--tally FILE`` reads a round's judgements (``docs/audit/roundN.jsonl``: per article the counts
found / right / wrong / missed per kind and the failure tags) and prints the tables of
``docs/accuracy.md`` (precision and recall per kind, people per section, failure classes)::

    python benchmarks/audit_sample.py --tally docs/audit/round0.jsonl

``--compare OLD`` with ``--tally NEW`` prints two rounds side by side (precision, recall and F1 per
kind, people recall per section); from round 1 on, each judgement also lists the names of missed and
wrong people (``missed_people``, ``wrong_people``) so later rounds can re-score them::

    python benchmarks/audit_sample.py --tally docs/audit/round1.jsonl --compare docs/audit/round0.jsonl

Usage: python benchmarks/audit_sample.py [--seed N] [--size N] [--folder DIR] [--exclude FILE]
       [--run] [-o FILE] [--tally FILE] [--compare FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# ../shared next to the repository (a checkout), or two levels up (a worktree under wt/)
FOLDERS = [ROOT.parent / "shared" / "realnews" / "articles",
           ROOT.parent.parent / "shared" / "realnews" / "articles"]


def sample_ids(folder: Path, seed: int, size: int, exclude: set[str]) -> list[str]:
    """The sample: ``random.Random(seed).sample`` over the sorted file names not excluded."""
    files = sorted(p.name for p in folder.glob("*.txt") if p.stem not in exclude)
    return [name[:-4] for name in random.Random(seed).sample(files, size)]


def excluded_ids(path: Path | None) -> set[str]:
    """Ids judged in an earlier round (the ``id`` field of each JSONL line)."""
    if path is None:
        return set()
    lines = path.read_text(encoding="utf-8").splitlines()
    return {str(json.loads(line)["id"]) for line in lines if line.strip()}


def run_tool(folder: Path, ids: list[str], output: str | None) -> int:
    """``vnextract parse`` on the sample, JSONL to ``output`` (or standard output)."""
    exe = Path(sys.executable).with_name("vnextract")
    command = [str(exe) if exe.exists() else "vnextract", "parse", "--format", "jsonl", "-q"]
    command += [str(folder / f"{i}.txt") for i in ids]
    if output:
        command += ["-o", output]
    return subprocess.run(command, check=False).returncode


KINDS = ("people", "titles", "provinces", "indicators")


def _prf(right: int, found: int, missed: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from right, found and missed counts."""
    precision = right / found if found else 1.0
    recall = right / (right + missed) if right + missed else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _sum(records: list[dict], kind: str, field: str) -> int:
    return sum(int(r[kind][field]) for r in records)


def kind_table(records: list[dict]) -> list[str]:
    """Markdown rows: found, right, wrong, missed, precision, recall, F1 per kind."""
    rows = ["| kind | found | right | wrong | missed | precision | recall | F1 |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for kind in KINDS:
        right, found, missed = (_sum(records, kind, f) for f in ("right", "found", "missed"))
        p, r, f = _prf(right, found, missed)
        rows.append(f"| {kind} | {found} | {right} | {found - right} | {missed} "
                    f"| {p:.2f} | {r:.2f} | {f:.2f} |")
    right = _sum(records, "indicators", "right")
    for field in ("name_ok", "period_ok", "province_ok"):
        ok = _sum(records, "indicators", field)
        share = ok / right if right else 0.0
        rows.append(f"| indicator {field[:-3]} right (of {right} figures found) | | {ok} | | "
                    f"| {share:.2f} | | |")
    return rows


def section_table(records: list[dict]) -> list[str]:
    """Markdown rows: people found, right, wrong, missed per section."""
    rows = ["| section | articles | people found | right | wrong | missed | precision | recall |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    sections = sorted({r["section"] for r in records},
                      key=lambda s: -sum(1 for r in records if r["section"] == s))
    for section in [*sections, "all"]:
        part = [r for r in records if section in ("all", r["section"])]
        right, found, missed = (_sum(part, "people", f) for f in ("right", "found", "missed"))
        p, r, _ = _prf(right, found, missed)
        rows.append(f"| {section} | {len(part)} | {found} | {right} | {found - right} "
                    f"| {missed} | {p:.2f} | {r:.2f} |")
    return rows


def class_table(records: list[dict]) -> list[str]:
    """Markdown rows: failure classes ranked by items affected, with articles and two ids."""
    items: dict[str, int] = {}
    articles: dict[str, list[str]] = {}
    for record in records:
        for failure in record.get("failures", []):
            name = failure["class"]
            items[name] = items.get(name, 0) + int(failure.get("n", 1))
            ids = articles.setdefault(name, [])
            if record["id"] not in ids:
                ids.append(record["id"])
    rows = ["| rank | class | items | articles | e.g. |", "| ---: | --- | ---: | ---: | --- |"]
    ranked = sorted(items, key=lambda c: (-items[c], -len(articles[c]), c))
    for rank, name in enumerate(ranked, 1):
        rows.append(f"| {rank} | {name} | {items[name]} | {len(articles[name])} "
                    f"| {', '.join(articles[name][:2])} |")
    return rows


def load(path: Path) -> list[dict]:
    """A round's judgements, one record per JSONL line."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def compare_table(old: list[dict], new: list[dict]) -> list[str]:
    """Markdown rows: precision / recall / F1 per kind and people recall per section, old -> new."""
    rows = ["| kind or section | old P | new P | old R | new R | old F1 | new F1 |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]

    def prf(records: list[dict], kind: str) -> tuple[float, float, float]:
        return _prf(*(_sum(records, kind, f) for f in ("right", "found", "missed")))

    for kind in KINDS:
        (p0, r0, f0), (p1, r1, f1) = prf(old, kind), prf(new, kind)
        rows.append(f"| {kind} | {p0:.2f} | {p1:.2f} | {r0:.2f} | {r1:.2f} | {f0:.2f} | {f1:.2f} |")
    sections = sorted({r["section"] for r in old} | {r["section"] for r in new})
    for section in sections:
        parts = [[r for r in rs if r["section"] == section] for rs in (old, new)]
        cells = [f"{v:.2f}" if part else "—" for part in parts for v in prf(part, "people")]
        p0, r0, f0, p1, r1, f1 = cells
        sizes = "/".join(str(len(part)) for part in parts)
        rows.append(f"| people, {section} ({sizes} articles) | {p0} | {p1} | {r0} | {r1} "
                    f"| {f0} | {f1} |")
    return rows


def tally(path: Path, compare: Path | None = None) -> int:
    """Print the tables of docs/accuracy.md from a round's judgements."""
    records = load(path)
    for title, rows in (("Precision and recall per kind", kind_table(records)),
                        ("People per section", section_table(records)),
                        ("Failure classes", class_table(records))):
        print(f"### {title}\n")
        print("\n".join(rows) + "\n")
    if compare:
        print("### Compared with the earlier round\n")
        print("\n".join(compare_table(load(compare), records)) + "\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--folder", type=Path, default=None)
    parser.add_argument("--exclude", type=Path, default=None)
    parser.add_argument("--run", action="store_true", help="run vnextract parse on the sample")
    parser.add_argument("-o", "--output", default=None)
    parser.add_argument("--tally", type=Path, default=None, help="print the tables of a round")
    parser.add_argument("--compare", type=Path, default=None,
                        help="with --tally: an earlier round to compare with")
    args = parser.parse_args(argv)
    if args.tally:
        return tally(args.tally, args.compare)
    folder = args.folder or next((f for f in FOLDERS if f.is_dir()), FOLDERS[0])
    if not folder.is_dir():
        print(f"no article folder at {folder}", file=sys.stderr)
        return 2
    ids = sample_ids(folder, args.seed, args.size, excluded_ids(args.exclude))
    if not args.run:
        print("\n".join(ids))
        return 0
    print(f"seed {args.seed}, {len(ids)} articles: {' '.join(ids)}", file=sys.stderr)
    return run_tool(folder, ids, args.output)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # e.g. piped into head: stop quietly
        sys.stderr.close()
        sys.exit(141)
