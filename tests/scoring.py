"""Score extracted records against gold answers, with the matching rules of the shared scorer.

Written anew from the rules of ``shared/eval/score.py`` (that file may be absent on a fresh
machine):

- people match by name, compared case-, space- and tone-placement-insensitively; a matched person
  is counted for ``person.province`` (exact normalised comparison); an unmatched gold person counts
  all its titles as missed, an unmatched predicted one all its titles as spurious;
- titles of a matched person match one to one by similarity (normalised equality or a
  ``difflib`` ratio >= 0.85);
- provinces match by normalised name and are counted for ``province.since_2025``;
- indicators match greedily in gold order: candidates have the same value (relative tolerance
  1e-6) and the same normalised unit; of them the one whose name shares most words with the gold
  name is taken. A matched indicator is counted for each field: the name (word overlap >= 0.5),
  the numbers ``change_pct``, ``share_pct`` and ``value_max`` (``value_max`` only when the gold
  one is set), and the rest by normalised equality.
"""

from __future__ import annotations

import difflib
import json
import math
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
KINDS = ("people", "titles", "provinces", "indicators")
INDICATOR_FIELDS = (
    "indicator", "qualifier", "change_pct", "basis", "share_pct", "share_of", "period",
    "province", "value_max",
)
NUMBER_FIELDS = {"change_pct", "share_pct", "value_max"}


def norm(text: Any) -> str:
    """A key that ignores case, spacing and where the tone mark sits ("Uỷ" == "Ủy")."""
    if text is None:
        return ""
    words = []
    for word in re.split(r"\s+", str(text).strip()):
        decomposed = unicodedata.normalize("NFD", word.casefold())
        tones = "".join(ch for ch in decomposed if ch in TONES)
        bare = "".join(ch for ch in decomposed if ch not in TONES)
        words.append(unicodedata.normalize("NFC", bare + tones))
    return " ".join(w for w in words if w)


def similar(a: Any, b: Any, cutoff: float = 0.85) -> bool:
    a, b = norm(a), norm(b)
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= cutoff


def same_number(a: Any, b: Any) -> bool:
    try:
        x, y = float(a), float(b)
    except (TypeError, ValueError):
        return a is None and b is None
    return math.isclose(x, y, rel_tol=1e-6, abs_tol=1e-9)


def word_overlap(a: Any, b: Any) -> float:
    sa, sb = set(norm(a).split()), set(norm(b).split())
    return len(sa & sb) / len(sa | sb) if sa | sb else 1.0


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += bool(ok)

    def value(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass
class Result:
    """P/R/F1 per kind, accuracy per field, and one line per miss or spurious item."""

    prf: dict[str, tuple[float, float, float]]
    accuracy: dict[str, float | None]
    log: list[str]
    articles: int

    def f1(self, kind: str) -> float:
        return self.prf[kind][2]

    def table(self) -> str:
        lines = [f"{'':12} {'P':>6} {'R':>6} {'F1':>6}   ({self.articles} articles)"]
        for kind, (p, r, f) in self.prf.items():
            lines.append(f"{kind:12} {p:6.3f} {r:6.3f} {f:6.3f}")
        for name, value in self.accuracy.items():
            lines.append(f"{name:28} {'n/a' if value is None else f'{value:.3f}'}")
        return "\n".join(lines)


@dataclass
class _Scorer:
    tallies: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in KINDS})
    person_province: Accuracy = field(default_factory=Accuracy)
    since_2025: Accuracy = field(default_factory=Accuracy)
    fields: dict[str, Accuracy] = field(
        default_factory=lambda: {k: Accuracy() for k in INDICATOR_FIELDS})
    log: list[str] = field(default_factory=list)

    def people(self, name: str, gold: list[dict], pred: list[dict]) -> None:
        by_name: dict[str, dict] = {}
        for p in pred:
            by_name.setdefault(norm(p.get("name")), p)
        seen = set()
        for g in gold:
            key = norm(g["name"])
            p = by_name.get(key)
            if p is None:
                self.tallies["people"].add(fn=1)
                self.tallies["titles"].add(fn=len(g.get("titles", [])))
                self.log.append(f"{name}: missed person {g['name']!r}")
                continue
            seen.add(key)
            self.tallies["people"].add(tp=1)
            self.titles(name, g, p)
            ok = norm(g.get("province")) == norm(p.get("province"))
            self.person_province.add(ok)
            if not ok:
                self.log.append(f"{name}: {g['name']}: province {p.get('province')!r}, "
                                f"gold {g.get('province')!r}")
        for key, p in by_name.items():
            if key not in seen:
                self.tallies["people"].add(fp=1)
                self.tallies["titles"].add(fp=len(p.get("titles") or []))
                self.log.append(f"{name}: spurious person {p.get('name')!r}")

    def titles(self, name: str, g: dict, p: dict) -> None:
        left = [t for t in (p.get("titles") or []) if isinstance(t, str)]
        tp = 0
        for title in g.get("titles", []):
            hit = next((t for t in left if similar(t, title)), None)
            if hit is None:
                self.log.append(f"{name}: {g['name']}: missed title {title!r}")
            else:
                left.remove(hit)
                tp += 1
        for t in left:
            self.log.append(f"{name}: {g['name']}: spurious title {t!r}")
        self.tallies["titles"].add(tp, len(left), len(g.get("titles", [])) - tp)

    def provinces(self, name: str, gold: list[dict], pred: list[dict]) -> None:
        pred_by = {norm(p.get("name")): p for p in pred}
        gold_by = {norm(g["name"]): g for g in gold}
        for key, g in gold_by.items():
            p = pred_by.get(key)
            if p is None:
                self.tallies["provinces"].add(fn=1)
                self.log.append(f"{name}: missed province {g['name']!r}")
                continue
            self.tallies["provinces"].add(tp=1)
            ok = norm(g.get("since_2025")) == norm(p.get("since_2025"))
            self.since_2025.add(ok)
            if not ok:
                self.log.append(f"{name}: {g['name']}: since_2025 {p.get('since_2025')!r}, "
                                f"gold {g.get('since_2025')!r}")
        for key, p in pred_by.items():
            if key not in gold_by:
                self.tallies["provinces"].add(fp=1)
                self.log.append(f"{name}: spurious province {p.get('name')!r}")

    def indicators(self, name: str, gold: list[dict], pred: list[dict]) -> None:
        left = list(pred)
        for g in gold:
            candidates = [p for p in left if same_number(p.get("value"), g["value"])
                          and norm(p.get("unit")) == norm(g["unit"])]
            if not candidates:
                self.tallies["indicators"].add(fn=1)
                self.log.append(f"{name}: missed indicator {g['indicator']!r} = "
                                f"{g['value']} {g['unit']}")
                continue
            p = max(candidates, key=lambda c: word_overlap(c.get("indicator"), g["indicator"]))
            left.remove(p)
            self.tallies["indicators"].add(tp=1)
            self.indicator_fields(name, g, p)
        for p in left:
            self.tallies["indicators"].add(fp=1)
            self.log.append(f"{name}: spurious indicator {p.get('indicator')!r} = "
                            f"{p.get('value')} {p.get('unit')}")

    def indicator_fields(self, name: str, g: dict, p: dict) -> None:
        for key, acc in self.fields.items():
            want, got = g.get(key), p.get(key)
            if key == "value_max" and want is None:
                continue  # only ranges are scored on their upper end
            if key == "indicator":
                ok = word_overlap(got, want) >= 0.5
            elif key in NUMBER_FIELDS:
                ok = same_number(got, want)
            else:
                ok = norm(got) == norm(want)
            acc.add(ok)
            if not ok:
                self.log.append(f"{name}: indicator {g['indicator']!r} {g['value']}: "
                                f"{key} {got!r}, gold {want!r}")


