"""The HTML report and the terminal view, checked without a browser (see tests/browser/ for one).

Records are built by hand from our own sentences; offsets come from ``str.index`` so they always
match the text.
"""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from typing import Any

import pytest

from vnextract.output.html import collect_spans, nest_spans, render_report
from vnextract.output.show import STYLES, highlight, show

VOID = {"meta", "br", "img", "input", "link", "hr", "wbr", "source", "area", "base", "col"}


def m(text: str, needle: str, nth: int = 0, **extra: Any) -> dict[str, Any]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return {"start": start, "end": start + len(needle), "text": needle, **extra}


def ind(text: str, written: str, **fields: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "indicator": "", "value": 0, "unit": "", "qualifier": "exact", "change_pct": None,
        "basis": None, "share_pct": None, "share_of": None, "period": None, "province": None,
    }
    out.update(fields)
    span = m(text, written)
    out.update(text=written, start=span["start"], end=span["end"])
    return out


def title(text: str, written: str, expanded: str, person: str | None, nth: int = 0) -> dict[str, Any]:
    """A title mention of the record's top-level "titles"."""
    return {**m(text, written, nth), "title": expanded, "person": person}


def record(source: str = "a.txt", **parts: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"schema_version": "1", "source": source, "people": [],
                           "provinces": [], "places": [], "indicators": [], "focus_province": None}
    out.update(parts)
    return out


TEXT_A = (
    "Sáng 5/9, Chủ tịch UBND tỉnh Nghệ An Võ Đức Long tiếp đoàn doanh nghiệp đến từ Hà Tĩnh. "
    "Ông Long cho biết 8 tháng năm 2024, vốn đầu tư công của tỉnh Nghệ An giải ngân đạt "
    "hơn 4.200 tỷ đồng, tăng 9,5% so với cùng kỳ, bằng 48,3% kế hoạch. Xã Nghi Phong có "
    "khoảng 1.500 ha rừng."
)


def record_a() -> dict[str, Any]:
    t = TEXT_A
    return record(
        "nghe-an.txt",
        focus_province="Nghệ An",
        people=[{
            "name": "Võ Đức Long",
            "titles": ["Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"],
            "titles_raw": ["Chủ tịch UBND tỉnh Nghệ An"],
            "province": "Nghệ An", "role": None,
            "mentions": [m(t, "Võ Đức Long"), m(t, "Ông Long")],
        }],
        titles=[title(t, "Chủ tịch UBND tỉnh Nghệ An", "Chủ tịch Ủy ban nhân dân tỉnh Nghệ An",
                      "Võ Đức Long")],
        provinces=[
            {"name": "Nghệ An", "since_2025": "Nghệ An",
             "mentions": [m(t, "Nghệ An"), m(t, "Nghệ An", 1)]},
            {"name": "Hà Tĩnh", "since_2025": "Hà Tĩnh", "mentions": [m(t, "Hà Tĩnh")]},
        ],
        places=[{"name": "Nghi Phong", "level": "commune", "province": "Nghệ An",
                 "since_2025": None, "mentions": [m(t, "Xã Nghi Phong")]}],
        indicators=[
            ind(t, "vốn đầu tư công của tỉnh Nghệ An giải ngân đạt hơn 4.200 tỷ đồng",
                indicator="vốn đầu tư công giải ngân", value=4.2e12, unit="VND",
                qualifier="over", change_pct=9.5, basis="same period last year",
                share_pct=48.3, share_of="plan", period="2024-01/2024-08", province="Nghệ An"),
            ind(t, "khoảng 1.500 ha", indicator="diện tích rừng", value=1500.0, unit="ha",
                qualifier="about", province="Nghệ An"),
        ],
    )


TEXT_B = "Bà Lý Thu Hằng, Giám đốc Sở Tài chính Hà Nội, nói năm 2023 Hà Nội thu hút 2,9 tỷ USD."


def record_b() -> dict[str, Any]:
    t = TEXT_B
    return record(
        "ha-noi.txt",
        focus_province="Hà Nội",
        people=[{"name": "Lý Thu Hằng", "titles": ["Giám đốc Sở Tài chính Hà Nội"],
                 "titles_raw": ["Giám đốc Sở Tài chính Hà Nội"], "province": "Hà Nội",
                 "role": None, "mentions": [m(t, "Bà Lý Thu Hằng")]}],
        provinces=[{"name": "Hà Nội", "since_2025": "Hà Nội",
                    "mentions": [m(t, "Hà Nội"), m(t, "Hà Nội", 1)]}],
        indicators=[ind(t, "2,9 tỷ USD", indicator="vốn FDI", value=2.9e9, unit="USD",
                        period="2023", province="Hà Nội")],
    )


