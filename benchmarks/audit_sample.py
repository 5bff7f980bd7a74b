"""The random real-news sample of the accuracy audit (docs/accuracy.md).

Draws ``SIZE`` article ids from ``../shared/realnews/articles`` with a fixed seed, prints them one
per line and, with ``--run``, runs ``vnextract parse`` on them and writes JSON Lines (one record per
article) to ``--output`` (default standard output)::

    python benchmarks/audit_sample.py                    # the ids of round 0 (seed 2026)
    python benchmarks/audit_sample.py --run -o /tmp/round0.jsonl
    python benchmarks/audit_sample.py --seed 2027 --exclude docs/audit/round0.jsonl

``--exclude FILE`` drops ids already judged in an earlier round (a JSONL file with an ``id`` field
on each line) before drawing, so the next round's sample is fresh.

Usage: python benchmarks/audit_sample.py [--seed N] [--size N] [--folder DIR] [--exclude FILE]
       [--run] [-o FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

DEFAULT_FOLDER = Path(__file__).resolve().parents[1] / ".." / ".." / "shared" / "realnews" / "articles"
FALLBACK_FOLDER = Path("/work/shared/realnews/articles")


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--folder", type=Path, default=None)
    parser.add_argument("--exclude", type=Path, default=None)
    parser.add_argument("--run", action="store_true", help="run vnextract parse on the sample")
    parser.add_argument("-o", "--output", default=None)
    args = parser.parse_args(argv)
    folder = args.folder or (DEFAULT_FOLDER if DEFAULT_FOLDER.is_dir() else FALLBACK_FOLDER)
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
    sys.exit(main())
