"""A self-contained HTML report: each article with its mentions highlighted, plus the tables.

``render_report([(record, text), ...])`` returns one HTML page with everything inline (CSS, a
small script, no fonts, images or links to anywhere else), so it can be mailed or opened offline.

- Every person, title, province, place and indicator mention is a ``<span class="m m-KIND">``
  with ``tabindex="0"``; hovering or focusing it shows what it was normalized to in a tooltip
  filled from its ``data-tip`` attribute (also its ``title``, for when scripts are off).
- Overlapping mentions nest (an indicator holding a province, a person holding a title); a
  mention that crosses another one's edge is resolved deterministically: the one that starts
  first (or is longer, or ranks higher: indicator > person > title > place > province) is kept,
  the crossing one is left out and counted in a note under the article.
- Mentions whose offsets fall outside the text are skipped, never an error.
- Every string from the text or the record is escaped, in element content and in attributes; a
  Content-Security-Policy allows only the page's own script (by hash) as a second line of defence.

:func:`collect_spans` (the highlight spans of one record, in nesting order) is shared with the
terminal view in :mod:`vnextract.output.show`.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["KINDS", "HSpan", "collect_spans", "nest_spans", "render_report", "tooltip_lines"]

# Mention kinds, from outermost to innermost when two spans cover the same characters.
KINDS: tuple[str, ...] = ("indicator", "person", "title", "place", "province")
_RANK = {k: i for i, k in enumerate(KINDS)}
KIND_LABELS = {
    "person": "person",
    "title": "title",
    "province": "province",
    "place": "place (district, ward, commune…)",
    "indicator": "indicator",
}

_SURROGATES = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class HSpan:
    """One highlight: ``text[start:end]`` is a mention of kind ``kind``.

    ``ref`` names the record it belongs to (``p0`` person 0, ``t0`` a title of person 0, ``u4``
    title 4 of the record when it names nobody, ``v1`` province 1, ``l2`` place 2, ``i3``
    indicator 3); ``tip`` is the normalized value, one fact a line.
    """

    start: int
    end: int
    kind: str
    ref: str
    tip: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[int, int, int, str]:
        return (self.start, -self.end, _RANK.get(self.kind, len(KINDS)), self.ref)


@dataclass
class SpanSet:
    """The spans to draw (in nesting order) and the ones left out, with why."""

    spans: list[HSpan] = field(default_factory=list)
    out_of_range: int = 0
    crossing: list[HSpan] = field(default_factory=list)
    mismatched: int = 0


# -- values ---------------------------------------------------------------------------------


def _s(value: Any) -> str:
    """Any value from a record as display text ("" for None)."""
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, (list, tuple)) else []


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in _list(value) if isinstance(v, dict)]


def fmt_number(value: Any) -> str:
    """A number the Vietnamese way: 4.100.000.000.000; 21,6; 1,58e+14 only when huge."""
    if isinstance(value, bool) or value is None:
        return _s(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        if value.is_integer() and abs(value) < 1e21:
            return f"{int(value):,}".replace(",", ".")
        text = f"{value:.10g}"
        if "e" in text:
            return text.replace(".", ",")
        return text.replace(".", ",")
    return _s(value)


def _signed(value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return ("+" if value > 0 else "") + fmt_number(value)
    return _s(value)


_QUALIFIER_WORDS = {
    "exact": "",
    "over": "over ",
    "under": "under ",
    "nearly": "nearly ",
    "about": "about ",
}


def indicator_value(ind: dict[str, Any]) -> str:
    """ "over 4.100.000.000.000 VND", "rank 12/63", "21,6 %"."""
    unit = _s(ind.get("unit"))
    value = fmt_number(ind.get("value"))
    qualifier = _s(ind.get("qualifier"))
    prefix = _QUALIFIER_WORDS.get(qualifier, f"{qualifier} " if qualifier else "")
    if unit == "rank":
        of = ind.get("of")
        return f"{prefix}rank {value}" + (f"/{fmt_number(of)}" if of is not None else "")
    return f"{prefix}{value} {unit}".strip()


def indicator_change(ind: dict[str, Any]) -> str:
    change = ind.get("change_pct")
    basis = _s(ind.get("basis"))
    if change is None:
        return f"({basis})" if basis else ""
    return f"{_signed(change)} %" + (f" vs {basis}" if basis else "")


def indicator_share(ind: dict[str, Any]) -> str:
    share = ind.get("share_pct")
    if share is None:
        return ""
    of = _s(ind.get("share_of"))
    return f"{fmt_number(share)} %" + (f" of {of}" if of else "")


def tooltip_lines(
    kind: str, item: dict[str, Any], *, extra: dict[str, Any] | None = None
) -> tuple[str, ...]:
    """What a mention of ``item`` (a person, province, place or indicator) was normalized to."""
    extra = extra or {}
    lines: list[str] = []
    if kind == "person":
        lines.append(
            f"Person: {_s(item.get('name'))}"
            + (" (author)" if item.get("role") == "author" else "")
        )
        titles = [_s(t) for t in _list(item.get("titles"))]
        if titles:
            lines.append("Titles: " + "; ".join(titles))
        if item.get("province"):
            lines.append(f"Province: {_s(item.get('province'))}")
    elif kind == "title":
        owner = _s(item.get("name"))
        lines.append((f"Title of {owner}: " if owner else "Title: ") + _s(extra.get("expanded")))
        raw = _s(extra.get("raw"))
        if raw and raw != _s(extra.get("expanded")):
            lines.append(f"As written: {raw}")
    elif kind == "province":
        name, since = _s(item.get("name")), _s(item.get("since_2025"))
        lines.append(f"Province: {name}")
        if since:
            lines.append(f"Since 1/7/2025: {since}" + (" (unchanged)" if since == name else ""))
        if extra.get("role") == "city":
            lines.append("Named through its city")
    elif kind == "place":
        level = _s(item.get("level"))
        lines.append(f"Place: {_s(item.get('name'))}" + (f" ({level})" if level else ""))
        if item.get("province"):
            lines.append(f"Province: {_s(item.get('province'))}")
        if item.get("since_2025"):
            lines.append(f"Since 1/7/2025: {_s(item.get('since_2025'))}")
    elif kind == "indicator":
        lines.append(f"Indicator: {_s(item.get('indicator'))}")
        lines.append(f"Value: {indicator_value(item)}")
        change, share = indicator_change(item), indicator_share(item)
        if change:
            lines.append(f"Change: {change}")
        if share:
            lines.append(f"Share: {share}")
        if item.get("period"):
            lines.append(f"Period: {_s(item.get('period'))}")
        if item.get("province"):
            lines.append(f"Province: {_s(item.get('province'))}")
    return tuple(lines)


# -- spans ----------------------------------------------------------------------------------


def _offsets(m: dict[str, Any], n: int) -> tuple[int, int] | None:
    start, end = m.get("start"), m.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    if isinstance(start, bool) or isinstance(end, bool):
        return None
    if not 0 <= start < end <= n:
        return None
    return start, end


def _title_spans(record: dict[str, Any], text: str) -> list[HSpan]:
    """The record's title mentions (its top-level ``"titles"``: text, start, end, title,
    person), each tied to the person it names: ``t<i>`` for person ``i``, ``u<k>`` for the
    ``k``-th title when it names nobody in the record."""
    people = _dicts(record.get("people"))
    index: dict[str, int] = {}
    for pi, person in enumerate(people):
        index.setdefault(_s(person.get("name")), pi)
    spans: list[HSpan] = []
    n = len(text)
    for k, m in enumerate(_dicts(record.get("titles"))):
        off = _offsets(m, n)
        if off is None:
            continue
        written = text[off[0] : off[1]]
        extra = {"raw": written, "expanded": _s(m.get("title")) or written}
        pi = index.get(_s(m.get("person"))) if m.get("person") is not None else None
        if pi is None:
            tip = tooltip_lines("title", {}, extra=extra)
            spans.append(HSpan(off[0], off[1], "title", f"u{k}", tip))
        else:
            spans.append(HSpan(off[0], off[1], "title", f"t{pi}",
                               tooltip_lines("title", people[pi], extra=extra)))
    return spans


def _fit_title(title: HSpan, others: list[HSpan], text: str) -> HSpan | None:
    """A title of the record, made to nest with the other spans.

    A province or place running past its end is taken in ("Chủ tịch HĐND tỉnh" + "tỉnh Cà Mau"
    gives "Chủ tịch HĐND tỉnh Cà Mau", the province nested inside); any other span crossing it
    cuts it short; nothing left, no title.
    """
    start, end = title.start, title.end
    for o in sorted(others, key=lambda x: x.key):
        if o.kind == "title":
            continue
        if start < o.start < end < o.end and o.kind in ("province", "place"):
            end = o.end
    for o in others:
        if o.kind == "title":
            continue
        if start < o.start < end < o.end:
            end = o.start
        elif o.start < start < o.end < end:
            start = o.end
    while start < end and text[end - 1] in " ,;:":
        end -= 1
    while start < end and text[start] in " ,;:":
        start += 1
    if end - start < 2:
        return None
    if (start, end) == (title.start, title.end):
        return title
    return HSpan(start, end, title.kind, title.ref, title.tip)


def collect_spans(record: dict[str, Any], text: str) -> SpanSet:
    """Every highlight of one record, checked against ``text`` and put in nesting order.

    Sorted by (start, longer first, kind rank), so a parent always comes before what it holds;
    mentions out of range are counted and skipped; crossing mentions are resolved by
    :func:`nest_spans`.
    """
    result = SpanSet()
    n = len(text)
    raw: list[HSpan] = []

    def add(kind: str, ref: str, m: dict[str, Any], tip: tuple[str, ...]) -> None:
        off = _offsets(m, n)
        if off is None:
            result.out_of_range += 1
            return
        said = m.get("text")
        if isinstance(said, str) and said != text[off[0] : off[1]]:
            result.mismatched += 1
            tip = tip + (f"(record text: {said!r})",)
        raw.append(HSpan(off[0], off[1], kind, ref, tip))

    for pi, person in enumerate(_dicts(record.get("people"))):
        tip = tooltip_lines("person", person)
        for m in _dicts(person.get("mentions")):
            add("person", f"p{pi}", m, tip)
    for vi, prov in enumerate(_dicts(record.get("provinces"))):
        for m in _dicts(prov.get("mentions")):
            add(
                "province",
                f"v{vi}",
                m,
                tooltip_lines("province", prov, extra={"role": m.get("role")}),
            )
    for li, place in enumerate(_dicts(record.get("places"))):
        tip = tooltip_lines("place", place)
        for m in _dicts(place.get("mentions")):
            add("place", f"l{li}", m, tip)
    for ii, ind in enumerate(_dicts(record.get("indicators"))):
        add("indicator", f"i{ii}", ind, tooltip_lines("indicator", ind))
    for title in _title_spans(record, text):
        fitted = _fit_title(title, raw, text)
        if fitted is not None:
            raw.append(fitted)

    # the same kind twice on the same characters (a duplicated mention) is drawn once
    unique: dict[tuple[int, int, str, str], HSpan] = {}
    for span in raw:
        unique.setdefault((span.start, span.end, span.kind, span.ref), span)
    result.spans, result.crossing = nest_spans(unique.values())
    return result


def nest_spans(spans: Iterable[HSpan]) -> tuple[list[HSpan], list[HSpan]]:
    """Spans in nesting order, and those left out because they cross an earlier one's edge."""
    kept: list[HSpan] = []
    crossing: list[HSpan] = []
    stack: list[HSpan] = []
    for span in sorted(spans, key=lambda s: s.key):
        while stack and stack[-1].end <= span.start:
            stack.pop()
        if stack and span.end > stack[-1].end:
            crossing.append(span)
            continue
        kept.append(span)
        stack.append(span)
    return kept, crossing


