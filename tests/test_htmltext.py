"""Saved news pages to article text and page metadata (trafilatura + htmldate).

A corpus over tests/fixtures/pages (21 pages in the layouts of Vietnamese news sites, written for
these tests; the sidecar .json says what the article is), the Vietnamese clean-up kept on top of
trafilatura (each test says why it is needed), and hostile input: broken markup, 10,000-deep
nesting, huge pages, non-UTF-8 pages, stubs.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from vnextract import SCHEMA_VERSION
from vnextract.cli import main
from vnextract.htmltext import NO_TEXT, html_to_text, looks_like_html
from vnextract.io import load_bytes
from vnextract.text import InputError

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
PAGE_NAMES = sorted(p.stem for p in PAGES.glob("*.html"))


def _page(name: str) -> tuple[str, dict]:
    want = json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))
    return (PAGES / f"{name}.html").read_text(encoding="utf-8"), want


def test_corpus_is_large_enough() -> None:
    assert len(PAGE_NAMES) >= 20
    layouts = {_page(n)[1]["layout"] for n in PAGE_NAMES}
    assert {"vnexpress", "tuoitre", "thanhnien", "vietnamplus", "portal", "baomoi"} <= layouts


# --------------------------------------------------------------------------- the page corpus


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_page_text(name: str) -> None:
    html, want = _page(name)
    text, meta = html_to_text(html)
    lines = text.splitlines()
    assert lines[0] == want["title"] and lines[1] == ""
    for para in want["paragraphs"]:  # every paragraph of the article, the lead first
        assert any(para in line for line in lines), para
    assert any(want["paragraphs"][0] in line for line in lines[2:3])
    body = [x for x in lines[2:] if x]
    extra = [x for x in body if x not in want["optional"]
             and not any(p in x for p in want["paragraphs"])]
    assert extra == []  # no menu, related news, comment, footer, tag or date line
    for boiler in want["boilerplate"]:
        assert boiler not in lines, boiler
    assert meta["extracted_chars"] == len(text)


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_page_metadata(name: str) -> None:
    html, want = _page(name)
    _, meta = html_to_text(html)
    assert meta["html"] is True and meta["extractor"] == "trafilatura"
    assert meta["title"] == want["title"]
    assert meta["author"] == want["author"]
    assert meta["date"] == want["date"]  # publication date, not the later update
    assert meta["url"] == want["url"]


def test_offsets_refer_to_the_returned_text() -> None:
    html, _ = _page("tuoitre_sat_lo")
    loaded = load_bytes(html.encode("utf-8"), name="p.html")
    assert loaded.meta["offsets"] == "extracted article text"
    start = loaded.text.index("Võ Minh Trí")
    assert loaded.text[start : start + len("Võ Minh Trí")] == "Võ Minh Trí"


# --------------------------------------------------------------------------- metadata

ARTICLE = (
    "<p>Sáng 5/4, ông Nguyễn Văn An, Chủ tịch UBND tỉnh Bắc Ninh, cho biết tổng thu ngân sách "
    "nhà nước quý I ước đạt 9.200 tỷ đồng, tăng 12% so với cùng kỳ năm trước.</p>"
    "<p>Theo Sở Tài chính, phần lớn nguồn thu đến từ thuế thu nhập doanh nghiệp của các khu "
    "công nghiệp Yên Phong và Quế Võ, nơi nhiều nhà máy điện tử mở rộng sản xuất.</p>"
)


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ('<meta property="article:published_time" content="2024-04-05T08:00:00+07:00">'
         '<meta property="article:modified_time" content="2024-04-09T10:00:00+07:00">',
         "2024-04-05"),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
         '"2024-04-05T08:00:00+07:00", "dateModified": "2024-05-01T08:00:00+07:00"}</script>',
         "2024-04-05"),
        ('<meta name="pubdate" content="2024-04-05T08:00:00+07:00">', "2024-04-05"),
        ("", None),  # no declared date: none, never one read off the text or the copyright line
    ],
)
def test_declared_publication_date(head: str, date: str | None) -> None:
    page = (f"<html><head><title>Thu ngân sách</title>{head}</head><body><article>{ARTICLE}"
            "</article><footer>© 2023 Báo Bắc Ninh. Cập nhật 10/4/2024</footer></body></html>")
    assert html_to_text(page)[1]["date"] == date


def test_time_element_gives_the_date() -> None:
    page = (f"<html><body><article><h1>Thu ngân sách tăng</h1><time datetime=\"2024-04-05\">"
            f"5/4/2024</time>{ARTICLE}</article></body></html>")
    assert html_to_text(page)[1]["date"] == "2024-04-05"


def test_canonical_url_and_author_from_meta() -> None:
    page = (f'<html><head><link rel="canonical" href="https://baobacninh.vn/thu-ngan-sach.html">'
            f'<meta name="author" content="Thu Hà"></head><body><article>{ARTICLE}</article>'
            "</body></html>")
    meta = html_to_text(page)[1]
    assert meta["url"] == "https://baobacninh.vn/thu-ngan-sach.html"
    assert meta["author"] == "Thu Hà"


def test_page_without_metadata() -> None:
    text, meta = html_to_text(f"<html><body>{ARTICLE}</body></html>")
    assert text.startswith("Sáng 5/4")
    assert meta["title"] is None and meta["author"] is None and meta["url"] is None
    assert meta["date"] is None


# --------------------------------------------------------------------------- Vietnamese clean-up


def _raw_trafilatura(page: str) -> str:
    import trafilatura

    return trafilatura.extract(page, fast=True, favor_precision=True, include_comments=False) or ""


SAPO_PAGE = (
    "<html><head><title>Thu ngân sách Bắc Ninh tăng 12%</title></head><body>"
    "<h1 class='detail-title'>Thu ngân sách Bắc Ninh tăng 12%</h1>"
    "<h2 class='detail-sapo'>Quý I, tổng thu ngân sách trên địa bàn Bắc Ninh ước đạt 9.200 tỷ "
    "đồng, cao nhất từ trước đến nay.</h2>"
    f"<div class='detail-content'>{ARTICLE}</div>"
    "<div class='box-related'><ul><li><p class='sapo'>Tin khác: giá vàng giảm mạnh sáng nay so "
    "với hôm qua.</p></li></ul></div></body></html>"
)


def test_sapo_outside_the_body_is_the_lead() -> None:
    """Why: Vietnamese CMSs print the sapo (the bold lead) outside the body element, and
    trafilatura leaves it out; it is the first paragraph of the article."""
    lead = "Quý I, tổng thu ngân sách trên địa bàn Bắc Ninh ước đạt 9.200 tỷ đồng"
    assert lead not in _raw_trafilatura(SAPO_PAGE)
    text, _ = html_to_text(SAPO_PAGE)
    assert text.splitlines()[2].startswith(lead)
    assert "giá vàng" not in text  # a "sapo" inside a list of other news is not the lead


def test_vietnamese_body_class_marks_the_article() -> None:
    """Why: trafilatura knows English body classes only; on a portal laid out in tables with
    `news-content`, it reads the whole page (visitor counters, link boxes)."""
    page = (
        "<html><body><table width='100%'><tr><td class='left'><div class='box-links'>"
        "<h3>Thống kê</h3><p>Đang truy cập: 215 người đang xem cổng thông tin điện tử tỉnh</p>"
        "</div></td><td><div class='news-detail'><h2>Thu ngân sách tăng</h2>"
        f"<div class='news-content'>{ARTICLE}</div></div></td></tr></table></body></html>"
    )
    assert "Đang truy cập" in _raw_trafilatura(page)
    text, _ = html_to_text(page)
    assert "Đang truy cập" not in text
    assert text.splitlines()[2].startswith("Sáng 5/4")


@pytest.mark.parametrize("cls", ["box-tinlienquanv2", "tin-lien-quan", "binh-luan", "quangcao",
                                 "other-news", "box-thongke", "relate-container"])
def test_vietnamese_furniture_classes(cls: str) -> None:
    """Why: trafilatura's lists of boilerplate classes are English and German; a related-news
    box named in Vietnamese (tin liên quan, bình luận, quảng cáo …) keeps its heading."""
    page = (f"<html><body><article><h1>Thu ngân sách tăng</h1><p>{'x' * 0}</p>{ARTICLE}"
            f"<div class='{cls}'><h3>Tin liên quan</h3><p>Giá vàng hôm nay giảm mạnh sau khi thị "
            "trường thế giới đi xuống, người mua bán ra nhiều.</p></div></article></body></html>")
    text, _ = html_to_text(page)
    assert "Tin liên quan" not in text and "Giá vàng" not in text
    assert "Theo Sở Tài chính" in text


@pytest.mark.parametrize(
    ("last", "author"),
    [
        ("<p style='text-align:right'><strong>Tác giả: Hoàng Lan - Sở TT&amp;TT</strong></p>",
         "Hoàng Lan - Sở TT&TT"),
        ("<p><strong>Bài, ảnh: Minh Đức</strong></p>", "Minh Đức"),
        ("<p style='text-align:right'><strong>Ngọc Tài</strong></p>", "Ngọc Tài"),
        ("<p><strong>Theo TTXVN</strong></p>", None),  # a source, not a name
        ("<p>Hội nghị kết thúc vào buổi chiều.</p>", None),
    ],
)
def test_byline_at_the_end(last: str, author: str | None) -> None:
    """Why: Vietnamese articles sign at the end ("Tác giả: …", or a name alone in bold), where
    trafilatura, which reads bylines from metadata and byline classes, does not look."""
    page = f"<html><body><div class='news-content'>{ARTICLE}{last}</div></body></html>"
    assert html_to_text(page)[1]["author"] == author


def test_dateline_is_dropped() -> None:
    """Why: portals print "Ngày đăng: 22/03/2024 | 09:30" inside the article block; it is page
    furniture (the date goes into meta), and trafilatura does not know the Vietnamese label."""
    page = (f"<html><body><div class='news-detail'><div class='time'>Ngày đăng: 22/03/2024 | "
            f"09:30 Cập nhật: 23/3/2024</div>{ARTICLE}<p>Ngày đăng ký hồ sơ là một bước quan "
            "trọng trong thủ tục của doanh nghiệp mới thành lập ở tỉnh.</p></div></body></html>")
    text, _ = html_to_text(page)
    assert "Ngày đăng:" not in text
    assert "Ngày đăng ký hồ sơ" in text  # a sentence that starts alike stays


def test_table_of_figures_is_kept_as_rows() -> None:
    page = (f"<html><body><article><h1>Thu ngân sách</h1>{ARTICLE}<table><tr><th>Khoản thu</th>"
            "<th>Tỷ đồng</th></tr><tr><td>Thuế</td><td>6.100</td></tr><tr><td>Đất</td>"
            "<td>2.300</td></tr></table></article></body></html>")
    text, _ = html_to_text(page)
    assert "Thuế 6.100" in text.splitlines() and "Đất 2.300" in text.splitlines()


# --------------------------------------------------------------------------- no article text


@pytest.mark.parametrize(
    "page",
    [
        "",
        "   ",
        "chỉ có chữ",
        "<html><body><ul><li><a href='/1'>Tin một</a></li><li><a href='/2'>Tin hai</a></li>"
        "</ul></body></html>",
        "<html><head><title>Trang chủ</title></head><body><nav><a href='/'>Trang chủ</a></nav>"
        "</body></html>",
    ],
)
def test_no_article_text_is_an_error(page: str) -> None:
    with pytest.raises(InputError, match=NO_TEXT):
        html_to_text(page)


def test_index_page_becomes_an_error_record(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text(
        "<html><body><ul><li><a href='/1'>Tin một</a></li></ul></body></html>", encoding="utf-8")
    html, _ = _page("vnexpress_gia_lua")
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", str(tmp_path), "--format", "jsonl", "-j", "1"])
    records = [json.loads(x) for x in result.stdout.splitlines()]
    assert records[0] == {"schema_version": SCHEMA_VERSION, "source": str(tmp_path / "index.html"),
                          "error": NO_TEXT}
    assert records[1]["meta"]["date"] == "2024-02-19"
    assert records[1]["meta"]["author"] == "Ngọc Tài"
    assert "Traceback" not in result.stderr


# --------------------------------------------------------------------------- hostile input

PARA = ("<p>Rất sâu bên trong, một đoạn văn của bài báo được lồng trong mười nghìn thẻ div vẫn "
        "phải được giữ lại khi đọc trang.</p>")


@pytest.mark.parametrize(
    "page",
    [
        "<div>" * 10_000 + PARA + "</div>" * 10_000,
        "<html><body>" + "<div><span>" * 10_000 + PARA,  # never closed
        "<html><body>" + "<section><div class='a'><b>" * 5_000 + PARA + "</b></div>" * 3_000,
    ],
)
def test_deep_nesting_keeps_the_text(page: str) -> None:
    """Why: libxml2 silently drops content nested deeper than about 255 levels; such markup is
    flattened first."""
    text, _ = html_to_text(page)
    assert text.startswith("Rất sâu bên trong")


def test_unclosed_paragraphs_are_not_deep() -> None:
    """<p> does not nest: 400 unclosed paragraphs are 400 paragraphs, not 400 levels."""
    page = ("<html><body><div class='detail-content'>"
            + "".join(f"<p>Đoạn {i}: tổng thu ngân sách của tỉnh tăng {i}% so với cùng kỳ năm "
                      "trước, theo báo cáo của Sở Tài chính." for i in range(400))
            + "</div></body></html>")
    lines = html_to_text(page)[0].splitlines()
    assert len(lines) == 400 and lines[399].startswith("Đoạn 399:")


def test_deep_nesting_without_text_is_an_error_not_a_crash() -> None:
    with pytest.raises(InputError):
        html_to_text("<div><span>" * 10_000 + "chữ")


def test_huge_page() -> None:
    menu = "<nav>" + "<a href='/x'>Mục</a>" * 50 + "</nav>"
    blocks = []
    for b in range(2000):
        ps = "".join(f"<p>Kim ngạch xuất khẩu của TP Hồ Chí Minh kỳ {b}-{i} đạt {b * 20 + i} tỷ "
                     "USD, theo số liệu của Cục Thống kê thành phố.</p>" for i in range(20))
        blocks.append(menu + "<div class='x'>" + ps + "</div>")
    page = "<html><body>" + "".join(blocks) + "</body></html>"
    assert len(page) > 5_000_000
    start = time.perf_counter()
    text, _ = html_to_text(page)
    assert time.perf_counter() - start < 90
    assert text.count("Kim ngạch") == 40_000
    assert "Mục" not in text


@pytest.mark.parametrize("encoding", ["utf-16", "windows-1258", "vni", "utf-8-sig"])
def test_non_utf8_page(encoding: str) -> None:
    from test_encodings import ENCODERS

    html, want = _page("thanhnien_xang_dau")
    encode = ENCODERS.get(encoding, lambda t: t.encode(encoding))
    loaded = load_bytes(encode(html), name="p.html")
    assert loaded.meta["title"] == want["title"]
    assert want["paragraphs"][1] in loaded.text


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (f"<p>Một <b>hai <i>ba</p> bốn <div>năm</span></div></div></td>{PARA}", "Một hai ba"),
        (f"<p>đoạn một<p>đoạn hai<p>đoạn ba{PARA}", "đoạn một"),
        (f"{PARA}<p>chưa đóng <a href='x'", "Rất sâu"),
        (f"<div>trước<script>var s = '</div>';</script>sau</div>{PARA}", "Rất sâu"),
        (f"<![CDATA[ lạ ]]>{PARA}", "Rất sâu"),
        (f"{PARA}<p>H&agrave; N&#7897;i &amp; TP.HCM&nbsp;&ndash; &#x110;&agrave; N&#x1EB5;ng</p>",
         "Rất sâu"),
    ],
)
def test_malformed_markup(html: str, expected: str) -> None:
    text, meta = html_to_text(html)
    assert text.startswith(expected)
    assert "<" not in text.replace("<không", "") and "&#" not in text
    assert meta["extracted_chars"] == len(text)


def test_entities_are_decoded() -> None:
    text, _ = html_to_text(f"<html><body>{PARA}<p>H&agrave; N&#7897;i &amp; TP.HCM&nbsp;&ndash; "
                           "&#x110;&agrave; N&#x1EB5;ng, hai thành phố lớn nhất cả nước về thu "
                           "ngân sách trong năm nay.</p></body></html>")
    assert "Hà Nội & TP.HCM – Đà Nẵng" in text


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                ["<p>", "</p>", "<div class='detail-content'>", "</div>", "<br>", "<script>",
                 "</script>", "<article>", "</article>", "<!--", "-->", "<a href='", "'>", "&",
                 "&#", "&#x1EB5;", "<h1>", "</h1>", "<title>", "</title>", "<", ">", "</", "<!",
                 "<?", "<![CDATA[", "]]>", "<nav>", "<li>", "<table><tr><td>",
                 "<h2 class='sapo'>", "<div class='tin-lien-quan'>", PARA]
            ),
            st.text(max_size=20),
        ),
        max_size=60,
    )
)
def test_never_raises_anything_else(parts: list[str]) -> None:
    try:
        text, meta = html_to_text("".join(parts))
    except InputError as exc:
        assert str(exc).startswith(NO_TEXT)
        return
    assert text.endswith("\n") and meta["html"] is True and meta["extracted_chars"] == len(text)


def test_plain_text_runs_do_not_import_trafilatura(tmp_path: Path) -> None:
    txt = tmp_path / "a.txt"
    txt.write_text("Sáng 5/4, ông Nguyễn Văn An, Chủ tịch UBND tỉnh Bắc Ninh, phát biểu.\n",
                   encoding="utf-8")
    code = ("import sys\nfrom vnextract.cli import main\ntry:\n    main(['parse', sys.argv[1], "
            "'--format', 'json', '-j', '1'])\nexcept SystemExit:\n    pass\n"
            "bad = [m for m in ('trafilatura', 'htmldate', 'lxml', 'justext') if m in sys.modules]"
            "\nassert not bad, bad\n")
    subprocess.run([sys.executable, "-c", code, str(txt)], check=True, capture_output=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\ufeff<!doctype html><p>x</p>", True),
        ("<html><body>x</body></html>", True),
        ("<div><p>Một</p><p>Hai</p></div>", True),
        ("  \n<HTML>\n<HEAD><TITLE>x</TITLE></HEAD>", True),
        ("Bắc Ninh: thu ngân sách quý I/2024 tăng mạnh\n\nSáng 5/4/2024, ông A cho biết.", False),
        ("Chỉ số a < b và c > d trong <năm 2024>.", False),
        ("<b>Đậm</b> mà thôi", False),
        ("", False),
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected
