"""The Dask engine's overhead on one machine: 2 local Dask workers against ``-j 2``.

Generates N articles (default 1,000) in a temporary folder from samples/*.txt,
tests/fixtures/holdout/articles/*.txt and seeds/*.txt, each varied a little (paragraphs rotated,
numbers changed, a closing line with its number), then times in this process:

* local   -- ``vnextract.batch.run(files, jobs=2)`` (a process pool; models load in each worker)
* dask    -- ``run_dask(files, scheduler="local", jobs=2)``, end to end: starting the LocalCluster of
  2 worker processes and loading the models in them is included, as a CLI user would see it
* dask (warm) -- the same on a cluster already started with its models loaded (a long-running
  cluster, where start-up is paid once)

It checks that the engines give the same records and prints articles/s and the ratios.

    .venv/bin/python benchmarks/dask_vs_local.py            # 1,000 articles
    .venv/bin/python benchmarks/dask_vs_local.py -n 200
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def sources() -> list[str]:
    paths = (sorted((ROOT / "samples").glob("*.txt"))
             + sorted((ROOT / "tests" / "fixtures" / "holdout" / "articles").glob("*.txt"))
             + sorted((ROOT / "seeds").glob("*.txt")))
    return [p.read_text(encoding="utf-8") for p in paths]


def vary(text: str, i: int, rng: random.Random) -> str:
    paras = [p for p in text.split("\n\n") if p.strip()]
    title, body = paras[0], paras[1:]
    if len(body) > 2:  # rotate the body paragraphs a little
        k = i % len(body)
        body = body[k:] + body[:k]

    def bump(m: re.Match[str]) -> str:
        n = int(m.group(0))
        return str(max(1, n + rng.randint(-3, 3))) if n > 31 else m.group(0)

    body = [re.sub(r"(?<![\d.,/])\d{2,4}(?![\d.,/])", bump, p) for p in body]
    return "\n\n".join([title, *body, f"(Bài số {i + 1})"]) + "\n"


def generate(folder: Path, n: int) -> list[str]:
    texts = sources()
    rng = random.Random(9)
    files = []
    for i in range(n):
        p = folder / f"{i:05d}.txt"
        p.write_text(vary(texts[i % len(texts)], i, rng), encoding="utf-8")
        files.append(str(p))
    return files


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=1000, help="number of articles (default 1000)")
    ap.add_argument("--jobs", type=int, default=2, help="workers for both engines (default 2)")
    args = ap.parse_args()

    import distributed

    from vnextract.batch import run
    from vnextract.engines.dask_engine import run_dask

    with tempfile.TemporaryDirectory(prefix="vnx-bench-") as tmp:
        files = generate(Path(tmp), args.n)
        n = len(files)

        t, c = time.perf_counter(), time.process_time()
        local = list(run(files, tokenizer="pyvi", jobs=args.jobs))
        t_local, c_local = time.perf_counter() - t, time.process_time() - c

        t = time.perf_counter()
        dask = list(run_dask(files, scheduler="local", jobs=args.jobs))
        t_dask = time.perf_counter() - t

        cluster = distributed.LocalCluster(n_workers=args.jobs, threads_per_worker=1,
                                           processes=True, host="127.0.0.1",
                                           dashboard_address=None)
        client = distributed.Client(cluster)
        try:
            list(run_dask(files[:args.jobs * 2], scheduler="", client=client))  # load models
            t, c = time.perf_counter(), time.process_time()
            warm = list(run_dask(files, scheduler="", client=client))
            t_warm, c_warm = time.perf_counter() - t, time.process_time() - c
        finally:
            client.close()
            cluster.close()

    same = local == dask == warm
    errors = sum("error" in r for r in local)
    print(f"{n} articles, {args.jobs} workers, same records: {same}, error records: {errors}")
    for name, other in (("dask", dask), ("dask warm", warm)):
        diff = [x["source"] for x, y in zip(local, other, strict=True) if x != y]
        if diff:
            print(f"  {name}: {len(diff)} records differ from local, e.g. {diff[:3]}")
    print(f"local -j {args.jobs}          {t_local:7.2f} s  {n / t_local:7.1f} articles/s")
    print(f"dask, {args.jobs} local workers  {t_dask:7.2f} s  {n / t_dask:7.1f} articles/s"
          f"  (cluster start-up included)")
    print(f"dask, warm cluster     {t_warm:7.2f} s  {n / t_warm:7.1f} articles/s")
    print(f"CPU time of this process (client; for Dask also the scheduler) per article: "
          f"local {1000 * c_local / n:.2f} ms, dask warm {1000 * c_warm / n:.2f} ms")
    print(f"ratio dask/local (articles/s): end to end {t_local / t_dask:.2f}, "
          f"warm {t_local / t_warm:.2f}")
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