# -- HTML -----------------------------------------------------------------------------------


def esc(value: Any) -> str:
    """Escape for element content and quoted attributes (lone surrogates become U+FFFD)."""
    return html.escape(_SURROGATES.sub("\ufffd", _s(value)), quote=True)


def _highlighted(text: str, spans: Sequence[HSpan], aid: str) -> str:
    """The article text with spans as nested <span> elements (spans already in nesting order)."""
    out: list[str] = []
    pos = 0
    stack: list[HSpan] = []

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1].end <= limit:
            top = stack.pop()
            out.append(esc(text[pos : top.end]))
            pos = top.end
            out.append("</span>")

    for span in spans:
        close_until(span.start)
        out.append(esc(text[pos : span.start]))
        pos = span.start
        tip = "\n".join(span.tip)
        out.append(
            f'<span class="m m-{span.kind}" tabindex="0" data-kind="{span.kind}" '
            f'data-ref="{aid}-{span.ref}" data-start="{span.start}" data-end="{span.end}" '
            f'data-tip="{esc(tip)}" title="{esc(tip)}">'
        )
        stack.append(span)
    close_until(len(text))
    out.append(esc(text[pos:]))
    return "".join(out)


def _table(
    caption: str, headers: Sequence[str], rows: Sequence[tuple[str, Sequence[str]]], cls: str
) -> str:
    """``rows`` are (data-ref, cells already escaped)."""
    if not rows:
        return f'<h3>{esc(caption)}</h3><p class="none">none found</p>'
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join(
        f'<tr data-ref="{ref}">' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
        for ref, cells in rows
    )
    return (
        f'<h3>{esc(caption)} <span class="count">{len(rows)}</span></h3>'
        f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
    )


