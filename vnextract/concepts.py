"""Indicator concepts: what a figure measures, as a stable id a table can group by.

An indicator's name is the article's own words ("kim ngạch xuất khẩu lũy kế", "giá trị xuất
khẩu"); :func:`classify` maps the name and unit of one figure to a concept of
``data/concepts.tsv`` (``export_value``) and, for prices, to the item priced ("cà phê nhân xô").
It returns ``(None, None)`` when no concept fits: better null than wrong.

The rules are data (``data/concept_cues.tsv``):

- the *head* of a name is its leftmost concept phrase ("số dự án FDI" → ``investment_projects``),
  taken only when the concept admits the figure's unit (else the next phrase is tried);
- *modifiers* elsewhere in the name refine it ("FDI": ``investment_projects`` → ``fdi_projects``);
  a unit can refine it too (``export_value`` in tonnes is ``export_volume``);
- a growth cue, or a "%" figure, moves a concept that has a growth variant to it
  (``grdp`` → ``grdp_growth``); a ranking moves one that has a rank variant (``pci_score`` →
  ``pci_rank``); otherwise growth rates and ranks keep the concept of the measure and the unit
  tells them apart;
- a share cue ("tỷ trọng", "tỷ lệ") admits only concepts that are rates themselves;
- a block cue (crime, fines, gifts, weather, exams …) makes the figure concept-less;
- a price head ("giá") takes its concept from the item after it ("vàng SJC" → ``gold_price``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .lexicon import PhraseMatcher, compiled, key, rows
from .text import normalize

__all__ = ["Concept", "classify", "load_concepts", "unit_kind"]

CONCEPTS_FILE = "concepts.tsv"
CUES_FILE = "concept_cues.tsv"
_FIXED_KINDS = {"%": "percent", "rank": "rank", "point": "point", "tonne": "tonne", "ha": "ha"}
_WORD = re.compile(r"\w+")
_ITEM_MAX_WORDS = 6  # an item priced is at most this many words long


@dataclass(frozen=True, slots=True)
class Concept:
    """One row of the taxonomy."""

    id: str
    label_vi: str
    label_en: str
    group: str
    measure: str
    base: str
    units: tuple[str, ...]
    stat_code: str
    stat_name: str

    def admits(self, kind: str) -> bool:
        """Whether a figure whose unit is of ``kind`` (see :func:`unit_kind`) can measure this."""
        if not kind:
            return False
        if kind in self.units:
            return True
        return "count" in self.units and _is_count(kind)

    def as_dict(self) -> dict[str, object]:
        return {"id": self.id, "label_vi": self.label_vi, "label_en": self.label_en,
                "group": self.group, "measure": self.measure, "base": self.base or None,
                "units": list(self.units), "stat_code": self.stat_code or None,
                "stat_name": self.stat_name or None}


@cache
def _concepts() -> tuple[Concept, ...]:
    out = []
    for r in rows(CONCEPTS_FILE):
        cells = list(r) + [""] * (9 - len(r))
        units = tuple(u.strip() for u in cells[6].split(",") if u.strip())
        out.append(Concept(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], units,
                           cells[7], cells[8]))
    return tuple(out)


def load_concepts() -> list[Concept]:
    """The taxonomy, in file order."""
    return list(_concepts())


@cache
def _by_id() -> dict[str, Concept]:
    return {c.id: c for c in _concepts()}


@cache
def _variants() -> dict[tuple[str, str], str]:
    """(base id, measure) → the variant's id: ("grdp", "growth") → "grdp_growth"."""
    return {(c.base, c.measure): c.id for c in _concepts() if c.base}


@cache
def _measure_units() -> frozenset[str]:
    return frozenset(r[1] for r in rows("units.tsv") if len(r) > 2 and r[2] == "measure")


