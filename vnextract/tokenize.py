"""The tokenizer front-end: sentences, word tokens and POS tags with true character offsets.

pyvi and underthesea both return strings without offsets (pyvi joins syllables with "_",
underthesea with spaces, and both may split or glue punctuation). We split sentences ourselves,
hand each sentence to the library, and align the words it returns back onto the text, so every
token has ``start``/``end`` into the original text and ``nstart``/``nend`` into ``doc.norm``.
The libraries are imported on first use only, so ``vnextract --help`` stays instant.
"""

from __future__ import annotations

import functools
import os
import pickle
import re
import string
import unicodedata
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
    """Sentence boundaries in ``text`` as (start, end) pairs, whitespace trimmed.

    Besides sentence-final punctuation and line breaks, a sentence also ends where scraped news
    glues a photo caption's credit ("… Ảnh: Hoàng Triều Trong đó …") or a sub-heading to the
    next sentence (see :func:`inner_breaks`).
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if "\n" not in m.group(0) and _NO_BREAK_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        _push_split(text, start, m.start(), spans)
        start = m.end()
    _push_split(text, start, len(text), spans)
    return spans


def _push_split(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    for cut in inner_breaks(text, start, end):
        _push(text, start, cut, spans)
        start = cut
    _push(text, start, end, spans)


# -- breaks inside a line: photo credits and glued sub-headings --------------------------------
_CREDIT_RE = re.compile(r"(?:\(\s*)?\bẢnh\s*:\s*")
_WORD = re.compile(r"\S+")


def _openers_re() -> re.Pattern[str]:
    from .lexicon import rows

    any_prev, lower_prev = [], []
    for row in rows("sentence_openers.txt"):
        (lower_prev if len(row) > 1 and row[1] == "after-lower" else any_prev).append(row[0])

    def alt(ws: list[str]) -> str:
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(ws, key=len, reverse=True))

    return re.compile(
        rf"(?<=[\w%)\]”\"])[ \t]+(?=(?:{alt(any_prev)})(?!\w)[ \t]+\S)"
        rf"|(?<!\S)[a-zà-ỹđ0-9]\S*[ \t]+(?=(?:{alt(lower_prev)})(?!\w)[ \t]+\S)"
    )


_OPENERS: list[re.Pattern[str]] = []


@functools.lru_cache(maxsize=1)
def _opener_words() -> frozenset[str]:
    from .lexicon import rows

    return frozenset(r[0].split()[0] for r in rows("sentence_openers.txt"))


def _credit_end(text: str, pos: int, end: int) -> int:
    """Where the credit that starts at ``pos`` (after "Ảnh:") ends."""
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text, pos, end)][:6]
    last = pos
    openers = _opener_words()
    for i, (_s, e, w) in enumerate(words):
        if not w[0].isupper() or (i and w in openers):
            break
        nxt = words[i + 1][2] if i + 1 < len(words) else ""
        caps = w.isupper() and len(w) > 1
        if i and caps != (words[i - 1][2].isupper() and len(words[i - 1][2]) > 1) and not caps:
            break  # "NVCC Đàm Thu Trang": an all-caps credit, then the next sentence
        if i and not caps and nxt and (nxt[0].islower() or nxt[0].isdigit()):
            break  # this word opens the next sentence ("Hoàng Anh Cùng quan điểm")
        last = e
        if "/" in w or w.endswith((")", ".", ",")) or (caps and nxt and not nxt.isupper()):
            break
    return last


def inner_breaks(text: str, start: int, end: int) -> list[int]:
    """Sentence starts inside ``text[start:end]`` that no punctuation marks: after a photo credit
    ("Ảnh: Bảo Nghi"), before it, and before a capitalised sentence opener glued to the previous
    words ("… Kim Thoa Với …")."""
    if not _OPENERS:
        _OPENERS.append(_openers_re())
    cuts: set[int] = set()
    for m in _CREDIT_RE.finditer(text, start, end):
        if m.start() > start:
            cuts.add(m.start())
        after = _credit_end(text, m.end(), end)
        if m.end() < after < end:
            cuts.add(after)
    for m in _OPENERS[0].finditer(text, start, end):
        cuts.add(m.end())
    return sorted(c for c in cuts if start < c < end)


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
        if word and text.startswith(word, pos):  # the common case: the word as written
            out.append((pos, pos + len(word)))
            pos += len(word)
            continue
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


# The front-end's CRF builds features for a whole sentence at once: a "sentence" of megabytes (a
# flattened table, a list without full stops) would take gigabytes. Longer ones are tagged in
# pieces cut at a space, so memory stays flat; the sentence itself is unchanged.
PIECE_CHARS = 2000


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    while end - start > PIECE_CHARS:
        cut = text.rfind(" ", start + PIECE_CHARS // 2, start + PIECE_CHARS)
        cut = cut if cut > start else start + PIECE_CHARS
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


class _Source:
    """What tagging a sentence reads of its document: the text, the normalized view and the offset
    map back. The sentences' lazy tagging holds this, not the document: a sentence holding its
    document would make every document a reference cycle, left to the cyclic garbage collector
    (about a tenth of the run's time), and a sentence read after its document is gone still tags."""

    __slots__ = ("text", "norm", "orig_start", "orig_end")

    def __init__(self, doc: Document) -> None:
        self.text, self.norm = doc.text, doc.norm
        self.orig_start, self.orig_end = doc.offset_map.start, doc.offset_map.end


class _Backend:
    name = "base"

    def words(self, sentence: str) -> list[tuple[str, str | None]]:  # pragma: no cover
        raise NotImplementedError

    def __call__(self, doc: Document, *, lazy: bool = True) -> list[Sentence]:
        """The sentences of ``doc``. With ``lazy`` (the default) a sentence's tokens are tagged
        the first time something reads them (:attr:`Sentence.tokens`); else all at once."""
        norm = doc.norm
        fill = functools.partial(self.tag_sentence, _Source(doc))
        sentences = [Sentence(doc.orig_start(nstart), doc.orig_end(nend), nstart, nend, fill=fill)
                     for nstart, nend in split_sentences(norm)]
        if not lazy:
            for sent in sentences:
                sent.tokens  # noqa: B018 - builds them
        return sentences

    def tag_sentence(self, doc: Document | _Source, sent: Sentence
                     ) -> tuple[list[Token], Callable[[], None] | None]:
        """The word tokens of one sentence (long ones cut in pieces, see :data:`PIECE_CHARS`),
        and, when the backend segments without tagging (pyvi), the call that fills in their POS
        tags (:class:`Sentence` makes it the first time a tag may be read)."""
        tokens: list[Token] = []
        untagged: list[tuple[list[str], list[tuple[int, Token]]]] = []
        for ps, pe in _pieces(doc.norm, sent.nstart, sent.nend):
            self._tag_piece(doc, ps, pe, tokens, untagged)
        if not untagged:
            return tokens, None

        def tag() -> None:
            for words, placed in untagged:
                tags = self.pos_tags(words)
                for i, tok in placed:
                    tok.pos = tags[i]

        return tokens, tag

    def segment(self, chunk: str) -> tuple[list[str], list[str | None] | None]:
        """The words of ``chunk`` and their tags, or None for tags that :meth:`pos_tags` gives
        on demand."""
        tagged = self.words(chunk)
        return [w for w, _ in tagged], [t for _, t in tagged]

    def pos_tags(self, words: list[str]) -> list[str | None]:  # pragma: no cover
        raise NotImplementedError

    def _tag_piece(self, doc: Document | _Source, nstart: int, nend: int, tokens: list[Token],
                   untagged: list[tuple[list[str], list[tuple[int, Token]]]]) -> None:
        chunk = doc.norm[nstart:nend]
        words, tags = self.segment(chunk)
        offsets = align(chunk, words, 0, self.joiners)
        placed: list[tuple[int, Token]] = []
        for i, (s, e) in enumerate(offsets):
            if e <= s:
                continue
            ts, te = doc.orig_start(nstart + s), doc.orig_end(nstart + e)
            tok = Token(doc.text[ts:te], ts, te, nstart + s, nstart + e, tags[i] if tags else None)
            tokens.append(tok)
            placed.append((i, tok))
        if tags is None and words:
            untagged.append((words, placed))

    joiners = "_ "


class PyviBackend(_Backend):
    """pyvi's word segmenter and POS tagger.

    By default the two CRF models are run directly with python-crfsuite (:class:`_FastPyvi`), which
    gives pyvi's output without importing scikit-learn (~0.8 s of start-up); if pyvi's files are
    not in the layout we expect, we fall back to pyvi's own modules.
    """

    name = "pyvi"
    joiners = "_"

    def __init__(self) -> None:
        try:
            fast = _FastPyvi()
        except Exception:  # noqa: BLE001 - an unexpected pyvi layout: use pyvi itself
            fast = None
        if fast is not None:
            self.words = fast.words  # type: ignore[method-assign]
            self._fast = fast
            return
        from pyvi import ViPosTagger, ViTokenizer

        self._tokenize = ViTokenizer.tokenize
        self._tag = ViPosTagger.postagging

    _fast: _FastPyvi | None = None

    def segment(self, chunk: str) -> tuple[list[str], list[str | None] | None]:
        if self._fast is None:  # pyvi's own modules: words and tags come together
            return super().segment(chunk)
        return self._fast.segment(chunk), None  # the POS tagger runs only if a tag is read

    def pos_tags(self, words: list[str]) -> list[str | None]:
        assert self._fast is not None
        return list(self._fast.pos.tag(self._fast._pos_features(words)))

    def words(self, sentence: str) -> list[tuple[str, str | None]]:
        tokenized = self._tokenize(sentence)
        if not tokenized.strip():
            return []
        words, tags = self._tag(tokenized)
        return [(w, str(t)) for w, t in zip(words, tags, strict=False)]


# ------------------------------------------------------------------------------------------
# pyvi without scikit-learn
#
# pyvi (MIT, by Trung Vu) pickles two ``sklearn_crfsuite.CRF`` estimators; unpickling them imports
# scikit-learn, scipy and numpy. The estimators are only wrappers around CRFsuite model files, whose
# bytes are stored in the pickle. We read those bytes with an unpickler that builds no foreign
# classes, open them with python-crfsuite (which pyvi already depends on through sklearn-crfsuite),
# and compute pyvi's features ourselves: the same attributes as pyvi's ``word2features`` (string
# features as "key:value", true booleans as "key", false booleans left out, which is the same
# score as CRFsuite giving them weight 0), so the labels are the same.

# pyvi's syllable pattern, its groups made non-capturing so ``findall`` gives the matches
_PYVI_SYLLABLE = re.compile(
    "|".join(
        [
            r"[A-ZĐ]+\.", r"Tp\.", r"Mr\.", r"Mrs\.", r"Ms\.", r"Dr\.", r"ThS\.",
            "==>", "->", r"\.\.\.", ">>", "\n",
            r"\w+://[^\s]+", r"(?:[a-zA-Z0-9_.+-]+@(?:[a-zA-Z0-9-]+\.)+[a-zA-Z0-9-]+)",
            r"\d+(?:[\.,_]\d+)+", r"[^\w\s]", r"\w+",
        ]
    ),
    re.UNICODE,
)
_PUNCT = string.punctuation  # pyvi tests ``token in string.punctuation`` (a substring test)
_POS_FILTERED = frozenset([*string.punctuation, "\u2026", "\u201d", "\u201c", "\u2019", "..."])


class _AnyObject:
    """Stands in for every class a pyvi pickle names; keeps the pickled state."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        self.state: dict[str, object] = {}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.state = state


class _ModelUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> object:
        if (module, name) == ("_codecs", "encode"):  # the model bytes, pickled by Python 2
            import _codecs

            return _codecs.encode
        return _AnyObject


class _Tagger:
    """A CRFsuite tagger opened on model bytes (kept here: CRFsuite reads them in place)."""

    def __init__(self, data: bytes) -> None:
        import pycrfsuite

        self._data = data
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open_inmemory(data)
        self.tag = self._tagger.tag


def _crfsuite_tagger(path: str) -> _Tagger:
    with open(path, "rb") as fh:
        estimator = _ModelUnpickler(fh).load()
    resource = estimator.state["modelfile"]
    data = resource.state["__FILE_RESOURCE_DATA__"]
    if not isinstance(data, bytes):
        raise TypeError("unexpected pyvi model layout")
    return _Tagger(data)


class _FastPyvi:
    def __init__(self) -> None:
        import pyvi  # its __init__ is empty: this imports no model

        folder = os.path.join(os.path.dirname(os.path.abspath(pyvi.__file__)), "models")
        bi: set[str] = set()
        tri: set[str] = set()
        with open(os.path.join(folder, "words.txt"), encoding="utf-8") as fh:
            for token in fh.read().split("\n"):
                n = token.count(" ")
                if n == 1:
                    bi.add(token)
                elif n == 2:
                    tri.add(token)
        self.bi_grams = bi
        self.tri_grams = tri
        self.seg = _crfsuite_tagger(os.path.join(folder, "pyvi3.pkl"))
        self.pos = _crfsuite_tagger(os.path.join(folder, "pyvipos3.pkl"))

    def words(self, sentence: str) -> list[tuple[str, str | None]]:
        words = self.segment(sentence)
        if not words:
            return []
        tags = self.pos.tag(self._pos_features(words))
        return list(zip(words, tags, strict=False))

    # -- ViTokenizer.tokenize ------------------------------------------------------------
    def segment(self, text: str) -> list[str]:
        """pyvi's ``ViTokenizer.tokenize(text).split(" ")`` (the words, syllables joined by "_")."""
        text = unicodedata.normalize("NFC", text)
        syl = _PYVI_SYLLABLE.findall(text)
        if not syl:
            return []
        labels = self.seg.tag(self._seg_features(syl))
        out = [syl[0]]
        for i in range(1, len(labels)):
            cur, prev = syl[i], syl[i - 1]
            if (
                labels[i] == "I_W"
                and cur not in _PUNCT
                and prev not in _PUNCT
                and not cur[0].isdigit()
                and not prev[0].isdigit()
                and not (cur[0].istitle() and not prev[0].istitle())
            ):
                out[-1] = out[-1] + "_" + cur
            else:
                out.append(cur)
        return out

    def _seg_features(self, sent: list[str]) -> list[tuple[str, ...]]:
        n = len(sent)
        get = _SEG_PARTS.get
        parts = [get(w) or _seg_parts(w) for w in sent]
        low = [p[0] for p in parts]
        bi, tri = self.bi_grams, self.tri_grams
        # pyvi lower-cases the joined n-gram; lower() of a space-joined string is the join of
        # the lower-cased parts
        bigram = [False] + [low[i - 1] + " " + low[i] in bi for i in range(1, n)]
        trigram = [False, False] + [
            low[i - 2] + " " + low[i - 1] + " " + low[i] in tri for i in range(2, n)
        ]
        # position i: its own features, then the word before's with the n-gram flags ending at
        # i, then the word after's with those ending after i (pyvi's order)
        left = [()] + [
            parts[i - 1][2] + (_BI_BEFORE if bigram[i] else ()) + (_TRI_BEFORE if trigram[i] else ())
            for i in range(1, n)
        ]
        right = [
            parts[i + 1][3] + (_BI_AFTER if bigram[i + 1] else ())
            + (_TRI_AFTER if i < n - 2 and trigram[i + 2] else ())
            for i in range(n - 1)
        ] + [()]
        return [parts[i][1] + left[i] + right[i] for i in range(n)]

    # -- ViPosTagger.postagging_tokens ---------------------------------------------------
    @staticmethod
    def _pos_features(sent: list[str]) -> list[list[str]]:
        n = len(sent)
        parts = [_pos_parts(w) for w in sent]
        out: list[list[str]] = []
        for i in range(n):
            f = list(parts[i][0])
            if i > 0:
                f += parts[i - 1][1]
                if i > 1:
                    f += parts[i - 2][2]
            else:
                f.append("BOS")
            if i < n - 1:
                f += parts[i + 1][3]
                if i < n - 2:
                    f += parts[i + 2][4]
            else:
                f.append("EOS")
            out.append(f)
        return out


# The feature strings of a syllable (segmenter) or a word (POS tagger) are the same wherever it
# stands: they are built once per process (a bounded cache) and the features of a position are
# put together from those of the word and its neighbours, in pyvi's order.
_FEATURE_CACHE_SIZE = 1 << 17


_BI_BEFORE, _TRI_BEFORE = ("-1:word.bi_gram()",), ("-2:word.tri_gram()",)
_BI_AFTER, _TRI_AFTER = ("+1:word.bi_gram()",), ("+2:word.tri_gram()",)
_SEG_PARTS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {}


def _seg_parts(w: str) -> tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(lower, own features, features as the word before, features as the word after)."""
    low = w.lower()
    title, upper = w.istitle(), w.isupper()
    own = ["bias", "word.lower():" + low]
    if upper:
        own.append("word.isupper()")
    if title:
        own.append("word.istitle()")
    if w.isdigit():
        own.append("word.isdigit()")
    if len(_SEG_PARTS) >= _FEATURE_CACHE_SIZE:
        _SEG_PARTS.clear()
    parts = _SEG_PARTS[w] = (low, tuple(own), _near("-1", low, title, upper, None),
                             _near("+1", low, title, upper, None))
    return parts


def _near(at: str, low: str, title: bool, upper: bool, digit1: bool | None) -> tuple[str, ...]:
    """The features a neighbour at ``at`` contributes: its lower case, then its flags in pyvi's
    order (istitle, [:1].isdigit when given, isupper)."""
    f = [at + ":word.lower():" + low]
    if title:
        f.append(at + ":word.istitle()")
    if digit1:
        f.append(at + ":word[:1].isdigit()")
    if upper:
        f.append(at + ":word.isupper()")
    return tuple(f)


@functools.lru_cache(maxsize=_FEATURE_CACHE_SIZE)
def _pos_parts(w: str) -> tuple[tuple[str, ...], ...]:
    """(own features, as the word before, two before, after, two after)."""
    low = w.lower()
    title, upper = w.istitle(), w.isupper()
    digit1, upper3 = w[:1].isdigit(), w[:3].isupper()
    own = ["bias", "word.lower():" + low]
    if title:
        own.append("word.istitle()")
    if w.isdigit():
        own.append("word.isdigit()")
    if digit1:
        own.append("word[:1].isdigit()")
    if upper3:
        own.append("word[:3].isupper()")
    if w in _POS_FILTERED:
        own.append("word.isfiltered")
    before = ["-1:word.lower():" + low]
    if title:
        before.append("-1:word.istitle()")
    if digit1:
        before.append("-1:word[:1].isdigit()")
    if upper3:
        before.append("-1:word[:3].isupper()")
    return (tuple(own), tuple(before), _near("-2", low, title, upper, None),
            _near("+1", low, title, upper, digit1), _near("+2", low, title, upper, None))


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
