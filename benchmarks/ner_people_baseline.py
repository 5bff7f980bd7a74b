"""Baseline for the people component: persons from underthesea.ner's PER spans.

Runs ``underthesea.ner`` on every sentence of each article, joins B-PER/I-PER tokens into names
and prints one JSON object per article in the shape ``score.py`` reads (``source``, ``people``
with empty titles and no province, empty ``provinces`` and ``indicators``), so its person F1 can
be compared with vnextract's on the same articles::

    python benchmarks/ner_people_baseline.py ../shared/eval/dev/articles \\
        | python ../shared/eval/score.py ../shared/eval/dev -

With ``--time`` it also prints to stderr the seconds underthesea.ner took, and the seconds the
vnextract pipeline (pyvi front-end, provinces, people) took on the same texts.

Usage: python benchmarks/ner_people_baseline.py [--time] FOLDER_OR_FILE ...
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from vnextract.text import decode_bytes
from vnextract.tokenize import split_sentences


def people_from_ner(tagged: list[tuple[str, ...]]) -> list[str]:
    """Names from one sentence's (word, pos, chunk, ner) tuples: B-PER starts, I-PER continues."""
    names: list[str] = []
    current: list[str] = []
    for item in tagged:
        word, tag = item[0], item[-1]
        if tag == "B-PER" or (tag == "I-PER" and not current):
            if current:
                names.append(" ".join(current))
            current = [word]
        elif tag == "I-PER":
            current.append(word)
        else:
            if current:
                names.append(" ".join(current))
            current = []
    if current:
        names.append(" ".join(current))
    return [" ".join(n.replace("_", " ").split()) for n in names]


def baseline(text: str, ner) -> list[dict]:
    seen: dict[str, dict] = {}
    for start, end in split_sentences(text):
        for name in people_from_ner(ner(text[start:end])):
            if name and name.casefold() not in seen:
                seen[name.casefold()] = {"name": name, "titles": [], "province": None}
    return list(seen.values())


def files_of(args: list[str]) -> list[Path]:
    out: list[Path] = []
    for arg in args:
        p = Path(arg)
        out.extend(sorted(p.glob("*.txt")) if p.is_dir() else [p])
    return out


def main(argv: list[str]) -> int:
    timing = "--time" in argv
    args = [a for a in argv if a != "--time"]
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    from underthesea import ner

    files = files_of(args)
    texts = [(p, decode_bytes(p.read_bytes())) for p in files]
    if texts:
        ner(texts[0][1][:200])  # warm-up: model loading is not part of the time
    t0 = time.perf_counter()
    for path, text in texts:
        row = {"source": str(path), "people": baseline(text, ner), "provinces": [], "indicators": []}
        print(json.dumps(row, ensure_ascii=False))
    ner_seconds = time.perf_counter() - t0
    if timing:
        from vnextract.pipeline import Pipeline

        pipe = Pipeline("pyvi", ("provinces", "people"))
        if texts:
            pipe(texts[0][1][:200])
        t1 = time.perf_counter()
        for path, text in texts:
            pipe(text, source=str(path))
        ours = time.perf_counter() - t1
        print(f"underthesea.ner: {ner_seconds:.3f}s; vnextract pyvi+provinces+people: {ours:.3f}s "
              f"({len(texts)} articles)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