def _is_money(unit: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{3}", unit))


@cache
def _time_units() -> frozenset[str]:
    """The English names of units of time ("month", "year"): money per one of them is earnings,
    not a price."""
    return frozenset(r[1] for r in rows("units.tsv") if len(r) > 2 and r[2] == "time")


def _is_count(kind: str) -> bool:
    return kind not in {"money", "price", "per_time", "percent", "rank", "point", "tonne", "ha",
                        "measure"}


def unit_kind(unit: str | None) -> str:
    """The kind of a record's unit: money, price, per_time (money per month, year …: earnings),
    percent, rank, point, tonne, ha, measure, or the count noun itself ("enterprise",
    "visitor")."""
    unit = (unit or "").strip()
    if unit in _FIXED_KINDS:
        return _FIXED_KINDS[unit]
    if "/" in unit:
        money, per = unit.split("/", 1)
        if not _is_money(money):
            return "measure"
        return "per_time" if per in _time_units() else "price"
    if _is_money(unit):
        return "money"
    if unit in _measure_units():
        return "measure"
    return unit


def _clean(text: str) -> str:
    """The matching form of a phrase: its key with punctuation as spaces."""
    return " ".join(_WORD.findall(key(text)))


@dataclass(frozen=True, slots=True)
class _Cue:
    kind: str
    concept: str
    target: str
    units: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Rules:
    matcher: PhraseMatcher  # every cue but items, modifiers, unit rules and stops
    items: PhraseMatcher  # goods priced, valued by their price concept
    cues: dict[str, tuple[_Cue, ...]]
    modifiers: tuple[tuple[re.Pattern[str], str, str], ...]  # key-form phrases, matched on keys
    cased: tuple[tuple[re.Pattern[str], str, str], ...]  # <file> entries (names): case kept
    share_context: tuple[re.Pattern[str], ...]  # "chiếm 40%": a share stated in the sentence
    share_nouns: tuple[re.Pattern[str], ...]  # "68% chuyên gia": a share of people or firms
    plan_context: tuple[re.Pattern[str], ...]  # "đạt 95% kế hoạch": a rate of fulfilment
    labels: re.Pattern[str] | None  # "năm", "quốc lộ": a number after them is a label, no count
    foreign_rank: re.Pattern[str] | None  # "Italy (vị trí 21)": ranks of other countries
    unit_rules: dict[tuple[str, str], str]
    stops: frozenset[str]


def _expand(phrase: str) -> list[str]:
    """A phrase, or one phrase per entry of a data file written ``<file>`` in it (Việt Nam, the
    country every figure is in, left out)."""
    m = re.search(r"<([\w.]+)>", phrase)
    if not m:
        return [phrase]
    return [phrase[:m.start()] + w + phrase[m.end():]
            for (w, *_) in rows(m.group(1)) if key(w) != "việt nam"]


@cache
def _rules() -> _Rules:
    cues: dict[str, list[_Cue]] = {}
    modifiers: list[tuple[re.Pattern[str], str, str]] = []
    cased: list[tuple[re.Pattern[str], str, str]] = []
    share_context: list[re.Pattern[str]] = []
    share_nouns: list[re.Pattern[str]] = []
    labels: list[str] = []
    plan_context: list[re.Pattern[str]] = []
    foreign: list[str] = []
    unit_rules: dict[tuple[str, str], str] = {}
    stops: set[str] = set()
    items: list[tuple[str, str]] = []
    for r in rows(CUES_FILE):
        cells = list(r) + [""] * (5 - len(r))
        phrase, kind, concept, target, units = cells[:5]
        if kind == "modifier" and "<" in phrase:  # names of a data file: matched case kept
            for p in _expand(phrase):
                words = " ".join(_WORD.findall(normalize(p)[0]))
                cased.append((re.compile(rf"(?<!\w){re.escape(words)}(?!\w)"), concept, target))
        elif kind == "modifier":
            pattern = re.compile(rf"(?<!\w){re.escape(_clean(phrase))}(?!\w)")
            modifiers.append((pattern, concept, target))
        elif kind == "share_context":
            share_context.append(re.compile(rf"(?<!\w){re.escape(_clean(phrase))} (?:\w+ )?\d"))
        elif kind == "share_noun":
            words = r"\s+".join(re.escape(w) for w in _clean(phrase).split())
            share_nouns.append(re.compile(rf"\d\s*%\s+{words}(?!\w)"))
        elif kind == "plan_context":
            words = r"\s+".join(re.escape(w) for w in _clean(phrase).split())
            plan_context.append(re.compile(rf"\d\s*%\s+(?:so\s+với\s+)?{words}(?!\w)"))
        elif kind == "number_label":
            labels.append(_clean(phrase))
        elif kind == "foreign_rank":
            foreign.extend(_clean(p) for p in _expand(phrase))
        elif kind == "unit":
            unit_rules[(phrase, concept)] = target
        elif kind == "stop":
            stops.add(_clean(phrase))
        elif kind == "item":
            items.append((_clean(phrase), concept))
        else:
            unit_list = tuple(u.strip() for u in units.split(",") if u.strip())
            for p in _expand(phrase):
                cues.setdefault(_clean(p), []).append(_Cue(kind, concept, target, unit_list))
    return _Rules(PhraseMatcher(list(cues)), PhraseMatcher(items),
                  {k: tuple(v) for k, v in cues.items()}, tuple(modifiers), tuple(cased),
                  tuple(share_context), tuple(share_nouns), tuple(plan_context),
                  _alternation(labels),
                  _alternation(foreign), unit_rules, frozenset(stops))


def _alternation(phrases: list[str]) -> re.Pattern[str] | None:
    """One pattern matching any of ``phrases`` as whole words (longest first)."""
    if not phrases:
        return None
    alts = "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)")


