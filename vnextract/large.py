"""Large inputs in bounded memory: read and decode piece by piece, extract chunk by chunk, merge.

:func:`extract_large` never builds one Document for the whole input. It reads the file in blocks
(decoding as it goes: UTF-8/16/32 with an incremental decoder, the legacy Vietnamese encodings
line by line), cuts the text into chunks of about ``chunk_chars`` characters at paragraph or line
breaks (for one enormous line: at sentence ends, else at whitespace, else anywhere that does not
split a character from its combining marks), runs the pipeline on each chunk, shifts every offset
by the chunk's start, and merges the records into one record of the same JSON contract:

- people with the same name merge their mentions, titles (in order, without repeats) and raw
  titles; the first known province and role win;
- provinces merge their mentions by name; places by (name, level, province);
- indicators are concatenated in text order, and a figure repeated word for word (same indicator,
  value, unit, period, place) is kept once, as the pipeline does inside one document;
- ``focus_province`` follows the one focus rule (:mod:`vnextract.resolve.focus`) over the
  province mentions of all chunks, the headline being that of the first chunk only — the same
  province as for the text read whole;
- ``meta`` gets ``{"chunks": n}`` (plus ``encoding`` and ``empty`` as for small inputs).

Only the merged records are kept between chunks, never a Document: mention offsets in arrays,
indicators spilled to a temporary file as JSON lines. With ``lazy=True`` the record's lists stay
there (:class:`LazyList`, read on iteration) and the writers stream them out, so memory does not
grow with the size of the input; otherwise they are made into plain lists. Offsets index the whole
decoded text, exactly as if it had been read whole (a BOM is dropped; legacy encodings come back
as Unicode NFC, which is the same line by line as for the whole text).
"""

from __future__ import annotations

import codecs
import json
import os
import re
import sys
import tempfile
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from .document import SCHEMA_VERSION, Document
from .resolve.focus import FocusMention, FocusTally, evidence, given
from .text import InputError

__all__ = ["extract_large", "to_document", "iter_text", "iter_chunks", "cut_point", "RecordMerger", "Mentions",
           "LazyList", "is_lazy", "materialize"]

BLOCK_BYTES = 1 << 20  # read this much at a time
_DETECT_BYTES = 64 * 1024  # what encoding detection looks at (as vnextract.encodings does)

_UNICODE_BOMS = (  # what decode() reports -> the byte-order mark it skipped
    ("utf-32-le", b"\xff\xfe\x00\x00"),
    ("utf-32-be", b"\x00\x00\xfe\xff"),
    ("utf-8-sig", b"\xef\xbb\xbf"),
    ("utf-16-le", b"\xff\xfe"),
    ("utf-16-be", b"\xfe\xff"),
)
_LEGACY = ("windows-1258", "tcvn3", "vni")

_SENTENCE_END = re.compile(r"[.!?…;][\"'”’)\]]*\s+")


# --------------------------------------------------------------------------- reading


def _trim_utf8(data: bytes) -> bytes:
    """``data`` without a UTF-8 sequence cut off at its end (for detection on a sample)."""
    i = len(data)
    back = 0
    while i > 0 and back < 3 and 0x80 <= data[i - 1] < 0xC0:
        i -= 1
        back += 1
    if i > 0 and data[i - 1] >= 0xC0:
        return data[: i - 1]
    return data


