"""Speed of vnextract against underthesea.ner, on the same articles, in the same run.

What it measures (see benchmarks/README.md for figures):

1. Throughput, in this process, after a warm-up for each side (one article, or with ``--warmup N``
   the N input files after the timed ones, so that one-time work — data files read, patterns
   compiled, models loaded — is not counted in a steady-state rate; the warm-up texts are not
   among the timed ones):
   - vnextract: ``vnextract.extract(text).to_dict()`` on every text (front-end, provinces,
     people, indicators, JSON record);
   - underthesea.ner by sentence: ``underthesea.sent_tokenize(text)`` then ``ner(sentence)`` for
     each sentence (the fast way to use it);
   - underthesea.ner on whole texts: ``ner(text)`` on the first ``--ner-whole`` texts (its CRF
     features grow faster than linearly with the length of the input, so it is slow on articles).
   It prints articles/s, characters/s and the ratio vnextract / underthesea.
2. Peak RSS (VmHWM) of each side, each in its own child process doing the same work, so their
   memory does not mix.
3. With ``--cli``: the real command line, ``vnextract parse DIR --format jsonl -j N -q``, for
   N = 1 and 2 on a generated folder of ``--cli-articles`` articles (made in a temporary folder by
   reordering the paragraphs of the input articles, deleted afterwards), with the peak RSS of the
   largest process; and the cold start of ``vnextract parse`` on one short article (a new process,
   median of 5), with the cache of derived province data in place and without it.

Usage::

    python benchmarks/speed.py [FOLDER_OR_FILE ...] [--min-articles 50] [--cli] [--check-pyvi]

Default input: samples/, seeds/ and tests/fixtures/holdout/articles/, repeated to at least
``--min-articles`` texts. Nothing here is a test: timings never go into the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUTS = [ROOT / "samples", ROOT / "seeds", ROOT / "tests/fixtures/holdout/articles"]


# ------------------------------------------------------------------------------------------
# inputs


def find_files(inputs: list[Path]) -> list[Path]:
    files: list[Path] = []
    for item in inputs:
        if item.is_dir():
            files.extend(sorted(item.glob("*.txt")))
        elif item.is_file():
            files.append(item)
        else:
            sys.exit(f"speed.py: {item}: no such file or folder")
    if not files:
        sys.exit("speed.py: no .txt files in the input")
    return files


def load_texts(files: list[Path], minimum: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8-sig") for p in files]
    out = list(texts)
    while len(out) < minimum:
        out.extend(texts)
    return out


def variant(text: str, k: int) -> str:
    """The article with its paragraphs after the first (the title) rotated by ``k``."""
    paras = [p for p in text.split("\n") if p.strip()]
    if len(paras) < 3 or k == 0:
        return text
    head, body = paras[0], paras[1:]
    k %= len(body)
    return "\n".join([head, *body[k:], *body[:k]]) + "\n"


def make_corpus(texts: list[str], n: int, folder: Path) -> None:
    unique = list(dict.fromkeys(texts))
    for i in range(n):
        base = unique[i % len(unique)]
        (folder / f"a{i:05d}.txt").write_text(variant(base, i // len(unique)), encoding="utf-8")


# ------------------------------------------------------------------------------------------
# the two workloads


def vnextract_runner() -> Callable[[str], object]:
    import vnextract

    def run(text: str) -> object:
        return vnextract.extract(text).to_dict()

    return run


def ner_sentences_runner() -> Callable[[str], object]:
    from underthesea import ner, sent_tokenize

    def run(text: str) -> object:
        return [ner(s) for s in sent_tokenize(text)]

    return run


def ner_whole_runner() -> Callable[[str], object]:
    from underthesea import ner

    return ner


RUNNERS: dict[str, Callable[[], Callable[[str], object]]] = {
    "vnextract": vnextract_runner,
    "ner-sentences": ner_sentences_runner,
    "ner-whole": ner_whole_runner,
}


def timed(run: Callable[[str], object], texts: list[str],
          warmup: list[str] | None = None) -> dict[str, float]:
    for text in warmup or texts[:1]:  # warm-up: models load, patterns compile, data files load
        run(text)
    c0, t0 = time.process_time(), time.perf_counter()
    for text in texts:
        run(text)
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0
    chars = sum(len(t) for t in texts)
    return {"articles": len(texts), "chars": chars, "seconds": seconds, "cpu": cpu,
            "art_s": len(texts) / seconds, "chars_s": chars / seconds}


def peak_rss_kb() -> int:
    """This process's peak resident set size in KB (VmHWM; ru_maxrss where /proc is absent)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss // 1024 if sys.platform == "darwin" else rss