@dataclass(frozen=True, slots=True)
class _Hit:
    """A cue found in a name: the word positions it covers and its rows."""

    first: int
    last: int
    cues: tuple[_Cue, ...]

    def has(self, kind: str) -> bool:
        return any(c.kind == kind for c in self.cues)


def _spans(words: list[str], matcher: PhraseMatcher) -> list[tuple[int, int, str, str]]:
    """The phrases of ``matcher`` in ``words``: (first word, last word, key, value)."""
    starts = {}
    pos = 0
    for i, w in enumerate(words):
        starts[pos] = i
        pos += len(w) + 1
    out = []
    for m in matcher.finditer(" ".join(words)):
        first = starts[m.start]
        out.append((first, first + len(m.key.split()) - 1, m.key, m.value))
    return out


def _hits(words: list[str]) -> list[_Hit]:
    rules = _rules()
    return [_Hit(first, last, rules.cues.get(k, ()))
            for first, last, k, _ in _spans(words, rules.matcher)]


def _refine(cue: _Cue, text: tuple[str, str], kind: str, flags: set[str],
            context: str) -> str | None:
    """Apply unit rules, modifiers and the growth/rank variants to a head concept. A veto
    modifier (target "-") is looked for in the context sentence too."""
    rules = _rules()
    clean, shown = text
    concept_id = rules.unit_rules.get((kind, cue.concept), cue.concept)
    if _vetoed(concept_id, clean, context):
        return None
    for _ in range(0 if cue.target == "=" else 3):  # modifiers can chain (→ fdi → fdi_disbursed)
        moved = next((t for p, c, t in rules.modifiers
                      if c == concept_id and t != "-" and p.search(clean)), None) or next(
            (t for p, c, t in rules.cased if c == concept_id and p.search(shown)), None)
        if moved is None or moved == concept_id:
            break
        concept_id = moved
    variants = _variants()
    growth = variants.get((concept_id, "growth"))
    if growth and ("growth" in flags or (kind == "percent" and "share" not in flags)):
        concept_id = growth
    rank = variants.get((concept_id, "rank"))
    if rank and kind == "rank":
        concept_id = rank
    concept = _by_id().get(concept_id)
    if concept is None or not concept.admits(kind):
        return None
    if flags & {"share", "of_name"} and concept.measure != "share":
        return None  # a share of the measure ("chiếm 40% diện tích …"), not the measure
    if "of_plan" in flags and concept.measure not in ("rate", "share", "growth"):
        return None  # a plan's fulfilment ("đạt 95% kế hoạch"), not the measure's growth
    return concept_id