def _sample(head: bytes, whole: bool) -> bytes:
    """The part of the first block that detection looks at, ending at a line break if it can."""
    if whole:
        return head
    sample = head[: _DETECT_BYTES * 2]
    nl = sample.rfind(b"\n", _DETECT_BYTES // 2)
    return sample[: nl + 1] if nl >= 0 else _trim_utf8(sample)


def iter_text(read: Callable[[int], bytes], encoding: str | None = None,
              meta: dict[str, Any] | None = None) -> Iterator[str]:
    """Decoded text, piece by piece, from ``read(n) -> bytes`` (a file's ``read``).

    The encoding is settled on the first block exactly as :func:`vnextract.encodings.decode`
    settles it for a whole file (and binary input raises :class:`InputError` there); the name
    goes into ``meta["encoding"]`` unless it is UTF-8 or ASCII. A decoding error further on
    raises :class:`InputError` with the byte offset.
    """
    from .encodings import canonical_name, decode

    head = read(BLOCK_BYTES)
    whole = len(head) < BLOCK_BYTES
    if encoding:
        used = canonical_name(encoding)
        decode(head[:16], encoding="latin-1")  # refuses PDFs, images, archives by magic bytes
    else:
        _, used = decode(_sample(head, whole))
    if meta is not None and used not in ("utf-8", "ascii"):
        meta["encoding"] = used
    if used in _LEGACY:
        yield from _iter_legacy(read, head, used, whole)
        return
    codec = "utf-8-sig" if used in ("utf-8", "ascii", "utf-8-sig") else used  # drops a BOM
    label = "utf-8" if codec == "utf-8-sig" else codec
    skip = 0
    for name, bom in _UNICODE_BOMS[:2] + _UNICODE_BOMS[3:]:
        if used == name and head.startswith(bom):
            skip = len(bom)
    try:
        decoder = codecs.getincrementaldecoder(codec)(errors="strict")
    except LookupError:
        raise InputError(f"unknown encoding {encoding or used!r}") from None
    block = head[skip:]
    pos = skip  # bytes handed to the decoder so far
    while True:
        final = not block
        try:
            text = decoder.decode(block, final=final)
        except UnicodeDecodeError as exc:
            raise InputError(f"not valid {label.upper()} at byte {pos + exc.start}") from None
        except (UnicodeError, ValueError, TypeError) as exc:
            raise InputError(f"cannot decode as {label}: {exc}".splitlines()[0]) from None
        if text:
            yield text
        if final:
            return
        pos += len(block)
        block = read(BLOCK_BYTES)


def _iter_legacy(read: Callable[[int], bytes], head: bytes, used: str,
                 whole: bool) -> Iterator[str]:
    """A legacy 8-bit encoding, decoded line by line (its byte sequences never span a line)."""
    from .encodings import decode

    rest = head
    done = whole
    while True:
        if done:
            if rest:
                yield decode(rest, used)[0]
            return
        more = read(BLOCK_BYTES)
        if not more:
            done = True
            continue
        rest += more
        cut = rest.rfind(b"\n") + 1 or rest.rfind(b" ") + 1
        if cut:
            piece, rest = rest[:cut], rest[cut:]
            yield decode(piece, used)[0]


# --------------------------------------------------------------------------- chunking


def cut_point(text: str, limit: int) -> int:
    """Where to end a chunk of ``text`` of at most ``limit`` characters (0 < result <= limit).

    Preference: after a blank line, after a line break, after a sentence end, after whitespace —
    each looked for in the second half of the window — else at ``limit``, moved back so that a
    character keeps its combining marks and a CR LF pair stays whole.
    """
    if len(text) <= limit:
        return len(text)
    half = limit // 2
    for sep in ("\n\n", "\n"):
        i = text.rfind(sep, half, limit)
        if i >= 0:
            return i + len(sep)
    last = None
    for m in _SENTENCE_END.finditer(text, half, limit):
        last = m
    if last is not None:
        return last.end()
    for i in range(limit - 1, half - 1, -1):
        if text[i].isspace():
            return i + 1
    cut = limit
    while cut > 1 and (unicodedata.combining(text[cut]) or text[cut] in "\u200d\ufe0f"
                       or (text[cut - 1] == "\r" and text[cut] == "\n")
                       or "\udc00" <= text[cut] <= "\udfff"):
        cut -= 1
    return cut


def iter_chunks(pieces: Iterable[str], chunk_chars: int) -> Iterator[tuple[int, str]]:
    """(offset, chunk) pairs covering the concatenated ``pieces`` exactly, cut by
    :func:`cut_point`; holds at most about ``chunk_chars`` plus one piece in memory."""
    chunk_chars = max(1, chunk_chars)
    buf = ""
    base = 0
    for piece in pieces:
        buf += piece
        while len(buf) > chunk_chars:
            cut = cut_point(buf, chunk_chars)
            yield base, buf[:cut]
            base += cut
            buf = buf[cut:]
    if buf or base == 0:
        yield base, buf


# --------------------------------------------------------------------------- merging


class Mentions:
    """Mentions kept compactly between chunks: offsets in arrays, texts shared (a 50 MB input has
    hundreds of thousands of mentions, mostly of the same few names)."""

    __slots__ = ("starts", "ends", "texts", "extras")

    def __init__(self) -> None:
        self.starts = array("q")
        self.ends = array("q")
        self.texts: list[str] = []
        self.extras: dict[int, dict[str, Any]] = {}  # other keys ("role"), by index

    def __len__(self) -> int:
        return len(self.starts)

    def add(self, mentions: list[dict[str, Any]], offset: int, strings: dict[str, str]) -> None:
        for m in mentions:
            extra = {k: v for k, v in m.items() if k not in ("start", "end", "text")}
            if extra:
                self.extras[len(self.starts)] = extra
            self.starts.append(m["start"] + offset)
            self.ends.append(m["end"] + offset)
            self.texts.append(strings.setdefault(m["text"], m["text"]))

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for i, (start, end, text) in enumerate(zip(self.starts, self.ends, self.texts,
                                                   strict=True)):
            m: dict[str, Any] = {"start": start, "end": end, "text": text}
            if i in self.extras:
                m.update(self.extras[i])
            yield m

    def to_list(self) -> list[dict[str, Any]]:
        """The mentions as records of the JSON contract."""
        return list(iter(self))


class LazyList(list):  # type: ignore[type-arg]
    """A read-only list whose items are made when it is iterated (from a compact store).

    Iteration, ``len``, indexing and comparison work as for a list; pickling and ``copy`` give
    a plain list. The C JSON encoder does not see the items: write a record holding one with
    :func:`vnextract.output.dumps_lazy` / the writers, or call :func:`materialize` first.
    """

    def __init__(self, make: Callable[[], Iterator[Any]], size: int) -> None:
        super().__init__()
        self._make, self._size = make, size

    def __iter__(self) -> Iterator[Any]:
        return self._make()

    def __len__(self) -> int:
        return self._size

    def __bool__(self) -> bool:
        return self._size > 0

    def __getitem__(self, index: Any) -> Any:
        return list(iter(self))[index]

    def __eq__(self, other: object) -> bool:
        return list(iter(self)) == other

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"LazyList({self._size} items)"

    def __reduce__(self) -> Any:
        return (list, (list(iter(self)),))


def is_lazy(record: dict[str, Any]) -> bool:
    """True when ``record`` holds lists made on demand (a large input read with ``lazy=True``)."""
    return any(isinstance(v, LazyList) for v in record.values())


def materialize(value: Any) -> Any:
    """``value`` with every :class:`LazyList` inside it made into a plain list."""
    if isinstance(value, dict):
        return {k: materialize(v) for k, v in value.items()}
    if isinstance(value, list):
        return [materialize(v) for v in iter(value)]
    return value


class _Spill:
    """Records appended to a temporary file as JSON lines; read back in order, any number of
    times."""

    def __init__(self) -> None:
        self.fh = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the record
        self.count = 0

    def append(self, item: dict[str, Any]) -> None:
        self.fh.write(json.dumps(item, ensure_ascii=False).encode("utf-8") + b"\n")
        self.count += 1

    def __iter__(self) -> Iterator[dict[str, Any]]:
        self.fh.flush()
        self.fh.seek(0)
        for line in self.fh:
            yield json.loads(line)

    def lazy(self) -> LazyList:
        return LazyList(self.__iter__, self.count)


def _compact(item: dict[str, Any], offset: int, strings: dict[str, str]) -> dict[str, Any]:
    """``item`` with its mention list replaced by a :class:`Mentions`."""
    mentions = Mentions()
    mentions.add(item.get("mentions", []), offset, strings)
    item["mentions"] = mentions
    return item


def _shift(items: list[dict[str, Any]], by: int) -> list[dict[str, Any]]:
    if by:
        for m in items:
            m["start"] += by
            m["end"] += by
    return items


def _unit_of(name: str) -> str:
    from .components.provinces import unit_of

    return unit_of(name)


def _add_unique(into: list[Any], items: Iterable[Any]) -> None:
    for item in items:
        if item not in into:
            into.append(item)


class RecordMerger:
    """Merges per-chunk records (offsets relative to their chunk) into one record."""

    def __init__(self, source: str | None) -> None:
        self.source = source
        self.people: dict[str, dict[str, Any]] = {}
        self.provinces: dict[str, dict[str, Any]] = {}
        self.places: dict[tuple[Any, ...], dict[str, Any]] = {}
        self.titles: list[dict[str, Any]] = []  # title mentions, offsets into the whole input
        self.indicators = _Spill()
        self._figures: set[int] = set()  # hashes of the figures kept (a repeat is kept once)
        self.sentences: list[dict[str, Any]] | None = None
        self.focus = FocusTally()  # the focus rule's scores over every chunk's mentions
        self.chunks = 0
        self._strings: dict[str, str] = {}  # one copy of each mention text
        self.date: dict[str, Any] | None = None  # the reference date: the first chunk's

    def add(self, record: dict[str, Any], offset: int, doc: Document | None = None) -> None:
        """Merge the record of the chunk at ``offset``; ``doc`` (the chunk's Document) gives
        the focus rule its mentions (else the record's province mentions, in text order)."""
        self._add_focus(record, offset, doc)
        self.chunks += 1
        if self.date is None:
            self.date = record.get("date")
        strings = self._strings
        for p in record.get("people", []):
            have = self.people.get(p["name"])
            if have is None:
                self.people[p["name"]] = _compact(p, offset, strings)
                continue
            _add_unique(have["titles"], p.get("titles", []))
            if "titles_raw" in have:
                _add_unique(have["titles_raw"], p.get("titles_raw", []))
            for key in ("province", "role"):
                if have.get(key) is None and p.get(key) is not None:
                    have[key] = p[key]
            have["mentions"].add(p["mentions"], offset, strings)
        self.titles.extend(_shift(record.get("titles", []), offset))
        for p in record.get("provinces", []):
            unit = _unit_of(p["name"])  # "Huế" in one chunk, "Thừa Thiên Huế" in another
            have = self.provinces.get(unit)
            if have is None:
                self.provinces[unit] = _compact(p, offset, strings)
            else:
                if len(p["name"]) > len(have["name"]):  # the longest name, as for one text
                    have["name"] = p["name"]
                have["mentions"].add(p["mentions"], offset, strings)
        for p in record.get("places", []):
            key = (p.get("name"), p.get("level"), p.get("province"))
            have = self.places.get(key)
            if have is None:
                self.places[key] = _compact(p, offset, strings)
            else:
                if have.get("since_2025") is None:
                    have["since_2025"] = p.get("since_2025")
                have["mentions"].add(p["mentions"], offset, strings)
        for ind in _shift(record.get("indicators", []), offset):
            key = hash(repr([v for k, v in ind.items() if k not in ("text", "start", "end")]))
            if key not in self._figures:
                self._figures.add(key)
                self.indicators.append(ind)
        if "sentences" in record:
            if self.sentences is None:
                self.sentences = []
            for sent in _shift(record["sentences"], offset):
                _shift(sent.get("tokens", []), offset)
                self.sentences.append(sent)

    def _add_focus(self, record: dict[str, Any], offset: int, doc: Document | None) -> None:
        first = self.chunks == 0 and offset == 0  # the headline is the first chunk's
        if doc is not None:
            found: Iterable[FocusMention] = evidence(doc, headline=first)
        else:
            found = [FocusMention(name) for _, name in sorted(
                (m["start"], p["name"]) for p in record.get("provinces", []) for m in p.get("mentions", []))]
        self.focus.update(m._replace(name=_unit_of(m.name)) for m in found)

    def focus_province(self) -> str | None:
        unit = self.focus.best()
        return None if unit is None else self.provinces[unit]["name"] if unit in self.provinces else unit

    def record(self, meta: dict[str, Any] | None = None, *, lazy: bool = False) -> dict[str, Any]:
        """The merged record. With ``lazy``, mentions and indicators stay in their compact store
        (:class:`LazyList`); else they are plain lists."""
        focus = self.focus_province()
        groups = []
        for group in (self.people, self.provinces, self.places):
            items = list(group.values())
            for item in items:
                store = item["mentions"]
                item["mentions"] = LazyList(store.__iter__, len(store)) if lazy \
                    else store.to_list()
            groups.append(items)
        indicators: list[Any] = self.indicators.lazy() if lazy else list(self.indicators)
        out: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "source": self.source,
            "date": self.date,
            "people": groups[0],
            "titles": self.titles,
            "provinces": groups[1],
            "places": groups[2],
            "indicators": indicators,
            "focus_province": focus,
            "meta": {**(meta or {}), "chunks": self.chunks},
        }
        if self.sentences is not None:
            out["sentences"] = self.sentences
        return out


