"""Decoding and normalization that never lose offsets.

The text a user gives is kept as it is (``Document.text``); every offset we report indexes it.
For matching we build a *normalized view* (``Document.norm``): Unicode NFC with one tone placement
("hoà" → "hòa", "Uỷ" → "Ủy", "thuỷ" → "thủy"). ``norm`` can be shorter than ``text`` (NFD input
composes), so we keep a map from every ``norm`` position to the ``text`` position it came from.
For NFC input (almost all news text) the map is the identity and is not stored.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

__all__ = [
    "InputError",
    "decode_bytes",
    "normalize",
    "fold",
    "match_key",
    "OffsetMap",
]


class InputError(Exception):
    """Input that cannot be read as text: the message is one line meant for the user."""


_TONES = {"\u0300": 0, "\u0301": 1, "\u0309": 2, "\u0303": 3, "\u0323": 4}

# Old ("hoà") and new ("hòa") tone placement on the open diphthongs oa, oe, uy at the end of a
# syllable. The canonical form is the one the gold data and most news sites use: tone on the
# first vowel (hòa, khỏe, thủy, Ủy).
_MOVE = {}
for _first, _second in (("o", "a"), ("o", "e"), ("u", "y")):
    for _case_first in (_first, _first.upper()):
        for _case_second in (_second, _second.upper()):
            for _tone in _TONES:
                _old = _case_first + unicodedata.normalize("NFC", _case_second + _tone)
                _new = unicodedata.normalize("NFC", _case_first + _tone) + _case_second
                _MOVE[_old] = _new

# Only at a syllable end (the next character is not a letter) and not after "q" (quý is right).
# The "q" test is made on a match, not by a look-behind: a pattern that opens with a letter is
# tried only where that letter is (seven times faster on articles), and no match can start on the
# second letter of a skipped one, so the result is the same.
_TONE_RE = re.compile(
    "(" + "|".join(sorted(map(re.escape, _MOVE), key=len, reverse=True)) + r")(?!\w)"
)


def _move_tones(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        s = m.start()
        return m.group(1) if s and text[s - 1] in "qQ" else _MOVE[m.group(1)]

    return _TONE_RE.sub(repl, text)


class OffsetMap:
    """Maps positions in the normalized view back to positions in the original text."""

    __slots__ = ("_starts", "_orig", "identity")

    def __init__(self, starts: list[int] | None, orig: list[int] | None) -> None:
        # starts[i]: norm position where chunk i begins; orig[i]: its original position
        self._starts = starts
        self._orig = orig
        self.identity = starts is None

    def start(self, pos: int) -> int:
        """Original position of the character at norm position ``pos`` (or of the end)."""
        if self._starts is None or self._orig is None:
            return pos
        i = bisect_right(self._starts, pos) - 1
        return self._orig[i]

    def to_norm(self, pos: int) -> int:
        """The norm position of original position ``pos`` (the start of the character it is in;
        an end offset maps to the end of the span)."""
        if self._starts is None or self._orig is None:
            return pos
        i = bisect_right(self._orig, pos) - 1
        return self._starts[i] if i >= 0 else 0

    def end(self, pos: int) -> int:
        """Original end position for a norm span ending at ``pos`` (exclusive)."""
        if pos <= 0:
            return 0
        if self._starts is None or self._orig is None:
            return pos
        i = bisect_right(self._starts, pos - 1)
        return self._orig[i]


def normalize(text: str) -> tuple[str, OffsetMap]:
    """Return the normalized view of ``text`` and the map of its positions back to ``text``."""
    nfc = unicodedata.normalize("NFC", text)
    if nfc == text:
        return _no_surrogates(_move_tones(text)), OffsetMap(None, None)
    # Normalize chunk by chunk: a chunk is a base character with its combining marks, which NFC
    # composes into one or more characters. Record where each chunk starts on both sides.
    starts: list[int] = []
    orig: list[int] = []
    out: list[str] = []
    npos = 0
    i = 0
    n = len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j])
        starts.append(npos)
        orig.append(i)
        out.append(piece)
        npos += len(piece)
        i = j
    starts.append(npos)
    orig.append(n)
    return _no_surrogates(_move_tones("".join(out))), OffsetMap(starts, orig)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogates(norm: str) -> str:
    """Lone surrogates (from a lax decoder) become U+FFFD in the matching view: same length."""
    return _SURROGATE.sub("\ufffd", norm) if _SURROGATE.search(norm) else norm


def fold(text: str) -> str:
    """Lower-case ``text`` character by character, keeping its length (for matching)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def match_key(text: str) -> str:
    """A key that treats case, spacing, NFC/NFD and tone placement alike ("Uỷ ban" == "ủy ban")."""
    norm, _ = normalize(text)
    return " ".join(fold(norm).split())


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode_bytes(data: bytes, encoding: str | None = None) -> str:
    """Decode a file's bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM.

    Raises :class:`InputError` with a one-line message for binary or undecodable input.
    """
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError as exc:
            raise InputError(f"unknown encoding {encoding!r}") from exc
        except UnicodeDecodeError as exc:
            raise InputError(f"not valid {encoding} at byte {exc.start}") from exc
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"not valid {codec} at byte {exc.start + len(bom)}") from exc
    if b"\x00" in data[:8192]:
        raise InputError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 text (invalid byte at offset {exc.start}); "
            "convert it to UTF-8 or pass --encoding"
        ) from exc
