"""Team sheets: the players a match report lists after "Đội hình xuất phát:", "Dự kiến:".

Sport pages list the line-ups of both teams as bare names: "Đội hình ra sân: Atletico: Oblak,
Godin, Savic …", "Cameroon Dự kiến: Ondoa, Mabouka, …", "Than Quảng Ninh: Tuấn Linh - Văn Khoa,
Thanh Hào …". Each item of such a list is a player, a person named by the name the page uses for
them, one word ("Koke") or more ("Saul Niguel"). A list counts as a team sheet only when five or
more of its items look like names and few do not; a team's label before a colon ("U21 Italia:",
"Italia (4-4-2):") is no player.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document
from ..lexicon import key, rows
from .cued_names import CuedName, known_places, org_words

__all__ = ["find_lineup_names"]

_UPPER = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x1EFA)) if ch.isupper())
_WORD = re.compile(rf"^[{_UPPER}][^\W\d_]*(?:[-'’][^\W\d_]+)*$")
_PARTICLES = frozenset({"de", "da", "di", "van", "von", "der", "dos", "del", "la", "le"})
_MIN_ITEMS = 5


@lru_cache(maxsize=1)
def _lead() -> re.Pattern[str]:
    leads = sorted((r[0] for r in rows("person_cues.tsv") if len(r) > 1 and r[1] == "lineup"),
                   key=len, reverse=True)
    alts = "|".join(re.escape(x) for x in leads)
    return re.compile(rf"(?:^|(?<=[\s.:]))(?:{alts})\s*:", re.IGNORECASE)


def _is_name(item: str) -> bool:
    ws = item.split()
    if not 1 <= len(ws) <= 3:
        return False
    if not all(_WORD.match(w) or (w in _PARTICLES and w is not ws[0]) for w in ws):
        return False
    k = key(item)
    return k not in known_places() and not any(key(w) in org_words() for w in ws)


def _items(norm: str, start: int) -> list[tuple[int, int, str]]:
    """The items after a lead's colon up to the end of the list (a full stop or 500 characters);
    a piece with a colon keeps only what follows it (a team's label is no item)."""
    end = norm.find(". ", start, start + 500)
    end = end if end >= 0 else min(len(norm), start + 500)
    out = []
    for m in re.finditer(r"[^,;]+", norm[start:end]):
        for part in re.split(r"\s[-–]\s", m.group(0)):
            at = start + m.start() + m.group(0).find(part)
            if ":" in part:
                cut = part.rfind(":") + 1
                at, part = at + cut, part[cut:]
            text = part.strip(" .")
            if text:
                at += part.find(text)
                out.append((at, at + len(text), text))
    return out


def find_lineup_names(doc: Document) -> list[CuedName]:
    """The players of every team sheet in the text, one entry per mention."""
    out: list[CuedName] = []
    taken = [(sp.nstart, sp.nend) for label in ("provinces", "places") for sp in doc.spans.get(label, [])]
    for lead in _lead().finditer(doc.norm):
        items = _items(doc.norm, lead.end())
        names = [(a, b, t) for a, b, t in items
                 if _is_name(t) and not any(x < b and a < y for x, y in taken)]
        if len(names) < _MIN_ITEMS or len(names) * 4 < len(items) * 3:
            continue
        out += [CuedName(t, a, b, "") for a, b, t in names]
    return out