# --------------------------------------------------------------------------- the entry point


def extract_large(path_or_text: str | os.PathLike[str], pipeline: Callable[..., Any], *,
                  chunk_chars: int = 50_000, source: str | None = None,
                  encoding: str | None = None, html: bool | None = None,
                  with_tokens: bool = False, lazy: bool = False,
                  date: Any = None) -> dict[str, Any]:
    """One record for a large input, extracted chunk by chunk in bounded memory.

    ``path_or_text``: a path (``os.PathLike``, e.g. ``pathlib.Path``; or ``"-"`` for standard
    input) is read and decoded incrementally; a ``str`` is the text itself. A saved web page
    (``html=True``, or a ``.html``/``.htm`` path) is read whole and its article text taken out
    first (see :func:`vnextract.io.load`). ``pipeline`` is ``vnextract.pipeline.get_pipeline(...)``
    (anything called as ``pipeline(text, source=...)`` returning a Document).

    Input that can be read twice (all but standard input) is first scanned for its provinces
    alone, chunk by chunk, to settle the focus province of the whole text (the one rule of
    :mod:`vnextract.resolve.focus`); each chunk is then extracted with that focus province, so
    people and figures link to it as they would in the text read whole.

    ``date``: the reference date (:class:`vnextract.refdate.RefDate`); else the web page's date,
    else the first chunk's (its dateline) holds for every chunk.

    Raises :class:`~vnextract.text.InputError` for input that cannot be read as text.
    """
    from .io import os_error_message

    meta: dict[str, Any] = {}
    is_path = isinstance(path_or_text, os.PathLike) or path_or_text == "-"
    name = os.fspath(path_or_text) if is_path else None
    if source is None:
        source = name
    merger = RecordMerger(source)
    blank = True
    opened: list[Any] = []
    try:
        preset = None
        if name != "-":
            preset = _focus_of(iter_chunks(_pieces(path_or_text, name, encoding, html, None, opened),
                                           chunk_chars))
        with _given_focus(name != "-", preset):
            for offset, chunk in iter_chunks(_pieces(path_or_text, name, encoding, html, meta, opened),
                                             chunk_chars):
                if not chunk.strip() and merger.chunks:
                    merger.chunks += 1  # nothing to find in it, but it is part of the input
                    continue
                blank = blank and not chunk.strip()
                if date is None and meta.get("date"):
                    from .refdate import resolve

                    date = resolve("", html=meta["date"])
                doc = pipeline(chunk, source=source, **({"date": date} if date is not None else {}))
                date = date if date is not None else getattr(doc, "date", None)
                record = doc.to_dict(with_tokens=with_tokens)
                merger.add(record, offset, doc)
                del doc
    except OSError as exc:
        raise InputError(os_error_message(str(name), exc)) from None
    finally:
        for fh in opened:
            if fh is not sys.stdin.buffer:
                fh.close()
    if blank:
        meta["empty"] = True
    return merger.record(meta, lazy=lazy)