class Page(HTMLParser):
    """Elements of a report: each highlight with its article and the kinds around it."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.mentions: list[dict[str, Any]] = []
        self.texts: dict[str, list[str]] = {}
        self.scripts = 0
        self.feed(html)
        self.close()

    def _article(self) -> str | None:
        for tag, attrs in reversed(self.stack):
            if tag == "section" and "article" in attrs.get("class", "").split():
                return attrs.get("id")
        return None

    def _in_text(self) -> bool:
        return any("text" in a.get("class", "").split() for _, a in self.stack)

    def handle_starttag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        attrs = {k: v or "" for k, v in attrs_list}
        self.tags.append((tag, attrs))
        if tag == "script":
            self.scripts += 1
        classes = attrs.get("class", "").split()
        if tag == "span" and "m" in classes:
            parents = [a.get("data-kind") for t, a in self.stack
                       if t == "span" and "m" in a.get("class", "").split()]
            self.mentions.append({"kind": attrs.get("data-kind"), "article": self._article(),
                                  "attrs": attrs, "parents": parents})
        if tag not in VOID:
            self.stack.append((tag, attrs))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            top, _ = self.stack.pop()
            if top == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._in_text():
            self.texts.setdefault(self._article() or "", []).append(data)

    def article_text(self, aid: str) -> str:
        return "".join(self.texts.get(aid, []))

    def count(self, aid: str, kind: str) -> int:
        return sum(1 for x in self.mentions if x["article"] == aid and x["kind"] == kind)


# -- highlights -------------------------------------------------------------------------------


def test_one_highlight_per_mention_by_class() -> None:
    rec = record_a()
    html = render_report([(rec, TEXT_A)])
    page = Page(html)
    assert page.count("a1", "person") == 2
    assert page.count("a1", "province") == 3
    assert page.count("a1", "place") == 1
    assert page.count("a1", "indicator") == 2
    assert page.count("a1", "title") == 1
    # counted by class in the raw HTML too (the legend uses other classes)
    assert len(re.findall(r'class="m m-province"', html)) == 3
    assert len(re.findall(r'class="m m-indicator"', html)) == 2
    # the article text survives whole, highlights only wrap it
    assert page.article_text("a1") == TEXT_A
    for x in page.mentions:
        a = x["attrs"]
        start, end = int(a["data-start"]), int(a["data-end"])
        assert a["tabindex"] == "0"
        assert a["title"] == a["data-tip"]
        assert 0 <= start < end <= len(TEXT_A)


def test_nesting_indicator_holds_province_and_title_holds_province() -> None:
    page = Page(render_report([(record_a(), TEXT_A)]))
    provinces = [x for x in page.mentions if x["kind"] == "province"]
    # "Nghệ An" in the title, "Hà Tĩnh" alone, "Nghệ An" inside the indicator
    assert [x["parents"] for x in provinces] == [["title"], [], ["indicator"]]
    title = next(x for x in page.mentions if x["kind"] == "title")
    assert title["attrs"]["data-tip"].startswith(
        "Title of Võ Đức Long: Chủ tịch Ủy ban nhân dân tỉnh Nghệ An")


def test_tooltips_hold_the_normalized_values() -> None:
    page = Page(render_report([(record_a(), TEXT_A)]))
    tips = {x["kind"]: x["attrs"]["data-tip"] for x in reversed(page.mentions)}
    assert tips["person"].splitlines() == [
        "Person: Võ Đức Long", "Titles: Chủ tịch Ủy ban nhân dân tỉnh Nghệ An",
        "Province: Nghệ An"]
    assert "Since 1/7/2025: Nghệ An (unchanged)" in tips["province"]
    first = next(x for x in page.mentions if x["kind"] == "indicator")["attrs"]["data-tip"]
    assert first.splitlines() == [
        "Indicator: vốn đầu tư công giải ngân",
        "Value: over 4.200.000.000.000 VND",
        "Change: +9,5 % vs same period last year",
        "Share: 48,3 % of plan",
        "Period: 2024-01/2024-08",
        "Province: Nghệ An",
    ]
    assert "Place: Nghi Phong (commune)" in tips["place"]


def test_province_named_through_its_city_and_merged_unit() -> None:
    t = "TP Thái Bình đón khách; tỉnh Thái Bình nay thuộc Hưng Yên."
    rec = record(provinces=[{"name": "Thái Bình", "since_2025": "Hưng Yên", "mentions": [
        m(t, "TP Thái Bình", role="city"), m(t, "Thái Bình", 1)]}])
    tips = [x["attrs"]["data-tip"] for x in Page(render_report([(rec, t)])).mentions]
    assert tips[0].splitlines() == ["Province: Thái Bình", "Since 1/7/2025: Hưng Yên",
                                    "Named through its city"]
    assert tips[1].splitlines() == ["Province: Thái Bình", "Since 1/7/2025: Hưng Yên"]


def test_rank_value() -> None:
    t = "Tỉnh xếp thứ 12/63 cả nước."
    rec = record(indicators=[{**ind(t, "thứ 12/63", indicator="PCI", value=12, unit="rank"),
                              "of": 63}])
    tip = Page(render_report([(rec, t)])).mentions[0]["attrs"]["data-tip"]
    assert "Value: rank 12/63" in tip


def test_titles_are_drawn_where_the_record_puts_them() -> None:
    t = ("Bí thư Tỉnh ủy Đỗ Văn Nam dự lễ. Nhiều năm sau, ở một tỉnh khác, Bí thư Tỉnh ủy "
         "Phan Thị Mai phát biểu. Thủ tướng gửi thư chúc mừng.")
    rec = record(
        people=[
            {"name": "Đỗ Văn Nam", "titles": ["Bí thư Tỉnh ủy"], "titles_raw": ["Bí thư Tỉnh ủy"],
             "province": None, "role": None, "mentions": [m(t, "Đỗ Văn Nam")]},
            {"name": "Phan Thị Mai", "titles": ["Bí thư Tỉnh ủy"],
             "titles_raw": ["Bí thư Tỉnh ủy"], "province": None, "role": None,
             "mentions": [m(t, "Phan Thị Mai")]},
        ],
        titles=[title(t, "Bí thư Tỉnh ủy", "Bí thư Tỉnh ủy", "Đỗ Văn Nam"),
                title(t, "Bí thư Tỉnh ủy", "Bí thư Tỉnh ủy", "Phan Thị Mai", 1),
                title(t, "Thủ tướng", "Thủ tướng", None)],
    )
    spans = [s for s in collect_spans(rec, t).spans if s.kind == "title"]
    assert [(s.start, s.ref) for s in spans] == [
        (0, "t0"), (t.index("Bí thư", 5), "t1"), (t.index("Thủ tướng"), "u2")]
    assert spans[2].tip == ("Title: Thủ tướng",)


def test_titles_of_a_record_without_them_are_not_searched_for() -> None:
    """Only the record's own title mentions are drawn: none given, none found by search."""
    t = "Bí thư Tỉnh ủy Đỗ Văn Nam dự lễ."
    rec = record(people=[{"name": "Đỗ Văn Nam", "titles": ["Bí thư Tỉnh ủy"],
                          "titles_raw": ["Bí thư Tỉnh ủy"], "province": None, "role": None,
                          "mentions": [m(t, "Đỗ Văn Nam")]}])
    assert [s.kind for s in collect_spans(rec, t).spans] == ["person"]


