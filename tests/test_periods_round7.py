"""Periods, round 7 (issue 14): "năm qua", an early-year results report's "năm nay", a half year
read early in the year, cut-offs with an hour, and periods named as the other side of a comparison.

Two corpora written for these tests (no real article's text):
- PHRASES: (phrase, reference date, ISO period of the phrase) through ``find_periods``; NOT_PHRASES:
  (phrase, reference date, ISO period it must not give).
- FIGURES: (passage, reference date, value, unit, period the figure must take); NOT_FIGURES: one it
  must not take.
"""

from __future__ import annotations

import pytest
from test_figure_periods import H, _figure  # one figure of a passage, by value and unit

from vnextract.components.period_rules import find_periods


def _periods(text: str, ref: str) -> list[str | None]:
    return [p.iso for p in find_periods(text, ref=ref) if p.kind not in ("same_period", "target")]


PHRASES = [
    # "(trong) năm qua" with no count before it: the calendar year before the reference date's
    ("Xuất khẩu cá tra năm qua đạt 1,7 tỷ USD", "2017-02-08", "2016"),
    ("Trong năm qua, doanh thu của hãng tăng mạnh", "2017-03-20", "2016"),
    ("Năm qua, tỉnh thu hút 40 dự án", "2017-01-15", "2016"),
    ("số vụ tai nạn trong năm qua là 300 vụ", "2018-03-02", "2017"),
    # a half year without a year, read in January to March: last year's
    ("bù được sản lượng đã mất của 6 tháng đầu năm", "2017-02-10", "2016-01/2016-06"),
    ("trong 6 tháng cuối năm, giá tôm phục hồi", "2017-03-05", "2016-07/2016-12"),
    ("6 tháng đầu năm, xuất khẩu tăng 18%", "2017-07-05", "2017-01/2017-06"),
    ("6 tháng đầu năm nay, xuất khẩu tăng", "2017-02-10", "2017-01/2017-06"),
    ("nửa đầu năm 2016", "2017-02-10", "2016-01/2016-06"),
    # a cut-off told with an hour: January to the cut-off's month
    ("Tính đến 17h ngày 5/6, toàn tỉnh đã thu 300 tỷ đồng", "2017-06-06", "2017-01/2017-06"),
    ("Đến 11 giờ ngày 6/2, cả nước có 40.000 lượt khách", "2017-02-06", "2017-01/2017-02"),
    ("tính đến 9h30 ngày 30/6/2017, kho bạc đã giải ngân", "2017-07-03", "2017-01/2017-06"),
    ("Tính đến 16 giờ 30 phút ngày 10/7, thị xã đã thu", "2017-07-11", "2017-01/2017-07"),
    ("Tính đến 17h chiều 5/6, toàn tỉnh đã thu 300 tỷ đồng", "2017-06-06", "2017-01/2017-06"),
    ("tính đến 9 giờ sáng ngày 30/6/2017, kho bạc đã giải ngân", "2017-07-03", "2017-01/2017-06"),
    # a day written in words: its month, not "the first N months"
    ("ngày 10 tháng 2 năm 2017, công ty nộp hồ sơ", "2017-05-02", "2017-02"),
]

NOT_PHRASES = [
    # a length of years up to now is no calendar year
    ("trong 5 năm qua, ngành tôm tăng trưởng", "2017-02-10", "2016"),
    ("những năm qua, tỉnh đã đầu tư nhiều", "2017-06-10", "2016"),
    ("các năm qua doanh nghiệp gặp khó", "2017-06-10", "2016"),
    ("hai năm qua anh ít xuất hiện", "2017-06-10", "2016"),
    ("một năm qua đi thật nhanh", "2017-06-10", "2016"),
    # "năm qua" read from April on may be the twelve months up to now: no period
    ("Một năm sau cuộc gặp đầu tiên, năm qua Chính phủ đã cắt giảm nhiều thủ tục", "2017-05-16",
     "2016"),
    # a half year of this year read from April on stays this year
    ("6 tháng đầu năm, xuất khẩu tăng 18%", "2017-06-25", "2016-01/2016-06"),
    # a day of the lunar calendar is no "first N months" and no January
    ("Phiên sáng nay 6-2 (tức mồng 10 tháng Giêng), giá vàng giảm", "2017-02-06",
     "2016-01/2016-10"),
    ("Phiên sáng nay 6-2 (tức mồng 10 tháng Giêng), giá vàng giảm", "2017-02-06", "2017-01"),
    ("Lễ hội diễn ra vào rằm tháng Giêng", "2017-02-06", "2017-01"),
    ("ngày 10 tháng 2 năm 2017, công ty nộp hồ sơ", "2017-05-02", "2016-01/2016-10"),
    # an hour alone is no cut-off
    ("Lúc 17h, đoàn xe đến nơi", "2017-06-06", "2017-01/2017-06"),
]