def to_document(text: str, record: dict[str, Any],
                tokenizer: Callable[[Document], Any] | None = None) -> Document:
    """A :class:`Document` of ``text`` holding the records of ``record`` (what
    :func:`extract_large` gave for that text), so that ``doc.to_dict()`` is ``record``: people,
    provinces and places with their mention spans (also in ``doc.spans``), title mentions,
    indicators, focus province, date and meta. With ``tokenizer`` (a front-end), ``sentences``
    are set too, their tokens tagged lazily when read."""
    from .document import Indicator, Person, Place, Province, Span
    from .refdate import RefDate, parse_date

    doc = Document(text, source=record.get("source"))
    omap = doc.offset_map

    def spans(item: dict[str, Any], label: str) -> list[Span]:
        out = []
        for m in item.get("mentions", []):
            data = {"name": item["name"], **{k: v for k, v in m.items()
                                             if k not in ("start", "end", "text")}}
            out.append(Span(m["start"], m["end"], m["text"], label, omap.to_norm(m["start"]),
                            omap.to_norm(m["end"]), data))
        return out

    doc.people = [Person(p["name"], list(p["titles"]), list(p["titles_raw"]), p["province"],
                         p["role"], spans(p, "person")) for p in record.get("people", [])]
    doc.provinces = [Province(p["name"], p["since_2025"], spans(p, "province"))
                     for p in record.get("provinces", [])]
    doc.places = [Place(p["name"], p["level"], p["province"], p["since_2025"], spans(p, "place"))
                  for p in record.get("places", [])]
    for label, items in (("people", doc.people), ("provinces", doc.provinces),
                         ("places", doc.places)):
        doc.add_spans(label, [m for it in items for m in it.mentions])
    doc.titles = [dict(t) for t in record.get("titles", [])]
    doc.indicators = [Indicator(**ind) for ind in record.get("indicators", [])]
    doc.focus_province = record.get("focus_province")
    doc.meta = dict(record.get("meta") or {})
    date = record.get("date")
    doc.date = RefDate(parse_date(date["value"]), date["source"]) if date else None
    if tokenizer is not None:
        doc.sentences = tokenizer(doc)
    return doc


