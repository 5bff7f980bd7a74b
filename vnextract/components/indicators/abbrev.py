"""Abbreviations of indices and programmes: "IIP" takes the long form its paragraph defined,
derived names use the standard abbreviation ("… FDI", "điểm PCI").
"""

from __future__ import annotations

import re

from ...lexicon import compiled
from .model import _Item

_INDEX_ABBREV = re.compile(r"[A-ZĐ][A-Z0-9]{1,7}")


class AbbrevMixin:
    """Index and programme abbreviations."""

    def _expand_index(self, name: str, pos: int) -> str:
        """A bare index abbreviation ("IIP") takes the long form its paragraph defined for it;
        in a later paragraph the abbreviation stands on its own ("Riêng CPI tháng 9 …")."""
        if not _INDEX_ABBREV.fullmatch(name):
            return name
        para = self.para_of(pos)
        a = self.line_starts[para]
        b = self.line_starts[para + 1] if para + 1 < len(self.line_starts) else len(self.norm)
        for long, ab in self.lex.abbrev:
            if ab != name or not long.startswith("chỉ số"):
                continue
            p = self.lower.find(f"{long} ({ab.lower()})", a, b)
            if p >= 0:
                return self.norm[p : p + len(long) + len(ab) + 3]
        return name

    def _last_abbrev(self, items: list[_Item], k: int) -> str:
        text = self.norm[items[0].start : items[k].start] if items else ""
        found = re.findall(r"\(([A-ZĐ][A-Z0-9&\- ]{1,12})\)", text)
        if found:
            return found[-1]
        known = {ab for _, ab in self.lex.abbrev}
        # a bare index abbreviation in the sentence, else in its paragraph or the title
        para = self.line_starts[self.para_of(items[0].start)] if items else 0
        for src in (text, self.norm[para : items[0].start] if items else "",
                    self.norm[: self.title_end]):
            bare = [w for w in re.findall(r"(?<!\w)[A-Z]{2,6}(?!\w)", src) if w in known]
            if bare:
                return bare[-1]
        low = text.lower()
        best = ""
        best_pos = -1
        for long, ab in self.lex.abbrev:
            p = low.rfind(long)
            if p > best_pos:
                best, best_pos = ab, p
        return best

    def _short(self, name: str) -> str:
        """Derived names use abbreviations: "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)" → "PCI"."""
        m = re.search(r"\(([A-ZĐ][A-Za-z0-9&\-]{1,12})\)", name)
        if not m:
            return name
        ab = m.group(1)
        low = name[: m.start()].rstrip().lower()
        for long, a in self.lex.abbrev:
            if a == ab and low.endswith(long):
                head = name[: len(low) - len(long)].strip()
                return (head + " " + ab).strip() + name[m.end():]
        if len(low.split()) >= 3 and not any(h in low for h in ("vốn", "thu", "xuất", "nhập")):
            return ab + name[m.end():]
        return name[: m.start()].rstrip() + " " + ab + name[m.end():]

    def _abbreviate(self, name: str) -> str:
        """Derived rank names use the standard abbreviations ("… vốn đầu tư trực tiếp nước ngoài"
        → "… FDI"), unless the name already spells the abbreviation."""
        low = name.lower()
        for long, ab in self.lex.abbrev:
            if ab.lower() in low:
                continue
            if long not in low:
                continue  # literal pre-filter for the pattern below
            m = compiled(r"(?<!\w)" + re.escape(long) + r"(?!\w)").search(low)
            if m:
                name = name[: m.start()] + ab + name[m.end():]
                low = name.lower()
        return name