def _vetoed(concept_id: str, clean: str, context: str) -> bool:
    """Whether a veto of ``concept_id`` (a modifier whose target is "-") is in the name or its
    sentence."""
    return any(c == concept_id and t == "-" and (p.search(clean) or p.search(context))
               for p, c, t in _rules().modifiers)


def _item(start: int, words: list[str], shown: list[str]) -> tuple[str, str]:
    """The first item priced at or after word ``start``: (its price concept, its words, up to a
    stop word)."""
    for first, last, _, concept in _spans(words, _rules().items):
        if first < start or concept == "-":
            continue
        end = last + 1
        while end < len(words) and end - first < _ITEM_MAX_WORDS and _qualifies(shown, end):
            end += 1
        return concept, " ".join(shown[first:end])
    return "", ""


def _qualifies(shown: list[str], at: int) -> bool:
    """Whether word ``at`` still belongs to the item before it: a grade ("loại 1"), a brand or
    grade in capitals ("SJC", "RON 95"), or the number after one."""
    word, before = shown[at], shown[at - 1]
    if word == "loại" or before == "loại":
        return True
    return word.isupper() or (word.isdigit() and (before.isupper() or before.isdigit()))


def _words(text: str) -> tuple[list[str], list[str]]:
    """The words of ``text`` as matched (key form) and as shown (normalized, case kept)."""
    shown = _WORD.findall(normalize(text)[0])
    return [key(w) for w in shown], shown


def _price(hits: list[_Hit], at: int, words: list[str], shown: list[str], kind: str,
           context: str) -> tuple[str | None, str | None]:
    concept, item = _item(hits[at].first, words, shown)
    if not concept:  # "nhà ở xã hội giá …", "tam thất trồng có giá …": the item comes first
        concept, item = _item(0, words[:hits[at].first], shown)
    if not concept and context:
        concept, item = _context_item(context)
    if concept and _by_id()[concept].admits(kind) and not _vetoed(
            concept, " ".join(words), " ".join(_words(context)[0])):
        return concept, item
    return None, None


def _context_item(context: str) -> tuple[str, str]:
    """An item named right after a price head in the context sentence ("giá cà phê hôm nay")."""
    words, shown = _words(context)
    hits = _hits(words)
    for hit in hits:
        if hit.has("price"):
            concept, item = _item(hit.last + 1, words, shown)
            if concept and shown[hit.last + 1:] and item.startswith(shown[hit.last + 1]):
                return concept, item
    return "", ""


def _percent_of(clean: str, context: str) -> bool:
    """Whether the context writes a percentage right before the name ("chiếm 10% GDP")."""
    text = key(context)
    if "%" not in text or not all(w in text for w in clean.split()):
        return False  # literal pre-filter: the pattern below needs all of these
    words = r"\W+".join(re.escape(w) for w in clean.split())
    return compiled(rf"%\W*(?:của\W+)?{words}").search(text) is not None


_COUNT_PREFIXES = frozenset({"tổng", "số", "lượng", "lượt"})


def _misread(words: list[str], kind: str, context: str) -> bool:
    """Whether the figure's sentence shows a number that is a label, not a count ("năm 2019 dự án
    sẽ khởi công", "Quốc lộ 1 dự án …"), or lists the ranks of other countries ("… của Italy
    (vị trí 21)"): the figure is then likely one the name does not describe."""
    rules = _rules()
    if kind == "rank" and rules.foreign_rank is not None:
        for m in rules.foreign_rank.finditer(context):
            if re.match(r"[^.;]{0,60}?\(\s*(?:vị trí|thứ|hạng)", context[m.end():]):
                return True
    if not _is_count(kind) or rules.labels is None:
        return False
    noun = next((w for w in words if w not in _COUNT_PREFIXES), "")
    if not noun:
        return False
    if noun not in context:
        return False  # literal pre-filter for the pattern below
    rx = rf"(?:{rules.labels.pattern})\s+\d+\s+{re.escape(noun)}(?!\w)"
    return compiled(rx).search(context) is not None


