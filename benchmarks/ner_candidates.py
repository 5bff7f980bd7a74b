"""underthesea's NER as an extra source of people candidates: what it would add, at what cost.

For each article of an audit sample (a ``vnextract parse --format jsonl`` output, e.g. from
``benchmarks/audit_sample.py --run``), the sentences that hold a capitalised run vnextract did not
return as a person, province or place (the *candidate sentences*) are run through
``underthesea.ner`` one by one; every PER entity that overlaps no person vnextract returned is
printed with its sentence, so a reader can judge it (a true miss or a false person). The time of
NER on those sentences, on all sentences, and of vnextract on the same articles is printed last::

    python benchmarks/ner_candidates.py /tmp/p5_6401_before.jsonl > /tmp/ner6401.txt

Measurement only: vnextract does not call NER (see docs/accuracy.md, "People round 4").
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

_UPPER = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x1EFA)) if ch.isupper())
_RUN = re.compile(rf"(?<![\w'’-])[{_UPPER}][\w'’-]*(?: [{_UPPER}][\w'’-]*)*")
_SENT = re.compile(r"[^\n.!?…]+(?:[.!?…]+|$)")


def sentences(text: str) -> list[tuple[int, int]]:
    """Rough sentence ranges: runs of text up to a full stop, "!", "?", "…" or a line break."""
    return [(m.start(), m.end()) for m in _SENT.finditer(text) if m.group(0).strip()]


def candidate(text: str, s: int, e: int, covered: list[tuple[int, int]]) -> bool:
    """A capitalised run not at the sentence's start, not in capitals only, not covered."""
    lead = len(text[s:e]) - len(text[s:e].lstrip())
    for m in _RUN.finditer(text, s, e):
        a, b = m.span()
        if a == s + lead or m.group(0).isupper():
            continue
        if not any(x < b and a < y for x, y in covered):
            return True
    return False


def per_entities(tagged: list[tuple[str, ...]]) -> list[str]:
    """The PER entities of one ``underthesea.ner`` output (B-PER then I-PER tokens joined)."""
    out: list[str] = []
    for tok in tagged:
        word, tag = tok[0], tok[-1]
        if tag == "B-PER" or (tag == "I-PER" and not out):
            out.append(word)
        elif tag == "I-PER":
            out[-1] += " " + word
    return out


def main(path: str) -> None:
    from underthesea import ner

    import vnextract

    records = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line]
    ner("Khởi động mô hình.")  # load the model before timing
    t_cand = t_all = t_tool = 0.0
    n_cand = n_all = added = 0
    for rec in records:
        text = Path(rec["source"]).read_text(encoding="utf-8")
        t0 = time.perf_counter()
        vnextract.extract(text)
        t_tool += time.perf_counter() - t0
        covered = [(m["start"], m["end"]) for p in rec["people"] for m in p["mentions"]]
        covered += [(m["start"], m["end"]) for k in ("provinces", "places") for x in rec.get(k, [])
                    for m in x.get("mentions", [])]
        names = {p["name"].lower() for p in rec["people"]}
        aid = Path(rec["source"]).stem
        for s, e in sentences(text):
            sent = text[s:e].strip()
            t0 = time.perf_counter()
            tagged = ner(sent)
            dt = time.perf_counter() - t0
            t_all += dt
            n_all += 1
            if not candidate(text, s, e, covered):
                continue
            t_cand += dt
            n_cand += 1
            for ent in per_entities(tagged):
                if ent.lower() in names or any(ent.lower() in n or n in ent.lower() for n in names):
                    continue
                added += 1
                print(f"{aid}\t{ent}\t{sent[:160]}")
    print(f"# articles {len(records)}, sentences {n_all}, candidate sentences {n_cand}, "
          f"PER entities not returned {added}", file=sys.stderr)
    print(f"# vnextract {t_tool:.2f} s; NER on candidate sentences {t_cand:.2f} s; "
          f"NER on all sentences {t_all:.2f} s", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
