"""Figure periods, round 6 (issue 14): where a carried period stops, schedules, per-time amounts.

A corpus of news-style passages written for these tests (headline, blank line, body); each row:
(passage, reference date, value, unit, period). PERIODS rows give the period the figure must take,
NOT_PERIODS rows one it must not take.
"""

from __future__ import annotations

from typing import Any

import pytest

import vnextract
from vnextract.resolve.figure_periods import schedule


def _figure(text: str, ref: str | None, value: float, unit: str) -> dict[str, Any]:
    got = vnextract.extract(text, date=ref).to_dict()["indicators"]
    for g in got:
        if g["unit"] == unit and abs(float(g["value"]) - value) <= 1e-6 * max(1.0, abs(value)):
            return g
    raise AssertionError(f"no figure {value} {unit} in {[(g['value'], g['unit']) for g in got]}")


H = "Tin kinh tế\n\n"

# four sentences with no figure: the story has moved to another topic
_TALK = ("Ông Minh kể lại chuyện cũ của gia đình. Ông nói rằng nghề này rất vất vả. Con cái ông "
         "đều đã đi làm xa. Ông vẫn muốn giữ nghề truyền thống. ")

PERIODS = [
    # a period carries across sentences that go on telling figures
    (H + "Năm 2016, công ty đạt doanh thu 900 tỷ đồng. Lợi nhuận đạt 40 tỷ đồng. Công ty nộp "
     "ngân sách 12 tỷ đồng. Số lao động là 2.000 người. Xuất khẩu đạt 30 triệu USD.",
     "2017-03-01", 30e6, "USD", "2016"),
    # a list of causes goes on telling the period's results, however long the talk between
    (H + "Quý 4/2016, công ty lỗ 50 tỷ đồng. " + _TALK + "Nguyên nhân thứ hai, chi phí bán hàng "
     "tăng 12 tỷ đồng.", "2017-02-06", 12e9, "VND", "2016-10/2016-12"),
    # a year after an engine size names a car model: the price is today's
    (H + "Tháng này nhiều hãng xe giảm giá. Hiện giá bán của mẫu CR-V 2.0 AT 2016 là 858 triệu "
     "đồng.", "2017-07-02", 858e6, "VND", "2017-07"),
    # a futures contract's delivery month is not the period of its price
    (H + "Giá vàng kỳ hạn giao tháng 8 chốt phiên ở mức 1.209,1 USD/ounce.", "2017-07-10",
     1209.1, "USD/ounce", "2017-07"),
    # a disbursement in a year keeps that year (a flow, not a project's cost)
    (H + "Năm 2016, dự án giải ngân 500 tỷ đồng.", "2017-07-02", 500e9, "VND", "2016"),
]

NOT_PERIODS = [
    # a period does not carry past a run of sentences with no figure
    (H + "Năm 2015, ngân hàng lãi 500 tỷ đồng. " + _TALK + "Một ngân hàng khác vừa cho vay thêm "
     "300 tỷ đồng.", "2017-02-07", 300e9, "VND", "2015"),
    # a sentence that states its own day takes no month carried from the one before
    (H + "Bộ Lao động Mỹ cho biết số việc làm tăng thêm 220.000 trong tháng trước. Ở phiên cuối "
     "tuần (7/7), giá vàng thế giới giảm xuống 1.212 USD/ounce.", "2017-07-10", 1212, "USD/ounce",
     "2017-06"),
    # "mỗi năm sau khi …" is a yearly amount once a plant runs, not next year's
    (H + "Nhà máy sẽ nộp ngân sách 4.000 tỷ đồng mỗi năm sau khi chạy hết công suất.",
     "2017-02-06", 4000e9, "VND/year", "2018"),
    # a sum per month or per year is no quoted price of the reference month
    (H + "Anh Nam nhận lương 20 triệu đồng/tháng ở công ty mới.", "2017-07-14", 20e6, "VND/month",
     "2017-07"),
    # a promise told at a dated ceremony is no figure of the ceremony's month
    (H + "Chiều 6/2, tỉnh trao giấy phép cho dự án thép. Tại buổi lễ, chủ đầu tư hứa sẽ có doanh "
     "thu 2 tỷ USD.", "2017-02-06", 2e9, "USD", "2017-02"),
    # a project's cost told with its schedule takes no period of the schedule
    (H + "Theo kế hoạch, dự án đường sắt thực hiện từ tháng 11/2008 tới tháng 11/2013, với tổng "
     "mức đầu tư 552,86 triệu USD.", "2017-05-12", 552.86e6, "USD", "2008-11/2013-11"),
    (H + "Được khởi công năm 2011 với tổng mức đầu tư 1.352 tỷ đồng, trường học vẫn bỏ hoang.",
     "2017-06-06", 1352e9, "VND", "2011"),
    # a car model's year is no period
    (H + "Tháng này nhiều hãng xe giảm giá. Hiện giá bán của mẫu CR-V 2.0 AT 2016 là 858 triệu "
     "đồng.", "2017-07-02", 858e6, "VND", "2016"),
    # a futures delivery month is no period
    (H + "Giá vàng kỳ hạn giao tháng 8 chốt phiên ở mức 1.209,1 USD/ounce.", "2017-07-10",
     1209.1, "USD/ounce", "2017-08"),
]

SCHEDULE = [("Dự án được khởi công ", True), ("thực hiện từ ", True), ("sẽ hoàn thành vào năm ", True),
            ("đưa vào vận hành từ tháng ", True), ("doanh thu ", False), ("so với ", False),
            ("Trong ", False)]


@pytest.mark.parametrize(("text", "ref", "value", "unit", "period"), PERIODS)
def test_round6_period(text: str, ref: str, value: float, unit: str, period: str) -> None:
    assert _figure(text, ref, value, unit)["period"] == period


@pytest.mark.parametrize(("text", "ref", "value", "unit", "period"), NOT_PERIODS)
def test_round6_not_period(text: str, ref: str, value: float, unit: str, period: str) -> None:
    assert _figure(text, ref, value, unit)["period"] != period


@pytest.mark.parametrize(("before", "expected"), SCHEDULE)
def test_schedule(before: str, expected: bool) -> None:
    assert schedule(before) is expected