def _pieces(path_or_text: str | os.PathLike[str], name: str | None, encoding: str | None,
            html: bool | None, meta: dict[str, Any] | None, opened: list[Any]) -> Iterable[str]:
    """The decoded text of the input, piece by piece (a file opened here goes into ``opened``)."""
    from .io import HTML_SUFFIXES, load, open_input

    if name is None:
        return [str(path_or_text)]
    if html or (html is None and name.lower().endswith(HTML_SUFFIXES)):
        loaded = load(name, encoding=encoding, html=True)
        if meta is not None:
            meta.update(loaded.meta)
            meta.pop("empty", None)
        return [loaded.text]
    fh = open_input(name)
    opened.append(fh)
    return iter_text(fh.read, encoding, meta)


def _focus_of(chunks: Iterable[tuple[int, str]]) -> str | None:
    """The focus province of the whole input from its province mentions alone (no tokenizer),
    chunk by chunk: the same mentions, tally and names as the merged record's."""
    from .components.provinces import ProvincesComponent

    provinces = ProvincesComponent()
    tally = FocusTally()
    names: dict[str, str] = {}  # unit -> its longest name (the first on a tie)
    for offset, chunk in chunks:
        doc = provinces(Document(chunk))
        for m in evidence(doc, headline=offset == 0):
            unit = _unit_of(m.name)
            if len(m.name) > len(names.get(unit, "")):
                names[unit] = m.name
            tally.add(m._replace(name=unit))
    best = tally.best()
    return None if best is None else names[best]


@contextmanager
def _given_focus(known: bool, focus: str | None) -> Iterator[None]:
    if not known:  # standard input is read once: each chunk keeps its own focus province
        yield
        return
    with given(focus):
        yield
