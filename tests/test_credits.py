"""Corpus of bylines and photo credits (written for these tests), and what must not be one."""

from __future__ import annotations

import pytest

from vnextract.components.credits import find_credits, is_credit_name
from vnextract.document import Document
from vnextract.tokenize import get_tokenizer


def credits(text: str) -> list[tuple[str, str]]:
    doc = Document(text)
    doc.sentences = get_tokenizer("pyvi")(doc)
    spans = find_credits(doc)
    for sp in spans:
        assert text[sp.start:sp.end] == sp.text
    return [(sp.attrs.name, sp.attrs.role) for sp in spans]


A, P = "author", "photographer"
CORPUS = [
    # a byline glued after the last sentence
    ("Chợ quê\nNgười bán rau đã về hết. Minh Khang", [("Minh Khang", A)]),
    ("Chợ quê\nPhiên chợ kết thúc muộn./. Lan Chi/VOV.VN", [("Lan Chi", A)]),
    ("Xe mới\nMẫu xe có giá cao. Bảo Ngọc (theo Carscoops)", [("Bảo Ngọc", A)]),
    ("Xe mới\nMẫu xe có giá cao. Bảo Ngọc theo Autocar", [("Bảo Ngọc", A)]),
    ("Mùa lũ\nNước rút chậm. Trà My - Đức Toàn", [("Trà My", A), ("Đức Toàn", A)]),
    # a dash instead of the colon after the photo lead (round 4)
    ("Lễ hội\nĐông người dự lễ. Ảnh - Hồng Quân", [("Hồng Quân", P)]),
    # after a closing bracket with no full stop, with its outlet (round 4)
    ("Vụ án\nCông an đang điều tra (tên nhân vật đã đổi) CTV Hà Phong/VOV.VN", [("Hà Phong", A)]),
    # the reporter's district after the dash is no second author
    ("Mùa lũ\nNước rút chậm. Thanh Vân - Yên Định", [("Thanh Vân", A)]),
    ("Mùa lũ\nNước rút chậm. KHÁNH VY", [("Khánh Vy", A)]),
    ("Mùa lũ\nNước rút chậm. Hải Đăng (TTXVN)", [("Hải Đăng", A)]),
    ("Mùa lũ\nNước rút chậm. Thu Trang (t/h)", [("Thu Trang", A)]),
    ("Mùa lũ\nNước rút chậm.\nTheo Quế Anh/Báo Tin tức", [("Quế Anh", A)]),
    ("Mùa lũ\nNước rút chậm. Ngọc Hà, Theo Báo Đầu tư", [("Ngọc Hà", A)]),
    # lead words
    ("Hội chợ\nKhách đến đông.\nTin và ảnh: Đình Phúc", [("Đình Phúc", A)]),
    ("Hội chợ\nKhách đến đông.\nBài, ảnh: Mỹ Duyên", [("Mỹ Duyên", A)]),
    # photo credits inside the text, glued to the next sentence
    ("Hội chợ\nGian hàng gốm. Ảnh: Ngọc Lâm Trong ba ngày, khách mua nhiều.", [("Ngọc Lâm", P)]),
    ("Hội chợ\nGian hàng gốm. (Ảnh: Tường Vi/TTXVN) Khách mua nhiều.", [("Tường Vi", P)]),
    ("Hội chợ\nGian hàng gốm. Ảnh: Hữu Tài. Khách mua nhiều.", [("Hữu Tài", P)]),
    ("Hội chợ\nGian hàng gốm. Ảnh: Hữu Tài Ông Bình cho biết giá rẻ.", [("Hữu Tài", P)]),
    # two bylines parted by a double space; a reporter's role before the name; a dashed lead
    ("Mùa lũ\nNước rút chậm. Hồng Nhạn  Quốc Việt", [("Hồng Nhạn", A), ("Quốc Việt", A)]),
    ("Mùa lũ\nNước rút chậm./. CTV Đình Sơn/VOV.VN", [("Đình Sơn", A)]),
    ("Mùa lũ\nNước rút chậm./. PV Hà Vy", [("Hà Vy", A)]),
    ("Hội chợ\nKhách đến đông. Tin- ảnh: Thế Bảo", [("Thế Bảo", A)]),
    # a bracket before the byline, a source note after it, initials of a co-author
    ("Mùa lũ\nNước rút chậm. (Tổng hợp) Diệp Chi", [("Diệp Chi", A)]),
    ("Mùa lũ\nNước rút chậm. Hải Yến - Văn Long - Nguồn clip: VTV", [("Hải Yến", A), ("Văn Long", A)]),
    ("Mùa lũ\nNước rút chậm. T. Ngân- Bảo Khánh", [("Bảo Khánh", A)]),
    # the name Trang, not "trang" (a web page); a photo credit in brackets without a colon
    ("Mùa lũ\nNước rút chậm. Trang Mai/Báo Tin tức", [("Trang Mai", A)]),
    ("Hội chợ\nĐua ghe trên sông (ảnh KIM NGÂN) thu hút du khách.", [("Kim Ngân", P)]),
    ("Hội chợ\nClip: Cận cảnh con cá lớn (clip: Đức Long) Ông Tám kể lại.", [("Đức Long", P)]),
    # round 5: a closing byline glued to a caption with no full stop between; "(T/h)" after it
    ("Tàu cá\nTàu nằm bờ. Giám đốc Sở Lê Văn Ba Minh Khoa - Thu Hà", [("Minh Khoa", A), ("Thu Hà", A)]),
    ("Tôm\nGiá tôm tăng. Chủ tịch công ty thủy sản Hòa Phát Ngọc Lan – Đức Trung",
     [("Ngọc Lan", A), ("Đức Trung", A)]),
    ("Sao Việt\nNhững chiếc xe của vợ chồng ca sĩ Hoàng Mai Trúc Linh (T/h) Theo Đời sống Plus",
     [("Trúc Linh", A)]),
    # round 5: an outlet, a slash, then the photographer, glued to the next sentence
    ("Hội chợ\nThủ tướng dự lễ. Ảnh: VGP/Hải Phong Tại buổi lễ, ông nói.", [("Hải Phong", P)]),
    ("Hội chợ\nThủ tướng dự lễ. Ảnh: VGP/Hải Phong Trao đổi với khách, ông nói.", [("Hải Phong", P)]),
]