# the period of "năm nay", the last phrase of each passage
THIS_YEAR = [
    # an early-year results report: "Năm nay" after last year's fourth quarter or whole year
    ("Công ty công bố báo cáo quý IV/2016 và cả năm 2016. Năm nay, doanh thu mảng cho thuê giảm.",
     "2017-02-14", "2016"),
    ("Báo cáo tài chính quý 4/2016 vừa được công bố. Năm nay lợi nhuận từ bán đất chỉ còn 3 tỷ.",
     "2017-01-20", "2016"),
    # ... but "năm nay" with a plan in its clause is this year
    ("Công ty công bố kết quả cả năm 2016. Năm nay công ty sẽ mở thêm hai nhà máy.",
     "2017-02-14", "2017"),
    ("Công ty công bố kết quả cả năm 2016. Dự kiến năm nay doanh thu đạt 500 tỷ.", "2017-02-14",
     "2017"),
    # in a results report read in May, "năm nay" is this year
    ("Công ty công bố báo cáo quý IV/2016 và cả năm 2016. Năm nay, doanh thu giảm.", "2017-05-14",
     "2017"),
    # a bare "năm 2016" is a passing mention, not a results report
    ("Gần nhất, năm 2016, lễ hội đón 1,4 triệu khách. Năm nay lễ hội đông hơn.", "2017-02-06",
     "2017"),
    # the text states this year before "năm nay"
    ("Lợi nhuận quý IV/2016 đạt 5 tỷ. Năm 2017 công ty đặt kế hoạch mới. Năm nay doanh thu tăng.",
     "2017-02-14", "2017"),
]


@pytest.mark.parametrize("text,ref,iso", THIS_YEAR)
def test_this_year(text: str, ref: str, iso: str) -> None:
    found = find_periods(text, ref=ref)
    assert found[-1].text.lower() == "năm nay" and found[-1].iso == iso


@pytest.mark.parametrize("text,ref,iso", PHRASES)
def test_phrase_period(text: str, ref: str, iso: str) -> None:
    assert iso in _periods(text, ref)


@pytest.mark.parametrize("text,ref,iso", NOT_PHRASES)
def test_phrase_not_period(text: str, ref: str, iso: str) -> None:
    assert iso not in _periods(text, ref)


def test_no_reference_date_no_year() -> None:
    """Without a reference date "năm qua" gives no period (never guessed)."""
    assert all(p.iso is None for p in find_periods("Xuất khẩu năm qua đạt 3 tỷ USD"))
    assert [p.iso for p in find_periods("Xuất khẩu năm qua đạt 3 tỷ USD", ref="2017-02-01")] == [
        "2016"]