def test_titles_nest_with_the_provinces_they_run_into() -> None:
    t = ("Dự họp có đồng chí Lý Văn Bảo, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; lãnh đạo tỉnh "
         "Bến Tre có đồng chí Mai Thị Cúc, Phó Bí thư Tỉnh ủy. Sau đó, Chủ tịch HĐND tỉnh Bến Tre "
         "Lý Văn Bảo phát biểu.")
    bao, cuc = "Lý Văn Bảo", "Mai Thị Cúc"
    rec = record(
        people=[
            {"name": bao, "titles": ["Bí thư Tỉnh ủy Bến Tre",
                                     "Chủ tịch Hội đồng nhân dân tỉnh Bến Tre"],
             "titles_raw": ["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"], "province": "Bến Tre",
             "role": None, "mentions": [m(t, bao), m(t, bao, 1)]},
            {"name": cuc, "titles": ["Phó Bí thư Tỉnh ủy Bến Tre"],
             "titles_raw": ["Phó Bí thư Tỉnh ủy"], "province": "Bến Tre", "role": None,
             "mentions": [m(t, cuc)]},
        ],
        provinces=[{"name": "Bến Tre", "since_2025": "Vĩnh Long",
                    "mentions": [m(t, "tỉnh Bến Tre"), m(t, "tỉnh Bến Tre", 1)]}],
        titles=[
            title(t, "Bí thư Tỉnh ủy", "Bí thư Tỉnh ủy Bến Tre", bao),
            title(t, "Chủ tịch HĐND tỉnh", "Chủ tịch Hội đồng nhân dân tỉnh Bến Tre", bao),
            title(t, "Phó Bí thư Tỉnh ủy", "Phó Bí thư Tỉnh ủy Bến Tre", cuc),
            # a title that stops short of the province mention it runs into
            title(t, "Chủ tịch HĐND tỉnh", "Chủ tịch Hội đồng nhân dân tỉnh Bến Tre", bao, 1),
        ],
    )
    spans = collect_spans(rec, t)
    titles = [(t[s.start:s.end], s.ref) for s in spans.spans if s.kind == "title"]
    assert titles == [
        ("Bí thư Tỉnh ủy", "t0"),
        ("Chủ tịch HĐND tỉnh", "t0"),
        ("Phó Bí thư Tỉnh ủy", "t1"),
        ("Chủ tịch HĐND tỉnh Bến Tre", "t0"),  # grown to hold the province it ran into
    ]
    assert spans.crossing == []
    page = Page(render_report([(rec, t)]))
    assert [x["parents"] for x in page.mentions if x["kind"] == "province"] == [[], ["title"]]


