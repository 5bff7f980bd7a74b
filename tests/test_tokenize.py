"""The front-end: sentences and tokens aligned to true offsets on hard text."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vnextract.document import Document
from vnextract.tokenize import align, get_tokenizer, split_sentences

HARD_TEXTS = [
    "Tổng thu ngân sách ước đạt trên 4.100 tỷ đồng, bằng 23% dự toán.",
    "Giá trị xuất khẩu đạt 21,6% kế hoạch; GRDP tăng 2.348,3 tỷ!!! Thật vậy???",
    "Tại TP.HCM và Tp. Thủ Đức, ông nói: “Chúng ta phải làm ngay…” rồi im lặng...",
    "Đoàn công tác tỉnh Cà Mau (CMO) – gồm 12 người – đến Thái Nguyên.Dự tọa đàm có nhiều người 😀🇻🇳.",
    "Quý 1/2022, giá trị sản xuất công nghiệp ước đạt trên 158 nghìn tỷ đồng, tăng 6% so với cùng kỳ.",
    "Email: abc_def@example.com, điện thoại 0912.345.678; web: https://example.vn/a_b?c=1.",
    "\"Hà Nội\" — 'Huế' — «Đà Nẵng» ,,, ;;; !!! ??? …… ---",
    unicodedata.normalize("NFD", "Uỷ ban nhân dân tỉnh Thanh Hoá họp ngày 11/7/2022."),
    "Dòng một\n\nDòng hai\r\nDòng ba\tcó tab",
    "   ",
    "",
]


@pytest.fixture(scope="module", params=["pyvi", "underthesea"])
def tokenizer(request: pytest.FixtureRequest):
    return get_tokenizer(request.param)


@pytest.mark.parametrize("text", HARD_TEXTS)
def test_tokens_slice_to_their_text(tokenizer, text: str) -> None:
    doc = Document(text)
    sentences = tokenizer(doc)
    for sent in sentences:
        assert 0 <= sent.start <= sent.end <= len(text)
        for tok in sent.tokens:
            assert tok.text == text[tok.start:tok.end]
            assert tok.text.strip() == tok.text and tok.text
            assert sent.start <= tok.start <= tok.end <= sent.end
    # tokens cover every non-space character of the text
    covered = sum(len("".join(t.text.split())) for s in sentences for t in s.tokens)
    assert covered == len("".join(text.split()))


def test_numbers_stay_whole_with_pyvi() -> None:
    doc = Document("Thu ngân sách đạt 4.100 tỷ đồng, bằng 21,6% dự toán.")
    words = [t.text for s in get_tokenizer("pyvi")(doc) for t in s.tokens]
    assert "4.100" in words and "21,6" in words


SENTENCE_CORPUS = [
    ("Câu một. Câu hai.", ["Câu một.", "Câu hai."]),
    ("Tỉnh ủy Thái Nguyên.Dự tọa đàm có ông A.", ["Tỉnh ủy Thái Nguyên.", "Dự tọa đàm có ông A."]),
    ("Tại TP. Hồ Chí Minh hôm nay. Trời mưa.", ["Tại TP. Hồ Chí Minh hôm nay.", "Trời mưa."]),
    ("Doanh thu 4.100 tỷ đồng. Tăng 6%.", ["Doanh thu 4.100 tỷ đồng.", "Tăng 6%."]),
    ("Tiêu đề\n\nĐoạn một; vẫn câu đó. Hết", ["Tiêu đề", "Đoạn một; vẫn câu đó.", "Hết"]),
    ("Ông nói: “Xong rồi.” Sau đó về.", ["Ông nói: “Xong rồi.”", "Sau đó về."]),
    # scraped news: a photo credit glued between a caption and the next sentence
    ("Đoàn thăm xưởng gỗ Ảnh: Minh Khôi Trong đó, sản lượng tăng.",
     ["Đoàn thăm xưởng gỗ", "Ảnh: Minh Khôi", "Trong đó, sản lượng tăng."]),
    ("Hội chợ mở cửa. Ảnh: Lê Hà/TTXVN Giá vé giảm.", ["Hội chợ mở cửa.", "Ảnh: Lê Hà/TTXVN", "Giá vé giảm."]),
    ("Lúa chín. (Ảnh: Vũ Sinh/VNA) Nông dân vui.", ["Lúa chín.", "(Ảnh: Vũ Sinh/VNA)", "Nông dân vui."]),
    ("Cô ca sĩ trẻ. Ảnh: NVCC Phạm Thu Hà từng hát.", ["Cô ca sĩ trẻ.", "Ảnh: NVCC", "Phạm Thu Hà từng hát."]),
    ("Lễ tưởng niệm. Ảnh: QUANG MINH 45 người dự.", ["Lễ tưởng niệm.", "Ảnh: QUANG MINH", "45 người dự."]),
    ("Khách đông. Ảnh: Thanh Tú Đồng quan điểm, ông Bình nói.",
     ["Khách đông.", "Ảnh: Thanh Tú", "Đồng quan điểm, ông Bình nói."]),
    # a sub-heading or caption glued to the next sentence: an opener word that no name has
    ("Giám đốc Trần Văn Bình Là người đi đầu, ông Bình nói.",
     ["Giám đốc Trần Văn Bình", "Là người đi đầu, ông Bình nói."]),
    ("Kỳ vọng năm mới Trong quý I, giá tăng.", ["Kỳ vọng năm mới", "Trong quý I, giá tăng."]),
    ("hợp đồng lao động Các doanh nghiệp cần chú ý.", ["hợp đồng lao động", "Các doanh nghiệp cần chú ý."]),
    # negatives: a capitalised word inside a name or an organisation's name is no break
    ("vi phạm Luật Các tổ chức tín dụng năm nay.", ["vi phạm Luật Các tổ chức tín dụng năm nay."]),
    ("Ông Trần Thế Anh dự họp.", ["Ông Trần Thế Anh dự họp."]),
    ("Quỹ Vì người nghèo tỉnh trao quà.", ["Quỹ Vì người nghèo tỉnh trao quà."]),
    ("Ảnh minh họa cho bài viết.", ["Ảnh minh họa cho bài viết."]),
]


@pytest.mark.parametrize("text, expected", SENTENCE_CORPUS)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text)] == expected


def test_align_joiners_match_whitespace_runs() -> None:
    text = "Nguyễn  Thanh\tHải đến"
    assert [text[a:b] for a, b in align(text, ["Nguyễn_Thanh_Hải", "đến"])] == [
        "Nguyễn  Thanh\tHải",
        "đến",
    ]


def test_align_skips_words_not_in_text() -> None:
    text = "một hai"
    spans = align(text, ["một", "XYZ", "hai"])
    assert [text[a:b] for a, b in spans] == ["một", "", "hai"]


_PYVI = None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120))
def test_any_unicode_aligns(text: str) -> None:
    global _PYVI
    if _PYVI is None:
        _PYVI = get_tokenizer("pyvi")
    doc = Document(text)
    for sent in _PYVI(doc):
        for tok in sent.tokens:
            assert tok.text == text[tok.start:tok.end]


# -- the lazy token layer (issue 12): a sentence is tagged the first time its tokens are read ----

LAZY_CORPUS = [
    # (text, norm position asked for, the token found there, sentences tagged after the question)
    ("Trời mưa to. Ông Nguyễn Văn An nói. Giá lúa tăng 5%.", 26, "Văn_An", 1),
    ("Trời mưa to. Ông Nguyễn Văn An nói. Giá lúa tăng 5%.", 49, "5", 1),
    ("Trời mưa to. Ông Nguyễn Văn An nói. Giá lúa tăng 5%.", 0, "Trời", 1),
    ("Trời mưa to. Ông Nguyễn Văn An nói. Giá lúa tăng 5%.", 12, None, 0),  # the space between
]


@pytest.mark.parametrize(("text", "npos", "token", "tagged"), LAZY_CORPUS)
def test_token_at_tags_only_its_sentence(text: str, npos: int, token: str | None, tagged: int) -> None:
    doc = Document(text)
    doc.sentences = get_tokenizer("pyvi")(doc)
    assert not any(s.tagged for s in doc.sentences)
    tok = doc.token_at(npos)
    assert (tok.text.replace(" ", "_") if tok else None) == token
    assert sum(s.tagged for s in doc.sentences) == tagged


@pytest.mark.parametrize("text", HARD_TEXTS)
def test_lazy_tokens_equal_eager_tokens(tokenizer, text: str) -> None:
    doc = Document(text)
    lazy = tokenizer(doc)
    eager = tokenizer(doc, lazy=False)
    assert all(s.tagged for s in eager)
    assert [s.tokens for s in reversed(lazy)][::-1] == [s.tokens for s in eager]


def test_segmentation_alone_leaves_the_tags_for_later() -> None:
    doc = Document("Ông Nguyễn Văn An nói. Giá lúa tăng 5%.")
    doc.sentences = get_tokenizer("pyvi")(doc)
    tok = doc.token_at(4, pos=False)  # "Nguyễn": segmented, its tag not asked for
    assert tok is not None and tok.text == "Nguyễn" and tok.pos is None
    assert doc.token_at(4).pos == "Np"  # asking for the tag tags the sentence, same token
    assert tok.pos == "Np"
    assert not doc.sentences[1].tagged