NEGATIVE = [
    "Mùa lũ\nNước rút chậm ở các tỉnh Tây Nguyên. Tây Nguyên",  # a region
    "Mùa lũ\nNước rút chậm. Theo TTXVN",  # an agency
    "Mùa lũ\nNước rút chậm. theo Đời Sống",  # an outlet in capitals like a name
    "Mùa lũ\nNước rút chậm. H.N",  # initials
    "Mùa lũ\nNước rút chậm. PV",
    "Hội chợ\nGian hàng gốm. Ảnh: TTXVN",
    "Hội chợ\nGian hàng gốm. Ảnh: Báo Quảng Ninh Khách mua nhiều.",
    "Hội chợ\nGian hàng gốm. Ảnh minh họa",
    "Hội chợ\nBản đồ khu mỏ. Ảnh: Google Maps. Mỏ rộng 30 ha.",  # a map service
    "Hội chợ\nGian hàng gốm (ảnh Minh Họa) bày bán.",
    "Mùa lũ\nNước rút chậm. Trang Zing.vn",  # a web page, not the name Trang
    "Mùa lũ\nNước rút chậm. T. Hà",  # initials
    "Sao Việt\nCô khoe dáng trong bộ váy mới. Cô Hà khoe váy đẹp",  # a sentence, not a byline
    "Mùa lũ\nNước rút chậm, dân đã về nhà",
    # round 5: a caption's last words before a dash that are no names; an agency after a slash
    "Tàu cá\nTàu nằm bờ ở cảng Hòn Gai - Bãi Cháy",
    "Hội chợ\nThủ tướng dự lễ. Ảnh: TTXVN/Tin Tức",
]


@pytest.mark.parametrize("text, expected", CORPUS)
def test_credit_corpus(text: str, expected: list[tuple[str, str]]) -> None:
    assert credits(text) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_a_credit(text: str) -> None:
    assert credits(text) == []


@pytest.mark.parametrize("name, ok", [
    ("Minh Khang", True), ("NGUYỄN QUỐC", True), ("Lê Thị Mai Anh", True),
    ("Khang", False), ("PV", False), ("T.H.", False), ("Báo Nhân Dân", False),
    ("Tây Nguyên", False), ("Viết Long Ông", False), ("Reuters", False), ("minh khang", False),
])
def test_is_credit_name(name: str, ok: bool) -> None:
    assert is_credit_name(name) is ok


def test_district_after_byline_is_no_person() -> None:
    """The whole pipeline: a byline on its own line "Name - District" gives one author."""
    import vnextract

    doc = vnextract.extract("Mùa lũ\nNước rút chậm ở nhiều xã.\nThanh Vân - Yên Định")
    assert [(p.name, p.role) for p in doc.people] == [("Thanh Vân", "author")]


def test_byline_named_like_a_province_is_no_province() -> None:
    import vnextract

    doc = vnextract.extract("Giá xăng giảm\nGiá xăng giảm 300 đồng/lít từ chiều nay. Thái Bình")
    assert [p.name for p in doc.provinces] == []
    assert ("Thái Bình", "author") in [(p.name, p.role) for p in doc.people]
    doc = vnextract.extract("Thái Bình đón khách\nTỉnh Thái Bình đón nhiều khách. Minh Anh")
    assert [p.name for p in doc.provinces] == ["Thái Bình"]
