"""Resolve step: where a person's name ends and starts, checked against the token layer.

Scraped news glues words to names: a sub-heading's first word ("Trần Văn Dũng Sau đó …"), or a
place before the name ("Phan Thiết Đỗ Ngọc Điệp"). (The front-end's words are no guide to the
name's end: it reads "Tam trình bày" as "Tam trình" as readily as "Đại hội".) Each person's mentions are cut back
to the name; people whose names then agree are merged.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..components.cued_names import known_places
from ..document import Document, Person, Span
from ..lexicon import key, rows, words


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    return frozenset(key(r[0]) for r in rows("sentence_openers.txt") if " " not in r[0]) | frozenset(
        key(w) for w in words("name_tail_words.txt"))


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(key(w) for w in words("surnames.txt"))


# a form of address inside a capitalised run opens the next sentence (never a name's syllable there)
_GLUED_ADDRESS = frozenset({"Bà", "Ông"})


def _tail_cut(doc: Document, m: Span) -> int:
    """The norm end of the name in mention ``m`` (may be ``m.nend``)."""
    ws = doc.norm[m.nstart:m.nend].split(" ")
    end = m.nend
    cut = next((i for i in range(2, len(ws) - 1) if ws[i] in _GLUED_ADDRESS), 0)
    if cut:  # "Ảnh: Trần Tuấn Bà Ngọc giải thích": the next sentence opens with "Bà Ngọc"
        end = m.nstart + len(" ".join(ws[:cut]))
        ws = ws[:cut]
    half = len(ws) // 2
    if len(ws) >= 4 and len(ws) % 2 == 0 and ws[:half] == ws[half:]:
        return m.nstart + len(" ".join(ws[:half]))  # "2. Phan Thành Phan Thành (SN …)": a heading, then the name
    # a line glued after the name (a double space is a flattened line break): "Tổng thống Trump
    # Theo Business Insider", "… Đặng Văn Tới  Tiền vệ: …"; one word before only with an opener
    glued = next((i for i in range(1, len(ws) - 1)
                  if not ws[i] and (i >= 2 or key(ws[i + 1]) in _openers())), 0)
    if glued:
        return m.nstart + len(" ".join(ws[:glued]))  # the line ends the name: nothing glued in it
    while len(ws) > 2:
        last = ws[-1]
        if not last:
            end -= 1  # a double space inside the mention
            ws.pop()
            continue
        # _word_runs_on last: it tags the sentence (the front-end runs only where it is needed)
        if key(last) in _openers() or _day_part_date(doc, last, end) or (_stands_without(doc, " ".join(ws[:-1]), last)
                                       and _word_runs_on(doc, end - len(last), end)):
            end -= len(last) + 1
            ws.pop()
            continue
        break
    return end


@lru_cache(maxsize=1)
def _day_parts() -> frozenset[str]:
    return frozenset(key(r[1]) for r in rows("date_words.tsv") if len(r) > 1 and r[0] == "part"
                     and " " not in r[1])


_DATE_AFTER = re.compile(r"\s*(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}")


def _day_part_date(doc: Document, last: str, end: int) -> bool:
    """A part of the day that opens a dated sentence glued after the name ("… Đinh La Thăng Sáng
    13/5, …"): "Sáng" is also a given name, so only before a day/month."""
    return key(last) in _day_parts() and bool(_DATE_AFTER.match(doc.norm, end))


def _stands_without(doc: Document, short: str, last: str) -> bool:
    """The name without its last word is written elsewhere, not followed by that word."""
    norm, after = doc.norm, " " + last
    if not short:
        return any(not norm.startswith(after, m.end()) for m in re.finditer("", norm))
    i = norm.find(short)
    while i >= 0:  # the non-overlapping occurrences, left to right
        if not norm.startswith(after, i + len(short)):
            return True
        i = norm.find(short, i + len(short))
    return False


def _word_runs_on(doc: Document, s: int, e: int) -> bool:
    """The front-end reads the name's last syllable as the start of a longer capitalised word
    running past it ("… Hưởng Đại hội đồng cổ đông": "Đại hội")."""
    tok = doc.token_at(s, pos=False)  # segments only the sentence holding the name
    if tok is None or not (tok.nstart == s and tok.nend > e):
        return False
    nxt = doc.norm[e + 1:tok.nend]
    return bool(nxt) and nxt[0].islower()


_HYPHEN_TAIL = re.compile(r"-[^\W\d_]+")


def _hyphen_tail(doc: Document, m: Span, e: int) -> int:
    """The end of a transliterated last word the front-end split at its hyphen ("Xin Xpai-xơ",
    "Cho Il-U"); a Vietnamese name has none ("Nguyễn Vy Hồng-Giám đốc": an office glued on)."""
    tail = _HYPHEN_TAIL.match(doc.norm, e)
    if not tail or key(doc.norm[m.nstart:e].split(" ")[0]) in _surnames():
        return e
    return tail.end()


# a family name after a lower-case particle ("Jose Eduardo dos Santos", "Virgil van Dijk"): the
# title rules stop at the particle
_PARTICLE_TAIL = re.compile(r" (?:(?:da|de|di|do|dos|das|del|della|van|von|der|den|ter|bin|ibn|al|el|la|le) )+"
                            r"[A-Z][^\W\d_]*(?:[-'’][^\W\d_]+)*(?![\w'’-])")


def _particle_tail(doc: Document, m: Span, e: int) -> int:
    """The end of a foreign family name written after a particle, when the name before it is
    foreign (ASCII words, no Vietnamese surname first)."""
    ws = doc.norm[m.nstart:e].split(" ")
    if len(ws) < 2 or not all(w.isascii() for w in ws) or key(ws[0]) in _surnames():
        return e
    tail = _PARTICLE_TAIL.match(doc.norm, e)
    return tail.end() if tail else e


def _head_cut(doc: Document, m: Span) -> int:
    """The norm start of the name: after a province or place glued before a surname."""
    ws = doc.norm[m.nstart:m.nend].split(" ")
    places = [(s.nstart, s.nend) for lab in ("provinces", "places") for s in doc.spans.get(lab, [])]
    start = m.nstart
    for i in range(1, len(ws) - 1):
        head_end = m.nstart + len(" ".join(ws[:i]))
        foreign = all(w.isascii() for w in ws[i:])
        if (key(ws[i]) in _surnames() or foreign) and (
            any(a <= m.nstart and head_end <= b for a, b in places) or key(" ".join(ws[:i])) in known_places()
        ):
            start = head_end + 1
            break
    return start


def resolve(doc: Document) -> Document:
    if not doc.people:
        return doc
    changed = False
    for p in doc.people:
        if p.role:
            changed = _drop_source(doc, p) or changed
            continue
        cut = False
        whole = ""  # the new text of a mention that was the person's whole name
        for i, m in enumerate(p.mentions):
            s, e = _head_cut(doc, m), _tail_cut(doc, m)
            if e == m.nend:
                e = _particle_tail(doc, m, _hyphen_tail(doc, m, e))
            if s > m.nstart and e > s:
                _title_takes_place(doc, p, m.nstart, doc.norm[m.nstart:s].strip())
            if (s, e) != (m.nstart, m.nend) and e > s:
                new = doc.span(s, e, m.label or "person", **m.data)
                new.attrs = m.attrs
                p.mentions[i] = new
                cut = True
                if "  " in m.text and key(m.text) == key(p.name):
                    whole = new.text  # "Trump  Theo Business Insider" cut at the glued line
        changed = changed or cut
        if whole:
            p.name = whole
        elif cut:
            names = [m.text for m in p.mentions if len(m.text.split()) >= 2]
            if names and key(p.name) not in {key(n) for n in names}:
                p.name = max(names, key=len)
            elif longer := [n for n in names if n.startswith(p.name + " ") and " " in p.name]:
                p.name = max(longer, key=len)  # "Jose Eduardo" written in full: "… dos Santos"
    if changed:
        _merge_same(doc)
    return doc


@lru_cache(maxsize=1)
def _sources() -> frozenset[str]:
    return frozenset(key(w) for w in words("credit_sources.txt") if " " not in w)


def _drop_source(doc: Document, p: Person) -> bool:
    """A one-word photo source glued before a byline ("Ảnh: Internet Minh Hà"): the byline is
    the name after it."""
    ws = p.name.split()
    if len(ws) < 3 or key(ws[0]) not in _sources() or key(ws[0]) in _surnames():
        return False
    for i, m in enumerate(p.mentions):
        if not m.text.startswith(ws[0] + " "):
            return False
        new = doc.span(m.nstart + len(ws[0]) + 1, m.nend, m.label or "person", **m.data)
        new.attrs = m.attrs
        p.mentions[i] = new
    p.name = " ".join(ws[1:])
    return True


def _title_takes_place(doc: Document, p: Person, at: int, place: str) -> None:
    """The place cut from a name belongs to the office written right before it ("Thị trưởng"
    + "Berlin" = "Thị trưởng Berlin"; "Bộ trưởng Quốc phòng" + "Nhật")."""
    before = doc.norm[max(0, at - 80):at].rstrip()
    for i, raw in enumerate(p.titles_raw):
        if raw and before.endswith(raw) and not p.titles[i].endswith(place):
            p.titles[i] = f"{p.titles[i]} {place}"
            p.titles_raw[i] = f"{raw} {place}"
            return


def _merge_title(have: Person, title: str, raw: str) -> None:
    """Add ``title`` to ``have``'s offices unless it is one of them or a shorter form of one
    ("Phó Thủ tướng" beside "Phó Thủ tướng thường trực Chính phủ"); a longer form replaces the
    shorter one where it stands."""
    k = key(title)
    if any(key(h) == k or key(h).startswith(k + " ") for h in have.titles):
        return
    for i, h in enumerate(have.titles):
        if k.startswith(key(h) + " "):
            have.titles[i] = title
            if i < len(have.titles_raw):
                have.titles_raw[i] = raw
            return
    have.titles.append(title)
    have.titles_raw.append(raw)


def _merge_same(doc: Document) -> None:
    by_key: dict[str, Person] = {}
    keep: list[Person] = []
    for p in doc.people:
        k = key(p.name)
        have = by_key.get(k)
        if have is None:
            by_key[k] = p
            keep.append(p)
            continue
        for t, raw in zip(p.titles, p.titles_raw or [""] * len(p.titles), strict=False):
            _merge_title(have, t, raw)
        have.province = have.province or p.province
        have.role = have.role or p.role
        have.mentions = sorted({(m.start, m.end): m for m in have.mentions + p.mentions}.values(),
                               key=lambda m: m.start)
    doc.people = keep
    doc.spans["people"] = sorted((m for p in keep for m in p.mentions), key=lambda m: m.start)
