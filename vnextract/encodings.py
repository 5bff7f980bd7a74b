"""Reading bytes as they really arrive: UTF-8/16/32, and the legacy Vietnamese encodings.

:func:`decode` turns a file's bytes into text. A forced encoding wins; then byte-order marks;
then valid UTF-8 (pure ASCII included). Anything else is tried as each of the legacy Vietnamese
encodings still found in archives — Windows-1258, TCVN3 (ABC) and VNI-Windows — and the decoding
that reads most like Vietnamese is kept, but only when it is clearly right. Binary files and
text in an encoding we cannot determine raise :class:`~vnextract.text.InputError` with a one-line
message.

The TCVN3 and VNI tables live in ``vnextract/data/tcvn3.tsv`` and ``vni.tsv``.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .text import InputError

__all__ = ["decode", "LEGACY_ENCODINGS", "canonical_name"]

# Names decode() reports for the legacy encodings, with what users call them.
LEGACY_ENCODINGS = {
    "windows-1258": "Windows-1258",
    "tcvn3": "TCVN3 (ABC)",
    "vni": "VNI-Windows",
}

_ALIASES = {
    "utf8": "utf-8",
    "utf-8": "utf-8",
    "utf-8-sig": "utf-8",
    "cp65001": "utf-8",
    "cp1258": "windows-1258",
    "windows-1258": "windows-1258",
    "win-1258": "windows-1258",
    "win1258": "windows-1258",
    "1258": "windows-1258",
    "tcvn3": "tcvn3",
    "tcvn-3": "tcvn3",
    "tcvn": "tcvn3",
    "tcvn5712": "tcvn3",
    "tcvn-5712": "tcvn3",
    "vn3": "tcvn3",
    "abc": "tcvn3",
    "vscii": "tcvn3",
    "vscii-3": "tcvn3",
    "vni": "vni",
    "vni-windows": "vni",
    "vni-win": "vni",
    "vniwin": "vni",
}

_MAGIC = (
    (b"%PDF-", "a PDF file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.odt file)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"PK\x07\x08", "a ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Microsoft Office document (.doc/.xls)"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"{\\rtf", "an RTF document"),
    (b"\x7fELF", "a program (ELF binary)"),
)

_BOMS = (  # UTF-32 first: its little-endian BOM begins with UTF-16's
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

_SAMPLE_BYTES = 64 * 1024  # detection looks at this much of the file
_MAX_SCORED_TOKENS = 6000


def canonical_name(encoding: str) -> str:
    """The name :func:`decode` uses for a user-given encoding name (Python codec names pass)."""
    key = encoding.strip().lower().replace("_", "-").replace(" ", "-")
    if key in _ALIASES:
        return _ALIASES[key]
    try:
        return codecs.lookup(encoding.strip()).name
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Bytes -> (text, name of the encoding used).

    Order: a forced ``encoding`` (utf-8, utf-16, cp1258/windows-1258, tcvn3/abc, vni, latin-1, or
    any Python codec name); a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32); valid UTF-8; then
    detection among Windows-1258, TCVN3 (ABC) and VNI. Legacy encodings come back as Unicode NFC.
    UTF-8 and the other Unicode encodings are returned exactly as they are (offsets stay honest).

    Raises :class:`InputError` (one-line message) for binary input and for text whose encoding
    cannot be determined.
    """
    data = bytes(data)
    what = _binary_kind(data)
    if what:
        raise InputError(f"{what}, not text")
    if encoding:
        return _decode_forced(data, encoding)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_strict(data, codec, skip=len(bom)), codec
    if b"\x00" in data:
        guess = _utf16_without_bom(data)
        if guess is not None:
            return guess
        if b"\x00" in data[:8192]:
            raise InputError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes), not text")
    return _detect_legacy(data, first_bad)


# --------------------------------------------------------------------------- forced / Unicode


def _binary_kind(data: bytes) -> str | None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    return None


def _decode_strict(data: bytes, codec: str, skip: int = 0) -> str:
    """Decode ``data[skip:]`` (``skip`` steps over a byte-order mark)."""
    codec = codec.replace("-sig", "")
    try:
        return data[skip:].decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid {codec.upper()} at byte {exc.start + skip}") from None


