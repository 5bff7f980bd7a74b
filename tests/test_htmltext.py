"""Saved news pages to article text: the main content kept, page furniture dropped."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnextract.htmltext import html_to_text, looks_like_html

NEWS_PAGE = """<!DOCTYPE html>
<html lang="vi"><head>
<meta charset="utf-8"><title>Bắc Ninh thu ngân sách quý I tăng mạnh - Báo Tin Tức</title>
<meta property="og:title" content="Bắc Ninh thu ngân sách quý I tăng mạnh">
<script>alert(1)</script><style>p { color: red }</style>
</head><body>
<header class="site-header"><a href="/">Trang chủ</a>
  <nav><ul><li><a href="/thoi-su">Thời sự</a></li><li><a href="/kinh-te">Kinh tế</a></li></ul></nav>
</header>
<div class="main">
  <div class="sidebar"><p>Quảng cáo bên lề: mua nhà giá rẻ, lãi suất ưu đãi chưa từng có.</p></div>
  <p class="sapo">Quý I/2024, tổng thu ngân sách nhà nước trên địa bàn tỉnh Bắc Ninh tăng mạnh.</p>
  <article class="fck_detail">
    <h1 class="title">Bắc Ninh thu ngân sách quý I tăng mạnh</h1>
    <p>Sáng 5/4, ông Nguyễn Văn A, Chủ tịch UBND tỉnh Bắc Ninh cho biết tổng thu ngân
       s&aacute;ch nhà nước quý I ước đạt 9.200 tỷ đồng.</p>
    <p>Con số n&agrave;y tăng 12% so với cùng kỳ&nbsp;năm trước.<br>Theo Sở Tài chính, m&#7897;t
       phần lớn đến từ thuế.</p>
    <script>alert(1)</script>
    <div><div><div><p>Đoạn lồng sâu trong các thẻ div vẫn được giữ lại.</p></div></div></div>
    <ul class="list-news"><li><a href="/1">Tin liên quan một</a></li>
      <li><a href="/2">Tin liên quan hai</a></li></ul>
  </article>
  <!-- <p>Đoạn trong chú thích HTML</p> -->
  <div class="box-comment"><p>Bình luận của bạn đọc: bài viết rất hay, cảm ơn tác giả.</p></div>
  <form action="/search"><input name="q"><p>Tìm kiếm trên trang</p></form>
  <aside><p>Đọc nhiều nhất trong tuần qua trên trang báo điện tử.</p></aside>
