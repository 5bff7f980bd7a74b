"""Lexicons as data: the one TSV reader, the one matching key and the one phrase matcher.

Every component reads its word lists through :func:`rows` / :func:`words`, compares strings with
:func:`key`, and finds phrases of a list in a document with :class:`PhraseMatcher` (a regex built
from the data, never typed a second time in code).

Data files live in ``vnextract/data/``; a line starting with ``#`` is a comment (the first one
says where the content comes from), blank lines are skipped, columns are separated by tabs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from .text import fold, normalize

__all__ = ["PhraseMatcher", "Match", "data_text", "key", "rows", "scope_alternation", "words",
           "word_re"]


@cache
def data_text(name: str) -> str:
    """The text of ``vnextract/data/<name>`` (read once per process)."""
    return (resources.files("vnextract") / "data" / name).read_text(encoding="utf-8")


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a TSV (or one-column) data file: comments and blank lines skipped, cells
    stripped. Cached: callers must not mutate the result."""
    out: list[tuple[str, ...]] = []
    for line in data_text(name).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append(tuple(c.strip() for c in line.split("\t")))
    return tuple(out)


def words(name: str, column: int = 0) -> list[str]:
    """One column of a data file, in file order."""
    return [r[column] for r in rows(name) if len(r) > column and r[column]]


@lru_cache(maxsize=1 << 16)
def key(text: str) -> str:
    """The one matching key: NFC, one tone placement, case folded, whitespace collapsed.

    "Uỷ  ban" and "ủy ban" have the same key. Use it for every dictionary lookup of text
    (cached: the same words come back again and again).
    """
    norm, _ = normalize(text)
    return " ".join(fold(norm).split())


@cache
def scope_alternation(kind: str) -> str:
    """The phrases of one kind in ``data/figure_scope.tsv`` (its second column: "exchange",
    "org", "venue" …), lower-cased, as a regex alternation, longest first; a NUL character (matches
    no text) when the file has none. The one reader of that file's phrase rows: the provinces
    component (a stock exchange's name before a province) and the figures' resolve step build
    their patterns from it."""
    phrases = [fold(r[0]) for r in rows("figure_scope.tsv") if len(r) >= 2 and r[1] == kind]
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) or "\x00"


@lru_cache(maxsize=4096)  # names and nouns recur from one document to the next
def compiled(regex: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(regex, flags)``, kept for the process: for patterns built from a document's
    words, which would otherwise churn through the ``re`` module's small cache (speed)."""
    return re.compile(regex, flags)


_WORD_CHAR = r"[\w]"


def word_re(phrases: Iterable[str], *, flags: int = 0) -> re.Pattern[str]:
    """A regex matching any of ``phrases`` (already in key form) as whole words; longest first,
    so at one position the longest phrase wins; a space in a phrase matches any run of spaces."""
    alts = sorted({p for p in phrases if p}, key=lambda p: (-len(p), p))
    body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in alts) or r"(?!x)x"
    return re.compile(rf"(?<!{_WORD_CHAR})(?:{body})(?!{_WORD_CHAR})", flags)


@dataclass(frozen=True, slots=True)
class Match:
    """A phrase found in a text: ``start``/``end`` index the text searched, ``value`` is what the
    data file gives for the phrase (its key, if the file gives nothing)."""

    start: int
    end: int
    key: str
    value: str


class PhraseMatcher:
    """Finds the phrases of a word list in a lower-cased, normalized text (``doc.lower``).

    Matches are whole words, leftmost first, longest at a position, and do not overlap.
    """

    def __init__(self, phrases: Iterable[tuple[str, str]] | Iterable[str]) -> None:
        table: dict[str, str] = {}
        for item in phrases:
            if isinstance(item, str):
                k = key(item)
                table.setdefault(k, k)
            else:
                phrase, value = item
                table.setdefault(key(phrase), value)
        self.table = table
        self.pattern = word_re(table)

    @classmethod
    def from_file(cls, name: str, value_column: int | None = 1) -> PhraseMatcher:
        """A matcher over column 0 of a data file, each phrase valued by ``value_column``."""
        pairs = []
        for r in rows(name):
            if value_column is not None and len(r) > value_column:
                pairs.append((r[0], r[value_column]))
            else:
                pairs.append((r[0], key(r[0])))
        return cls(pairs)

    def finditer(self, lower: str, start: int = 0, end: int | None = None) -> Iterator[Match]:
        end = len(lower) if end is None else end
        for m in self.pattern.finditer(lower, start, end):
            k = " ".join(m.group(0).split())
            yield Match(m.start(), m.end(), k, self.table.get(k, k))

    def __contains__(self, text: str) -> bool:
        return key(text) in self.table

    def get(self, text: str, default: str | None = None) -> str | None:
        return self.table.get(key(text), default)

    def __len__(self) -> int:
        return len(self.table)
