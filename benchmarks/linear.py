"""Does extraction time grow linearly with the size of one long line? (issue 12)

The input is one repeated clause on a single line, ``"Thái Nguyên tăng 6% " * n``: no sentence
end, no paragraph break, the worst case for anything that looks back over the sentence or the
paragraph for every figure. Each size runs in its own child process (a fresh interpreter, models
loaded before the clock starts), through one of two paths:

- ``api``: ``vnextract.extract(text)`` on the whole text (no chunking);
- ``cli``: ``vnextract parse FILE`` on the text written to a file (files over 1 MB go through
  :mod:`vnextract.large`, in chunks).

It prints a table: size, wall seconds, CPU seconds of the child, peak RSS of the child (MB), CPU
seconds per MB. On a shared machine the CPU column is the one to compare; a linear run has a
flat last column. Nothing here is a test: timings never go into the test suite.

Usage::

    python benchmarks/linear.py [--path api|cli|both] [--repeats 10000,20000,50000,100000]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile

CLAUSE = "Thái Nguyên tăng 6% "

_CHILD_API = r"""
import json, resource, sys, time
import vnextract
n = int(sys.argv[1])
text = sys.argv[2] * n
vnextract.extract("Hà Nội tăng 5%.")  # models load before the clock starts
t, c = time.perf_counter(), time.process_time()
doc = vnextract.extract(text)
wall, cpu = time.perf_counter() - t, time.process_time() - c
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"wall": wall, "cpu": cpu, "peak_mb": peak, "indicators": len(doc.indicators)}))
"""


def run_api(n: int) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", _CHILD_API, str(n), CLAUSE], capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


_CHILD_CLI = r"""
import resource, subprocess, sys, time
t = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
wall = time.perf_counter() - t
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(wall, r.ru_utime + r.ru_stime, r.ru_maxrss / 1024)
"""


def run_cli(n: int) -> dict[str, float]:
    """The command line in a child of a fresh process, so that its peak RSS is its own."""
    exe = os.path.join(os.path.dirname(sys.executable), "vnextract")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "long.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(CLAUSE * n)
        out = subprocess.run([sys.executable, "-c", _CHILD_CLI, exe, "parse", path, "--format",
                              "jsonl", "-q"], capture_output=True, text=True, check=True)
    wall, cpu, peak = (float(x) for x in out.stdout.split())
    return {"wall": wall, "cpu": cpu, "peak_mb": peak, "indicators": -1}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--path", choices=("api", "cli", "both"), default="both")
    ap.add_argument("--repeats", default="10000,20000,50000,100000",
                    help="comma-separated repeat counts of the clause (10000 ≈ 200 KB)")
    args = ap.parse_args(argv)
    sizes = [int(x) for x in args.repeats.split(",") if x]
    paths = ("api", "cli") if args.path == "both" else (args.path,)
    print(f"input: {CLAUSE!r} * n, one line; python {sys.version.split()[0]}")
    print(f"{'path':<5} {'n':>7} {'MB':>6} {'wall s':>8} {'cpu s':>8} {'peak MB':>8} "
          f"{'cpu s/MB':>9}")
    for path in paths:
        for n in sizes:
            mb = len((CLAUSE * n).encode("utf-8")) / 1e6
            r = run_api(n) if path == "api" else run_cli(n)
            print(f"{path:<5} {n:>7} {mb:>6.2f} {r['wall']:>8.2f} {r['cpu']:>8.2f} "
                  f"{r['peak_mb']:>8.0f} {r['cpu'] / mb:>9.2f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