FIGURES = [
    # "năm qua" dates the figure of its sentence
    (H + "Xuất khẩu cá tra năm qua đạt 1,7 tỷ USD, tăng 5% so với năm 2015.", "2017-02-08",
     1.7e9, "USD", "2016"),
    # the early-year results report: "Năm nay" is the reported year
    (H + "Công ty vừa công bố báo cáo tài chính quý IV/2016 và cả năm 2016. Năm nay, doanh thu "
     "cho thuê đất của công ty chỉ còn 34 tỷ đồng.", "2017-02-14", 34e9, "VND", "2016"),
    # a period named in a comparison does not carry: the sentence after takes the passage's
    (H + "Tính chung 5 tháng đầu năm, chỉ số sản xuất công nghiệp tăng 5,7%, cao hơn mức tăng "
     "5,2% của 4 tháng đầu năm. Trong đó, ngành chế biến tăng 9,7%.", "2017-05-29", 9.7, "%",
     "2017-01/2017-05"),
    # a compared value told "hồi quý 1/2016" right after it takes that quarter
    (H + "Trong quý 1/2017, chi phí lãi vay đạt 370 tỷ đồng, tăng so với con số 314 tỷ đồng hồi "
     "quý 1/2016.", "2017-05-09", 314e9, "VND", "2016-01/2016-03"),
    (H + "Trong quý 1/2017, chi phí lãi vay đạt 370 tỷ đồng, tăng so với con số 314 tỷ đồng hồi "
     "quý 1/2016.", "2017-05-09", 370e9, "VND", "2017-01/2017-03"),
    # a price that took "năm nay" from a trader's remark is the price of the reference month
    (H + "Một chủ tiệm cho biết năm nay tiệm nhập ít hàng hơn. Giá vàng nữ trang lại tăng tới 1 "
     "triệu đồng/lượng so với đầu giờ sáng.", "2017-02-06", 1e6, "VND/tael", "2017-02"),
    # a lunar date is no period: the prices of the day take the reference month
    (H + "Phiên sáng nay 6-2 (tức mồng 10 tháng Giêng), giá vàng SJC có nơi bán ra ở mức 37 "
     "triệu đồng/lượng.", "2017-02-06", 37e6, "VND/tael", "2017-02"),
    # "phát hiện" is no "now": the seizure keeps its day's month
    (H + "Ngày 21/5, lực lượng chức năng phát hiện và bắt giữ 45 tấn thịt không rõ nguồn gốc.",
     "2017-06-05", 45, "tonne", "2017-05"),
    # a share price told as trading now, after a plan of this year: the reference month
    (H + "Trong năm 2017, công ty đặt kế hoạch doanh thu 2.500 tỷ đồng. Trên thị trường chứng "
     "khoán, giá cổ phiếu QCG đang được giao dịch ở mức 29.000 đồng/cổ phiếu.", "2017-06-29",
     29000, "VND/share", "2017-06"),
    # a price told "hiện nay" after this year's output in its sentence is of the day
    (H + "Sản lượng vải năm nay tuy có giảm nhưng giá bán bình quân hiện nay tại các vườn đạt "
     "30.000 đồng/kg.", "2017-06-19", 30000, "VND/kg", "2017-06"),
    # ... but the projects licensed at the meeting are of its month, and a stock told with a
    # year keeps the year
    (H + "Tại hội nghị sáng 8/6, tỉnh có 12 dự án được trao giấy chứng nhận đầu tư.",
     "2017-06-10", 12, "project", "2017-06"),
    (H + "Chiều 8/6, tỉnh tổ chức hội nghị xúc tiến đầu tư. Tại hội nghị, tỉnh đã trao giấy chứng "
     "nhận cho 12 dự án với tổng vốn 3.000 tỷ đồng.", "2017-06-10", 3000e9, "VND", "2017-06"),
    (H + "Năm 2016, tỉnh có 138 dự án FDI với tổng vốn đăng ký 5 tỷ USD.", "2017-06-10", 5e9,
     "USD", "2016"),
    # a sum told with its own year at a dated forum keeps the year, even after "có"
    (H + "Tại diễn đàn chiều 8/6, ông Minh phân tích: riêng năm 2017 ta tiết kiệm chi 1% thôi là có "
     "trên 10.000 tỷ đồng.", "2017-06-09", 10000e9, "VND", "2017"),
    # plan years: a plan's year heading its clause, a target "đến cuối năm 2017"
    (H + "Kế hoạch năm 2017, công ty đặt mục tiêu doanh thu 500 tỷ đồng.", "2017-05-10", 500e9,
     "VND", "2017"),
    (H + "Theo kế hoạch năm 2017, tổng công ty phấn đấu sản lượng đạt 1,2 triệu tấn.",
     "2017-05-10", 1.2e6, "tonne", "2017"),
    (H + "Dự kiến đến cuối năm 2017, dư nợ tín dụng tăng 18%.", "2017-05-10", 18, "%", "2017"),
    # "cùng kỳ năm trước/ngoái" heading a clause is the period of the change told after it
    (H + "Tháng 5, giá xăng tăng 2%. Cùng kỳ năm ngoái, giá xăng giảm 1%.", "2017-06-10", -1,
     "%", "2016-05"),
    (H + "Tháng 5, chỉ số sản xuất tăng 5,7%, cùng kỳ năm trước tăng 7,4%.", "2017-06-10", 7.4,
     "%", "2016-05"),
    # a past year's end told before a level is the level's year
    (H + "Thu nhập bình quân đầu người năm 2011 là 9,1 triệu đồng, đến cuối năm 2016 đã tăng lên "
     "trên 27 triệu đồng.", "2017-02-10", 27e6, "VND", "2016"),
    # ... a plan's own span carries to the plan's figures
    (H + "Theo kế hoạch đầu tư công trung hạn 2016 – 2020, Bộ được thông báo là 134.111 tỷ đồng. "
     "Theo hướng dẫn, Bộ chỉ được phân bổ chi tiết 120.700 tỷ đồng.", "2017-05-10", 120700e9,
     "VND", "2016-01/2020-12"),
    # ... a finished span still carries
    (H + "Giai đoạn 2011-2015, tỉnh thu hút 50 dự án FDI. Tổng vốn đăng ký đạt 2 tỷ USD.",
     "2017-06-09", 2e9, "USD", "2011-01/2015-12"),
    # the cut-off with an hour gives its year to date
    (H + "Tính đến 17h ngày 5/6, toàn tỉnh đã giải ngân 300 tỷ đồng.", "2017-06-06", 300e9, "VND",
     "2017-01/2017-06"),
]

