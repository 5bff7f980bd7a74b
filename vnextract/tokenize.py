"""The tokenizer front-end: sentences, word tokens and POS tags with true character offsets.

pyvi and underthesea both return strings without offsets (pyvi joins syllables with "_",
underthesea with spaces, and both may split or glue punctuation). We split sentences ourselves,
hand each sentence to the library, and align the words it returns back onto the text, so every
token has ``start``/``end`` into the original text and ``nstart``/``nend`` into ``doc.norm``.
The libraries are imported on first use only, so ``vnextract --help`` stays instant.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .document import Document, Sentence, Token

TOKENIZERS = ("pyvi", "underthesea")

# A sentence ends at . ! ? … (and runs of them, with closing quotes/brackets) followed by space
# and an upper-case letter, digit or opening quote; at a line break; or at a full stop glued to the
# next capitalised word after a lower-case letter ("Thái Nguyên.Dự tọa đàm"), which news text has.
_UPPER = "A-ZÀ-ỸĐ"
_SENT_END = re.compile(
    rf"(?:(?:(?<=[.!?…])|(?<=[.!?…][\"'”’)\]]))[ \t]+(?=[\"'“‘(\[]?[{_UPPER}0-9])"
    rf"|(?<=[a-zà-ỹđ]{{2}}[.!?])(?=[{_UPPER}][a-zà-ỹđ])"
    r"|[ \t]*\n\s*)"
)
# Abbreviations that end in a full stop without ending the sentence.
_NO_BREAK_BEFORE = re.compile(r"(?:\b(?:TP|Tp|T\.P|tp|Th\.S|ThS|TS|GS|PGS|BS|Ks|KS|St|Mr|Mrs|Dr|ông|bà)\.|\b[A-ZĐ]\.)$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence boundaries in ``text`` as (start, end) pairs, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if "\n" not in m.group(0) and _NO_BREAK_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        _push(text, start, m.start(), spans)
        start = m.end()
    _push(text, start, len(text), spans)
    return spans


def _push(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def align(text: str, words: list[str], offset: int = 0, joiners: str = "_ ") -> list[tuple[int, int]]:
    """Character offsets of ``words`` in ``text[offset:]``.

    A joiner inside a word ("_" from pyvi, " " from underthesea) matches a run of whitespace (or
    itself) in the text; whitespace between words is skipped. A word that cannot be matched at the
    current position is searched for a little further on; if it is not there it gets an empty span
    at the current position (it never breaks the invariant ``text[start:end]`` is real text).
    """
    out: list[tuple[int, int]] = []
    pos = offset
    n = len(text)
    for word in words:
        while pos < n and text[pos].isspace():
            pos += 1
        end = _match_at(text, pos, word, joiners)
        if end is None:
            found = _search(text, pos, word, joiners)
            if found is None:
                out.append((pos, pos))
                continue
            pos, end = found
        out.append((pos, end))
        pos = end
    return out


def _match_at(text: str, pos: int, word: str, joiners: str) -> int | None:
    n = len(text)
    i = pos
    for ch in word:
        if i < n and text[i] == ch:
            i += 1
        elif ch in joiners:
            if i < n and text[i].isspace():
                while i < n and text[i].isspace():
                    i += 1
            elif i < n and not text[i].isspace():
                # the library glued two pieces the text writes together (e.g. "TP._HCM")
                continue
            else:
                return None
        else:
            return None
    return i if i > pos or not word else None


def _search(text: str, pos: int, word: str, joiners: str, window: int = 200) -> tuple[int, int] | None:
    first = word.lstrip(joiners)[:1]
    if not first:
        return None
    limit = min(len(text), pos + window)
    i = text.find(first, pos, limit)
    while i != -1:
        end = _match_at(text, i, word, joiners)
        if end is not None:
            return i, end
        i = text.find(first, i + 1, limit)
    return None


class _Backend:
    name = "base"

    def words(self, sentence: str) -> list[tuple[str, str | None]]:  # pragma: no cover
        raise NotImplementedError

    def __call__(self, doc: Document) -> list[Sentence]:
        norm = doc.norm
        sentences: list[Sentence] = []
        for nstart, nend in split_sentences(norm):
            chunk = norm[nstart:nend]
            tagged = self.words(chunk)
            offsets = align(chunk, [w for w, _ in tagged], 0, self.joiners)
            sent = Sentence(doc.orig_start(nstart), doc.orig_end(nend), nstart, nend)
            for (_, tag), (s, e) in zip(tagged, offsets, strict=False):
                if e <= s:
                    continue
                ts, te = doc.orig_start(nstart + s), doc.orig_end(nstart + e)
                sent.tokens.append(Token(doc.text[ts:te], ts, te, nstart + s, nstart + e, tag))
            sentences.append(sent)
        return sentences

    joiners = "_ "


class PyviBackend(_Backend):
    name = "pyvi"
    joiners = "_"

    def __init__(self) -> None:
        from pyvi import ViPosTagger, ViTokenizer

        self._tokenize = ViTokenizer.tokenize
        self._tag = ViPosTagger.postagging

    def words(self, sentence: str) -> list[tuple[str, str | None]]:
        tokenized = self._tokenize(sentence)
        if not tokenized.strip():
            return []
        words, tags = self._tag(tokenized)
        return [(w, str(t)) for w, t in zip(words, tags, strict=False)]


class UndertheseaBackend(_Backend):
    name = "underthesea"
    joiners = " "

    def __init__(self) -> None:
        from underthesea import pos_tag

        self._pos_tag = pos_tag

    def words(self, sentence: str) -> list[tuple[str, str | None]]:
        return [(w, t) for w, t in self._pos_tag(sentence)]


_FACTORIES: dict[str, Callable[[], _Backend]] = {
    "pyvi": PyviBackend,
    "underthesea": UndertheseaBackend,
}


def get_tokenizer(name: str) -> _Backend:
    try:
        factory = _FACTORIES[name]
    except KeyError:
        raise ValueError(f"unknown tokenizer {name!r} (choose from {', '.join(TOKENIZERS)})") from None
    return factory()
