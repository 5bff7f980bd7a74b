"""The reference date of an article: the day it appeared, and where that was found.

Relative time phrases ("năm nay", "tháng trước", "hôm qua", "quý I" without a year) are resolved
against it (:mod:`vnextract.components.period_rules`). In order of trust:

- ``option``: given by the caller (``--date``, ``date=``, a ``date`` field of JSON Lines input);
- ``html``: the saved web page's own metadata (``meta["date"]`` from :mod:`vnextract.htmltext`);
- ``dateline``: a full date in the first lines of the text ("Thứ Hai, 12/6/2017 08:15",
  "(ngày 12-6-2017)", "Chiều 24/4/2024, …");
- ``text``: else the latest full date the article states about itself (not a deadline, a start
  date or a document's date: "trước ngày …", "từ ngày …", "Quyết định số … ngày …");
- else none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

__all__ = ["RefDate", "SOURCES", "parse_date", "from_text", "dateline", "latest_date", "resolve",
           "date_words"]

SOURCES = ("option", "html", "dateline", "text")
DATELINE_LINES = 4  # non-empty lines at the top of the text where a dateline may stand
DATELINE_CHARS = 160  # … and how far into such a line


@dataclass(frozen=True, slots=True)
class RefDate:
    """A reference date and where it came from (one of :data:`SOURCES`)."""

    value: date
    source: str
    text: str = ""  # the words it was read from, when it came from the text

    def to_dict(self) -> dict[str, str]:
        return {"value": self.value.isoformat(), "source": self.source}


_DMY = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ ,]+[0-9:]+(?:\s*[AaPp][Mm])?)?\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-]\d\d:?\d\d)?)?\s*$")


def parse_date(value: str | date) -> date:
    """``YYYY-MM-DD`` (a full ISO date-time such as ``2017-06-12T08:15:00+07:00`` is cut to its
    day; the Vietnamese order ``12/6/2017`` is read too) to a :class:`datetime.date`; raises
    ValueError otherwise (also for a day that does not exist)."""
    if isinstance(value, date):
        return value
    m = _ISO.match(str(value))
    if m:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _DMY.match(str(value))  # the Vietnamese order: 12/6/2017, 12-06-2017 08:15
    if m:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    raise ValueError(f"not a date (YYYY-MM-DD): {value!r}")


@lru_cache(maxsize=1)
def date_words() -> dict[str, list[str]]:
    """The word lists of ``data/date_words.tsv`` by kind (weekday, part, not_own, not_date,
    season)."""
    from .lexicon import rows

    out: dict[str, list[str]] = {}
    for kind, phrase in rows("date_words.tsv"):
        out.setdefault(kind, []).append(phrase)
    return out


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _full_date() -> re.Pattern[str]:
    """A full date: 12/6/2017, 12-06-2017, 12.6.2017, 2017-06-12, ngày 12 tháng 6 năm 2017."""
    return re.compile(
        r"(?<![\w/.-])(?:(?P<d>[0-3]?\d)[/.-](?P<m>[01]?\d)[/.-](?P<y>(?:19|20)\d\d)"
        r"|(?P<y2>(?:19|20)\d\d)-(?P<m2>[01]\d)-(?P<d2>[0-3]\d)"
        r"|(?P<d3>[0-3]?\d)[ \t]+tháng[ \t]+(?P<m3>[01]?\d)[ \t]+năm[ \t]+(?P<y3>(?:19|20)\d\d))"
        r"(?![\w/]|[.-]\d)",
        re.I,
    )


@lru_cache(maxsize=1)
def _not_own() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:(?:" + _alt(date_words()["not_own"]) + r")[ \t]+(?:ngày[ \t]+)?"
                      r"|số[ \t]+\S+[ \t]+ngày[ \t]+)$", re.I)


@lru_cache(maxsize=1)
def _dateline_lead() -> re.Pattern[str]:
    """What may stand before a dateline's date: a day name, a part of the day, punctuation."""
    word = _alt(date_words()["weekday"] + date_words()["part"])
    return re.compile(r"^[\W\d_]*(?:[^\W\d_]{1,12}[ \t]*[-–—:][ \t]*)?"
                      r"(?:(?:" + word + r")[ \t,:(]*)*(?:ngày[ \t]+)?\(?[ \t]*$", re.I)


def _date_of(m: re.Match[str]) -> date | None:
    g = m.groupdict()
    d, mo, y = (g["d"] or g["d2"] or g["d3"]), (g["m"] or g["m2"] or g["m3"]), (
        g["y"] or g["y2"] or g["y3"])
    try:
        return date(int(y), int(mo), int(d))
    except (TypeError, ValueError):
        return None


def dateline(text: str) -> RefDate | None:
    """A full date opening one of the first lines ("Thứ Hai, 12/6/2017 08:15", "(ngày
    12-6-2017)", "Ngày 16/5/2023, đoàn …", "TTXVN - Ngày 30/1/2024")."""
    seen = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            head = line[:DATELINE_CHARS]
            for m in _full_date().finditer(head):
                if _dateline_lead().match(head[: m.start()]):
                    d = _date_of(m)
                    if d is not None:
                        return RefDate(d, "dateline", m.group())
                break
            seen += 1
            if seen >= DATELINE_LINES:
                break
    return None


def latest_date(text: str) -> RefDate | None:
    """The latest full date the article states about itself (not after "từ", "trước", "hạn",
    "số" … : a start date, a deadline, a document's date)."""
    best: tuple[date, str] | None = None
    not_own = _not_own()
    for m in _full_date().finditer(text):
        if not_own.search(text[max(0, m.start() - 25) : m.start()]):
            continue
        d = _date_of(m)
        if d is not None and (best is None or d > best[0]):
            best = (d, m.group())
    return RefDate(best[0], "text", best[1]) if best else None


def from_text(text: str) -> RefDate | None:
    """The dateline, else the latest full date of the article, else None."""
    return dateline(text) or latest_date(text)


def resolve(text: str, option: str | date | None = None,
            html: str | date | None = None) -> RefDate | None:
    """The reference date of ``text``: ``option`` (the caller's), else ``html`` (the page's
    metadata; ignored when not a date), else :func:`from_text`. A bad ``option`` raises
    ValueError."""
    if option is not None:
        return RefDate(parse_date(option), "option")
    if html:
        try:
            return RefDate(parse_date(html), "html")
        except ValueError:
            pass
    return from_text(text)