def _share_stated(clean: str, context: str, ctx: str) -> bool:
    """Whether the sentence states a percentage as a share: of the name ("chiếm 10% GDP"), after
    a share verb ("chiếm 0,9% …"), or of people or firms ("68% chuyên gia dự báo …")."""
    rules = _rules()
    return (_percent_of(clean, context) or any(p.search(ctx) for p in rules.share_context)
            or any(p.search(key(context)) for p in rules.share_nouns))


def _share_item(shown: list[str], context: str) -> str | None:
    """A stock ticker (two to five capitals) in the words after the head, or in the context."""
    for token in shown + _WORD.findall(normalize(context)[0] if context else ""):
        if re.fullmatch(r"[A-Z]{2,5}", token) and token not in {"VND", "USD", "CTCP", "HOSE"}:
            return token
    return None


def classify(name: str, unit: str | None, change_pct: float | None = None,
             context: str = "") -> tuple[str | None, str | None]:
    """The concept id of a figure named ``name`` in ``unit``, and the item priced (for prices).

    ``change_pct`` is accepted for the record's sake (a growth beside a level does not change what
    the level measures); ``context`` (the figure's sentence) is read only to find the item of a
    price whose name does not say it ("giá" alone). Returns ``(None, None)`` when no concept fits.
    """
    del change_pct  # the level and its change share the concept
    words, shown = _words(name or "")
    if not words:
        return None, None
    kind = unit_kind(unit)
    hits = _hits(words)
    flags = {c.kind for h in hits for c in h.cues if c.kind in ("growth", "rank", "share", "block")}
    if "block" in flags or (context and _misread(words, kind, key(context))):
        return None, None
    clean = " ".join(words)
    ctx = " ".join(_words(context)[0]) if context else ""
    if kind == "percent" and context and _share_stated(clean, context, ctx):
        flags.add("of_name")
    if kind == "percent" and context and any(p.search(key(context))
                                             for p in _rules().plan_context):
        flags.add("of_plan")  # "đạt 95% kế hoạch": only a rate concept measures that
    for at, hit in enumerate(hits):
        if hit.has("price") and not any(c.kind == "name" for c in hit.cues):
            if flags & {"of_name", "of_plan"}:  # "60% chuyên gia dự báo giá vàng …"
                return None, None
            return _price(hits, at, words, shown, kind, context)
        for cue in hit.cues:
            if cue.kind != "name" or (cue.units and not {kind, unit} & set(cue.units)):
                continue
            concept = _refine(cue, (clean, " ".join(shown)), kind, flags, ctx)
            if concept is None:
                continue
            if concept == "share_price":
                return concept, _share_item(shown[hit.last + 1:], context)
            if _by_id()[concept].measure == "price":
                item = _item(hit.last + 1, words, shown)[1] or None
                return concept, item
            return concept, None
    return _fallback(hits, words, shown, kind, context)


def _fallback(hits: list[_Hit], words: list[str], shown: list[str], kind: str,
              context: str) -> tuple[str | None, str | None]:
    """A price whose name lost its head: "xuất khẩu gạo" in USD/tonne, or a fragment of a name
    ("/lượng", "mua vào": every word a fragment cue) whose sentence names the price ("giá vàng
    SJC …")."""
    concept, item = "", ""
    if kind == "price":
        concept, item = _item(0, words, shown)
    covered = sum(h.last - h.first + 1 for h in hits if h.has("fragment"))
    if not concept and context and covered == len(words):
        concept, item = _context_item(context)
    if concept and _by_id()[concept].admits(kind) and not _vetoed(
            concept, " ".join(words), " ".join(_words(context)[0])):
        return concept, item
    return None, None