</div>
<footer><p>© Báo Tin Tức 2024. Địa chỉ: Hà Nội.</p></footer>
</body></html>
"""


def test_news_page() -> None:
    text, meta = html_to_text(NEWS_PAGE)
    assert text == (
        "Bắc Ninh thu ngân sách quý I tăng mạnh\n"
        "\n"
        "Quý I/2024, tổng thu ngân sách nhà nước trên địa bàn tỉnh Bắc Ninh tăng mạnh.\n"
        "Sáng 5/4, ông Nguyễn Văn A, Chủ tịch UBND tỉnh Bắc Ninh cho biết tổng thu ngân sách "
        "nhà nước quý I ước đạt 9.200 tỷ đồng.\n"
        "Con số này tăng 12% so với cùng kỳ năm trước.\n"
        "Theo Sở Tài chính, một phần lớn đến từ thuế.\n"
        "Đoạn lồng sâu trong các thẻ div vẫn được giữ lại.\n"
    )
    assert meta == {
        "html": True,
        "title": "Bắc Ninh thu ngân sách quý I tăng mạnh",
        "content": "article.fck_detail",
        "extracted_chars": len(text),
    }


@pytest.mark.parametrize(
    "dropped",
    [
        "alert(1)",
        "color: red",
        "Thời sự",
        "Trang chủ",
        "Quảng cáo",
        "Tin liên quan",
        "Bình luận",
        "Tìm kiếm",
        "Đọc nhiều nhất",
        "©",
        "chú thích",
    ],
)
def test_furniture_is_dropped(dropped: str) -> None:
    text, _ = html_to_text(NEWS_PAGE)
    assert dropped not in text


def test_offsets_refer_to_the_returned_text() -> None:
    text, _ = html_to_text(NEWS_PAGE)
    start = text.index("Nguyễn Văn A")
    assert text[start : start + len("Nguyễn Văn A")] == "Nguyễn Văn A"


def test_without_article_the_largest_paragraph_block_wins() -> None:
    page = """<html><head><title>Giá xăng giảm mạnh | Báo Giao Thông</title></head><body>
    <div id="menu"><a href="/">Trang chủ</a> <a href="/xe">Xe</a></div>
    <div class="layout"><div class="left">
      <div class="box"><p>Hộp tin ngắn.</p></div>
      <div class="content">
        <p>Giá xăng giảm mạnh từ 15 giờ chiều nay, theo thông báo của liên bộ Công Thương.</p>
        <p>Mỗi lít xăng RON 95 còn khoảng 22.000 đồng, giảm 800 đồng so với kỳ trước.</p>
        <p>Đây là lần giảm thứ ba liên tiếp kể từ đầu tháng, doanh nghiệp cho biết.</p>
      </div></div>
      <div class="right"><ul><li><a href="/a">Tin khác một</a></li><li><a href="/b">Tin khác hai</a>
      </li></ul></div>
    </div></body></html>"""
    text, meta = html_to_text(page)
    lines = text.splitlines()
    assert lines[0] == "Giá xăng giảm mạnh"  # <title> without the site name
    assert lines[1] == ""
    assert lines[2].startswith("Giá xăng giảm mạnh từ 15 giờ")
    assert len(lines) == 5
    assert "Trang chủ" not in text and "Tin khác" not in text and "Hộp tin" not in text
    assert meta["content"] == "div.content"


@pytest.mark.parametrize(
    "cls", ["detail-content", "singular-content", "detail__content", "article-body"]
)
def test_cms_content_classes(cls: str) -> None:
    page = f"""<body><div class="wrap">
      <div class="top"><p>Một đoạn văn dài ở phần đầu trang nhưng không thuộc bài viết chính của
      trang này, chỉ là phần giới thiệu chuyên mục.</p></div>
      <div class="{cls}"><p>Chiều 12/3, Sở Giáo dục và Đào tạo công bố kế hoạch tuyển sinh.</p>
      <p>Năm nay thành phố tuyển khoảng 70.000 học sinh vào lớp 10 công lập.</p></div></div></body>"""
    text, meta = html_to_text(page)
    assert text.startswith("Chiều 12/3")
    assert "giới thiệu chuyên mục" not in text
    assert meta["content"] == f"div.{cls}"


def test_content_inside_a_sidebar_named_column() -> None:
    # A common layout: the article column is itself called "sidebar-1"; related news is a box.
    page = """<body><section class="page-detail"><div class="sidebar-1">
      <h1 class="title-detail">Giá vàng lập đỉnh mới</h1>
      <p class="description">Giá vàng miếng tăng thêm 500.000 đồng mỗi lượng sáng nay.</p>
      <article class="fck_detail"><p>Lúc 9h, giá vàng miếng được niêm yết ở mức 80 triệu đồng
      mỗi lượng, tăng 500.000 đồng so với hôm qua.</p>
      <div class="box-related"><p>Giá vàng hôm qua giảm nhẹ sau phiên tăng mạnh đầu tuần này.</p>
      </div></article></div>
      <div class="sidebar-2"><p>Tin đọc nhiều: giá xăng, giá điện và giá gas cùng giảm trong tuần.</p>
      </div></section></body>"""
    text, meta = html_to_text(page)
    assert text == (
        "Giá vàng lập đỉnh mới\n\n"
        "Giá vàng miếng tăng thêm 500.000 đồng mỗi lượng sáng nay.\n"
        "Lúc 9h, giá vàng miếng được niêm yết ở mức 80 triệu đồng mỗi lượng, tăng 500.000 đồng "
        "so với hôm qua.\n"
    )
    assert meta["content"] == "article.fck_detail"


def test_article_header_keeps_title() -> None:
    page = """<body><header><h1>Logo báo</h1></header><main><article>
      <header><h1>Mưa lớn ở Huế</h1><p class="sapo">Nhiều tuyến đường ngập sâu sau đêm mưa.</p>
      </header><p>Mưa lớn kéo dài khiến nhiều tuyến đường ở Thừa Thiên Huế bị ngập sâu, giao
      thông bị chia cắt.</p><footer>Theo TTXVN</footer></article></main></body>"""
    text, meta = html_to_text(page)
    assert text.splitlines()[:3] == ["Mưa lớn ở Huế", "", "Nhiều tuyến đường ngập sâu sau đêm mưa."]
    assert "Logo báo" not in text
    assert meta["title"] == "Mưa lớn ở Huế"


def test_entities_and_breaks() -> None:
    text, _ = html_to_text(
        "<div><p>H&agrave; N&#7897;i &amp; TP.HCM&nbsp;&ndash; &#x110;&agrave; N&#x1EB5;ng"
        "<br/>dòng hai<BR>dòng ba</p><p>&lt;không phải thẻ&gt;</p></div>"
    )
    assert text == "Hà Nội & TP.HCM – Đà Nẵng\ndòng hai\ndòng ba\n<không phải thẻ>\n"


def test_text_only_in_divs_with_br() -> None:
    text, meta = html_to_text(
        "<html><body><div>Không có thẻ p<br>chỉ có br<br/>thôi</div></body></html>"
    )
    assert text == "Không có thẻ p\nchỉ có br\nthôi\n"
    assert meta["title"] is None


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>Một <b>hai <i>ba</p> bốn <div>năm</span></div></div></td>", "Một hai ba\nbốn\nnăm\n"),
        ("<p>đoạn một<p>đoạn hai<p>đoạn ba", "đoạn một\nđoạn hai\nđoạn ba\n"),
        ("<ul><li>một<li>hai</ul>", "một\nhai\n"),
        ("<p>chưa đóng <a href='x'", "chưa đóng\n"),
        ("<div>trước<script>var s = '</div>';</script>sau</div>", "trướcsau\n"),
        ("<p>a</p></p></p><p>b", "a\nb\n"),
        ("<!-- chưa đóng chú thích <p>x</p>", ""),
        ("<![CDATA[ lạ ]]><p>bình thường</p>", "bình thường\n"),
        ("", ""),
        ("chỉ có chữ", "chỉ có chữ\n"),
    ],
)
def test_malformed_markup(html: str, expected: str) -> None:
    text, meta = html_to_text(html)
    assert text == expected
    assert meta["extracted_chars"] == len(text)


def test_deep_nesting() -> None:
    depth = 10_000
    page = "<div>" * depth + "<p>Rất sâu bên trong.</p>" + "</div>" * depth
    text, _ = html_to_text(page)
    assert text == "Rất sâu bên trong.\n"
    unclosed = "<div><span>" * depth + "chữ"
    assert html_to_text(unclosed)[0] == "chữ\n"


def test_huge_page_is_fast() -> None:
    para = "<p>Kim ngạch xuất khẩu của TP Hồ Chí Minh trong 6 tháng đầu năm đạt 23,5 tỷ USD.</p>"
    menu = "<nav>" + "<a href='/x'>Mục</a>" * 50 + "</nav>"
    page = "<html><body>" + (menu + "<div class='x'>" + para * 20 + "</div>") * 2000 + "</body>"
    assert len(page) > 5_000_000
    start = time.perf_counter()
    text, _ = html_to_text(page)
    assert time.perf_counter() - start < 30
    assert text.count("Kim ngạch") == 40_000
    assert "Mục" not in text


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "<p>",
                    "</p>",
                    "<div class='detail-content'>",
                    "</div>",
                    "<br>",
                    "<script>",
                    "</script>",
                    "<article>",
                    "</article>",
                    "<!--",
                    "-->",
                    "<a href='",
                    "'>",
                    "&",
                    "&#",
                    "&#x1EB5;",
                    "<h1>",
                    "</h1>",
                    "<title>",
                    "</title>",
                    "<",
                    ">",
                    "</",
                    "<!",
                    "<?",
                    "<![CDATA[",
                    "]]>",
                    "<nav>",
                    "<li>",
                    "<table><tr><td>",
                ]
            ),
            st.text(max_size=20),
        ),
        max_size=60,
    )
)
def test_never_raises(parts: list[str]) -> None:
    text, meta = html_to_text("".join(parts))
    assert isinstance(text, str)
    assert meta["html"] is True and meta["extracted_chars"] == len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (NEWS_PAGE, True),
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
