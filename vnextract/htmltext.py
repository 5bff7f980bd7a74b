"""The article text and metadata of a saved news page, read with trafilatura and htmldate.

:func:`html_to_text` hands the page to trafilatura (precision-oriented, comments off, tables
kept as the article shows them, formatting off) and lays its main text out like an article
pasted from a browser: the title line, a blank line, then one paragraph a line. Offsets
reported on the result refer to that text. The page's own metadata comes with it: ``title``,
``author`` (as the page gives it), ``url`` (the canonical URL) and ``date``, the original
publication date found by htmldate in the page's metadata and markup (not the last update, and
never a date guessed from the running text).

trafilatura, htmldate and lxml are imported only when a page is read, so plain-text runs do
not pay for them. A page where trafilatura finds no main text (an index page, a stub) raises
:class:`~vnextract.text.InputError` ("no article text in this page"), which becomes an error
record.

Kept on top of trafilatura, because it does not do them:

- the *sapo*: the lead paragraph Vietnamese newsrooms print in bold between the headline and
  the body, which their CMSs put outside the body element (``h2.detail-sapo``,
  ``p.description``, ``div.article__sapo`` …), so trafilatura leaves it out;
- flattening markup nested deeper than libxml2 builds (about 255 levels: below that it drops
  the content silently), so that a page nested 10,000 levels deep keeps its text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .text import InputError

__all__ = ["NO_TEXT", "html_to_text", "looks_like_html"]

NO_TEXT = "no article text in this page"

# Elements of trafilatura's output tree that make their own line; <lb/> breaks a line; a table
# cell is set off from the next by a space (a row reads as one line, as the page shows it).
_BLOCKS = frozenset("p head item row quote code list table div body".split())
_SPACE_RE = re.compile(r"[ \t\r\n\f\v\u00a0\u200b]+")
# Deeper than this, markup is flattened before lxml parses it.
_MAX_DEPTH = 180
_TAG_SCAN_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)\b[^<>]*?(/?)>")
_FLAT = frozenset("p h1 h2 h3 h4 h5 h6".split())
_VOID = frozenset(
    "area base br col embed hr img input keygen link meta param source track wbr".split()
)
# The lead paragraph ("sapo", "chapeau") of Vietnamese news CMSs, by class.
_SAPO_XPATH = (
    "//*[self::p or self::div or self::h2 or self::h3 or self::span]"
    "[re:test(@class, '(^|[ _-])(sapo|description|desc|summary|chapeau|lead)($|[ _-])', 'i')]"
)
_NOT_LEAD_ANCESTORS = frozenset("li a ul ol aside nav footer header form".split())
# A table whose cells hold these is page layout (provincial portals), not a table of figures.
_LAYOUT_IN_CELL = "div h1 h2 h3 h4 h5 h6 ul ol table form article section nav".split()
_LAYOUT_XPATH = "|".join(f"./tr/td//{t}|./tbody/tr/td//{t}|./tr/th//{t}" for t in _LAYOUT_IN_CELL)
_DATE_RE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}")


@lru_cache(maxsize=1)
def _vocab() -> dict[str, list[str]]:
    """data/html_cleanup.tsv by kind: class words, byline labels, dateline labels."""
    from .lexicon import rows

    out: dict[str, list[str]] = {"body": [], "class": [], "byline": [], "dateline": []}
    for kind, value in rows("html_cleanup.tsv"):
        out[kind].append(value)
    return out


@lru_cache(maxsize=1)
def _furniture_re() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _vocab()["class"])
    return re.compile(rf"(?:^|[\s_-])(?:{words})", re.IGNORECASE)  # box-tinlienquanv2


@lru_cache(maxsize=1)
def _label_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    def alt(kind: str) -> str:
        return "|".join(re.escape(w) for w in sorted(_vocab()[kind], key=len, reverse=True))

    return (re.compile(rf"^(?:{alt('byline')})\s*:\s*(.+)$", re.IGNORECASE),
            re.compile(rf"^(?:{alt('dateline')})\s*:", re.IGNORECASE))


def _clean(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip()


def _too_deep(html: str) -> bool:
    if html.count("<") <= _MAX_DEPTH:
        return False
    depth = 0
    for m in _TAG_SCAN_RE.finditer(html):
        tag = m.group(2).lower()
        if tag in _VOID or tag in _FLAT or m.group(3):
            continue
        if m.group(1):
            depth = max(depth - 1, 0)
        else:
            depth += 1
            if depth > _MAX_DEPTH:
                return True
    return False


def _flatten(html: str) -> str:
    """``html`` with the tags opened deeper than ``_MAX_DEPTH`` (and their end tags) replaced by
    spaces, so that libxml2 keeps the text inside them; paragraphs and headings, which do not nest,
    are kept and not counted."""
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # (tag, kept)
    open_count: dict[str, int] = {}
    pos = 0
    for m in _TAG_SCAN_RE.finditer(html):
        out.append(html[pos : m.start()])
        pos = m.end()
        tag = m.group(2).lower()
        if m.group(1):  # an end tag: close up to the matching start tag
            if not open_count.get(tag):
                out.append(m.group(0))
                continue
            while stack:
                name, kept = stack.pop()
                open_count[name] -= 1
                if name == tag:
                    out.append(m.group(0) if kept else " ")
                    break
        elif m.group(3) or tag in _VOID or tag in _FLAT:  # never nests: kept, not counted
            out.append(m.group(0))
        else:
            kept = len(stack) < _MAX_DEPTH
            stack.append((tag, kept))
            open_count[tag] = open_count.get(tag, 0) + 1
            out.append(m.group(0) if kept else " ")
    out.append(html[pos:])
    return "".join(out)


def _lines(body: Any) -> list[str]:
    """The text of trafilatura's output tree: one line a block, whitespace collapsed."""
    from lxml import etree

    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = _clean("".join(current))
        if line:
            lines.append(line)
        current.clear()

    for event, el in etree.iterwalk(body, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _BLOCKS or tag == "lb":
                flush()
            if el.text:
                current.append(el.text)
        else:
            if tag in _BLOCKS:
                flush()
            elif tag == "cell":
                current.append(" ")
            if el.tail and el is not body:
                current.append(el.tail)
    flush()
    return lines


def _lead(tree: Any, lines: list[str], title: str) -> str:
    """The sapo of a Vietnamese news page when trafilatura left it out: the first element with a
    lead class, outside lists, links and page furniture, of 30 characters or more."""
    try:
        found = tree.xpath(_SAPO_XPATH, namespaces={"re": "http://exslt.org/regular-expressions"})
    except Exception:  # noqa: BLE001 - a page lxml cannot search has no lead to add
        return ""
    text = "\n".join(lines)
    for el in found[:20]:
        if any(a.tag in _NOT_LEAD_ANCESTORS for a in el.iterancestors()):
            continue
        lead = _clean(el.text_content())
        if len(lead) < 30 or lead == title:
            continue
        return "" if lead in text else lead
    return ""


def _prepare(tree: Any) -> None:
    """Turn layout tables into plain blocks and drop Vietnamese page furniture, in place."""
    for table in list(tree.iter("table")):
        if table.xpath(_LAYOUT_XPATH):
            for el in [table, *table.iter("tbody", "thead", "tfoot", "tr", "td", "th")]:
                el.tag = "div"
    furniture = _furniture_re()
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or el.tag in ("html", "body"):
            continue
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        if (names.strip() and furniture.search(names) and el.getparent() is not None
                and el.find(".//h1") is None):  # never the column that holds the article
            el.drop_tree()
    if not tree.xpath("//*[@itemprop='articleBody']"):
        body_classes = set(_vocab()["body"])
        for el in tree.iter("div", "article", "section", "td"):
            if body_classes.intersection((el.get("class") or "").split()):
                el.set("itemprop", "articleBody")  # trafilatura's own mark of the body
                break


def _tidy(lines: list[str]) -> tuple[list[str], str]:
    """Drop date lines of page furniture; take the author from a labelled byline, or from a
    signature (a name alone) on the last line. Returns (lines, author or "")."""
    byline, dateline = _label_res()
    lines = [x for x in lines if not (len(x) < 100 and dateline.match(x) and _DATE_RE.search(x))]
    author = ""
    for line in reversed(lines[-3:]):
        m = byline.match(line)
        if m and len(line) < 100:
            author = m.group(1).strip()
            break
    if not author and lines and _is_signature(lines[-1]):
        author = lines[-1]
    return lines, author


def _is_signature(line: str) -> bool:
    """A name alone: two to five capitalised words ("Minh Đức"), not "Theo TTXVN"."""
    words = line.split()
    return 2 <= len(words) <= 5 and all(
        w.isalpha() and w[0].isupper() and (len(w) == 1 or w[1:].islower()) for w in words
    ) and words[0].lower() not in ("theo", "nguồn")


def _extract(html: str) -> tuple[Any, Any]:
    """trafilatura's result for ``html`` (None when it finds no main text) and the parsed page."""
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None or tree.tag != "html":  # a fragment: trafilatura wants a whole page
        tree = load_html(f"<html><body>{html}</body></html>")
    if tree is None:
        return None, None
    _prepare(tree)
    doc = trafilatura.bare_extraction(
        tree,
        fast=True,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        include_formatting=False,
        include_images=False,
        include_links=False,
        with_metadata=True,
        date_extraction_params={
            "original_date": True,  # the publication date, not the last update
            "extensive_search": False,  # declared dates only, never one read off the text
            "outputformat": "%Y-%m-%d",
        },
    )
    if doc is not None:
        doc.date = _publication_date(tree)
    return doc, tree  # trafilatura works on a copy of the tree it is given


def _publication_date(tree: Any) -> str | None:
    """The page's original publication date by htmldate: from its metadata (meta tags, JSON-LD,
    <time>, date-classed elements), never from the running text or a footer ("© 2023", "Cập nhật
    10/4/2024" under the page are not the article's date)."""
    from copy import deepcopy

    from htmldate import find_date

    page = deepcopy(tree)
    for el in page.xpath("//footer|//*[re:test(@class, 'footer', 'i') or re:test(@id, 'footer', "
                         "'i')]", namespaces={"re": "http://exslt.org/regular-expressions"}):
        if el.getparent() is not None:
            el.drop_tree()
    try:
        return find_date(page, extensive_search=False, original_date=True,
                         outputformat="%Y-%m-%d")
    except Exception:  # noqa: BLE001 - a date htmldate cannot read is no date
        return None


def html_to_text(html: str) -> tuple[str, dict]:
    """The article text of a saved news page: title line, blank line, one paragraph a line.

    Returns (text, meta); meta has ``html`` (True), ``title``, ``author`` (as the page gives
    it), ``url`` (canonical), ``date`` (original publication date, YYYY-MM-DD), ``extractor``
    and ``extracted_chars``; the missing ones are None. Offsets in the output refer to ``text``.
    Raises InputError when the page holds no article text."""
    if _too_deep(html):
        html = _flatten(html)
    try:
        doc, tree = _extract(html)
    except (ValueError, TypeError, AttributeError, RecursionError) as exc:  # lxml on junk
        raise InputError(f"{NO_TEXT} ({type(exc).__name__})") from None
    if doc is None or doc.body is None:
        raise InputError(NO_TEXT)
    title = _clean(doc.title or "")
    lines = _lines(doc.body)
    if title and lines and lines[0] == title:
        lines = lines[1:]
    if not lines:
        raise InputError(NO_TEXT)
    lines, signed = _tidy(lines)
    lead = _lead(tree, lines, title) if tree is not None else ""
    if lead:
        lines.insert(0, lead)
    body = "\n".join(lines)
    text = f"{title}\n\n{body}\n" if title else f"{body}\n"
    meta = {
        "html": True,
        "title": title or None,
        "author": _clean(doc.author or "") or signed or None,
        "url": doc.url or None,
        "date": doc.date or None,
        "extractor": "trafilatura",
        "extracted_chars": len(text),
    }
    return text, meta


_HTML_START_RE = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_TAG_RE = re.compile(
    r"</?(?:p|div|br|span|a|article|section|h[1-6]|title|meta|ul|li|table)\b", re.IGNORECASE
)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page (or fragment) rather than plain text."""
    head = text[:4096].lstrip("\ufeff \t\r\n")
    if _HTML_START_RE.search(head[:1024]):
        return True
    return head.startswith("<") and len(_TAG_RE.findall(head)) >= 3
