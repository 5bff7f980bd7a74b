"""Last checks of figure names (issue 13, round 5), run after the measure repair of
``measures.py`` on each finished name:

1. a sentence opener glued into a name ("tốc độ tăng trưởng Mặc dù doanh thu", "Như vậy VNM tăng
   trưởng") is dropped (``name_openers.txt``);
2. an anaphor as the name ("chỉ số này", "con số đó", "mức này") takes the name of the figure it
   points back to: the figure before, in the same or the previous sentence;
3. the owner after "của" must be a noun phrase: an owner whose first word the POS tags of the
   Document read as a verb, adverb or conjunction is dropped ("số tiền bồi thường của buộc nhà
   hát" → "số tiền bồi thường"), and an owner that runs on into an adverb is cut before it
   ("tăng trưởng của Việt Nam hiện" → "tăng trưởng của Việt Nam"); a verb inside the owner stays
   (the gold keeps relative clauses: "số nhà đầu tư ký biên bản ghi nhớ");
4. a stock index's points are named by the index, written as one word ("điểm VN - Index" →
   "VN-Index").

Vocabularies: ``name_openers.txt`` (discourse words that open a sentence), the ``anaphor`` and
``pronoun`` classes of ``name_words.tsv``.
"""

from __future__ import annotations

import re
from functools import cache

from ...document import Document
from ...lexicon import key, rows, word_re

# POS tags (pyvi's tag set) that never begin, and that end, an owner noun phrase: verbs, adverbs,
# conjunctions and subordinators
_CLAUSE_TAGS = frozenset({"V", "R", "C", "CC", "CH"})
# "điểm VN - Index", "Chỉ số HNX - Index", "VN - Index nằm": the index and at most one word after it
_INDEX = re.compile(r"^(?:điểm\s+)?(?:chỉ số\s+)?([A-Za-z0-9]+)\s*-\s*(Index)(?:\s+[^\W\d]+)?$",
                    re.I)


@cache
def _openers() -> re.Pattern[str]:
    return word_re(frozenset(key(r[0]) for r in rows("name_openers.txt")), flags=re.I)


@cache
def _word_class(kind: str) -> frozenset[str]:
    return frozenset(key(r[0]) for r in rows("name_words.tsv") if len(r) > 1 and r[1] == kind)


def without_opener(name: str) -> str:
    """The name without a sentence opener at its start or written capitalised inside it: "Như
    vậy VNM tăng trưởng" → "VNM tăng trưởng"; "tốc độ tăng trưởng Mặc dù doanh thu" → "tốc độ
    tăng trưởng doanh thu". A lowercase opener inside a name ("khu kinh tế đặc biệt") stays."""
    out = name
    for m in reversed(list(_openers().finditer(name))):
        if m.start() and not name[m.start()].isupper():
            continue
        rest = out[m.end() :].lstrip(" ,")
        if not rest:
            continue  # the opener alone: left to the leftover repair
        out = (out[: m.start()] + rest).strip()
    return out


def anaphor(name: str) -> bool:
    """ "chỉ số này", "con số đó", "tốc độ tăng trưởng mức này": a name that points back."""
    low = key(name)
    low = re.sub(r"^tốc độ tăng trưởng\s+", "", low)
    return low in _word_class("anaphor")


def index_name(name: str) -> str:
    """ "điểm VN - Index" → "VN-Index" (a stock index's points are named by the index)."""
    m = _INDEX.match(name.strip())
    return f"{m.group(1)}-{m.group(2)}" if m else name


def _owner_tokens(doc: Document, start: int, end: int) -> list[tuple[int, int, str]]:
    """(nstart, nend, pos) of the front-end tokens in ``norm[start:end]``."""
    sent = doc.sentence_at(start)
    if sent is None:
        return []
    return [(t.nstart, t.nend, t.pos or "") for t in sent.tokens
            if t.nstart >= start and t.nend <= end]


def checked_owner(doc: Document, name: str, ns: int, qs: int) -> str:
    """The name with its owner checked against the POS tags of the sentence (see the module
    docstring, 3.). ``ns``/``qs``: where the figure's sentence and the figure start in ``norm``.
    A name whose owner is not written in the sentence before the figure is left as it is."""
    cut = name.find(" của ")
    if cut < 0:
        return name
    measure, owner = name[:cut], name[cut + len(" của ") :]
    at = doc.norm.rfind(owner, ns, qs + 200)
    if not owner or at < 0:
        return name
    toks = _owner_tokens(doc, at, at + len(owner))
    if not toks or toks[0][0] != at:
        return name
    if toks[0][2] in _CLAUSE_TAGS and not doc.norm[toks[0][0] : toks[0][1]].isupper():
        return measure  # "của buộc nhà hát", "của Thu hút đầu tư": no owner (BHS is one)
    for i, (s, _e, pos) in enumerate(toks[1:], 1):
        if pos == "R" and toks[i - 1][2] not in _CLAUSE_TAGS:  # "Việt Nam hiện", "anh không"
            kept = doc.norm[at:s].strip(" ,")
            if not kept or key(kept) in _word_class("pronoun"):
                return measure
            return f"{measure} của {kept}"
    return measure if key(owner) in _word_class("pronoun") else name


_GROWTH = "tốc độ tăng trưởng"


def growth_name(name: str) -> str:
    """ "tốc độ tăng trưởng" before a measure, without a sentence opener and without repeating
    the words the measure starts with ("trưởng" of a split "mức tăng trưởng" → "tốc độ tăng
    trưởng", not "tốc độ tăng trưởng trưởng")."""
    name = without_opener(name)
    head, low = _GROWTH.split(), key(name).split()
    for n in range(len(head), 0, -1):
        if low[:n] == head[-n:]:
            rest = " ".join(name.split()[n:])
            return f"{_GROWTH} {rest}".strip()
    return f"{_GROWTH} {name}".strip()
