"""The article text of a saved news page, with only the standard library's HTML parser.

:func:`html_to_text` keeps the title and the paragraphs of the main content and drops scripts,
styles, menus, navigation, headers, footers, asides, forms and comments. Block elements become
line breaks, so the result reads like an article pasted from a browser: the title line, a blank
line, then one paragraph a line. Offsets reported on the result refer to that text.

The parser builds a small tree without recursion (pages nest 10,000 levels deep in the wild), and
never raises on malformed markup.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_to_text", "looks_like_html"]

_VOID = frozenset(
    "area base br col embed hr img input keygen link meta param source track wbr".split()
)
# Dropped with everything inside them.
_SKIP = frozenset(
    "script style noscript template iframe object embed svg math canvas video audio head nav "
    "header footer aside form button select textarea option menu dialog figure".split()
)
_BLOCK = frozenset(
    "address article blockquote body dd details div dl dt fieldset figcaption h1 h2 h3 h4 h5 h6 "
    "hr li main ol p pre section summary table tbody td tfoot th thead tr ul center".split()
)
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# Tags that close an open <p> when they start.
_CLOSES_P = _BLOCK - {"td", "th", "tr", "tbody", "thead", "tfoot", "dd", "dt", "li", "summary"}
# Tags that close an open element of the same name (<li>one<li>two).
_SELF_CLOSING_SIBLINGS = frozenset("li dt dd tr td th option p".split())

# class/id words of page furniture: anywhere in a class name ...
_NOISE_RE = re.compile(
    r"(?:^|[\s_-])(?:comments?|binh-?luan|related|relate|tin-?lien-?quan|share|sharing|social|"
    r"breadcrumbs?|sidebar|banner|advert\w*|ads|quang-?cao|widget|popup|modal|cookie|"
    r"newsletter|subscribe|toolbar)(?=$|[\s_-])"
    # ... or as a whole class name (an "article-header" keeps its title and lead)
    r"|(?:^|\s)(?:header|footer|nav|navbar|menu|main-menu|top-menu|site-header|site-footer|"
    r"tags|tag-list|login)(?=$|\s)",
    re.IGNORECASE,
)
_CONTENT_HINT_RE = re.compile(
    r"detail-content|fck_detail|content-detail|article-body|article__body|articlebody|"
    r"singular-content|detail__content|detail-body|news-content|post-content|entry-content|"
    r"article-content|story-body|maincontent|main-content|cms-body|content_detail|"
    r"box-content-detail|detail_content|knc-content|contentdetail",
    re.IGNORECASE,
)
_SAPO_RE = re.compile(
    r"(?:^|[\s_-])(?:sapo|description|lead|summary|chapeau|excerpt|intro|detail-sapo|"
    r"singular-sapo|article-sapo)(?=$|[\s_-])",
    re.IGNORECASE,
)
_SPACE_RE = re.compile(r"[ \t\r\n\f\v\u00a0\u200b]+")


class _Break:
    """A line break inside the text (<br>, <hr>, a stray </p>)."""

    __slots__ = ()


_BR = _Break()


class _Node:
    __slots__ = ("tag", "cls", "children", "parent", "order", "ptext", "text", "links", "noise")

    def __init__(self, tag: str, cls: str, parent: _Node | None, order: int) -> None:
        self.tag = tag
        self.cls = cls  # class and id, for hints
        self.children: list[_Node | str | _Break] = []
        self.parent = parent
        self.order = order
        self.ptext = 0  # length of paragraph text under this node
        self.text = 0  # length of all text under this node
        self.links = 0  # length of link text under this node
        self.noise = False  # page furniture by its class (related news, comments, sidebar)


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", "", None, 0)
        self.stack: list[_Node] = [self.root]
        self.open_count: dict[str, int] = {}
        self.skip_depth = 0  # > 0 inside a dropped element
        self.count = 1
        self.title_parts: list[str] | None = None
        self.title = ""
        self.meta_title = ""

    # -- structure

    def _push(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        cls = " ".join(v for k, v in attrs if k in ("class", "id") and v)
        skipped = tag in _SKIP or self.skip_depth > 0
        if tag in ("header", "footer") and (
            self.open_count.get("article") or self.open_count.get("main")
        ):
            skipped = self.skip_depth > 0  # an article's own header holds its title
        if not skipped and any(k == "hidden" for k, _ in attrs):
            skipped = True
        node = _Node(tag, cls, self.stack[-1], self.count)
        node.noise = bool(cls) and bool(_NOISE_RE.search(cls))
        self.count += 1
        if skipped:
            self.skip_depth += 1
            node.tag = "#skip:" + tag
        else:
            self.stack[-1].children.append(node)
        self.stack.append(node)
        self.open_count[tag] = self.open_count.get(tag, 0) + 1

    def _pop(self) -> None:
        node = self.stack.pop()
        tag = node.tag
        if tag.startswith("#skip:"):
            tag = tag[6:]
            self.skip_depth -= 1
        self.open_count[tag] -= 1

    def _top_tag(self) -> str:
        tag = self.stack[-1].tag
        return tag[6:] if tag.startswith("#skip:") else tag

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title" and self.title_parts is None and not self.title:
            self.title_parts = []
            return
        if tag == "meta":
            props = {k: (v or "") for k, v in attrs}
            if props.get("property") == "og:title" or props.get("name") == "twitter:title":
                self.meta_title = self.meta_title or props.get("content", "")
            return
        if tag in _VOID:
            if tag in ("br", "hr") and self.skip_depth == 0:
                self.stack[-1].children.append(_BR)
            return
        if tag in _CLOSES_P and self.open_count.get("p") and self._top_tag() == "p":
            self._pop()
        if tag in _SELF_CLOSING_SIBLINGS and self._top_tag() == tag:
            self._pop()
        self._push(tag, attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and tag != "title" and self._top_tag() == tag:
            self._pop()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self.title_parts is not None:
            self.title = _clean("".join(self.title_parts))
            self.title_parts = None
            return
        if not self.open_count.get(tag):
            if tag == "p" and self.skip_depth == 0:  # a stray </p> is an empty paragraph
                self.stack[-1].children.append(_BR)
            return
        while len(self.stack) > 1:
            top = self._top_tag()
            self._pop()
            if top == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.title_parts is not None:
            self.title_parts.append(data)
        elif self.skip_depth == 0 and data:
            self.stack[-1].children.append(data)


def _clean(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip()


def _parse(html: str) -> _TreeBuilder:
    builder = _TreeBuilder()
    try:
        builder.feed(html)
        # An unfinished tag at the very end ("<a href='x'") is not text.
        rest = getattr(builder, "rawdata", "")
        if isinstance(rest, str) and re.match(r"<[A-Za-z/!?]", rest):
            builder.rawdata = ""
        builder.close()
    except Exception:  # html.parser is lenient, but keep whatever was read on any surprise
        if builder.title_parts is not None:
            builder.title = _clean("".join(builder.title_parts))
    return builder


def _walk(root: _Node) -> list[_Node]:
    """All nodes under ``root`` in document order, without recursion."""
    out: list[_Node] = []
    todo: list[_Node] = [root]
    while todo:
        node = todo.pop()
        out.append(node)
        todo.extend(c for c in reversed(node.children) if isinstance(c, _Node))
    return out


def _measure(root: _Node) -> list[_Node]:
    """Fill in text, link and paragraph lengths bottom-up; return the nodes in document order."""
    nodes = _walk(root)
    for node in reversed(nodes):
        own = sum(len(c.strip()) for c in node.children if isinstance(c, str))
        node.text += own
        if node.tag == "a":
            node.links = node.text
        is_para = node.tag == "p" or (node.tag in ("div", "td", "section") and own >= 80)
        if is_para and node.text - node.links > node.links:  # a paragraph, not a link list
            node.ptext = max(node.ptext, node.text - node.links)
        parent = node.parent
        if parent is not None and not node.noise:
            parent.text += node.text
            parent.links += node.links
            parent.ptext += node.ptext
    return nodes


def _main_content(root: _Node, nodes: list[_Node]) -> _Node:
    def best(cands: list[_Node]) -> _Node | None:
        cands = [n for n in cands if n.ptext >= 100]
        return max(cands, key=lambda n: n.ptext) if cands else None

    articles = best([n for n in nodes if n.tag == "article"])
    hinted = best([n for n in nodes if n.cls and _CONTENT_HINT_RE.search(n.cls)])
    if articles is not None and (hinted is None or articles.ptext >= 0.8 * hinted.ptext):
        return articles
    if hinted is not None:
        return hinted
    if root.ptext == 0:
        return root
    # The deepest element that still holds most of the page's paragraph text (and of its text
    # that is not links).
    node = root
    while True:
        words = node.text - node.links
        child = next(
            (
                c
                for c in node.children
                if isinstance(c, _Node)
                and c.ptext >= 0.8 * root.ptext
                and c.text - c.links >= 0.6 * words
            ),
            None,
        )
        if child is None:
            return node
        node = child


def _lines(container: _Node) -> list[str]:
    """The text of ``container``: one line a block, whitespace collapsed."""
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = _clean("".join(current))
        if line:
            lines.append(line)
        current.clear()

    # Iterative walk; None marks the end of a block.
    todo: list[_Node | str | _Break | None] = [container]
    while todo:
        item = todo.pop()
        if item is None or isinstance(item, _Break):  # leaving a block, or <br>
            flush()
            continue
        if isinstance(item, str):
            current.append(item)
            continue
        tag = item.tag
        if item.noise and item is not container:
            continue
        if tag in ("ul", "ol") and item.links > 0.5 * item.text:
            continue  # a list of links inside the article ("read more")
        if tag in _BLOCK or tag in _HEADINGS:
            flush()
            todo.append(None)
        elif tag in ("td", "th"):
            current.append(" ")
        todo.extend(reversed(item.children))
    flush()
    return lines


def _find_title(builder: _TreeBuilder, container: _Node, nodes: list[_Node]) -> str:
    for node in _walk(container):
        if node.tag == "h1":
            title = _clean(" ".join(_lines(node)))
            if title:
                return title
    for node in nodes:
        if node.tag == "h1":
            title = _clean(" ".join(_lines(node)))
            if title:
                return title
    title = _clean(builder.meta_title) or builder.title
    # "Headline - Site name": drop a short site name after the last separator.
    m = re.match(r"^(.{10,}?)\s+[-|–—:]\s+[^-|–—:]{2,30}$", title)
    return m.group(1).strip() if m else title


def _sapo(container: _Node, nodes: list[_Node]) -> str:
    """The lead paragraph many Vietnamese sites put just outside the article body."""
    inside = {id(n) for n in _walk(container)}
    ancestors = set()
    up: _Node | None = container
    while up is not None:
        ancestors.add(id(up))
        up = up.parent
    tried = 0
    for node in nodes:
        if node.order >= container.order:
            break
        if id(node) in inside or id(node) in ancestors or not node.cls or node.noise:
            continue
        if node.tag in ("p", "div", "h2", "h3", "span") and _SAPO_RE.search(node.cls):
            tried += 1
            if tried > 50:
                break
            up = node.parent
            while up is not None and id(up) not in ancestors and not up.noise:
                up = up.parent
            if up is not None and up.noise and id(up) not in ancestors:
                continue  # inside a box of other news
            text = _clean(" ".join(_lines(node)))
            if len(text) >= 30:
                return text
    return ""


def html_to_text(html: str) -> tuple[str, dict]:
    """The article text of a saved news page: title + paragraphs, scripts/styles/menus/navigation/
    headers/footers/asides/forms/comments dropped; block elements become line breaks (title line,
    blank line, paragraphs like a pasted article); entities decoded. Returns (text, meta) with meta
    such as {"html": True, "title": ..., "extracted_chars": n}. Offsets in the output refer to this
    text."""
    builder = _parse(html)
    root = builder.root
    nodes = _measure(root)
    container = _main_content(root, nodes)
    lines = _lines(container)
    title = _find_title(builder, container, nodes)
    if title and lines and _clean(lines[0]) == title:
        lines = lines[1:]
    lead = _sapo(container, nodes)
    if lead and lead not in lines:
        lines.insert(0, lead)
    body = "\n".join(lines)
    if title and body:
        text = f"{title}\n\n{body}\n"
    elif title or body:
        text = f"{title or body}\n"
    else:
        text = ""
    meta = {
        "html": True,
        "title": title or None,
        "content": _describe(container),
        "extracted_chars": len(text),
    }
    return text, meta


def _describe(node: _Node) -> str:
    if node.tag == "#root":
        return "page"
    first = node.cls.split()[0] if node.cls else ""
    return f"{node.tag}.{first}" if first else node.tag


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