def child_main(kind: str, list_file: str) -> None:
    """Run one workload over the texts named in ``list_file`` and print its peak RSS as JSON."""
    files = [Path(p) for p in Path(list_file).read_text(encoding="utf-8").splitlines() if p]
    texts = [p.read_text(encoding="utf-8-sig") for p in files]
    run = RUNNERS[kind]()
    for text in texts:
        run(text)
    print(json.dumps({"kind": kind, "peak_rss_kb": peak_rss_kb()}))


def rss_in_child(kind: str, texts: list[str], tmp: Path) -> int | None:
    folder = tmp / f"rss-{kind}"
    folder.mkdir()
    paths = []
    for i, text in enumerate(texts):
        p = folder / f"{i:05d}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(str(p))
    listing = tmp / f"rss-{kind}.list"
    listing.write_text("\n".join(paths), encoding="utf-8")
    proc = subprocess.run([sys.executable, __file__, "--_child", kind, str(listing)],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        print(f"  ({kind} child failed: {proc.stderr.strip().splitlines()[-1:]})", file=sys.stderr)
        return None
    return int(json.loads(proc.stdout.strip().splitlines()[-1])["peak_rss_kb"])


# ------------------------------------------------------------------------------------------
# the command line


# A wrapper process runs the command, so that RUSAGE_CHILDREN covers this command only: its
# ru_maxrss is the peak RSS of the largest process of the tree (the main process or a worker).
_WRAPPER = """
import resource, subprocess, sys, time
t0 = time.perf_counter()
rc = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
wall = time.perf_counter() - t0
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print(wall, ru.ru_maxrss, rc, ru.ru_utime + ru.ru_stime)
"""


def run_measured(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, int, float]:
    """Wall seconds, peak RSS (KB) of the largest process, CPU seconds of the whole tree."""
    out = subprocess.run([sys.executable, "-c", _WRAPPER, *cmd], capture_output=True, text=True,
                         env=env, check=True).stdout.split()
    wall, rss, rc, cpu = float(out[0]), int(out[1]), int(out[2]), float(out[3])
    if rc != 0:
        sys.exit(f"speed.py: {' '.join(cmd)} exited with {rc}")
    return wall, rss // 1024 if sys.platform == "darwin" else rss, cpu


def vnextract_command() -> list[str]:
    exe = Path(sys.executable).parent / "vnextract"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "vnextract"]


def cli_benchmark(texts: list[str], n_articles: int, tmp: Path) -> None:
    folder = tmp / "corpus"
    folder.mkdir()
    make_corpus(texts, n_articles, folder)
    chars = sum(len(p.read_text(encoding="utf-8")) for p in folder.glob("*.txt"))
    cmd = vnextract_command()
    print(f"\nvnextract parse DIR --format jsonl -j N -q > /dev/null, {n_articles} articles, "
          f"{chars:,} characters (generated)")
    print(f"{'':8} {'wall s':>8} {'cpu s':>8} {'articles/s':>11} {'chars/s':>11} "
          f"{'peak RSS MB':>12}")
    walls: dict[int, float] = {}
    for jobs in (1, 2):
        wall, rss, cpu = run_measured([*cmd, "parse", str(folder), "--format", "jsonl",
                                       "-j", str(jobs), "-q"])
        walls[jobs] = wall
        print(f"{'-j ' + str(jobs):8} {wall:8.2f} {cpu:8.2f} {n_articles / wall:11.1f} "
              f"{chars / wall:11,.0f} {rss / 1024:12.0f}")
    print(f"-j 2 / -j 1: {walls[1] / walls[2]:.2f}x")

    short = min(set(texts), key=len)
    article = tmp / "short.txt"
    article.write_text(short, encoding="utf-8")
    print(f"\ncold start: vnextract parse ONE_ARTICLE --format json > /dev/null "
          f"({len(short):,} characters), median of 5 new processes")
    one = [*cmd, "parse", str(article), "--format", "json"]
    run_measured(one)  # the derived-data cache in place, files in the page cache
    for label, env in (("cache in place", None),
                       ("no province cache", {**os.environ, "VNEXTRACT_NO_CACHE": "1"})):
        runs = [run_measured(one, env) for _ in range(5)]
        wall = statistics.median(w for w, _, _ in runs)
        rss = max(r for _, r, _ in runs)
        print(f"  {label:18} {wall:6.2f} s   peak RSS {rss / 1024:.0f} MB")