def _tables(record: dict[str, Any], aid: str) -> tuple[str, str]:
    """(people, provinces and places tables; the indicators table)."""
    people = []
    for pi, p in enumerate(_dicts(record.get("people"))):
        titles = [_s(t) for t in _list(p.get("titles"))]
        raws = [_s(t) for t in _list(p.get("titles_raw"))]
        items = []
        for k, t in enumerate(titles):
            raw = raws[k] if len(raws) == len(titles) else ""
            items.append(
                f"<li>{esc(t)}"
                + (f" <small>({esc(raw)})</small>" if raw and raw != t else "")
                + "</li>"
            )
        name = esc(p.get("name")) + (
            ' <small class="tag">author</small>' if p.get("role") == "author" else ""
        )
        people.append(
            (
                f"{aid}-p{pi}",
                [
                    name,
                    f"<ul>{''.join(items)}</ul>" if items else "",
                    esc(p.get("province")),
                    str(len(_dicts(p.get("mentions")))),
                ],
            )
        )
    provinces = []
    for vi, p in enumerate(_dicts(record.get("provinces"))):
        provinces.append(
            (
                f"{aid}-v{vi}",
                [esc(p.get("name")), esc(p.get("since_2025")), str(len(_dicts(p.get("mentions"))))],
            )
        )
    places = []
    for li, p in enumerate(_dicts(record.get("places"))):
        places.append(
            (
                f"{aid}-l{li}",
                [
                    esc(p.get("name")),
                    esc(p.get("level")),
                    esc(p.get("province")),
                    esc(p.get("since_2025")),
                ],
            )
        )
    inds = _indicator_rows(aid, record)
    parts = [
        _table("People", ("name", "titles", "province", "mentions"), people, "people"),
        _table("Provinces", ("name", "since 1/7/2025", "mentions"), provinces, "provinces"),
    ]
    if places:
        parts.append(
            _table("Places", ("name", "level", "province", "since 1/7/2025"), places, "places")
        )
    indicators = _table(
        "Indicators",
        ("indicator", "concept", "as written", "value", "change", "share", "period", "province"),
        inds,
        "indicators",
    )
    return "".join(parts), indicators


