"""Names component: people named in the text (``doc.spans["names"]``).

Names are runs of capitalized words that no lexicon claims. A run is a person when an honorific
or rank stands before it (ông, đồng chí, Đại tá), an office title ends right before it or starts
after its comma, it sits in a list introduced by a shared office or a plural honorific, or it looks
like a Vietnamese name by itself (surname + common middle name + given name). A place or
organisation noun before it (đường, xã, Trường) rules it out. One capitalized word after an
honorific or office ("ông Hải", "Chủ tịch Hùng") is kept as a short reference for the resolve step;
a run that repeats a known name is a mention of that person.

Reads the titles the titles component found (:func:`~vnextract.components.titles.title_finds`);
stores every full-name mention as a ``names`` span with :class:`NameAttrs`. :func:`surnames` is the
one accessor for the family names list (``data/surnames.txt``, in :func:`vnextract.lexicon.key`
form).
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, field
from functools import lru_cache

from ..document import Document
from ..lexicon import key, rows, words
from ..lexicon import key as lex_key
from ..text import match_key
from .titles import Title, TitleFinds, title_finds
from .words import surnames, word_set

__all__ = ["NameAttrs", "NameFinds", "NamesComponent", "name_finds", "surnames"]

# middle names only people have: after one, a family name that is also a common word names a person
_SURE_MIDDLES = frozenset({"thị", "văn"})
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’]*(?:['’][^\W\d_]+)?$|^[A-Z][a-z]+-[a-z]+$"
                        r"|^[^\W\d_]+(?:-[^\W\d_]+)+$")  # a transliteration: "Giô-xép", "Xpai-xơ"


@lru_cache(maxsize=1)
def _glue_words() -> frozenset[str]:
    """Words that open a sentence glued to a name (``sentence_openers.txt``, ``name_tail_words.txt``)."""
    return frozenset(key(r[0]) for r in rows("sentence_openers.txt") if " " not in r[0]) | frozenset(
        key(w) for w in words("name_tail_words.txt"))


@dataclass(slots=True)
class NameAttrs:
    """Typed attributes of a ``names`` span: the person's name as first written in full, and
    what made the run a name (hon, rank, title, post, name, list, known); in ``doc.spans["people"]``
    the resolve step uses it for every mention ("mention") and byline ("byline")."""

    name: str
    context: str


@dataclass
class Occ:
    """A mention of a person by name: tokens ``start``..``end`` (exclusive)."""

    start: int
    end: int
    person: int
    ctx: str


@dataclass
class NamedPerson:
    name: str
    key: str
    occs: list[Occ] = field(default_factory=list)
    titles: list[tuple[Title, int]] = field(default_factory=list)  # (title, chain id)
    extra_mentions: list[tuple[int, int]] = field(default_factory=list)  # norm offsets
    role: str | None = None


class NameFinds:
    """The people one document names, each with its mentions (token ranges)."""

    def __init__(self, finds: TitleFinds) -> None:
        view = finds.view
        self.view, self.title_finds = view, finds
        self.doc = view.doc
        self.lex = view.lex
        self.toks, self.keys, self.n = view.toks, view.keys, view.n
        self.sid, self.pid, self.sent_end = view.sid, view.pid, view.sent_end
        self.prov_at, self.prov_span_at = view.prov_at, view.prov_span_at
        self.tp = finds.tp
        self.titles, self.title_at, self.title_end = finds.titles, finds.title_at, finds.title_end
        self.covered = finds.covered
        self.people: list[NamedPerson] = []
        self.by_key: dict[str, int] = {}
        self.occs: list[Occ] = []
        self.occ_at: dict[int, Occ] = {}
        self.occ_end: dict[int, Occ] = {}
        self.short_refs: list[tuple[int, str]] = []
        self.rejected: list[tuple[int, int]] = []
        self.list_ranges: list[tuple[int, int, Title | None]] = []

    def _ctx_before(self, i: int) -> str | None:
        if i in self.title_end:
            return "title"
        h = self.lex.honorifics.match_ending(self.keys, i)
        if h:
            return "rank" if h[1] in ("rank", "degree", "award") else "hon"
        if self.lex.context["place"].match_ending(self.keys, i):
            return "place"
        return None

    def _ctx_after(self, k: int) -> bool:
        if k < self.n and self.keys[k] in (",", "-", "(") and k + 1 in self.title_at:
            return not self.title_at[k + 1].bare or self.title_at[k + 1].end - k > 2
        return False

    def find_names(self) -> None:
        lex, toks, keys = self.lex, self.toks, self.keys
        self.short_refs.clear()
        self.rejected.clear()
        i = 0
        while i < self.n:
            t = toks[i]
            if t.kind != "cap" or i in self.covered:
                i += 1
                continue
            if i in self.prov_at:
                i += self.prov_at[i][0]
                continue
            c = lex.countries.match(keys, i)
            if c:
                i += c[0]
                continue
            h = lex.honorifics.match(keys, i)
            if h and i + h[0] < self.n and toks[i + h[0]].kind == "cap" \
                    and i + h[0] not in self.prov_at:
                i += h[0]  # "Ông Phạm Anh Tuấn": the honorific opens the sentence
                continue
            ctx = self._ctx_before(i)
            if i in self.prov_span_at and ctx not in ("hon", "rank"):
                i += self.prov_span_at[i]  # a province the provinces component found: no person
                continue
            run = self.tp.name_run(i)
            if run == 0 and ctx in ("hon", "rank") and keys[i] in lex.surnames:
                run = self._surname_run(i)  # "ông Đoàn Lợi": "Đoàn" is a family name here
            if run == 0:
                m = lex.titles.match(keys, i)
                i += m[0] if m else 1
                continue
            end = i + run
            if ctx is None and i > 0 and toks[i - 1].kind == "cap":
                ctx = None  # glued to a capitalized word we skipped (an organisation's name)
            after = self._ctx_after(end)
            words = [tt.text for tt in toks[i:end]]
            if run == 1:
                if ctx in ("hon", "rank", "title"):
                    self.short_refs.append((i, words[0]))
                i = end
                continue
            if run > 5:
                self.rejected.append((i, end))
                i = end
                continue
            strong = ctx in ("hon", "rank", "title") or after
            if strong and self._plausible(words) and not self._runs_into_word(i, end) \
                    and not any(lex_key(w) in word_set("event_word") for w in words):
                self._add_occ(i, end, ctx or "post")
            elif ctx != "place" and self._looks_vietnamese(words) \
                    and not any(k in self.prov_at for k in range(i, end)) \
                    and not self._country_tail(i + 1, end) \
                    and not any(self.tp.title_word(k) for k in range(i + 1, end)):
                self._add_occ(i, end, "name")
            elif ctx is None and self._bare_three(i, end, words):
                self._add_occ(i, end, "bare")
            else:
                self.rejected.append((i, end))
            i = end
        # runs that repeat a known name
        for s, e in self.rejected:
            key = match_key(" ".join(tt.text for tt in toks[s:e]))
            if key in self.by_key:
                self._add_occ(s, e, "known")

    def _runs_into_word(self, i: int, end: int) -> bool:
        """Two capitalised words, the first no family name, the last a syllable of a lower-case
        word running on ("Giám đốc Khu Quản lý …"): an organisation's name, no person."""
        if end - i != 2 or self.keys[i] in self.lex.surnames:
            return False
        from .cued_names import runs_into_word

        return runs_into_word(self.doc, self.toks[end - 1].e)

    def _bare_three(self, i: int, end: int, words: list[str]) -> bool:
        """Three title-case syllables after a lower-case word, the first a family name that is no
        common word, none a title, province or country word, followed by a lower-case word or a
        comma or full stop: a name written the Sino-Vietnamese way ("của Lâm Y Thần đang",
        "lãnh tụ Kim Nhật Thành.", "quanh Kim Jong Un cũng")."""
        toks, keys, lex = self.toks, self.keys, self.lex
        if end - i != 3 or i == 0 or end >= self.n or toks[i - 1].kind != "low":
            return False
        first = keys[i]
        if first not in lex.surnames or first in lex.weak_surnames:
            return False
        if not all(_NAME_WORD.match(w) and w[:1].isupper() and w[1:] == w[1:].lower() for w in words):
            return False
        if toks[end].kind != "low" and keys[end] not in (",", ".") or keys[end - 1] in _glue_words():
            return False  # "đường hoa Nguyễn Huệ Đối với …": a street glued to the next sentence
        if any(k in self.prov_at or k in self.prov_span_at for k in range(i, end)) \
                or any(self.tp.title_word(k) for k in range(i + 1, end)):
            return False
        # a one-syllable country as the given name ("Trương Quỳnh Anh", "Lâm Văn Đức") is a name's
        return not any(lex.countries.match(keys, k) and not (k == end - 1 and keys[k] in lex.middles)
                       for k in range(i + 1, end))

    def _country_tail(self, k: int, end: int) -> bool:
        """The words after the family name are a country: "Đoàn Việt Nam" (the Vietnamese
        delegation), no person by itself."""
        c = self.lex.countries.match(self.keys, k)
        return bool(c) and k + c[0] == end

    def _surname_run(self, i: int) -> int:
        """Capitalized words from a family name that is also an organisation word ("Đoàn")."""
        toks = self.toks
        k = i + 1
        while k < self.n and toks[k].kind == "cap" and not toks[k].nl and k - i < 4 \
                and not self.tp.title_word(k, mid=True) and k not in self.prov_at:
            k += 1
        return k - i if k - i >= 2 else 0

    def _plausible(self, words: list[str]) -> bool:
        if len(words) > 5:
            return False
        return all(_NAME_WORD.match(w) for w in words)

    def _looks_vietnamese(self, words: list[str]) -> bool:
        lex = self.lex
        first = words[0].lower()
        if first not in lex.surnames:
            return False
        if first in lex.weak_surnames and (len(words) < 2 or words[1].lower() not in _SURE_MIDDLES):
            return False  # "Thái Thị Thủy" is a name; "Thái Bình Dương" is an ocean
        return 3 <= len(words) <= 4 and words[1].lower() in lex.middles

    def _add_occ(self, s: int, e: int, ctx: str) -> Occ:
        name = " ".join(t.text for t in self.toks[s:e])
        key = match_key(name)
        idx = self.by_key.get(key)
        if idx is None and ctx in ("hon", "title", "rank"):
            # "bà Chanh Đa" after "bà Thạch Thị Chanh Đa": the given names of a known person
            for known, k in self.by_key.items():
                if known.endswith(" " + key) and len(known.split()) > len(key.split()):
                    idx = k
        if idx is None:
            idx = len(self.people)
            self.by_key[key] = idx
            self.people.append(NamedPerson(name, key))
        occ = Occ(s, e, idx, ctx)
        self.people[idx].occs.append(occ)
        self.occs.append(occ)
        self.occ_at[s] = occ
        self.occ_end[e] = occ
        return occ

    def find_lists(self) -> None:
        """Names in a list opened by a shared office or a plural honorific ("các đồng chí: A, B")."""
        keys, toks = self.keys, self.toks
        self.list_ranges.clear()
        for title in self.titles:
            if title.bare:
                continue
            k = title.end
            quantified = title.start > 0 and keys[title.start - 1] in word_set("quantifier") or (
                title.start > 0 and toks[title.start - 1].kind == "num")
            opener = k < self.n and keys[k] in word_set("list_opener")
            if opener or (quantified and (k in self.occ_at or self._list_start(k))):
                self.list_ranges.append((k, self.sent_end[self.sid[title.start]], title))
        starts = self.lex.honorifics.lengths  # a word no honorific starts with matches none
        for i in range(self.n):
            if not starts.get(keys[i]):
                continue
            h = self.lex.honorifics.match(keys, i)
            if h and h[1] == "plural":
                self.list_ranges.append((i + h[0], self.sent_end[self.sid[i]], None))
        if not self.list_ranges:
            return
        for s, e in list(self.rejected):
            if self.toks[s].key not in self.lex.surnames or (s in self.occ_at):
                continue
            prev = keys[s - 1] if s > 0 else ""
            for lo, hi, _ in self.list_ranges:
                if lo <= s < hi and (prev in (",", "và", ";", ":", "là", "gồm") or s == lo
                                     or s - 1 in self.title_end or s in self.title_end):
                    self._add_occ(s, e, "list")
                    break

    def _list_start(self, k: int) -> bool:
        return k < self.n and self.toks[k].kind == "cap" and self.tp.starts_name(k)


    def spans(self) -> None:
        """Store every full-name mention found so far as a ``names`` span."""
        doc, toks = self.doc, self.toks
        out = []
        for occ in self.occs:
            sp = doc.span(toks[occ.start].s, toks[occ.end - 1].e, "names")
            sp.attrs = NameAttrs(self.people[occ.person].name, occ.ctx)
            out.append(sp)
        doc.add_spans("names", out)


_FINDS: weakref.WeakKeyDictionary[Document, NameFinds] = weakref.WeakKeyDictionary()


def name_finds(doc: Document) -> NameFinds:
    """The names of ``doc`` found by the names component (found now if it has not run)."""
    finds = _FINDS.get(doc)
    if finds is None:
        finds = _FINDS[doc] = NameFinds(title_finds(doc))
        finds.find_names()
        finds.find_lists()
    return finds


class NamesComponent:
    """Pipeline component: people's names (``doc.spans["names"]``)."""

    name = "names"
    reads = ("provinces", "titles")
    adds = ("names",)

    def __call__(self, doc: Document) -> Document:
        name_finds(doc).spans()
        return doc
