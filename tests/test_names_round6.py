"""Corpus of figure names, round 6 (issue 13): phrase in, the name of one figure out, through the
whole pipeline (the subject + verb owner is read from the POS tags of the Document).

Class: a figure that is the object of a named subject's verb is named by its measure and the
relative clause without "của", as the gold writes "cổ tức Bộ Công Thương thu về"; a count written
with a classifier ("chiếc xe máy") is "số xe máy". The sentences are written for this test
(fictional companies, places and figures); none is copied from an article.
"""

from __future__ import annotations

import pytest
from test_names_round5 import _name_of  # one figure's name through the whole pipeline

from vnextract import extract

# phrase, value, unit, expected name (exact)
NAMES = [
    # a count named by its counted noun takes the subject and the verb, without "dự kiến"
    ("Năm nay, Bến xe Minh Sơn dự kiến phục vụ 50.000 hành khách.", 50000, "passenger",
     "số hành khách Bến xe Minh Sơn phục vụ"),
    ("Công ty Minh Phát dự kiến đáp ứng 3.000 hành khách mỗi ngày.", 3000, "passenger",
     "số hành khách Công ty Minh Phát đáp ứng mỗi ngày"),
    # a sum named only by the clause takes "số tiền" before it, without the adverbs
    ("Bộ Tài chính vừa tạm cấp thêm 1.680 tỷ đồng tiền bồi thường cho 4 tỉnh.", 1.68e12, "VND",
     "số tiền Bộ Tài chính tạm cấp thêm"),
    ("Trong kế hoạch trung hạn, Bộ chỉ được phân bổ khoảng 70.000 tỷ đồng vốn trái phiếu Chính "
     "phủ trong 5 năm.", 7e13, "VND", "số tiền Bộ được phân bổ"),
    ("Theo đề xuất, mỗi học sinh tiểu học đóng góp 100 nghìn đồng mỗi tháng.", 100000,
     "VND/month", "số tiền mỗi học sinh tiểu học đóng góp"),
    # a count named by the noun written after the number; "có" is ownership ("của")
    ("Tập đoàn Hòa Lâm nắm giữ 103.528.476 cổ phiếu MPX.", 103528476, "share",
     "số cổ phiếu MPX Tập đoàn Hòa Lâm nắm giữ"),
    ("Khu công nghiệp Hòa Lâm thu hút 30 dự án.", 30, "project",
     "số dự án Khu công nghiệp Hòa Lâm thu hút"),
    ("Tập đoàn Minh Phát có 5.000 lao động.", 5000, "person", "số lao động của Tập đoàn Minh Phát"),
    # "Vậy" opens a sentence, never a name
    ("Vậy việc thu mỗi học sinh 100 nghìn đồng là sai quy định.", 100000, "VND",
     "việc thu mỗi học sinh"),
    ("Đến cuối tháng 4, Hòa Quốc có 285 dự án đầu tư tại Việt Nam.", 285, "project",
     "số dự án đầu tư của Hòa Quốc"),
    # a bracketed aside between the subject and the verb, "hiện" tagged a noun
    ("Trong khi đó, Hòa Lâm Oil & Energy (nhà đầu tư Nhật Bản) hiện đang nắm giữ 103.528.476 cổ "
     "phiếu MPX.", 103528476, "share", "số cổ phiếu MPX Hòa Lâm Oil & Energy nắm giữ"),
    # a count written with a classifier
    ("Cửa hàng Minh Phát bán 300 chiếc xe máy mỗi tháng.", 300, "vehicle",
     "số xe máy Cửa hàng Minh Phát bán mỗi tháng"),
]

# negative rows: names this round must leave as they were
KEPT = [
    # the subject is a number: left to the money-verb rule
    ("Theo báo cáo, 126 doanh nghiệp nợ thuế hơn 150 tỷ đồng.", 126, "enterprise",
     "số doanh nghiệp nợ thuế"),
    # a name that states its own measure keeps it
    ("Doanh thu của công ty đạt 500 tỷ đồng.", 5e11, "VND", "Doanh thu của công ty"),
    # the verb is the measure ("xuất siêu"): no "số tiền" before it
    ("Năm ngoái, Hòa Lâm xuất siêu 1,5 tỷ USD.", 1.5e9, "USD", "Hòa Lâm xuất siêu"),
    # a province owns nothing (its figures carry ``province``), after a clause adverb too
    ("Hiện Lào Cai có 300 dự án còn hiệu lực.", 300, "project", "số dự án hiệu lực"),
    # a quote's change is no sum named by its clause
    ("Sáng nay, vàng SJC giảm 200.000 đồng/lượng.", -200000, "VND/tael", "vàng SJC"),
    # "là" is no verb of a relative clause
    ("Tại Bệnh viện Minh Phát, giá máy là 3 tỷ đồng, còn Bệnh viện Hòa Lâm là 5 tỷ đồng.", 5e9,
     "VND", "Bệnh viện Hòa Lâm"),
    # a quantity verb names the amount as before (no relative clause)
    ("Nhà máy Hòa Lâm sản xuất 2 triệu tấn thép mỗi năm.", 2e6, "tonne",
     "sản lượng của Nhà máy Hòa Lâm"),
]


@pytest.mark.parametrize(("text", "value", "unit", "want"), NAMES)
def test_names_round6(text: str, value: float, unit: str, want: str) -> None:
    assert _name_of(text, value, unit) == want


@pytest.mark.parametrize(("text", "value", "unit", "want"), KEPT)
def test_names_round6_kept(text: str, value: float, unit: str, want: str) -> None:
    assert _name_of(text, value, unit) == want


# negative corpus: no subject + verb owner is read from these clauses
NO_SUBJECT = [
    "Năm 2016 thu về 300 tỷ đồng.",  # a time phrase is no subject
    "Anh ấy kiếm được 20 triệu đồng.",  # a pronoun owns nothing
    "Theo báo cáo, doanh nghiệp nộp 30 tỷ đồng.",  # no name in the subject
]


@pytest.mark.parametrize("text", NO_SUBJECT)
def test_no_subject_verb(text: str) -> None:
    from vnextract.components.indicators.name_checks import subject_verb

    doc = extract(text)
    at = next(i for i, ch in enumerate(doc.norm) if ch.isdigit() and doc.norm[i - 1] == " "
              and doc.norm[i:].split()[1] in ("tỷ", "triệu"))
    assert subject_verb(doc, 0, at) == ("", "")