def score(gold: Mapping[str, Mapping[str, Any]],
          predicted: Mapping[str, Mapping[str, Any]] | Iterable[Mapping[str, Any]]) -> Result:
    """Score ``predicted`` records against ``gold`` (case name -> gold dict).

    ``predicted`` maps case names to records, or is an iterable of records whose ``source`` file
    stem is the case name. A case with no record scores as an empty one.
    """
    if not isinstance(predicted, Mapping):
        predicted = {_stem(r.get("source")): r for r in predicted}
    scorer = _Scorer()
    for name in sorted(gold):
        g, p = gold[name], predicted.get(name) or {}
        scorer.people(name, list(g.get("people", [])), list(p.get("people") or []))
        scorer.provinces(name, list(g.get("provinces", [])), list(p.get("provinces") or []))
        scorer.indicators(name, list(g.get("indicators", [])), list(p.get("indicators") or []))
    rows = {k: prf(t.tp, t.fp, t.fn) for k, t in scorer.tallies.items()}
    accuracy: dict[str, float | None] = {
        "person.province": scorer.person_province.value(),
        "province.since_2025": scorer.since_2025.value(),
    }
    accuracy.update({f"indicator.{k}": v.value() for k, v in scorer.fields.items()})
    return Result(rows, accuracy, scorer.log, len(gold))


def _stem(source: Any) -> str:
    base = re.split(r"[\\/]", str(source or ""))[-1]
    return base.rsplit(".", 1)[0] if "." in base else base


def shared_dir(root: Path) -> Path | None:
    """The shared material beside the repository ``root``: $VNEXTRACT_SHARED, else a ``shared``
    folder beside the repository or beside the folder of worktrees that holds it."""
    env = os.environ.get("VNEXTRACT_SHARED")
    candidates = [Path(env)] if env else []
    candidates += [root.parent / "shared", root.parent.parent / "shared"]
    for path in candidates:
        if (path / "eval").is_dir() or (path / "realnews").is_dir():
            return path
    return None


def load_gold(gold_dir: Path, names: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
    """Gold answers by case name (file stem), all of them or those in ``names``."""
    wanted = set(names) if names is not None else None
    return {p.stem: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(gold_dir.glob("*.json")) if wanted is None or p.stem in wanted}


def extract_all(articles: Path, names: Iterable[str],
                dates: dict[str, str] | None = None) -> dict[str, dict[str, Any]]:
    """Run vnextract over ``articles/NAME.txt`` for every name; records by name. ``dates``: the
    day each article appeared (its reference date), as an evaluation hands it over."""
    import vnextract

    records = {}
    for name in names:
        path = articles / f"{name}.txt"
        date = (dates or {}).get(name)
        records[name] = vnextract.extract(path.read_text(encoding="utf-8"), source=str(path),
                                          date=date).to_dict()
    return records
