"""An exact, faster ``finditer`` for case-insensitive patterns whose matches start with a word.

A pattern such as ``(?<!\\w)(?:tháng\\s+(?P<m>\\d+))`` compiled with ``re.I`` is tried by the regex
engine at every position of the text (a leading look-behind and case-folded letters rule out its
own literal-prefix search). :func:`literal_starts` reads the pattern's parse tree and gives the
lower-case strings one of which begins every match ("thá"); :class:`TextScan` finds those strings
in the lower-cased text with ``str.find`` and runs the pattern only there (``match`` at each
candidate, skipping candidates inside the match before, as ``finditer`` does). The matches are
the same objects ``finditer`` gives; a pattern the analysis cannot bound, or a text with a
character the case folding treats unlike ``str.lower`` ("ı", "ſ", "K"), goes through ``finditer``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache

try:  # Python 3.11+
    from re import _parser as _sre  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre  # type: ignore[no-redef]

__all__ = ["TextScan", "literal_starts"]

_SIZE = 3  # characters of each start string
_MAX_STRINGS = 128  # a pattern that starts in more ways is searched by ``re`` alone
_SKIP = (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT)  # zero-width: they consume nothing


class _Unbounded(Exception):
    """The analysis cannot name the strings a match starts with."""


def _starts(items: list, size: int, fold: bool) -> set[str]:
    """Strings (each at most ``size`` characters, shorter where a match may end or the analysis
    stops) one of which is a prefix of every match of the sequence ``items``."""
    if size == 0 or not items:
        return {""}
    op, av = items[0]
    rest = items[1:]
    if op in _SKIP:
        return _starts(rest, size, fold)
    if op is _sre.LITERAL or op is _sre.IN:
        chars = {_char(av, fold)} if op is _sre.LITERAL else _charset(av, fold)
        try:
            tails = _starts(rest, size - 1, fold)
        except _Unbounded:
            tails = {""}  # a prefix of a start is a start
        return _capped({c + t for c in chars for t in tails})
    if op is _sre.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _Unbounded
        return _starts(list(sub.data) + rest, size, fold)
    if op is _sre.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            out |= _starts(list(alt.data) + rest, size, fold)
        return _capped(out)
    if op is _sre.MAX_REPEAT or op is _sre.MIN_REPEAT:
        lo, _, sub = av
        once = _starts(list(sub.data), size, fold)  # what follows one round is not looked at
        return _capped(once | _starts(rest, size, fold)) if lo == 0 else once
    raise _Unbounded


def _char(code: int, fold: bool) -> str:
    if not fold:
        return chr(code)
    low = chr(code).lower()  # a pattern compiled with re.I: the text is searched lower-cased
    if len(low) != 1:
        raise _Unbounded
    return low


def _charset(items: list, fold: bool) -> set[str]:
    out: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            out.add(_char(av, fold))
        elif op is _sre.RANGE and av[1] - av[0] < 16:
            out.update(_char(c, fold) for c in range(av[0], av[1] + 1))
        else:
            raise _Unbounded
    return out


def _capped(strings: set[str]) -> set[str]:
    if len(strings) > _MAX_STRINGS:
        raise _Unbounded
    return strings


_STARTS: dict[re.Pattern[str], frozenset[str] | None] = {}


def literal_starts(rx: re.Pattern[str]) -> frozenset[str] | None:
    """The strings one of which begins every match of ``rx`` (lower-case for a pattern compiled
    with ``re.IGNORECASE``), or None when there is no such set."""
    if rx in _STARTS:
        return _STARTS[rx]
    found: frozenset[str] | None
    try:
        tree = _sre.parse(rx.pattern, rx.flags)
        strings = _starts(list(tree.data), _SIZE, bool(rx.flags & re.IGNORECASE))
        found = None if "" in strings else frozenset(strings)
    except (_Unbounded, RecursionError):
        found = None
    _STARTS[rx] = found
    return found


# characters whose case folding in ``re`` is str.lower's, checked once against every letter of the
# start strings (``re.I`` also matches "ı" for "i", "ſ" for "s", "K" for "k")
_LETTERS: set[str] = set()
_SAFE: set[str] = set()
_UNSAFE: set[str] = {"\u03a3"}  # "Σ" lowers to "ς" at a word's end: its lower case depends on context


def _add_letters(strings: frozenset[str]) -> None:
    new = {c for s in strings for c in s} - _LETTERS
    if new:
        _LETTERS.update(new)
        _SAFE.clear()


def _check(c: str) -> bool:
    low = c.lower()
    for letter in _LETTERS:
        if (_folded(letter).fullmatch(c) is not None) != (low == letter):
            _UNSAFE.add(c)
            return False
    _SAFE.add(c)
    return True


@cache
def _folded(letter: str) -> re.Pattern[str]:
    return re.compile(re.escape(letter), re.IGNORECASE)


class TextScan:
    """One text searched by several case-insensitive patterns (see the module's doc)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lower = text.lower()
        self.chars = set(text)
        self.ok = len(self.lower) == len(text) and not self.chars & _UNSAFE
        self._found: dict[str, list[int]] = {}
        self._cased: dict[str, list[int]] = {}
        self._rx_starts: dict[re.Pattern[str], list[int] | None] = {}

    def _safe(self, strings: frozenset[str]) -> bool:
        if not self.ok:
            return False
        _add_letters(strings)
        unknown = self.chars - _SAFE
        if unknown and not all([_check(c) for c in unknown]):
            self.ok = False
        return self.ok

    def _at(self, s: str) -> list[int]:
        """Every start of ``s`` in the lower-cased text, overlapping ones included."""
        hits = self._found.get(s)
        if hits is None:
            hits = self._found[s] = []
            find, i = self.lower.find, self.lower.find(s)
            while i >= 0:
                hits.append(i)
                i = find(s, i + 1)
        return hits

    def _at_cased(self, s: str) -> list[int]:
        """Every start of ``s`` in the text as written (for a pattern without re.I)."""
        hits = self._cased.get(s)
        if hits is None:
            hits = self._cased[s] = []
            find, i = self.text.find, self.text.find(s)
            while i >= 0:
                hits.append(i)
                i = find(s, i + 1)
        return hits

    def _starts(self, rx: re.Pattern[str]) -> list[int] | None:
        """Where a match of ``rx`` may start, in order; None: anywhere (use ``rx`` itself)."""
        if rx in self._rx_starts:
            return self._rx_starts[rx]
        strings = literal_starts(rx)
        fold = bool(rx.flags & re.IGNORECASE)
        starts = None
        if strings is not None and (not fold or self._safe(strings)):
            at = self._at if fold else self._at_cased
            starts = sorted({i for s in strings for i in at(s)})
        self._rx_starts[rx] = starts
        return starts

    def search(self, rx: re.Pattern[str], pos: int = 0) -> re.Match[str] | None:
        """What ``rx.search(text, pos)`` gives."""
        starts = self._starts(rx)
        if starts is None:
            return rx.search(self.text, pos)
        for k in range(bisect_left(starts, pos), len(starts)):
            m = rx.match(self.text, starts[k])
            if m is not None:
                return m
        return None

    def finditer(self, rx: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """The matches ``rx.finditer(text)`` gives, in the same order."""
        starts = self._starts(rx)
        if starts is None:
            yield from rx.finditer(self.text)
            return
        text, end = self.text, 0
        for i in starts:
            if i < end:
                continue
            m = rx.match(text, i)
            if m is not None:
                yield m
                end = m.end()
