"""Periods, round 8 (issue 14): a standing level told "tới nay" / "đến thời điểm này" in the
figure's own sentence takes no period carried from an earlier sentence, and a new price, fee or
rate "áp dụng từ ngày D" is of D's month, not of the day the article appeared; a year named as a
multiple's basis ("tăng gấp đôi năm trước") does not carry to later sentences.

A corpus written for these tests (no real article's text): FIGURES: (passage, reference date,
value, unit, period the figure must take; None: no period); NOT_FIGURES: (…, a period it must
not take).
"""

from __future__ import annotations

from typing import Any

import pytest
from test_figure_periods import H, _figure  # one figure of a passage, by value and unit

from vnextract.resolve.figure_periods import applied_from, now_told

FIGURES = [
    # a level up to now in the figure's own sentence: the year of the passage before does not carry
    (H + "Năm 2012, hai nước ký hiệp định hợp tác giai đoạn mới. Nước bạn là nhà tài trợ lâu năm "
     "cho Việt Nam, tới nay khoảng 25 triệu USD vốn ODA.", "2017-06-07", 25e6, "USD", None),
    (H + "Trong quý I/2016, công ty khởi công nhà máy thứ hai. Đến thời điểm này, công ty đã giải "
     "ngân 300 tỷ đồng cho dự án.", "2017-04-10", 300e9, "VND", None),
    (H + "Năm 2015, hợp tác xã được thành lập với 20 thành viên. Cho tới nay, hợp tác xã đã có "
     "doanh thu 12 tỷ đồng.", "2017-08-01", 12e9, "VND", None),
    # ... while the sentence's own period still dates it
    (H + "Năm 2012, hai nước ký hiệp định. Tới nay, trong năm 2016 nước bạn cấp 5 triệu USD.",
     "2017-06-07", 5e6, "USD", "2016"),
    # a carried period without a "now" word still carries
    (H + "Năm 2016, xuất khẩu rau quả đạt 2,4 tỷ USD. Trong đó, xuất sang Trung Quốc đạt 1,7 tỷ "
     "USD.", "2017-03-01", 1.7e9, "USD", "2016"),
    # a new price or rate that takes effect on a day: that month
    (H + "Bộ Tài chính quyết định nâng mức phí lên 15.000 đồng/lượt, áp dụng từ ngày 1/1/2017.",
     "2017-07-12", 15000, "VND", "2017-01"),
    (H + "Theo quyết định ngày 6/4/2016, thuế tiêu thụ đặc biệt với xe trên 3.0 lít tăng lên 60%, "
     "áp dụng từ ngày 1/7/2016.", "2017-05-13", 60, "%", "2016-07"),
    (H + "Giá điện bình quân là 1.720 đồng/kWh, có hiệu lực từ ngày 1/12/2017.", "2018-02-05",
     1720, "VND/kWh", "2017-12"),
    # a year named as a multiple's basis ("tăng gấp đôi năm trước") does not carry on
    (H + "Xã có 200 hộ trồng bí đỏ, diện tích 135 ha. Diện tích này tăng gấp đôi năm trước. Anh "
     "Khánh thuê 2 ha trồng bí, vừa rồi bán 10 tấn bí với giá 500 đồng/kg.", "2017-06-07", 500,
     "VND/kg", "2017-06"),
    (H + "Xã có 200 hộ trồng bí đỏ, diện tích 135 ha. Diện tích này tăng gấp đôi năm trước. Anh "
     "Khánh thuê 2 ha trồng bí, vừa rồi bán 10 tấn bí với giá 500 đồng/kg.", "2017-06-07", 10,
     "tonne", None),
    # no "áp dụng" before the day: the figure keeps the passage's own period
    (H + "Tháng 6/2017, giá thép đạt 12.500 đồng/kg, tăng từ 11.000 đồng/kg.", "2017-07-12",
     12500, "VND/kg", "2017-06"),
]

NOT_FIGURES = [
    (H + "Cả xã có gần 120 ha dưa, sản lượng hơn 2.000 tấn. Diện tích này tăng gấp đôi năm trước. "
     "Chị Lan thuê 3 ha trồng dưa, vừa rồi bán hơn 20 tấn với giá 800 đồng/kg.", "2017-06-07",
     20, "tonne", "2016"),
    (H + "Cả xã có gần 120 ha lúa. Sản lượng gấp 1,5 lần năm 2015. Nông dân bán được 300 tấn cho "
     "siêu thị.", "2017-06-07", 300, "tonne", "2015"),
    (H + "Năm 2012, hai nước ký hiệp định hợp tác giai đoạn mới. Nước bạn là nhà tài trợ lâu năm "
     "cho Việt Nam, tới nay khoảng 25 triệu USD vốn ODA.", "2017-06-07", 25e6, "USD", "2012"),
    (H + "Bộ Tài chính quyết định nâng mức phí lên 15.000 đồng/lượt, áp dụng từ ngày 1/1/2017.",
     "2017-07-12", 15000, "VND", "2017-07"),
    # a day after another figure in between is that figure's day, not this one's
    (H + "Giá cũ là 10.000 đồng/lượt; giá mới 15.000 đồng/lượt áp dụng từ ngày 1/1/2017.",
     "2017-07-12", 10000, "VND", "2017-01"),
]

WORDS = [
    # (words before a figure or a date, which test, expected)
    ("nước bạn đã cấp tới nay", now_told, True),
    ("đến thời điểm này, công ty đã giải ngân", now_told, True),
    ("tới thời điểm hiện tại, tổng vốn", now_told, True),
    ("năm 2016, xuất khẩu đạt", now_told, False),
    ("tới năm 2020, dự kiến đạt", now_told, False),
    ("mức phí mới được áp dụng từ ngày ", applied_from, True),
    ("giá điện có hiệu lực từ ", applied_from, True),
    ("áp dụng kể từ ngày ", applied_from, True),
    ("giá thép tăng từ ", applied_from, False),
    ("áp dụng mức giá này đến ngày ", applied_from, False),
]


@pytest.mark.parametrize("text,ref,value,unit,period", FIGURES)
def test_figure_period(text: str, ref: str, value: float, unit: str, period: str | None) -> None:
    assert _figure(text, ref, value, unit)["period"] == period


@pytest.mark.parametrize("text,ref,value,unit,period", NOT_FIGURES)
def test_figure_not_period(text: str, ref: str, value: float, unit: str, period: str) -> None:
    assert _figure(text, ref, value, unit)["period"] != period


@pytest.mark.parametrize("words,test,expected", WORDS)
def test_cue_words(words: str, test: Any, expected: bool) -> None:
    assert test(words) is expected
