"""Compare the two tokenizer front-ends on the same articles, in one process.

For each of pyvi and underthesea: articles/s and characters/s of sentence splitting + word
tokenization + POS tagging with offset alignment (after one warm-up article), and how well the
things we extract come out of it:
  - names whole: share of gold person names (from gold/*.json beside the articles, when there)
    that come out as one token, or as a run of proper-noun (Np) tokens covering exactly the name;
  - numbers whole: share of written numbers such as 4.100, 21,6 or 2.348,3 that are one token.

Usage: python benchmarks/tokenizers.py [FOLDER_WITH_TXT ...]   (default: samples/ and seeds/)
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

from vnextract.document import Document
from vnextract.tokenize import get_tokenizer

NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\w])|(?<![\w.,])\d+,\d+(?![\w])")


def gold_names(path: Path) -> list[str]:
    gold = path.parent.parent / "gold" / (path.stem + ".json")
    if not gold.exists():
        return []
    return [p["name"] for p in json.loads(gold.read_text(encoding="utf-8")).get("people", [])]


def measure(name: str, files: list[Path]) -> dict[str, float]:
    tok = get_tokenizer(name)
    texts = [(p, p.read_text(encoding="utf-8")) for p in files]
    tok(Document(texts[0][1]))  # warm-up: model loading is not part of the rate
    names_total = names_whole = nums_total = nums_whole = 0
    chars = 0
    t0 = time.perf_counter()
    docs = []
    for path, text in texts:
        doc = Document(text)
        doc.sentences = tok(doc)
        docs.append((path, text, doc))
        chars += len(text)
    elapsed = time.perf_counter() - t0
    for path, text, doc in docs:
        tokens = doc.tokens
        spans = {(t.start, t.end) for t in tokens}
        for m in NUMBER.finditer(text):
            nums_total += 1
            nums_whole += (m.start(), m.end()) in spans
        for person in gold_names(path):
            for m in re.finditer(re.escape(person), text):
                names_total += 1
                inside = [t for t in tokens if m.start() <= t.start and t.end <= m.end()]
                whole = (m.start(), m.end()) in spans or (
                    inside and inside[0].start == m.start() and inside[-1].end == m.end()
                    and all(t.pos == "Np" for t in inside)
                )
                names_whole += bool(whole)
    return {
        "articles_per_s": len(texts) / elapsed,
        "chars_per_s": chars / elapsed,
        "names_whole": names_whole / names_total if names_total else float("nan"),
        "names_seen": names_total,
        "numbers_whole": nums_whole / nums_total if nums_total else float("nan"),
        "numbers_seen": nums_total,
    }


def main(argv: list[str]) -> None:
    folders = [Path(a) for a in argv] or [Path("samples"), Path("seeds")]
    files = sorted(f for d in folders for f in (d.glob("*.txt") if d.is_dir() else [d]))
    if not files:
        raise SystemExit("no .txt files found")
    print(f"{len(files)} articles, {sum(f.stat().st_size for f in files)} bytes")
    rows = {name: measure(name, files) for name in ("pyvi", "underthesea")}
    print(f"{'tokenizer':12} {'articles/s':>10} {'chars/s':>10} {'names whole':>12} {'numbers whole':>14}")
    for name, r in rows.items():
        print(f"{name:12} {r['articles_per_s']:10.1f} {r['chars_per_s']:10.0f} "
              f"{r['names_whole']:7.1%} /{r['names_seen']:<4} {r['numbers_whole']:8.1%} /{r['numbers_seen']}")
    ratio = rows["pyvi"]["articles_per_s"] / rows["underthesea"]["articles_per_s"]
    print(f"pyvi / underthesea speed ratio: {ratio:.1f}x")


if __name__ == "__main__":
    main(sys.argv[1:])