# ------------------------------------------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = []
    from importlib import metadata

    for dist in ("vnextract", "underthesea", "pyvi", "python-crfsuite"):
        try:
            versions.append(f"{dist} {metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            pass
    return (f"{os.cpu_count()} CPUs ({cpu}), Python {platform.python_version()}, "
            + ", ".join(versions))


def check_pyvi(texts: list[str]) -> None:
    """The front-end's own pyvi runner against pyvi's modules, word for word and tag for tag."""
    from pyvi import ViPosTagger, ViTokenizer

    from vnextract.text import normalize
    from vnextract.tokenize import _FastPyvi, split_sentences

    fast = _FastPyvi()
    total = differ = 0
    for text in dict.fromkeys(texts):
        norm = normalize(text)[0]
        for s, e in split_sentences(norm):
            chunk = norm[s:e]
            tokenized = ViTokenizer.tokenize(chunk)
            ref: list[tuple[str, str]] = []
            if tokenized.strip():
                words, tags = ViPosTagger.postagging(tokenized)
                ref = [(w, str(t)) for w, t in zip(words, tags, strict=False)]
            total += 1
            differ += fast.words(chunk) != ref
    print(f"\npyvi check: {total} sentences, {differ} differ from pyvi's own modules")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("inputs", nargs="*", type=Path, help="folders of .txt articles, or files")
    ap.add_argument("--min-articles", type=int, default=50,
                    help="repeat the inputs up to this many texts (default 50)")
    ap.add_argument("--ner-whole", type=int, default=10, metavar="N",
                    help="texts for ner(whole text), which is slow (default 10; 0 = skip)")
    ap.add_argument("--max-articles", type=int, default=0, metavar="M",
                    help="time only the first M input files (default: all)")
    ap.add_argument("--warmup", type=int, default=0, metavar="N",
                    help="warm each side up on the N input files after the timed ones (default: "
                         "on the first timed article)")
    ap.add_argument("--no-ner", action="store_true", help="only time vnextract")
    ap.add_argument("--no-rss", action="store_true", help="skip the peak-RSS child processes")
    ap.add_argument("--cli", action="store_true", help="also time the command line (-j 1/-j 2, "
                    "cold start)")
    ap.add_argument("--cli-articles", type=int, default=1000,
                    help="articles in the generated folder for --cli (default 1000)")
    ap.add_argument("--check-pyvi", action="store_true",
                    help="check the front-end's pyvi runner against pyvi's own modules")
    ap.add_argument("--_child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args._child:
        child_main(*args._child)
        return

    files = find_files(args.inputs or DEFAULT_INPUTS)
    rest: list[Path] = []
    if args.max_articles:
        files, rest = files[: args.max_articles], files[args.max_articles :]
    texts = load_texts(files, args.min_articles)
    warm = [p.read_text(encoding="utf-8-sig") for p in rest[: args.warmup]] or None
    if args.warmup and not warm:
        sys.exit("speed.py: --warmup needs input files beyond --max-articles")
    print(machine())
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    if load > 0.5 * (os.cpu_count() or 1):
        print(f"warning: load average {load:.1f}: other processes share the CPUs, wall-clock "
              "figures will be low (compare the cpu s columns)")
    print(f"{len(files)} files, {len(texts)} texts, {sum(map(len, texts)):,} characters"
          + (f"; warm-up on {len(warm)} other files" if warm else "") + "\n")

    rows: list[tuple[str, dict[str, float], list[str]]] = []
    rows.append(("vnextract (full extraction)", timed(vnextract_runner(), texts, warm), texts))
    if not args.no_ner:
        rows.append(("underthesea.ner by sentence", timed(ner_sentences_runner(), texts, warm),
                     texts))
        if args.ner_whole > 0:
            few = texts[: args.ner_whole]
            rows.append(("underthesea.ner whole text", timed(ner_whole_runner(), few), few))

    rss: dict[str, int | None] = {}
    if not args.no_rss:
        with tempfile.TemporaryDirectory(prefix="vnx-speed-") as tmp:
            kinds = ["vnextract", "ner-sentences"] if not args.no_ner else ["vnextract"]
            for kind in kinds:
                rss[kind] = rss_in_child(kind, texts, Path(tmp))

    base = rows[0][1]
    print(f"{'':30} {'texts':>6} {'wall s':>8} {'cpu s':>8} {'articles/s':>11} {'chars/s':>11} "
          f"{'vnextract is':>13} {'by cpu':>8} {'cpu art/s':>10}")
    for label, r, _ in rows:
        ratio = base["art_s"] / r["art_s"]
        # by CPU time: what one core does, whatever else the machine runs at the same time
        by_cpu = (r["cpu"] / r["articles"]) / (base["cpu"] / base["articles"])
        print(f"{label:30} {r['articles']:6.0f} {r['seconds']:8.2f} {r['cpu']:8.2f} "
              f"{r['art_s']:11.2f} {r['chars_s']:11,.0f} {ratio:12.1f}x {by_cpu:7.1f}x "
              f"{r['articles'] / r['cpu']:10.1f}")
    if rss:
        print("\npeak RSS (own child process, same texts): " + ", ".join(
            f"{k} {v / 1024:.0f} MB" if v else f"{k} n/a" for k, v in rss.items()))

    if args.cli:
        with tempfile.TemporaryDirectory(prefix="vnx-cli-") as tmp:
            cli_benchmark(texts, args.cli_articles, Path(tmp))
    if args.check_pyvi:
        check_pyvi(texts)


if __name__ == "__main__":
    main()
