"""Coverage and review sheets of the indicator concepts (vnextract.concepts.classify).

Two measures, both recorded in docs/concepts.md:

``gold``  classify the name and unit of every gold indicator of the dev set and the holdouts and
          print the share that gets a concept; ``--sample N`` writes N random assignments (seed
          ``--seed``) to a TSV for a reviewer (columns: verdict, concept, item, unit, name, file).

``tool``  the same for the indicators vnextract itself finds in those articles (its names are
          not always the gold names), with the concept the record carries.

``real``  run ``vnextract parse`` over N random articles of ../shared/realnews (seed ``--seed``),
          take the concept every extracted indicator carries in the record, print how many get a
          concept, and write ``--sample`` random assignments (nulls included) to a TSV with the
          figure's stretch of article, for a reviewer to mark right or wrong.

    python benchmarks/concept_coverage.py gold --sample 100 --out /tmp/gold_review.tsv
    python benchmarks/concept_coverage.py real --articles 100 --sample 200 --out /tmp/real.tsv

The review TSVs hold article text: keep them out of the repository.
"""

from __future__ import annotations

import argparse
import collections
import glob
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

from vnextract.concepts import classify

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent.parent / "shared" if (ROOT.parent.parent / "shared").is_dir() else Path(
    "/work/shared")
GOLD_GLOBS = [str(SHARED / "eval" / "dev" / "gold" / "*.json"),
              str(ROOT / "tests" / "fixtures" / "holdout*" / "gold" / "*.json")]


def gold_rows() -> list[dict[str, object]]:
    out = []
    for pattern in GOLD_GLOBS:
        for path in sorted(glob.glob(pattern)):
            with open(path, encoding="utf-8") as fh:
                record = json.load(fh)
            for ind in record.get("indicators", []):
                concept, item = classify(ind["indicator"], ind["unit"], ind.get("change_pct"))
                out.append({"name": ind["indicator"], "unit": ind["unit"], "concept": concept,
                            "item": item, "file": os.path.relpath(path, ROOT)})
    return out


def tool_rows() -> list[dict[str, object]]:
    """The indicators vnextract itself finds in the dev and holdout articles, classified."""
    folders = [str(SHARED / "eval" / "dev" / "articles")] + sorted(
        glob.glob(str(ROOT / "tests" / "fixtures" / "holdout*" / "articles")))
    out = []
    for record in _parse(folders):
        text = Path(record["source"]).read_text(encoding="utf-8")
        for ind in record.get("indicators", []):
            context = _sentence(text, ind.get("start") or 0, ind.get("end") or 0)
            concept, item = _assigned(ind, context)
            out.append({"name": ind["indicator"], "unit": ind["unit"], "concept": concept,
                        "item": item, "file": os.path.basename(record["source"])})
    return out


def _assigned(ind: dict, context: str) -> tuple[str | None, str | None]:
    """The concept and item the record itself carries (what vnextract outputs: classified in the
    resolve step with the document's own sentence); classified here from the name, the unit and
    an approximate sentence only when the record has no ``concept`` key."""
    if "concept" in ind:
        return ind["concept"], ind.get("item")
    return classify(ind["indicator"], ind["unit"], ind.get("change_pct"), context)


def _parse(paths: list[str]) -> list[dict]:
    exe = str(Path(sys.executable).parent / "vnextract")
    proc = subprocess.run([exe, "parse", *paths, "--format", "jsonl", "-q"],
                          capture_output=True, text=True, check=True)
    return [json.loads(line) for line in proc.stdout.splitlines()]


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    rights = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return text[left:min(rights) if rights else len(text)].strip()


def real_rows(n_articles: int, seed: int) -> list[dict[str, object]]:
    folder = SHARED / "realnews" / "articles"
    files = sorted(os.listdir(folder))
    random.Random(seed).shuffle(files)
    paths = [str(folder / f) for f in files[:n_articles]]
    out = []
    for record in _parse(paths):
        text = Path(record["source"]).read_text(encoding="utf-8")
        for ind in record.get("indicators", []):
            start, end = ind.get("start") or 0, ind.get("end") or 0
            concept, item = _assigned(ind, _sentence(text, start, end))
            snippet = re.sub(r"\s+", " ", text[max(0, start - 160):end + 60])
            out.append({"name": ind["indicator"], "unit": ind["unit"], "concept": concept,
                        "item": item, "file": os.path.basename(record["source"]),
                        "figure": ind.get("text"), "snippet": snippet})
    return out


def _report(rows: list[dict[str, object]], label: str) -> None:
    found = sum(r["concept"] is not None for r in rows)
    share = found / len(rows) if rows else 0.0
    print(f"{label}: {found}/{len(rows)} indicators get a concept ({share:.1%})")
    counts = collections.Counter(str(r["concept"]) for r in rows if r["concept"])
    print(f"  {len(counts)} concepts used; most frequent: "
          + ", ".join(f"{c} {n}" for c, n in counts.most_common(12)))


def _write_sample(rows: list[dict[str, object]], n: int, seed: int, out: str) -> None:
    sample = random.Random(seed).sample(rows, min(n, len(rows)))
    cols = ["concept", "item", "unit", "name", "file", "figure", "snippet"]
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("verdict\t" + "\t".join(cols) + "\n")
        for r in sample:
            fh.write("\t" + "\t".join(str(r.get(c, "")) for c in cols) + "\n")
    print(f"  {len(sample)} random assignments (seed {seed}) written to {out}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("mode", choices=["gold", "tool", "real"])
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--out", default="/tmp/concept_review.tsv")
    ap.add_argument("--non-null", action="store_true", help="Sample only assignments with a concept.")
    args = ap.parse_args()
    if args.mode == "gold":
        rows = gold_rows()
        _report(rows, "gold (dev + holdouts)")
    elif args.mode == "tool":
        rows = tool_rows()
        _report(rows, "found by vnextract in the dev and holdout articles")
    else:
        rows = real_rows(args.articles, args.seed)
        _report(rows, f"realnews ({args.articles} random articles, seed {args.seed})")
    if args.sample:
        pool = [r for r in rows if r["concept"]] if args.non_null else rows
        _write_sample(pool, args.sample, args.seed, args.out)


if __name__ == "__main__":
    main()