NOT_FIGURES = [
    (H + "Tính chung 5 tháng đầu năm, chỉ số sản xuất công nghiệp tăng 5,7%, cao hơn mức tăng "
     "5,2% của 4 tháng đầu năm. Trong đó, ngành chế biến tăng 9,7%.", "2017-05-29", 9.7, "%",
     "2017-01/2017-04"),
    (H + "Thu nhập bình quân năm 2050 đạt 28.200 USD, so với mức 6.300 USD vào năm 2016. Khi "
     "đó, xuất khẩu đạt 900 tỷ USD.", "2017-02-12", 900e9, "USD", "2016"),
    # a yearly sum told with "năm nay" in its own sentence keeps the year
    (H + "Năm nay, doanh thu của công ty ước đạt 500 tỷ đồng.", "2017-06-06", 500e9, "VND",
     "2017-06"),
    # the breakdown ("Trong đó") of a level told "đến nay" at a dated meeting is standing too
    (H + "Ngày 5/2, đoàn công tác làm việc với tỉnh. Tại buổi làm việc, lãnh đạo tỉnh cho biết, "
     "đến nay, tỉnh đã thu hút 85 dự án nhà ở xã hội. Trong đó, có 43 dự án do doanh nghiệp nhà "
     "nước làm chủ đầu tư.", "2017-02-06", 43, "project", "2017-02"),
    # a season's profit told after a price keeps the carried year: it is no price
    (H + "Năm nay vụ quýt được mùa. Gia đình chị thu được 20 tấn quả với giá bán 23 nghìn "
     "đồng/kg, trừ chi phí lợi nhuận hơn 100 triệu đồng.", "2017-02-12", 100e6, "VND", "2017-02"),
    # a plan's figure after "Trong năm 2017" keeps the year (no price, no "now")
    (H + "Trong năm 2017, công ty đặt kế hoạch doanh thu 2.500 tỷ đồng. Công ty dự kiến chia cổ "
     "tức 25%.", "2017-06-29", 25, "%", "2017-06"),
    # a yearly rate told at a dated meeting is no figure of the meeting's month
    (H + "Ngày 6/2, Thủ tướng dự hội nghị phát triển ngành tôm. Tại hội nghị, Việt Nam dẫn đầu thế "
     "giới về tôm sú với sản lượng 300.000 tấn/năm.", "2017-02-07", 300000, "tonne", "2017-02"),
    # a stock told at a dated meeting is no figure of the meeting's month
    (H + "Tại hội nghị sáng 8/6, Sở Kế hoạch và Đầu tư cho biết tỉnh có 138 dự án FDI với tổng "
     "vốn đăng ký 5 tỷ USD.", "2017-06-10", 138, "project", "2017-06"),
    (H + "Tại hội nghị sáng 8/6, Sở Kế hoạch và Đầu tư cho biết tỉnh có 138 dự án FDI với tổng "
     "vốn đăng ký 5 tỷ USD.", "2017-06-10", 5e9, "USD", "2017-06"),
    # "so với cùng kỳ năm trước" stays a basis: the growth is of this May
    (H + "Tháng 5, chỉ số sản xuất tăng 5,7% so với cùng kỳ năm trước.", "2017-06-10", 5.7, "%",
     "2016-05"),
    # "kế hoạch năm 2017" as a share's basis is no plan heading: the quarter stays
    (H + "Quý I/2017, công ty đạt 53% kế hoạch năm 2017 với doanh thu 500 tỷ đồng.", "2017-05-10",
     500e9, "VND", "2017"),
    # a past year's end stays a cut-off of that year, not a target
    (H + "Tính đến cuối năm 2016, dư nợ đạt 500 tỷ đồng.", "2017-05-10", 500e9, "VND", None),
    # a span of years still running is a plan's: it does not carry to later sentences
    (H + "Bộ đã phê duyệt dự án đầu tư 567 tỷ đồng trong giai đoạn 2014-2024 nhằm phát triển "
     "cây sâm. Dự kiến các doanh nghiệp tham gia hội chợ có tổng thu khoảng 10 tỷ đồng.",
     "2017-06-09", 10e9, "VND", "2014-01/2024-12"),
    # a festival article's "năm nay" is this year, not the year of its last mention
    (H + "Năm 2016, lễ hội đón 1,4 triệu lượt khách. Năm nay ban tổ chức dự báo sẽ có 2 triệu "
     "lượt khách.", "2017-02-06", 2e6, "visitor", "2016"),
]


@pytest.mark.parametrize("text,ref,value,unit,period", FIGURES)
def test_figure_period(text: str, ref: str, value: float, unit: str, period: str) -> None:
    assert _figure(text, ref, value, unit)["period"] == period


@pytest.mark.parametrize("text,ref,value,unit,period", NOT_FIGURES)
def test_figure_not_period(text: str, ref: str, value: float, unit: str, period: str) -> None:
    assert _figure(text, ref, value, unit)["period"] != period