def _decode_forced(data: bytes, encoding: str) -> tuple[str, str]:
    name = canonical_name(encoding)
    if name == "utf-8":
        if data.startswith(b"\xef\xbb\xbf"):
            return _decode_strict(data, "utf-8", skip=3), "utf-8-sig"
        return _decode_strict(data, "utf-8"), "utf-8"
    if name in LEGACY_ENCODINGS:
        return _LEGACY_DECODERS[name](data), name
    try:
        return data.decode(name), name
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid {encoding} at byte {exc.start}") from None
    except LookupError:  # a codec that is not a text encoding (rot13, hex, ...)
        raise InputError(f"{encoding!r} is not a text encoding") from None
    except (UnicodeError, ValueError, TypeError) as exc:
        raise InputError(f"cannot decode as {encoding}: {exc}".splitlines()[0]) from None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without a BOM: every other byte is NUL for the ASCII part of the text."""
    if len(data) < 4 or len(data) % 2:
        return None
    head = data[:8192]
    even, odd = head[0::2], head[1::2]
    for nuls, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nuls.count(0) >= 0.3 * len(nuls) and other.count(0) <= 0.02 * len(other):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            if any(_is_bad_char(c) for c in text[:4096]):
                return None
            return text, codec
    return None


def _is_bad_char(c: str) -> bool:
    """Characters that do not belong in text: controls (but whitespace), private use, U+FFFD."""
    if c in "\t\n\r\f\v":
        return False
    o = ord(c)
    return o < 0x20 or 0x7F <= o < 0xA0 or o == 0xFFFD or 0xE000 <= o < 0xF900


# --------------------------------------------------------------------------- legacy tables


def _data_lines(name: str) -> list[list[str]]:
    text = (resources.files("vnextract") / "data" / name).read_text(encoding="utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


def _codepoint(field: str) -> str:
    return chr(int(field.strip().removeprefix("U+"), 16))


# Bytes 80-FF as Windows-1252, with its five holes read as Latin-1 (C1 controls, which count
# as bad characters when scoring).
def _cp1252_char(b: int) -> str:
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)


@cache
def _tcvn3_table() -> dict[int, str]:
    """str.translate table from Latin-1-decoded TCVN3 bytes to Unicode."""
    table = {b: _cp1252_char(b) for b in range(0x80, 0x100)}
    for row in _data_lines("tcvn3.tsv"):
        table[int(row[0], 16)] = _codepoint(row[2])
    return table


@cache
def _tcvn3_lowercase() -> frozenset[str]:
    """Lower-case letters TCVN3 has codes for (what an all-capitals .VnTimeH font shows as caps)."""
    return frozenset(c for c in _tcvn3_table().values() if c.islower())


_PUA = 0xF700  # bytes 80-FF are parked at U+F780-U+F7FF while VNI sequences are replaced


@cache
def _vni_tables(
    strict: bool = False,
) -> tuple[re.Pattern[str], dict[str, str], dict[int, str]]:
    """(pattern of multi-byte sequences, their Unicode, translate table for single bytes).

    ``strict`` (for scoring) reads a diacritic byte that follows no vowel as U+FFFD: real VNI
    text never has one, while text in another encoding read as VNI has many.
    """
    seqs: dict[str, str] = {}
    singles = {_PUA + b: _cp1252_char(b) for b in range(0x80, 0x100)}
    marks: set[int] = set()
    for row in _data_lines("vni.tsv"):
        raw = bytes(int(h, 16) for h in row[0].split())
        char = _codepoint(row[3])
        if len(raw) == 1:
            singles[_PUA + raw[0]] = char
            continue
        parked = "".join(chr(_PUA + b) if b >= 0x80 else chr(b) for b in raw)
        seqs[parked] = char
        # Files mix cases (an upper-case base with a lower-case mark byte and the reverse):
        # the base letter decides the case.
        last = raw[-1]
        other = last - 0x20 if last >= 0xE0 else last + 0x20
        variant = parked[:-1] + chr(_PUA + other)
        seqs.setdefault(variant, char)
        marks.update((last, other))
    if strict:
        for b in marks:
            if _PUA + b not in singles or singles[_PUA + b] == _cp1252_char(b):
                singles[_PUA + b] = "\ufffd"
    pattern = re.compile("|".join(re.escape(s) for s in sorted(seqs, key=len, reverse=True)))
    return pattern, seqs, singles


_PARK = {b: chr(_PUA + b) for b in range(0x80, 0x100)}


def _decode_vni(data: bytes, strict: bool = False) -> str:
    pattern, seqs, singles = _vni_tables(strict)
    parked = data.decode("latin-1").translate(_PARK)
    text = pattern.sub(lambda m: seqs[m.group()], parked)
    return unicodedata.normalize("NFC", text.translate(singles))


def _decode_tcvn3(data: bytes, restore_caps: bool = True) -> str:
    text = unicodedata.normalize("NFC", data.decode("latin-1").translate(_tcvn3_table()))
    return _restore_capitals(text) if restore_caps else text


def _decode_cp1258(data: bytes) -> str:
    return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))


_LEGACY_DECODERS = {
    "windows-1258": _decode_cp1258,
    "tcvn3": _decode_tcvn3,
    "vni": _decode_vni,
}

_WORD_RE = re.compile(r"[^\W\d_]+")
_LINE_RE = re.compile(r"[^\n]+")


def _restore_capitals(text: str) -> str:
    """TCVN3 has no codes for capitals with tones: all-capitals fonts (.VnTimeH) show lower-case
    codes as capitals. Where the letters around such a code are capitals, make it one."""
    lower_codes = _tcvn3_lowercase()
    if not any(c in lower_codes for c in text):
        return text

    def fix_word(m: re.Match[str]) -> str:
        w = m.group()
        if any(c.isupper() for c in w[1:]) and not any("a" <= c <= "z" for c in w):
            return w.upper()
        return w

    def fix_line(m: re.Match[str]) -> str:
        line = m.group()
        ascii_letters = [c for c in line if "A" <= c <= "Z" or "a" <= c <= "z"]
        if len(ascii_letters) >= 3 and all(c <= "Z" for c in ascii_letters):
            return line.upper()
        return _WORD_RE.sub(fix_word, line)

    return _LINE_RE.sub(fix_line, text)


# --------------------------------------------------------------------------- scoring


_TONE_MARKS = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
_VOWELS = ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")


@cache
def _letters() -> dict[str, tuple[str, bool]]:
    """Lower-case Vietnamese letter -> (letter without tone, has a tone)."""
    table = {c: (c, False) for c in "abcdefghijklmnopqrstuvwxyzđ"}
    for v in _VOWELS:
        for mark in _TONE_MARKS[1:]:
            table[unicodedata.normalize("NFC", v + mark)] = (v, True)
        table[v] = (v, False)
    return table


# Vowel groups (without tones) by whether a final consonant may, must or must not follow.
_OPEN = "iêu yêu oai oay oao oeo uây uôi ươi ươu uya uyu ai ao au ay âu ây eo êu ia iu oi ôi ơi "
_OPEN += "ua ui ưa ưi ưu uơ ya"
_CLOSED = "uyê iê yê uô ươ oo ôô oă uâ ă â"
_EITHER = "oa oe uê uy a e ê i o ô ơ u ư y"


def _alternatives(groups: str) -> str:
    return "|".join(sorted(groups.split(), key=len, reverse=True))


_SYLLABLE_RE = re.compile(
    "(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?"
    f"(?:(?:{_alternatives(_OPEN)})"
    f"|(?:{_alternatives(_CLOSED)})(?:ch|ng|nh|[cmnpt])"
    f"|(?:{_alternatives(_EITHER)})(?:ch|ng|nh|[cmnpt])?)"
)

# Frequent words of news text: a decoding that produces them is almost certainly right.
_COMMON = frozenset(
    "của và các được người năm tỉnh trong những với cho này đã là có không một để đến theo "
    "về từ khi đó ngày tại cũng như sẽ hơn nhiều đồng tháng việc nước thành phố công vào trên "
    "lại bị đang đầu sau nhà ông bà tỷ triệu tăng so mới số huyện xã ra việt".split()
)

# Tokens are runs of characters between spaces and ASCII/general punctuation.
_TOKEN_RE = re.compile(r"[^\s!-/:-@\[-`{-~\u2010-\u206f]+")


def _is_syllable(token: str) -> bool:
    """``token`` (lower-case) is a Vietnamese syllable, or an abbreviation with đ (HĐND, đ)."""
    if (
        "đ" in token
        and all("a" <= c <= "z" or c == "đ" for c in token)
        and (len(token) == 1 or not any(c in "aeiouy" for c in token))
    ):
        return True
    letters = _letters()
    tones = 0
    base = []
    for c in token.lower():
        info = letters.get(c)
        if info is None:
            return False
        base.append(info[0])
        tones += info[1]
    return tones <= 1 and _SYLLABLE_RE.fullmatch("".join(base)) is not None


@dataclass
class _Score:
    name: str
    words: int = 0  # tokens with a non-ASCII character
    valid: int = 0  # ... that are Vietnamese syllables
    common: int = 0  # frequent Vietnamese words
    bad: int = 0  # control characters and the like
    score: float = 0.0


def _score(name: str, text: str) -> _Score:
    s = _Score(name)
    seen = 0
    for token in _TOKEN_RE.findall(text):
        low = token.lower()
        if low in _COMMON:
            s.common += 1
        if low.isascii() or any(c.isdigit() for c in low):
            continue
        s.words += 1
        s.valid += _is_syllable(low)
        seen += 1
        if seen >= _MAX_SCORED_TOKENS:
            break
    s.bad = sum(1 for c in text if _is_bad_char(c))
    ratio = s.valid / s.words if s.words else 0.0
    penalty = min(1.0, 20.0 * s.bad / max(1, len(text)))
    common_rate = min(1.0, s.common / max(1, s.words) / 0.1)
    s.score = max(0.0, 0.8 * ratio + 0.2 * common_rate - penalty)
    return s


def _sample(data: bytes) -> bytes:
    if len(data) <= _SAMPLE_BYTES:
        return data
    cut = data.rfind(b" ", 0, _SAMPLE_BYTES)
    return data[: cut if cut > 0 else _SAMPLE_BYTES]


def _detect_legacy(data: bytes, first_bad: int) -> tuple[str, str]:
    sample = _sample(data)
    texts = {
        "windows-1258": _decode_cp1258(sample),
        "tcvn3": _decode_tcvn3(sample, restore_caps=False),
        "vni": _decode_vni(sample, strict=True),
    }
    if len(set(texts.values())) == 1 and not any(map(_is_bad_char, texts["vni"])):
        # The bytes mean the same in all three (ASCII with curly quotes or dashes, say).
        return _decode_cp1258(data), "windows-1258"
    scores = sorted(
        (_score(name, text) for name, text in texts.items()),
        key=lambda s: (s.score, s.valid, s.common),
        reverse=True,
    )
    best, second = scores[0], scores[1]
    # Enough evidence: three Vietnamese syllables, one of the frequent words, or two syllables
    # where the other readings have none.
    good = (
        best.valid >= 1
        and best.score >= 0.6
        and (
            best.valid >= 3
            or best.common >= 1
            or (best.valid == best.words >= 2 and all(s.valid == 0 for s in scores[1:]))
        )
    )
    clear = best.score - second.score >= 0.2 or (
        best.score - second.score >= 0.1 and best.valid >= 2 * second.valid + 3
    )
    if good and clear:
        return _LEGACY_DECODERS[best.name](data), best.name
    raise InputError(
        f"not UTF-8 (invalid byte at offset {first_bad}); looks like "
        f"{_describe(data, best)} — convert it to UTF-8 or pass --encoding"
    )


def _describe(data: bytes, best: _Score) -> str:
    if best.valid >= 1 and best.score >= 0.4:
        return f"{LEGACY_ENCODINGS[best.name]}, but not certainly"
    sample = _sample(data)
    high = sum(1 for b in sample if b >= 0x80)
    damaged = sample.decode("utf-8", errors="replace").count("\ufffd")
    if high and damaged <= 0.1 * high:
        return "UTF-8 with damaged bytes"
    latin = sample.decode("cp1252", errors="replace")
    letters = sum(1 for c in latin if ord(c) >= 0x80 and c.isalpha())
    if high and letters >= 0.8 * high:
        return "Windows-1252/Latin-1 text, not Vietnamese"
    return "an unknown 8-bit encoding"
