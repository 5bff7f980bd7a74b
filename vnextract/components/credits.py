"""Bylines and photo credits: the people who sign an article or a photo.

Scraped news signs in many ways; all of them are read here, from the document's sentences (built
once by the front-end, with photo credits already cut into sentences of their own):

- a lead word and a colon: "Tin và ảnh: Thành Chung", "Bài, ảnh: X", "Ảnh: Hoàng Triều",
  "(Ảnh: Doãn Tấn/TTXVN)" — role "author", or "photographer" for a photo;
- the last words of the article after its final full stop: "… ./. Bích Lan/VOV.VN",
  "… Hoài Thư (theo India.com)", "… Nhị Tiến - Phạm Công" (two people), "… LINH ANH";
- "Theo Thúy Hà/Báo điện tử Chính phủ" in the closing lines.

A credit names a person only when it is a name: 2–4 capitalised syllables (capitals are written in
normal case: "NGUYỄN QUỐC" = "Nguyễn Quốc"), not an agency or outlet (``credit_sources.txt``), not a
province or country, not initials ("PV", "T.H.", "H.Dịu").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..document import Document, Span
from ..lexicon import key, rows, words
from .cued_names import known_places

__all__ = ["Credit", "CreditsComponent", "find_credits", "is_credit_name", "is_district"]


@dataclass(frozen=True, slots=True)
class Credit:
    """Typed attributes of a ``credits`` span."""

    name: str
    role: str  # "author" | "photographer"


@dataclass(frozen=True)
class _Lex:
    lead: re.Pattern[str]
    roles: dict[str, str]
    not_names: frozenset[str]
    prefixes: frozenset[str]


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    roles = {key(r[0]): r[1] for r in rows("credit_leads.tsv") if len(r) > 1 and r[1] != "prefix"}
    prefixes = {key(r[0]) for r in rows("credit_leads.tsv") if len(r) > 1 and r[1] == "prefix"}
    alts = "|".join(
        r"\s*".join(re.escape(w) for w in re.findall(r"\w+|[^\w\s]", k))
        for k in sorted(roles, key=len, reverse=True)
    )
    # "Ảnh - Quang Minh": a dash instead of the colon, after the photo lead only
    lead = re.compile(rf"(?:(?<=^)|(?<=[\s(|/>.]))\(?\s*(?:(?P<lead>{alts})\s*:|(?P<dash>[Ảả]nh)\s+[-–])\s*",
                      re.IGNORECASE)
    not_names = {key(w) for w in words("credit_sources.txt")}
    not_names |= known_places()
    return _Lex(lead, roles, frozenset(not_names), frozenset(prefixes))


# What may follow the name(s) of a credit: an outlet after a slash, a bracket ("(TTXVN)",
# "(theo India.com)", "(T/h)"), "theo Phonearena", a closing "./.".
_TAIL = re.compile(
    r"\s*(?:/\s*\S.*|\((?:[^()]*)\)|[-–]\s*(?:[A-Z][A-Za-z0-9.]*[A-Z0-9]|[A-ZĐ]{2,}\S*)"
    r"|,?\s*[Tt]heo\s+\S.*|\s[-–]\s*[Nn]guồn\b.*)\s*$",
)
# a bracket before the byline: "(Tổng hợp) Vi An", "(TH) Minh Hà"
_HEAD_BRACKET = re.compile(r"\s*\([^()]{1,20}\)\s*")
_INITIAL_BEFORE = re.compile(r"(?:^|\s)[A-ZĐ]\.\s*$")
# initials before a dash: "N. Huyền- Xuân Phú" (a half-anonymised co-author, skipped)
_INITIALED = re.compile(r"^(?:[A-ZĐ]\.\s*)+[^\W\d_]*$")
_THEO_LEAD = re.compile(r"(?:[Tt]heo|[Nn]guồn)\s+")
_SPLIT = re.compile(r"\s*(?:[-–,;&]|\bvà\b)\s*|\s{2,}")
_OUTLET_HEADS = frozenset({"báo", "tạp", "đài", "cổng", "trang", "kênh", "theo", "nguồn"})
_HONORIFICS = frozenset({"ông", "bà"})
_SYLLABLE = re.compile(r"^[^\W\d_]+$")


def is_credit_name(name: str) -> bool:
    """True for a personal name as credits write it (normal case or capitals), 2–4 syllables."""
    ws = name.split()
    if not 2 <= len(ws) <= 4 or key(name) in _lex().not_names:
        return False
    if key(ws[0]) in _OUTLET_HEADS and not _given_trang(ws):
        return False
    if any(key(w) in _HONORIFICS for w in ws):
        return False
    caps = all(w.isupper() for w in ws)
    for w in ws:
        if not _SYLLABLE.match(w) or len(w) < 2 or not w[0].isupper():
            return False
        if not caps and not w[1:].islower():
            return False
    return True


def _given_trang(ws: list[str]) -> bool:
    """"Trang Thu": the name Trang, not "trang" (a web page) before an outlet ("Trang Zing.vn")."""
    return key(ws[0]) == "trang" and key(" ".join(ws[1:])) not in _lex().not_names


def _names(doc: Document, s: int, e: int) -> list[tuple[str, int, int]]:
    """The names in ``norm[s:e]`` (a credit's text), or [] when any part is not a name."""
    lead = _THEO_LEAD.match(doc.norm, s, e) or _HEAD_BRACKET.match(doc.norm, s, e)
    if lead:
        s = lead.end()
    seg = doc.norm[s:e].rstrip(" .")
    tail = _TAIL.search(seg)
    if tail:
        after = _after_source(doc, s, seg, tail.start())
        if after:
            return [after]
        seg = seg[: tail.start()]
    out: list[tuple[str, int, int]] = []
    pos = s
    parts = _SPLIT.split(seg)
    if len(parts) > 1 and _INITIAL_BEFORE.search(doc.norm, max(0, s - 4), s) and " " not in parts[0]:
        parts = parts[1:]  # "N. Huyền- Xuân Phú": the rest of a half-anonymised co-author
    for part in parts:
        at = doc.norm.find(part, pos, s + len(seg)) if part else -1
        if not part or at < 0:
            continue
        pos = at + len(part)
        part, at = _drop_prefix(part, at)
        if not is_credit_name(part):
            if part.isupper() or key(part) in _lex().not_names or _INITIALED.match(part):
                continue  # an outlet or place beside a name: "Minh Anh - TNTBros", "(TTXVN)"
            return []
        if out and is_district(part):
            continue  # the reporter's district after the name: "Minh Anh - Thiệu Hóa"
        out.append((_normal_case(part), at, at + len(part)))
    return out


_WORD = re.compile(r"[^\W\d_]+")


def _after_source(doc: Document, s: int, seg: str, cut: int) -> tuple[str, int, int] | None:
    """"Ảnh: VGP/Quang Hiếu": an outlet, a slash, then the photographer, perhaps glued to the next
    sentence ("VGP/Quang Hiếu Tại cuộc tiếp", "VGP/Quang Hiếu Trao đổi"): the capitalised words after
    the slash, less a last one that opens a lower-case phrase when there are three or more."""
    head = seg[:cut].strip()
    outlet = key(head) in _lex().not_names or (head.isupper() and " " not in head)
    if not head or not outlet or not seg[cut:].lstrip().startswith("/"):
        return None
    at = s + seg.index("/", cut) + 1
    run: list[re.Match[str]] = []
    for m in _WORD.finditer(doc.norm, at, min(len(doc.norm), at + 60)):
        gap = doc.norm[run[-1].end() if run else at:m.start()]
        if gap.strip() or not m.group(0)[0].isupper():
            if len(run) >= 3 and not gap.strip() and m.group(0)[0].islower():
                run.pop()
            break
        run.append(m)
    if not 2 <= len(run) <= 4:
        return None
    name = doc.norm[run[0].start():run[-1].end()]
    return (_normal_case(name), run[0].start(), run[-1].end()) if is_credit_name(name) else None


def _drop_prefix(part: str, at: int) -> tuple[str, int]:
    """A reporter's role before the name ("CTV Lê Huy", "PV Minh Hà") is no part of it, nor a
    one-word photo source before the byline glued to it ("Ảnh: Internet Minh Hà")."""
    ws = part.split()
    if len(ws) > 2 and key(ws[0]) in _sources() and key(ws[0]) not in _surnames():
        cut = part.index(ws[1], len(ws[0]))
        return part[cut:], at + cut
    for n in (2, 1):
        if len(ws) > n + 1 and key(" ".join(ws[:n])) in _lex().prefixes:
            cut = part.index(ws[n])
            return part[cut:], at + cut
    return part, at


def is_district(part: str) -> bool:
    """A district's name (underthesea's address data) that does not start with a surname."""
    from .address import address, place_key

    ws = part.split()
    if key(ws[0]) in _surnames():
        return False
    return bool(address().place_index().get(("district", place_key(_normal_case(part)))))


@lru_cache(maxsize=1)
def _sources() -> frozenset[str]:
    """One-word agencies, outlets and stock words of ``credit_sources.txt``."""
    return frozenset(key(w) for w in words("credit_sources.txt") if " " not in w)


@lru_cache(maxsize=1)
def _place_heads() -> frozenset[str]:
    """One-word place nouns of ``name_context.tsv`` ("cảng", "phố", "xã")."""
    return frozenset(key(r[0]) for r in rows("name_context.tsv")
                     if len(r) > 1 and r[1] == "place" and " " not in r[0])


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(key(w) for w in words("surnames.txt"))


def _normal_case(name: str) -> str:
    return " ".join(w.capitalize() for w in name.split()) if name.isupper() else name


# a photo or clip credit in brackets, inside a sentence: "(ảnh TÍN HUY)", "(ảnh: Hoàng Hà)", "(clip: X)"
_PAREN_PHOTO = re.compile(r"\(\s*(?:[Ảả]nh|[Cc]lip|[Vv]ideo)\s*:?\s+(?P<who>[^():/]{3,40}?)\s*\)")


def _lead_credits(doc: Document) -> list[tuple[str, str, int, int]]:
    out = []
    for m in _PAREN_PHOTO.finditer(doc.norm):
        out += [(n, "photographer", a, b) for n, a, b in _names(doc, m.start("who"), m.end("who"))]
    lex = _lex()
    for sent in doc.sentences:
        m = lex.lead.search(doc.norm, sent.nstart, min(sent.nend, sent.nstart + 40))
        if m is None or (m.start() > sent.nstart and doc.norm[sent.nstart:m.start()].strip("( ")):
            continue
        role = lex.roles.get(key(m.group("lead") or m.group("dash")), "author")
        end = doc.norm.find(")", m.end(), sent.nend) if doc.norm[m.start()] == "(" else -1
        for name, a, b in _names(doc, m.end(), end if end > 0 else sent.nend):
            out.append((name, role, a, b))
    return out


_LAST_WORDS = re.compile(r"(?:[.!?…”\"]|\./\.)\s+(?P<rest>(?:(?![.!?…]\s)[^!?…\n]){3,80})$")
# a byline with its outlet after a closing bracket, no full stop between ("(tên đã thay đổi) CTV Lê
# Huy/VOV.VN")
_BRACKET_LAST = re.compile(r"\)\s+(?P<rest>[^()\n.!?…/]{3,40}/[^()\n!?…\s]{2,20})$")
_THEO = re.compile(r"(?:^|\s)[Tt]heo\s+(?P<who>[^/()\n]{3,40}?)\s*(?:/|\(|-\s)")


def _closing_credits(doc: Document) -> list[tuple[str, str, int, int]]:
    """A byline glued after the article's last sentence, on the last line(s), or "Theo X/Báo Y"."""
    norm = doc.norm.rstrip()
    start = max(0, min(doc.byline_start, len(norm)) - 200, len(norm) - 300)
    out = []
    zone = norm[start:]
    m = _LAST_WORDS.search(zone)
    if m:
        out += [(n, "author", a, b) for n, a, b in _names(doc, start + m.start("rest"), len(norm))]
    if not out and (b := _BRACKET_LAST.search(zone)):
        out += [(n, "author", a, b_) for n, a, b_ in _names(doc, start + b.start("rest"), len(norm))]
    if not out:
        out += _glued_chain(doc, start, zone)
    if not out and doc.byline_start < len(norm):
        out += [(n, "author", a, b) for n, a, b in _names(doc, doc.byline_start, len(norm))]
    for t in _THEO.finditer(norm, start):
        out += [(n, "author", a, b) for n, a, b in _names(doc, t.start("who"), t.end("who"))]
    return out


# bylines glued to a caption's last words with no full stop between: "… Vũ Văn Tám Phạm Anh - Tố
# Anh", "… Minh Phú Hoàng Yến – Xuân Toàn", "… Tuấn Hưng đang sở hữu Lưu Hoài (T/h)"
_GLUED_CHAIN = re.compile(
    r"(?P<pre>\S+)\s+(?P<first>[^\W\d_]+\s+[^\W\d_]+)\s*"
    r"(?:[-–]\s*(?P<rest>[^\n.!?…()]{3,80}?)|\((?:T/h|TH|[Tt]ổng hợp)\)(?:\s+[Tt]heo\s+[^\n]{2,40})?)\s*$")


def _glued_chain(doc: Document, start: int, zone: str) -> list[tuple[str, str, int, int]]:
    """A closing byline glued to the caption before it: the two syllables before the first dash
    (three when the one before them is a family name after a lower-case word) and the names after
    it; or two syllables before "(T/h)". Every part must be a credit name."""
    m = _GLUED_CHAIN.search(zone)
    if m is None or zone[m.start("pre") - 1: m.start("pre")] not in (" ", ""):
        return []
    a = start + m.start("first")
    pre = m.group("pre")
    if key(pre) in _place_heads():
        return []  # "cảng Hòn Gai - Bãi Cháy": places, no byline
    before = zone[: m.start("pre")].rstrip().rsplit(" ", 1)[-1]
    if key(pre) in _surnames() and pre[:1].isupper() and not before[:1].isupper():
        a = start + m.start("pre")
    end = start + (m.end("rest") if m.group("rest") else m.end("first"))
    names = _names(doc, a, end)
    expected = 1 + (len(_SPLIT.split(m.group("rest").strip())) if m.group("rest") else 0)
    if len(names) != expected:
        return []
    return [(n, "author", x, y) for n, x, y in names]


def find_credits(doc: Document) -> list[Span]:
    """Credit spans (label "credits", attrs :class:`Credit`), in text order, one per mention."""
    seen: set[tuple[int, int]] = set()
    spans = []
    for name, role, a, b in _lead_credits(doc) + _closing_credits(doc):
        if (a, b) in seen:
            continue
        seen.add((a, b))
        sp = doc.span(a, b, "credits", role=role)
        sp.attrs = Credit(name, role)
        spans.append(sp)
    return sorted(spans, key=lambda s: s.start)


class CreditsComponent:
    """Adds ``doc.spans["credits"]``: bylines and photo credits."""

    name = "credits"
    reads = ("sentences",)
    adds = ("credits",)

    def __call__(self, doc: Document) -> Document:
        doc.add_spans("credits", find_credits(doc))
        return doc