def _indicator_rows(aid: str, record: dict[str, Any]) -> list[tuple[str, list[str]]]:
    return [
        (
            f"{aid}-i{ii}",
            [
                esc(i.get("indicator")),
                esc(i.get("concept")),
                f"<q>{esc(i.get('text'))}</q>",
                esc(indicator_value(i)),
                esc(indicator_change(i)),
                esc(indicator_share(i)),
                esc(i.get("period")),
                esc(i.get("province")),
            ],
        )
        for ii, i in enumerate(_dicts(record.get("indicators")))
    ]


def _is_error(record: dict[str, Any]) -> bool:
    return bool(record.get("error"))


def _counts(record: dict[str, Any]) -> dict[str, int]:
    return {
        "people": len(_dicts(record.get("people"))),
        "provinces": len(_dicts(record.get("provinces"))),
        "places": len(_dicts(record.get("places"))),
        "indicators": len(_dicts(record.get("indicators"))),
    }


def _article(record: dict[str, Any], text: str, aid: str, number: int) -> str:
    source = _s(record.get("source")) or f"article {number}"
    if _is_error(record):
        return (
            f'<section class="article error-record" id="{aid}"><h2>{esc(source)}</h2>'
            f'<p class="error">error: {esc(record.get("error"))}</p></section>'
        )
    spans = collect_spans(record, text)
    by_kind = Counter(s.kind for s in spans.spans)
    focus = record.get("focus_province")
    notes = []
    if spans.out_of_range:
        notes.append(f"{spans.out_of_range} mention(s) skipped: offsets outside the text")
    if spans.crossing:
        where = ", ".join(f"{s.kind} {s.start}–{s.end}" for s in spans.crossing[:10])
        notes.append(
            f"{len(spans.crossing)} mention(s) not highlighted: they cross another ({where})"
        )
    if spans.mismatched:
        notes.append(
            f"{spans.mismatched} mention(s) whose text differs from the article at their offsets"
        )
    meta = record.get("meta") if isinstance(record.get("meta"), dict) else {}
    if meta.get("empty") or not text.strip():
        notes.append("empty article")
    stats = " · ".join(f"{k} {by_kind.get(k, 0)}" for k in KINDS)
    side, indicators = _tables(record, aid)
    return (
        f'<section class="article" id="{aid}">'
        f"<h2>{esc(source)}</h2>"
        f'<p class="meta">highlighted: {esc(stats)}'
        + (f" · focus province: <b>{esc(focus)}</b>" if focus else "")
        + "</p>"
        + "".join(f'<p class="note">{esc(n)}</p>' for n in notes)
        + '<div class="cols">'
        f'<div class="text" lang="vi">{_highlighted(text, spans.spans, aid)}</div>'
        f'<div class="tables">{side}</div>'
        f'</div><div class="tables wide">{indicators}</div></section>'
    )