# -- overlaps and bad offsets -------------------------------------------------------------------


def test_crossing_mentions_are_resolved_deterministically() -> None:
    t = "Tổng thu ngân sách tỉnh Bắc Ninh đạt 30 nghìn tỷ đồng."
    a = ind(t, "tỉnh Bắc Ninh đạt", indicator="x", value=1, unit="VND")
    b = {"start": t.index("Ninh"), "end": t.index("Ninh") + len("Ninh đạt 30"), "text": ""}
    rec = record(indicators=[a], provinces=[{"name": "Bắc Ninh", "since_2025": "Bắc Ninh",
                                             "mentions": [m(t, "Bắc Ninh"), b]}])
    html = render_report([(rec, t)])
    page = Page(html)
    assert page.article_text("a1") == t
    kinds = [(x["kind"], x["parents"]) for x in page.mentions]
    # the indicator starts first and is kept; "Bắc Ninh" nests in it; the crossing one is noted
    assert kinds == [("indicator", []), ("province", ["indicator"])]
    assert "1 mention(s) not highlighted: they cross another" in html
    assert render_report([(rec, t)]) == html  # same input, same page
    # the order of the record does not matter
    rec2 = {**rec, "provinces": [{**rec["provinces"][0],
                                  "mentions": rec["provinces"][0]["mentions"][::-1]}]}
    assert render_report([(rec2, t)]) == html


def test_nest_spans_same_range_ranks_kinds() -> None:
    t = "Hà Giang"
    rec = record(provinces=[{"name": "Hà Giang", "since_2025": "Tuyên Quang",
                             "mentions": [m(t, "Hà Giang")]}],
                 places=[{"name": "Hà Giang", "level": "city", "province": "Hà Giang",
                          "mentions": [m(t, "Hà Giang")]}],
                 indicators=[ind(t, "Hà Giang", indicator="x", value=1, unit="x")])
    kept, crossing = nest_spans(collect_spans(rec, t).spans)
    assert [s.kind for s in kept] == ["indicator", "place", "province"]
    assert crossing == []


