"""Score vnextract on the real-news gold (tests/fixtures/realnews): the tuning and blind subsets.

The gold answers live in the repository; the article texts do not: they are read from
``shared/realnews/articles`` ($VNEXTRACT_SHARED, else a ``shared`` folder beside the repository
or beside its folder of worktrees). The matching rules are those of ``shared/eval/score.py``,
rewritten in ``tests/scoring.py``.

Usage::

    python benchmarks/score_realnews.py                  # both tables
    python benchmarks/score_realnews.py --subset blind --verbose   # + every miss and spurious item
    python benchmarks/score_realnews.py --json           # the figures as JSON
    python benchmarks/score_realnews.py --ids tests/fixtures/realnews/fresh3.txt   # one list only

The blind subset (tests/fixtures/realnews/blind.txt) is for checking, not for tuning: read its
misses only to judge a change, never to write a rule for one article. Cases listed in a
``fresh*.txt`` file of tests/fixtures/realnews are held out of both tables until they are moved to
a subset; score them with ``--ids FILE``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from scoring import Result, extract_all, load_gold, score, shared_dir  # noqa: E402

REALNEWS = ROOT / "tests" / "fixtures" / "realnews"


def read_ids(path: Path) -> set[str]:
    """Case names of a list file: one a line, ``#`` starts a comment."""
    ids = {line.split("#")[0].strip() for line in path.read_text(encoding="utf-8").splitlines()}
    ids.discard("")
    return ids


def held_out() -> set[str]:
    """Cases of the ``fresh*.txt`` lists: in no subset until they are moved to one."""
    return {n for path in sorted(REALNEWS.glob("fresh*.txt")) for n in read_ids(path)}


def subsets() -> dict[str, list[str]]:
    """Case names of the tuning and blind subsets."""
    blind = read_ids(REALNEWS / "blind.txt")
    fresh = held_out() - blind
    names = sorted(p.stem for p in (REALNEWS / "gold").glob("*.json"))
    return {"tuning": [n for n in names if n not in blind and n not in fresh],
            "blind": [n for n in names if n in blind]}


def articles_dir() -> Path | None:
    shared = shared_dir(ROOT)
    path = shared / "realnews" / "articles" if shared else None
    return path if path is not None and path.is_dir() else None


def measure(articles: Path, with_dates: bool = True,
            parts: dict[str, list[str]] | None = None) -> dict[str, Result]:
    """Extract every gold article once and score each subset (``parts``, by default the tuning
    and blind subsets). ``with_dates``: give each article the day it appeared (the gold's
    ``date``) as its reference date, as the evaluation does."""
    parts = subsets() if parts is None else parts
    names = [n for ns in parts.values() for n in ns]
    gold = load_gold(REALNEWS / "gold", names)
    dates = {n: g["date"] for n, g in gold.items() if g.get("date")} if with_dates else None
    records = extract_all(articles, names, dates)
    return {part: score(load_gold(REALNEWS / "gold", names), records)
            for part, names in parts.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--subset", choices=("tuning", "blind", "all"), default="all")
    ap.add_argument("--verbose", action="store_true", help="list every miss and spurious item")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--no-dates", action="store_true",
                    help="do not give the articles their publication dates")
    ap.add_argument("--ids", type=Path, metavar="FILE",
                    help="score only the cases listed in FILE (one id a line), as one table")
    args = ap.parse_args(argv)
    articles = articles_dir()
    if articles is None:
        print("shared/realnews/articles not found (set VNEXTRACT_SHARED)", file=sys.stderr)
        return 2
    parts = None
    if args.ids is not None:
        ids = read_ids(args.ids)
        missing = sorted(n for n in ids if not (REALNEWS / "gold" / f"{n}.json").is_file())
        if missing:
            print(f"no gold for: {' '.join(missing)}", file=sys.stderr)
            return 2
        parts = {args.ids.stem: sorted(ids)}
    results = measure(articles, with_dates=not args.no_dates, parts=parts)
    if args.subset != "all" and parts is None:
        results = {args.subset: results[args.subset]}
    if args.json:
        print(json.dumps({part: {"articles": r.articles, "prf": r.prf, "accuracy": r.accuracy}
                          for part, r in results.items()}, ensure_ascii=False, indent=2))
        return 0
    for part, result in results.items():
        if args.verbose:
            print("\n".join(result.log))
        print(f"== {part}")
        print(result.table())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