def _legend() -> str:
    items = "".join(f'<li><span class="sw sw-{k}">{esc(KIND_LABELS[k])}</span></li>' for k in KINDS)
    return f'<ul class="legend" aria-label="legend">{items}</ul>'


def _index(items: Sequence[tuple[dict[str, Any], str]]) -> str:
    rows = []
    for n, (record, _text) in enumerate(items, 1):
        source = _s(record.get("source")) or f"article {n}"
        link = f'<a href="#a{n}">{esc(source)}</a>'
        if _is_error(record):
            rows.append(
                f'<tr class="error"><td>{n}</td><td>{link}</td>'
                f'<td colspan="5">error: {esc(record.get("error"))}</td></tr>'
            )
            continue
        c = _counts(record)
        rows.append(
            f"<tr><td>{n}</td><td>{link}</td><td>{c['people']}</td><td>{c['provinces']}</td>"
            f"<td>{c['places']}</td><td>{c['indicators']}</td><td>{esc(record.get('focus_province'))}</td></tr>"
        )
    return (
        '<section id="index"><h2>Articles</h2><table class="index"><thead><tr>'
        "<th>#</th><th>source</th>"
        "<th>people</th><th>provinces</th><th>places</th><th>indicators</th><th>focus</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def _bar(label: str, n: int, top: int, cls: str = "") -> str:
    return (f'<div class="bar-row{cls}"><span class="bar-label">{esc(label)}</span>'
            '<span class="bar-track">'
            f'<span class="bar" style="width:{100 * n / top:.1f}%">'
            f'</span></span><span class="bar-value">{n}</span></div>')


def _province_chart(per_province: Counter[str], per_concept: dict[str, Counter[str]]) -> str:
    """Indicators per province, and within each province per concept (what they measure)."""
    order = sorted(per_province, key=lambda k: (-per_province[k], k))
    if not order:
        return '<p class="none">no indicators found</p>'
    top = max(per_province.values())
    rows = []
    for k in order:
        rows.append(_bar(k, per_province[k], top))
        concepts = per_concept.get(k, Counter())
        for c in sorted(concepts, key=lambda c: (-concepts[c], c)):
            rows.append(_bar(c, concepts[c], top, " concept"))
    return ('<div class="chart" role="img" aria-label="indicators per province, by concept">'
            f'{"".join(rows)}</div>')


def _summary(items: Sequence[tuple[dict[str, Any], str]]) -> str:
    articles: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    since: dict[str, str] = {}
    per_province: Counter[str] = Counter()
    per_concept: dict[str, Counter[str]] = {}
    for record, _text in items:
        if _is_error(record):
            continue
        for p in _dicts(record.get("provinces")):
            name = _s(p.get("name"))
            if not name:
                continue
            articles[name] += 1
            mentions[name] += len(_dicts(p.get("mentions")))
            since.setdefault(name, _s(p.get("since_2025")))
        for i in _dicts(record.get("indicators")):
            where = _s(i.get("province")) or "(national / no province)"
            per_province[where] += 1
            per_concept.setdefault(where, Counter())[_s(i.get("concept")) or "(other)"] += 1

    order = sorted(articles, key=lambda k: (-articles[k], -mentions[k], k))
    if order:
        rows = "".join(
            f"<tr><td>{esc(k)}</td><td>{esc(since.get(k))}</td><td>{articles[k]}</td><td>{mentions[k]}</td></tr>"
            for k in order
        )
        provinces = (
            '<table class="summary"><thead><tr><th>province</th><th>since 1/7/2025</th>'
            f"<th>articles</th><th>mentions</th></tr></thead><tbody>{rows}</tbody></table>"
        )
    else:
        provinces = '<p class="none">no provinces found</p>'

    chart = _province_chart(per_province, per_concept)
    return (
        '<section id="summary"><div class="cols"><div><h2>Provinces across articles</h2>'
        f"{provinces}</div><div><h2>Indicators per province</h2>{chart}</div></div></section>"
    )


_CSS = """
:root{--person:#f6c7e6;--person-b:#b0307f;--title:#d7ccff;--title-b:#5b3fc4;
--province:#c5efc9;--province-b:#23803a;--place:#c9e6fb;--place-b:#1f6fa8;
--indicator:#ffe39a;--indicator-b:#a86b00;--fg:#1d1d1f;--muted:#666;--line:#ddd}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);
margin:0;background:#fafafa}
header.top{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid var(--line);
padding:.5rem 1.25rem;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center}
header.top h1{font-size:1.1rem;margin:0}
main{padding:0 1.25rem 2rem}
h2{font-size:1.1rem;margin:1.25rem 0 .4rem}h3{font-size:.95rem;margin:.9rem 0 .3rem}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:.4rem;margin:0;padding:0;font-size:.85rem}
section.article,#index,#summary{background:#fff;border:1px solid var(--line);border-radius:6px;
padding:.25rem 1rem 1rem;margin-top:1rem}
.cols{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.25rem}
@media (max-width:900px){.cols{grid-template-columns:1fr}}
.tables{overflow-x:auto}
.text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.9;font-size:1rem}
.meta{color:var(--muted);margin:.1rem 0 .6rem;font-size:.85rem}
.note{color:#8a4b00;background:#fff6e0;border-left:3px solid #e0a030;padding:.2rem .5rem;
font-size:.85rem;margin:.3rem 0}
.error{color:#a00000;font-weight:600}
.none{color:var(--muted);font-style:italic;margin:.2rem 0}
.m{border-radius:3px;padding:.1em 0;cursor:help;border-bottom:2px solid transparent}
.m:focus{outline:2px solid #1a73e8;outline-offset:1px}
.m-person,.sw-person{background:var(--person);border-color:var(--person-b)}
.m-title,.sw-title{background:var(--title);border-color:var(--title-b)}
.m-province,.sw-province{background:var(--province);border-color:var(--province-b)}
.m-place,.sw-place{background:var(--place);border-color:var(--place-b)}
.m-indicator,.sw-indicator{background:var(--indicator);border-color:var(--indicator-b);
padding:.25em .1em}
.m .m{padding:.05em 0}
.sw{padding:.1em .4em;border-radius:3px;border-bottom-width:2px;border-bottom-style:solid}
.m.on,tr.on{box-shadow:0 0 0 2px #1a73e8}
table{border-collapse:collapse;width:100%;font-size:.85rem}
th,td{border-bottom:1px solid var(--line);padding:.25rem .4rem;text-align:left;vertical-align:top}
th{background:#f3f3f3;font-weight:600}
td ul{margin:0;padding-left:1.1rem}
q{color:#444}small{color:var(--muted)}
.count{color:var(--muted);font-weight:normal}
.tag{background:#eee;border-radius:3px;padding:0 .3rem}
.index a{color:#1a5fb4}
.chart{display:grid;gap:.3rem;font-size:.85rem}
.bar-row.concept .bar-label{padding-left:1.2rem;font-style:italic}
.bar-row{display:grid;grid-template-columns:12rem 1fr 2.5rem;gap:.5rem;align-items:center}
.bar-label{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.bar-track{background:#f0f0f0;border-radius:3px;height:1rem}
.bar{display:block;height:100%;background:var(--indicator-b);border-radius:3px}
.bar-value{text-align:right;font-variant-numeric:tabular-nums}
#tip{position:absolute;z-index:10;max-width:28rem;background:#222;color:#fff;padding:.4rem .6rem;
border-radius:4px;font-size:.85rem;white-space:pre-line;pointer-events:none;
box-shadow:0 2px 8px rgba(0,0,0,.3)}
#tip[hidden]{display:none}
"""

_JS = """
(function () {
  "use strict";
  var tip = document.getElementById("tip");
  var current = null;
  function link(el, on) {
    var ref = el.getAttribute("data-ref");
    if (!ref) { return; }
    var all = document.querySelectorAll('[data-ref="' + ref + '"]');
    for (var i = 0; i < all.length; i++) { all[i].classList.toggle("on", on); }
  }
  function show(el) {
    if (current === el) { return; }
    if (current) { link(current, false); }
    current = el;
    tip.textContent = el.getAttribute("data-tip") || "";
    tip.hidden = false;
    el.setAttribute("aria-describedby", "tip");
    link(el, true);
    var r = el.getBoundingClientRect();
    var room = document.documentElement.clientWidth - tip.offsetWidth - 4;
    var left = Math.max(4, Math.min(r.left, room));
    tip.style.left = (left + window.scrollX) + "px";
    tip.style.top = (r.bottom + window.scrollY + 6) + "px";
  }
  function hide() {
    if (current) { link(current, false); current.removeAttribute("aria-describedby"); }
    current = null;
    tip.hidden = true;
  }
  function mention(node) {
    return node && node.closest ? node.closest(".m[data-tip]") : null;
  }
  document.addEventListener("mouseover", function (e) {
    var m = mention(e.target);
    if (m) { show(m); }
  });
  document.addEventListener("mouseout", function (e) {
    var m = mention(e.target);
    if (m && !mention(e.relatedTarget)) { hide(); }
  });
  document.addEventListener("focusin", function (e) {
    var m = mention(e.target);
    if (m) { show(m); } else { hide(); }
  });
  document.addEventListener("focusout", function (e) {
    if (!mention(e.relatedTarget)) { hide(); }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { hide(); }
  });
})();
"""


def _csp() -> str:
    digest = base64.b64encode(hashlib.sha256(_JS.encode("utf-8")).digest()).decode("ascii")
    return (
        f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; "
        "img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'"
    )


def render_report(
    items: list[tuple[dict[str, Any], str]], *, title: str = "vnextract report"
) -> str:
    """One self-contained HTML page for ``items``, a list of (record, article text).

    One article: its text with highlights and its tables. Several: also an index with counts per
    article, a summary of the provinces and a chart of indicators per province.
    """
    items = [(r if isinstance(r, dict) else {}, t if isinstance(t, str) else "") for r, t in items]
    several = len(items) > 1
    body: list[str] = []
    if several:
        body.append(_index(items))
        body.append(_summary(items))
    for n, (record, text) in enumerate(items, 1):
        body.append(_article(record, text, f"a{n}", n))
    if not items:
        body.append('<p class="none">no articles</p>')
    return (
        "<!DOCTYPE html>\n"
        '<html lang="vi"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(_csp())}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{esc(title)}</title><style>{_CSS}</style></head><body>"
        f'<header class="top"><h1>{esc(title)}</h1>{_legend()}</header>'
        f"<main>{''.join(body)}</main>"
        '<div id="tip" role="tooltip" hidden></div>'
        f"<script>{_JS}</script></body></html>\n"
    )