@pytest.mark.parametrize("bad", [
    {"start": -3, "end": 2, "text": "x"},
    {"start": 5, "end": 500, "text": "x"},
    {"start": 7, "end": 7, "text": ""},
    {"start": 9, "end": 4, "text": "x"},
    {"start": "1", "end": 4, "text": "x"},
    {"start": None, "end": None},
    {"start": True, "end": 3, "text": "x"},
    {"start": 1.0, "end": 3.0, "text": "x"},
    {},
])
def test_out_of_range_offsets_are_skipped(bad: dict[str, Any]) -> None:
    t = "Đà Nẵng đón 8 triệu lượt khách."
    rec = record(
        provinces=[{"name": "Đà Nẵng", "since_2025": "Đà Nẵng",
                    "mentions": [m(t, "Đà Nẵng"), bad]}],
        people=[{"name": "X", "titles": [], "province": None, "mentions": [bad]}],
        indicators=[{**ind(t, "8 triệu lượt khách", indicator="khách", value=8e6,
                           unit="visitor"), **{k: v for k, v in bad.items() if k != "text"}}]
        if bad else [],
    )
    html = render_report([(rec, t)])
    page = Page(html)
    assert page.article_text("a1") == t
    assert page.count("a1", "province") == 1
    assert page.count("a1", "person") == 0
    assert "skipped: offsets outside the text" in html
    show(rec, t, _console())  # the terminal view copes too


def test_malformed_records_never_crash() -> None:
    t = "Một câu."
    for rec in (
        {"source": None},
        {"people": None, "provinces": "x", "indicators": [None, 3, "y"], "places": [{}]},
        {"people": [{"name": None, "titles": None, "mentions": [{"start": 0, "end": 3}]}]},
        {"indicators": [{"start": 0, "end": 3, "value": "nhiều", "change_pct": "x"}]},
    ):
        html = render_report([(rec, t), (rec, "")])
        assert "<section" in html


def test_mention_text_differing_from_the_article_is_flagged() -> None:
    t = "Tỉnh Gia Lai."
    rec = record(provinces=[{"name": "Gia Lai", "since_2025": "Gia Lai",
                             "mentions": [{"start": 5, "end": 12, "text": "Kon Tum"}]}])
    html = render_report([(rec, t)])
    assert "whose text differs from the article" in html
    assert "(record text: &#x27;Kon Tum&#x27;)" in html


# -- escaping and self-containment --------------------------------------------------------------

EVIL_TEXT = ('Tin <script>alert(1)</script> ở Sóc Trăng "><img src=x onerror=alert(1)> '
             "và &amp; <!-- --> ]]> 'x'")
EVIL = '"><img src=x onerror=alert(1)><script>alert(2)</script>'


def evil_record() -> dict[str, Any]:
    t = EVIL_TEXT
    return record(
        source=EVIL,
        focus_province=EVIL,
        people=[{"name": EVIL, "titles": [EVIL], "titles_raw": [EVIL], "province": EVIL,
                 "role": None, "mentions": [m(t, "<script>alert(1)</script>")]}],
        provinces=[{"name": "Sóc Trăng" + EVIL, "since_2025": EVIL,
                    "mentions": [m(t, "Sóc Trăng", role=EVIL)]}],
        places=[{"name": EVIL, "level": EVIL, "province": EVIL, "since_2025": EVIL,
                 "mentions": [m(t, '"><img src=x onerror=alert(1)>')]}],
        indicators=[ind(t, "&amp;", indicator=EVIL, value=1, unit=EVIL, qualifier=EVIL,
                        basis=EVIL, share_of=EVIL, share_pct=1, period=EVIL, province=EVIL)],
        titles=[{**m(t, "Sóc Trăng"), "title": EVIL, "person": EVIL}],
    )


def test_article_text_and_record_strings_are_escaped() -> None:
    rec = evil_record()
    html = render_report([(rec, EVIL_TEXT), ({"schema_version": "1", "source": EVIL,
                                             "error": EVIL}, "")], title=EVIL)
    page = Page(html)
    assert page.scripts == 1  # the page's own
    assert not [t for t, _ in page.tags if t == "img"]
    for _tag, attrs in page.tags:
        assert not [k for k in attrs if k.startswith("on")]
    assert "<script>alert" not in html
    assert "<img" not in html
    assert page.article_text("a1") == EVIL_TEXT
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    # the article's own "&amp;" is shown as written, not as "&"
    assert "&amp;amp;" in html
    # strings in attributes come back whole
    person = next(x for x in page.mentions if x["kind"] == "person")
    assert f"Person: {EVIL}" in person["attrs"]["data-tip"]
    assert person["attrs"]["title"] == person["attrs"]["data-tip"]


def test_lone_surrogates_do_not_break_the_page() -> None:
    t = "Cần Thơ \ud800 mưa"
    rec = record(provinces=[{"name": "Cần Thơ", "since_2025": "Cần Thơ",
                             "mentions": [m(t, "Cần Thơ")]}])
    html = render_report([(rec, t)])
    html.encode("utf-8")  # writable as UTF-8
    assert Page(html).count("a1", "province") == 1


def test_self_contained() -> None:
    html = render_report([(record_a(), TEXT_A), (record_b(), TEXT_B)])
    assert not re.search(r"""(src|href|action|poster|data)\s*=\s*["']?\s*(https?:)?//""", html,
                         re.I)
    assert "http://" not in html and "https://" not in html
    assert "<link" not in html and "@import" not in html and "url(" not in html
    page = Page(html)
    for tag, attrs in page.tags:
        assert "src" not in attrs, tag
        if "href" in attrs:
            assert attrs["href"].startswith("#"), attrs
    csp = next(a["content"] for t, a in page.tags
               if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "script-src 'sha256-" in csp


def test_csp_hash_matches_the_script() -> None:
    import base64
    import hashlib

    html = render_report([(record_b(), TEXT_B)])
    script = html.split("<script>", 1)[1].split("</script>", 1)[0]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    csp = next(a["content"] for t, a in Page(html).tags
               if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert f"script-src 'sha256-{digest}'" in csp


# -- several articles -------------------------------------------------------------------------


def test_index_summary_and_chart_for_several_articles() -> None:
    err = {"schema_version": "1", "source": "hong.txt", "error": "binary file (contains NUL bytes)"}
    items = [(record_a(), TEXT_A), (err, ""), (record_b(), TEXT_B)]
    html = render_report(items, title="Báo cáo")
    page = Page(html)
    assert "<title>Báo cáo</title>" in html
    links = [a["href"] for t, a in page.tags if t == "a"]
    assert links == ["#a1", "#a2", "#a3"]
    ids = {a.get("id") for _t, a in page.tags}
    assert {"a1", "a2", "a3", "index", "summary"} <= ids
    # index rows: people, provinces, places, indicators, focus
    rows = re.findall(r"<tr><td>(\d)</td><td><a[^>]*>([^<]*)</a></td>((?:<td>[^<]*</td>)+)</tr>",
                      html)
    cells = {n: (src, re.findall(r"<td>([^<]*)</td>", rest)) for n, src, rest in rows}
    assert cells["1"] == ("nghe-an.txt", ["1", "2", "1", "2", "Nghệ An"])
    assert cells["3"] == ("ha-noi.txt", ["1", "1", "0", "1", "Hà Nội"])
    assert "error: binary file (contains NUL bytes)" in html
    assert '<p class="error">' in html
    # provinces summary: name, since 2025, articles, mentions
    summary = html.split('id="summary"', 1)[1].split("</section>", 1)[0]
    prov = re.findall(r"<tr><td>([^<]*)</td><td>([^<]*)</td><td>(\d+)</td><td>(\d+)</td></tr>",
                      summary)
    # most articles first, then most mentions, then by name
    assert prov == [("Hà Nội", "Hà Nội", "1", "2"), ("Nghệ An", "Nghệ An", "1", "2"),
                    ("Hà Tĩnh", "Hà Tĩnh", "1", "1")]
    bars = re.findall(r'<div class="bar-row"><span class="bar-label">([^<]*)</span>.*?'
                      r'<span class="bar-value">(\d+)', summary)
    assert bars == [("Nghệ An", "2"), ("Hà Nội", "1")]
    # within each province, its figures grouped by concept (those with none under "(other)")
    by_concept = re.findall(r'<div class="bar-row concept"><span class="bar-label">([^<]*)</span>',
                            summary)
    assert len(by_concept) >= 2
    # each article is still counted on its own
    assert page.count("a1", "province") == 3 and page.count("a3", "province") == 2


def test_same_province_in_two_articles_is_summed() -> None:
    html = render_report([(record_b(), TEXT_B), (record_b(), TEXT_B)])
    summary = html.split('id="summary"', 1)[1]
    assert "<tr><td>Hà Nội</td><td>Hà Nội</td><td>2</td><td>4</td></tr>" in summary
    assert re.search(r'class="bar-label">Hà Nội</span>.*?class="bar-value">2<', summary)


def test_national_figures_get_their_own_bar() -> None:
    t = "Cả nước xuất khẩu 355 tỷ USD."
    rec = record(indicators=[ind(t, "355 tỷ USD", indicator="xuất khẩu", value=3.55e11,
                                 unit="USD")])
    html = render_report([(rec, t), (record_b(), TEXT_B)])
    assert "(national / no province)" in html


def test_one_article_has_no_index_and_empty_list_renders() -> None:
    html = render_report([(record_b(), TEXT_B)])
    assert 'id="index"' not in html and 'id="a1"' in html
    assert "no articles" in render_report([])


def test_error_record_alone() -> None:
    html = render_report([({"schema_version": "1", "source": "x.txt", "error": "không đọc được"},
                           "")])
    assert '<p class="error">error: không đọc được</p>' in html
    assert 'class="m ' not in html


# -- the terminal view ----------------------------------------------------------------------


def _console(**kw: Any) -> Any:
    from rich.console import Console

    return Console(file=io.StringIO(), width=100, **kw)


def test_highlight_styles_every_mention() -> None:
    text = highlight(record_a(), TEXT_A)
    assert text.plain == TEXT_A
    styled = {(s.start, s.end): str(s.style) for s in text.spans}
    rec = record_a()
    for p in rec["provinces"]:
        for x in p["mentions"]:
            assert styled[(x["start"], x["end"])] == STYLES["province"]
    for p in rec["people"]:
        for x in p["mentions"]:
            assert styled[(x["start"], x["end"])] == STYLES["person"]
    for i in rec["indicators"]:
        assert styled[(i["start"], i["end"])] == STYLES["indicator"]
    assert STYLES["title"] in styled.values() and STYLES["place"] in styled.values()
    assert len(set(STYLES.values())) == len(STYLES)


def test_show_prints_text_and_tables_in_colour() -> None:
    console = _console(force_terminal=True, color_system="truecolor")
    show(record_a(), TEXT_A, console)
    out = console.file.getvalue()
    assert "\x1b[" in out
    plain = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert "Võ Đức Long" in plain and "People" in plain and "Indicators" in plain
    assert "giải ngân đạt" in plain


def test_show_respects_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    console = _console(force_terminal=True)
    show(record_a(), TEXT_A, console)
    out = console.file.getvalue()
    # no foreground/background colours: only attributes such as bold, italic, underline
    assert not re.search(r"\x1b\[[0-9;]*(3[0-7]|38;|4[0-7]|48;|9[0-7])[;m]", out)
    assert "Võ Đức Long" in out


def test_show_plain_when_not_a_terminal_and_error_record() -> None:
    console = _console()
    show(record_b(), TEXT_B, console)
    out = console.file.getvalue()
    assert "\x1b[" not in out and TEXT_B[:40] in out
    console = _console()
    show({"schema_version": "1", "source": "x.txt", "error": "hỏng"}, "", console)
    assert "x.txt: error: hỏng" in console.file.getvalue()


def test_show_does_not_read_markup_in_the_article() -> None:
    t = "Giá [bold]vàng[/bold] và [red]USD[/]"
    console = _console()
    show(record(), t, console)
    assert t in console.file.getvalue()


# -- real output --------------------------------------------------------------------------------


def test_real_output_renders(root: Any) -> None:
    import vnextract

    path = root / "seeds" / "000_b84e7da1256979e5.txt"
    text = path.read_text(encoding="utf-8")
    rec = vnextract.extract(text, source=str(path)).to_dict()
    page = Page(render_report([(rec, text), (rec, text)]))
    assert page.article_text("a1") == text
    spans = collect_spans(rec, text)
    expected = (sum(len(p["mentions"]) for p in rec["people"])
                + sum(len(p["mentions"]) for p in rec["provinces"])
                + sum(len(p["mentions"]) for p in rec.get("places", []))
                + len(rec["indicators"]))
    drawn = sum(1 for x in page.mentions if x["article"] == "a1" and x["kind"] != "title")
    assert drawn == expected - spans.out_of_range - len(
        [s for s in spans.crossing if s.kind != "title"])
    # every title mention of the record is drawn, tied to its person where it has one
    assert rec["titles"]
    titles = [x for x in page.mentions if x["article"] == "a1" and x["kind"] == "title"]
    assert len(titles) == len(rec["titles"]) - len([s for s in spans.crossing if s.kind == "title"])
    names = {p["name"] for p in rec["people"]}
    assert all(t["person"] is None or t["person"] in names for t in rec["titles"])
    show(rec, text, _console())
