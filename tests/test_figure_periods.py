"""Figure periods given the article's reference date: a corpus of news-style passages written for
these tests (headline, blank line, body) → the period of one figure.

Each row: (passage, reference date, value, unit, expected period). The negative rows say which
period a figure must not take (a dateline's month for a standing figure, a basis as a period).
"""

from __future__ import annotations

from typing import Any

import pytest

import vnextract
from vnextract.resolve.figure_periods import (
    continues,
    is_event_date,
    own_same_period,
    shift_years,
)


def _figure(text: str, ref: str | None, value: float, unit: str) -> dict[str, Any]:
    got = vnextract.extract(text, date=ref).to_dict()["indicators"]
    for g in got:
        if g["unit"] == unit and abs(float(g["value"]) - value) <= 1e-6 * max(1.0, abs(value)):
            return g
    raise AssertionError(f"no figure {value} {unit} in {[(g['value'], g['unit']) for g in got]}")


H = "Tin kinh tế\n\n"

PERIODS = [
    # "cùng kỳ" as the figure's own period: the current period a year earlier
    (H + "Quý IV/2016, lợi nhuận của công ty đạt 30 tỷ đồng, trong khi cùng kỳ lỗ 5 tỷ đồng.",
     "2017-02-10", 5e9, "VND", "2015-10/2015-12"),
    (H + "Năm 2016, doanh thu tài chính đạt 23 tỷ đồng (cùng kỳ 134 tỷ đồng).",
     "2017-02-10", 134e9, "VND", "2015"),
    (H + "Sáu tháng đầu năm 2023, hãng lãi 40 tỷ đồng; cùng kỳ năm trước lãi 25 tỷ đồng.",
     "2023-07-20", 25e9, "VND", "2022-01/2022-06"),
    (H + "Quý I/2024, công ty lãi 8 tỷ đồng, cùng kỳ năm 2023, công ty lỗ 2 tỷ đồng.",
     "2024-04-25", 2e9, "VND", "2023-01/2023-03"),
    # the figure of the current period beside it keeps its own
    (H + "Quý I/2024, công ty lãi 8 tỷ đồng, cùng kỳ năm 2023, công ty lỗ 2 tỷ đồng.",
     "2024-04-25", 8e9, "VND", "2024-01/2024-03"),
    # a period told inside brackets does not carry past them
    (H + "Năm 2016, doanh thu cho thuê đất (đạt 572 tỷ đồng trong năm 2015) giảm còn 34 tỷ đồng.",
     "2017-02-10", 34e9, "VND", "2016"),
    # a bracket that only restates the period carries it
    (H + "Trong tháng đầu vận hành (từ 1-1 đến hết 31-1-2017), tuyến buýt chở 376 nghìn lượt "
     "khách, bình quân 39,9 khách mỗi lượt.", "2017-02-10", 376e3, "visitor", "2017-01"),
    # nor past a quotation
    (H + "Năm 2016, công ty tuyển 300 lao động. “Năm nay làm ăn được nên phát hết lương”, ông "
     "nói. Trung tâm khảo sát 1.800 doanh nghiệp.", "2017-02-11", 1800, "enterprise", "2016"),
    # Tết: the month the lunar new year falls in
    (H + "Chỉ số giá tiêu dùng trong tháng Tết tăng 0,46% so với tháng trước.",
     "2017-02-03", 0.46, "%", "2017-01"),
    (H + "Trong dịp Tết Nguyên đán, sức mua tại các siêu thị đạt 1.200 tỷ đồng.",
     "2024-02-20", 1.2e12, "VND", "2024-02"),
    # a cut-off date opening a clause: January to the cut-off month
    (H + "Ngân hàng cho biết, đến ngày 30/6/2017, tổng dư nợ đạt 166.000 tỷ đồng.",
     "2017-07-10", 166e12, "VND", "2017-01/2017-06"),
    # "hiện nay" after a cut-off as recent as the reference date is that cut-off's figure
    (H + "Ngân hàng cho biết, đến ngày 30/6/2024, dư nợ đạt 166.000 tỷ đồng. Tỷ lệ nợ quá hạn "
     "hiện nay chỉ chiếm 0,82% tổng dư nợ.", "2024-07-10", 0.82, "%", "2024-01/2024-06"),
    # a figure carrying another period but compared "so với quý IV/2015" is of quý IV/2016
    (H + "Năm 2016, doanh thu tài chính đạt 23 tỷ đồng. Chi phí bán hàng là 11,6 tỷ đồng, giảm "
     "nhẹ so với quý IV/2015.", "2017-02-14", 11.6e9, "VND", "2016-10/2016-12"),
    # the days before a date
    (H + "Giá thành phẩm bình quân trong 15 ngày trước ngày 5/7/2017 là 56 USD/thùng.",
     "2017-07-05", 56, "USD/barrel", "2017-06/2017-07"),
    # a date told before the figure in its sentence dates it
    (H + "Công ty niêm yết cổ phiếu trên sàn ngày 21/4/2017 với giá 43.200 đồng/cổ phiếu.",
     "2017-07-10", 43200, "VND/share", "2017-04"),
    (H + "Năm 2016, tỉnh thu hút 40 dự án. Ngoài ra, ngày 3/3 tỉnh khởi công tuyến đường "
     "với tổng vốn đầu tư 360 tỷ đồng.", "2017-03-20", 360e9, "VND", "2017-03"),
    # a sentence that goes on telling the dated happening of the one before it ("Lý do", "Theo đó")
    (H + "Trước đó, vào khoảng 8 giờ ngày 23/6, 2.500 công nhân nghỉ việc. Lý do là công nhân đề "
     "nghị tăng thưởng lên 7% tổng thu nhập.", "2017-06-24", 7, "%", "2017-06"),
    # a day told relative to the article's own dates the quotes after it
    (H + "Năm 2016, giá vàng tăng 8%. Sáng nay, giá vàng SJC được niêm yết ở mức 36,7 triệu "
     "đồng/lượng.", "2017-02-07", 36.7e6, "VND/tael", "2017-02"),
    # a headline's rounded figure is listed once, as the body's precise one, with its period
    ("Gần 20 tỷ USD hàng dệt may xuất khẩu\n\nTheo hiệp hội, năm 2015, kim ngạch xuất khẩu hàng "
     "dệt may đạt 19,22 tỷ USD.", "2017-06-02", 19.22e9, "USD", "2015"),
    # a price told as the present level takes the reference month, not an old period
    (H + "Quý I/2016, nhập khẩu đạt 104.000 tấn. Giá đường trên thị trường đang ở mức 14.000 "
     "đồng/kg.", "2017-06-14", 14000, "VND/kg", "2017-06"),
    # a month without a year takes the year written before it in its sentence
    (H + "Giữa tháng 3/2016 giá tiêu còn 130.000 đồng/kg, sau đó tăng lên 180.000 đồng/kg vào "
     "tháng 5.", "2017-05-19", 180000, "VND/kg", "2016-05"),
    # … but "tháng 6 này" is this June, whatever year came before
    (H + "Mẫu xe được lắp ráp từ năm 2016, lần thứ hai trong tháng 6 này được giảm giá 25 triệu "
     "đồng.", "2017-06-17", 25e6, "VND", "2017-06"),
    # a date right after the figure ("với giá … vào ngày 9/7")
    (H + "Năm 2016, giá heo thấp. Thương lái mua heo với giá 25.000 đồng/kg vào ngày 9/7.",
     "2017-07-13", 25000, "VND/kg", "2017-07"),
    # a list of years: each figure keeps the year told before it, not the next item's
    (H + "Cụ thể, năm 2005 nợ công ở mức 40,8% GDP, năm 2010 ở mức 50% GDP và năm 2015 ở mức "
     "62,2% GDP.", "2017-02-06", 50, "%", "2010"),
    (H + "Tăng trưởng tăng dần, từ 8,4% ở quý I/2023 lên 13,5% ở quý II.",
     "2023-10-05", 13.5, "%", "2023-04/2023-06"),
    # a span of years after "giai đoạn", "từ năm"
    (H + "Bình quân giai đoạn 2011-2015, nợ công tăng 18,4% mỗi năm.",
     "2017-02-06", 18.4, "%", "2011-01/2015-12"),
    (H + "Từ năm 2009-2011, doanh thu của 7 doanh nghiệp đạt 1.000 tỷ đồng.",
     "2017-06-05", 1e12, "VND", "2009-01/2011-12"),
    # a price quoted after "giá" with no period of its own: the reference month
    (H + "Tại chợ, đồng hồ thời trang có giá chỉ từ 150.000 đồng.",
     "2017-05-26", 150000, "VND", "2017-05"),
    (H + "Quý I/2024, tổng mức bán lẻ theo giá hiện hành ước đạt 1.536,9 nghìn tỷ đồng.",
     "2024-04-05", 1536.9e12, "VND", "2024-01/2024-03"),
    # an opening dateline dates the figures of its own sentence
    (H + "Sáng 8/2, hai dự án cầu vượt với tổng vốn 746 tỷ đồng đã được khởi công.",
     "2017-02-10", 746e9, "VND", "2017-02"),
    # "cách đây 10 năm": that many years before the reference date
    (H + "Cách đây 10 năm, vốn đầu tư ra nước ngoài chỉ là 2,6 tỷ USD.",
     "2017-02-07", 2.6e9, "USD", "2007"),
    # a year told after an event's date, before the figure, is the figure's own
    (H + "Tại diễn đàn chiều 8/6, ông Bình nói năm 2018 tiết kiệm chi thì có thêm 10.000 tỷ đồng.",
     "2017-06-09", 10e12, "VND", "2018"),
    # "Đến năm 2016," opening a sentence: the level reached that year, not the span before it
    (H + "Tỷ lệ chi đầu tư là 28,7% giai đoạn 2011-2013. Đến năm 2016, tỷ lệ này chỉ còn 19,7%.",
     "2017-06-09", 19.7, "%", "2016"),
    (H + "Năm 2015 giá tiêu cao. Đến đầu năm 2017, giá tiêu còn ở mức 130.000 đồng/kg.",
     "2017-05-20", 130000, "VND/kg", "2017-01"),
    # a running total since a year: January of that year to the reference month
    (H + "Kể từ năm 2006, quỹ từ thiện đã nhận được 27 tỷ USD.",
     "2017-07-11", 27e9, "USD", "2006-01/2017-07"),
    # "Khoảng 10 năm trước," dates the figures of its sentence
    (H + "Khoảng 10 năm trước, thành phố đã thu 500 tỷ đồng tiền giao đất cho các chủ đầu tư.",
     "2017-06-27", 500e9, "VND", "2007"),
    # a trend ("quý sau cao hơn quý trước") is no period: the year stated before it carries
    (H + "Năm 2016, kinh tế tăng trưởng, quý sau cao hơn quý trước. GDP cả năm tăng 6,21%.",
     "2017-05-21", 6.21, "%", "2016"),
    # "vào cuối tháng 6/2016", "Đầu năm 2016," date the happening of their sentence (a document's
    # own date is no event date)
    (H + "Gần đây nhất, vào cuối tháng 6/2016, anh Thành đã chi khoảng 22 tỷ đồng mua xe.",
     "2017-06-04", 22e9, "VND", "2016-06"),
    (H + "Đầu năm 2016, bộ thoái toàn bộ vốn theo Quyết định số 4227/QĐ-BGTVT ngày 30/11/2015, "
     "thu về 73,5 tỷ đồng.", "2017-02-05", 73.5e9, "VND", "2016-01"),
    # "những năm từ 2007 đến 2010" is the span itself
    (H + "Bởi vì, những năm từ 2007 đến 2010 tỷ lệ vốn thực hiện khá thấp, khoảng 25%.",
     "2017-02-06", 25, "%", "2007-01/2010-12"),
    # … but a year stated after "Hiện nay," carries again
    (H + "Hiện nay, thị trường có 4 hãng bay. Năm 2016, hãng lãi 2.105 tỷ đồng. Lãi cơ bản trên mỗi "
     "cổ phiếu đạt 1.685 đồng.", "2017-06-04", 1685, "VND", "2016"),
    # "từ tháng 4/2017" right after a level: the level since that month
    (H + "Đến đầu năm 2017, giá tiêu còn cao và chỉ giảm xuống dưới 100.000 đồng/kg từ tháng "
     "4/2017.", "2017-05-20", 100000, "VND/kg", "2017-04"),
    # "cao nhất … trong 6 năm gần đây" compares with a record: the month stated before carries
    (H + "Chỉ số giá tiêu dùng tháng 4/2017 tăng 0,9%. Tín dụng tăng 5,75%, cao nhất so với cùng kỳ "
     "trong 6 năm gần đây.", "2017-05-21", 5.75, "%", "2017-04"),
    # a headline figure takes the period of its lead
    ("Hà Nội công khai 8 doanh nghiệp nợ thuế\n\nCục Thuế công khai đợt 2 năm 2017 danh sách "
     "các đơn vị nợ thuế với tổng số nợ 162 tỷ đồng.", "2017-02-07", 8, "enterprise", "2017"),
    # "(Gần) cuối năm 2014," / "Giữa năm 2014," opening a clause: the happening's year
    (H + "Năm 2012, thị trường đất ảm đạm. Gần cuối năm 2014, một nền đất ven sông chỉ có giá 350 "
     "triệu đồng.", "2017-05-10", 350e6, "VND", "2014"),
    (H + "Giữa năm 2015, công ty mẹ góp 45% vốn điều lệ vào công ty con.", "2017-02-04", 45, "%",
     "2015"),
    # a target set for a span of years is of that span, not of a year told earlier
    (H + "Năm 2016, tỉnh thu 3.000 tỷ đồng. Mục tiêu giai đoạn 2016-2020 là thu hút 900 tỷ đồng vốn "
     "FDI.", "2017-02-03", 900e9, "VND", "2016-01/2020-12"),
    # a bare year after "cho" is the figure's own
    (H + "Năm 2016, bội chi là 5% GDP. Chính phủ đưa trần bội chi cho 2018 là 3,9% GDP.",
     "2017-02-03", 3.9, "%", "2018"),
    # a count taken on a day carries to the list after it, not the span told before
    (H + "Tính chung 4 tháng, doanh thu tăng 8%. Số lao động tại thời điểm 01/5/2017 tăng 2,4%; "
     "trong đó, khu vực nhà nước giảm 1,1%.", "2017-05-29", -1.1, "%", "2017-05"),
    # "Từ 1/1/2017 đến nay," in this year is a year to date and carries to the next sentence
    (H + "Từ 1/1/2017 đến nay, quỹ nhận 40 triệu hồ sơ với 17.000 tỷ đồng. Tỷ lệ hồ sơ điện tử "
     "đạt 97%.", "2017-05-23", 97, "%", "2017-01/2017-05"),
    # … but "trong những năm đó" refers back to the year told before
    (H + "Năm 2009, hai nước ký hiệp định. Trong những năm đó, kim ngạch tăng 15%.", "2017-05-23",
     15, "%", "2009"),
    # a running total "từ đầu năm đến nay" stays a year to date
    (H + "Từ đầu năm đến nay, tỉnh thu hút 120 triệu USD vốn đầu tư nước ngoài.", "2017-06-10",
     120e6, "USD", "2017-01/2017-06"),
    (H + "Từ năm 2015 đến nay, tỉnh xuất khẩu 2,5 triệu tấn gạo.", "2017-06-10",
     2.5e6, "tonne", "2015-01/2017-06"),
    # a project's figure with its own year keeps it; a disbursement is a flow and keeps the
    # carried year; a room occupancy rate ("công suất sử dụng phòng") is the period's own rate
    (H + "Năm 2016, dự án có tổng mức đầu tư 4.000 tỷ đồng giải ngân 500 tỷ đồng.",
     "2017-03-02", 500e9, "VND", "2016"),
    (H + "Năm 2016, tỉnh khởi công nhà ga. Dự án giải ngân 500 tỷ đồng.",
     "2017-03-02", 500e9, "VND", "2016"),
    (H + "Quý II/2017, khách đến tỉnh tăng mạnh. Công suất sử dụng phòng đạt 85%.",
     "2017-08-10", 85, "%", "2017-04/2017-06"),
    (H + "Năm 2018, nhà máy đạt công suất 2.000 tấn mỗi ngày.",
     "2019-03-02", 2000, "tonne", "2018"),
    # round 5 (seed 6301): a happening's month told with "hồi", "đầu/cuối" opening its clause
    (H + "Năm 2016, hai nước ký hiệp định. Trước đó, hồi tháng 7/2015, phía bạn hứa viện trợ "
     "khoảng 600 triệu USD.", "2017-02-07", 600e6, "USD", "2015-07"),
    (H + "Năm 2018, nhà nước hỗ trợ 40 tỷ đồng. Đầu tháng 2, bộ thông báo sẽ cấp thêm 57 tỷ đồng.",
     "2019-02-07", 57e9, "VND", "2019-02"),
    (H + "Giá lúa nay tăng. Nếu như cuối tháng 4/2018, giá lúa chỉ ở mức 5.200 đồng/kg thì nay đã "
     "cao hơn.", "2019-05-20", 5200, "VND/kg", "2018-04"),
    # a cut-off at a year's or a quarter's end dates the stocks of its sentence
    (H + "Năm 2019, công ty lãi 9 tỷ đồng. Tính đến hết năm 2018, công ty có khoản lãi lũy kế 48 "
     "tỷ đồng.", "2019-06-29", 48e9, "VND", "2018"),
    (H + "Năm 2019, công ty dự kiến lãi 90 tỷ đồng. Tính đến hết quý I, công ty đã trả nợ 376 tỷ "
     "đồng.", "2019-06-29", 376e9, "VND", "2019-01/2019-03"),
    # a trading week's days are the period of the week's figures
    (H + "Kết thúc tuần giao dịch (từ 24 - 28/6), chỉ số VN-Index tăng 7,5 điểm. Cổ phiếu SHB "
     "tăng từ 7.500 đồng lên 7.600 đồng/cổ phiếu.", "2019-07-01", 7600, "VND/share", "2019-06"),
    # "cùng kỳ" in a bracket: the compared period's own value
    (H + "Sáu tháng đầu năm 2019, GRDP ước tăng 7,4% (cùng kỳ năm trước tăng 7,1%).",
     "2019-07-02", 7.1, "%", "2018-01/2018-06"),
    (H + "Năm 2019, vốn vào bất động sản chiếm 10% tổng vốn, giảm so với cùng kỳ 2018 (11,5%).",
     "2020-02-06", 11.5, "%", "2018"),
    # "cùng kỳ" right after a figure: the compared value of the same period a year earlier
    (H + "Quý I/2019, công ty lãi 150 tỷ đồng, tăng 25% so với 120 tỷ đồng cùng kỳ năm trước.",
     "2019-04-20", 120e9, "VND", "2018-01/2018-03"),
    (H + "Doanh thu 6 tháng đầu năm 2019 đạt 900 tỷ đồng, tăng từ 700 tỷ đồng của cùng kỳ năm "
     "2018.", "2019-07-20", 700e9, "VND", "2018-01/2018-06"),
    (H + "Quý I/2019, công ty lãi 150 tỷ đồng, tăng 25% so với 120 tỷ đồng cùng kỳ năm trước.",
     "2019-04-20", 150e9, "VND", "2019-01/2019-03"),
    # a value bracketed right after a period is that period's: "kế hoạch năm 2019 (3.550 tỷ)"
    (H + "Sáu tháng đầu năm 2019, doanh thu đạt 1.884 tỷ đồng, bằng 53% kế hoạch năm 2019 "
     "(3.550 tỷ đồng).", "2019-07-05", 3550e9, "VND", "2019"),
    # a plan year told before a target in its sentence is the target's period
    (H + "Năm 2018, ngành tôm xuất khẩu 3,6 tỷ USD. Đến năm 2025, xuất khẩu tôm đạt 10 tỷ USD.",
     "2019-02-07", 10e9, "USD", "2025"),
    (H + "Bộ đặt mục tiêu đến năm 2025, tỷ lệ dùng thuốc nội chiếm 50% ở tuyến tỉnh.",
     "2019-05-13", 50, "%", "2025"),
    # a year bracketed right after a figure is its year
    (H + "Năm 2014, dân số già đi. Tỷ lệ người nghỉ hưu sẽ tăng từ 19,4% (năm 2009) lên 59,5% "
     "(2049).", "2017-06-10", 59.5, "%", "2049"),
    (H + "Năm 2014, dân số già đi. Tỷ lệ người nghỉ hưu sẽ tăng từ 19,4% (năm 2009) lên 59,5% "
     "(2049).", "2017-06-10", 19.4, "%", "2009"),
    # joined quarters with one year: "quý I, II/2016"
    (H + "Kiểm toán giảm quyết toán chi phí quý I, II/2016 tại bệnh viện tỉnh hơn 1,45 tỷ đồng.",
     "2017-02-07", 1.45e9, "VND", "2016-01/2016-06"),
    # an expected value takes the plan year carried from before it
    (H + "Năm 2019, thành phố sẽ đấu giá 68 dự án. Các dự án này dự kiến thu về 7.704 tỷ đồng.",
     "2019-02-13", 7704e9, "VND", "2019"),
]

NOT_PERIODS = [
    # "hiện nay" long after an old cut-off is a standing level
    (H + "Đến ngày 30/6/2022, dư nợ đạt 166.000 tỷ đồng. Tỷ lệ nợ quá hạn hiện nay chỉ chiếm "
     "0,82% tổng dư nợ.", "2024-07-10", 0.82, "%", "2022-01/2022-06"),
    # a basis, not the figure's own period
    (H + "Năm 2016, doanh thu đạt 500 tỷ đồng, tăng 5% so với cùng kỳ, đạt 120% kế hoạch.",
     "2017-02-10", 500e9, "VND", "2015"),
    (H + "Quý I/2024, vốn thực hiện trong cùng thời gian đạt 300 triệu USD.",
     "2024-04-25", 300e6, "USD", "2023-01/2023-03"),
    # an opening dateline does not date a standing figure told at a meeting
    (H + "Chiều 17/6/2019, lãnh đạo tỉnh tiếp đoàn doanh nghiệp. Các khu công nghiệp đã thu hút "
     "hơn 1.300 doanh nghiệp FDI.", "2019-06-18", 1300, "enterprise", "2019-06"),
    # a date in a comparison or a start is no event date
    (H + "Năm 2024, so với kỳ điều hành trước (20/6/2024), giá xăng giảm 435 đồng/lít.",
     "2024-07-05", -435, "VND/litre", "2024-06"),
    # a comparison with a span of years is no period
    (H + "Quý I/2024, GDP tăng 5,66%, cao hơn tốc độ tăng của quý I các năm 2020-2023. Khu vực "
     "dịch vụ tăng 6,12%.", "2024-04-05", 6.12, "%", "2020-01/2023-12"),
    # a valuation ("theo giá hiện hành") or a value ("giá trị") is no quoted price
    (H + "Giá trị hợp đồng đạt 500 tỷ đồng.", "2024-04-05", 500e9, "VND", "2024-04"),
    # a length of time is no period
    (H + "Dự án có tổng mức đầu tư 242 tỷ đồng và sẽ hoàn thành trong 6 tháng.",
     "2017-02-10", 242e9, "VND", "2016-01/2016-06"),
    # an auction is no quoted price
    (H + "Cây sưa được đại gia đấu giá 24,5 tỷ đồng.", "2017-06-12", 24.5e9, "VND", "2017-06"),
    # a fraction is no date
    (H + "Năm nay, dịp lễ hội có 300 ngàn khách, gần bằng 1/3 dân số, khách quốc tế tăng 92%.",
     "2017-05-13", 92, "%", "2017-03"),
    # a past dated event in the body is not the article's own date
    (H + "Bản quy hoạch được phê duyệt ngày 9/11/2016. Tại buổi làm việc, ông Ái cho biết có 18 "
     "dự án du lịch.", "2017-05-29", 18, "project", "2016-11"),
    # a dated happening does not date the standing figures told after it
    (H + "Ngày 21/6, đoàn đã kiểm tra mốc giới. Diện tích sân bay là 239,4 ha.",
     "2017-07-07", 239.4, "ha", "2017-06"),
    # a birth year is no period of the prices told after it
    (H + "Anh Cường sinh năm 1982. Anh sở hữu chiếc xe có giá khoảng 18 tỷ đồng.",
     "2017-06-04", 18e9, "VND", "1982"),
    # rules, tax rates and thresholds take no year carried from an earlier sentence
    (H + "Cả năm 2016, cục thuế nhận 8.200 hồ sơ. Người có thu nhập từ 2 triệu đồng trở lên phải "
     "nộp thuế 10%.", "2017-06-18", 10, "%", "2016"),
    (H + "Năm 2016, hãng lãi 2.000 tỷ đồng. Ngoài ra, thuế suất bậc 1 là 5% như hiện nay.",
     "2017-06-18", 5, "%", "2016"),
    # a standing holding takes no year carried from an earlier sentence
    (H + "Năm 2016, hãng lãi 2.105 tỷ đồng. Hãng đang sở hữu gần 70% vốn tại Jetstar.",
     "2017-06-04", 70, "%", "2016"),
    # a running total since a year dates its own sentence only
    (H + "Từ năm 2011 đến nay, vốn thực hiện tăng nhanh. Gần đây, một dự án vốn 3 tỷ USD đã hoàn "
     "thành.", "2017-02-06", 3e9, "USD", "2011-01/2017-02"),
    # an event's date does not win over a year told after it
    (H + "Tại diễn đàn chiều 8/6, ông Bình nói năm 2018 tiết kiệm chi thì có thêm 10.000 tỷ đồng.",
     "2017-06-09", 10e12, "VND", "2017-06"),
    # a happening's time point does not carry to the next sentence
    (H + "Gần đây nhất, vào cuối tháng 6/2016, anh Thành đã chi khoảng 22 tỷ đồng mua xe. Bộ sưu "
     "tập xe của anh trị giá gần 100 tỷ đồng.", "2017-06-04", 100e9, "VND", "2016-06"),
    # a length of years up to now takes no year carried from an earlier sentence
    (H + "Năm 2016, hãng lãi 2.289 tỷ đồng. Tăng trưởng bình quân của hãng ở mức 50% trong 3 năm "
     "gần đây.", "2017-06-04", 50, "%", "2016"),
    # a sentence opening "Hiện nay," stops the year stated before it for the passage after it
    (H + "Năm 2016, hãng lãi 2.105 tỷ đồng. Hiện nay, thị trường có 4 hãng bay. Trong đó, hai hãng "
     "lớn có thị phần lần lượt 42,5% và 41,5%.", "2017-06-04", 42.5, "%", "2016"),
    # "cao nhất từ tháng 7/2015" is a record's reference point, not the figure's period
    (H + "Sáng nay, chỉ số Hang Seng tăng 0,8%, đạt mức cao nhất từ tháng 7/2015.",
     "2017-05-23", 0.8, "%", "2015-07"),
    # a sum over years ("trong 2 năm") takes no year carried from an earlier sentence …
    (H + "Năm 2017 tiết kiệm chi 1% là có 10.000 tỷ đồng. Giảm biên chế sẽ tiết kiệm được 20.000 "
     "tỷ đồng trong 2 năm.", "2017-06-09", 20e12, "VND", "2017"),
    # … nor a cost ("giá thành") the reference month as a quoted price
    (H + "Trong 3 năm qua, bộ đã rà soát cắt giảm giá thành các dự toán lên đến 35.000 tỷ đồng.",
     "2017-05-07", 35e12, "VND", "2017-05"),
    # a figure told "đến nay" is as of now: it takes no month carried from an earlier sentence
    (H + "Cầu khởi công tháng 9/2014 với vốn 90 triệu USD. Thế nhưng đến nay công trình đã đội vốn "
     "thêm 40 triệu USD.", "2017-06-01", 40e6, "USD", "2014-09"),
    (H + "Năm 2016, tỉnh có 30 dự án. Cho đến nay tỉnh vẫn xếp thứ 4 về thu hút vốn với 1,2 tỷ USD.",
     "2017-07-05", 1.2e9, "USD", "2016"),
    # … and "Cuối năm 2014," dates its own sentence only, not the sentences after it
    (H + "Cuối năm 2014, một nền đất ven sông có giá 350 triệu đồng. Hiện giá rao bán là 2 tỷ "
     "đồng.", "2017-05-10", 2e9, "VND", "2014"),
    # a strategy named for its span is still no period of the figure after it
    (H + "Năm 2016, tỉnh thu 3.000 tỷ đồng. Theo chiến lược 2016-2020, vốn FDI đạt 900 tỷ đồng.",
     "2017-02-03", 900e9, "VND", "2016-01/2020-12"),
    # "cho 2018 hộ" is a count of households, not a year
    (H + "Năm 2016, tỉnh thu 3.000 tỷ đồng. Tỉnh hỗ trợ cho 2018 hộ nghèo 900 tỷ đồng.",
     "2017-02-03", 900e9, "VND", "2018"),
    # "so với thời điểm 31/12/2016" is a basis, not the figure's period
    (H + "Tại ngày 31/3/2017, nợ vay của hãng giảm 220 tỷ đồng so với thời điểm 31/12/2016.",
     "2017-05-20", -220e9, "VND", "2016-12"),
    # a tax rate ("tỷ lệ thuế") takes no period carried from an earlier sentence
    (H + "Từ 19/6/2017 đến nay, cục thuế thu 50 tỷ đồng từ hộ kinh doanh. Tỷ lệ thuế giá trị gia "
     "tăng là 1%.", "2017-07-14", 1, "%", "2017-06/2017-07"),
    # "trong những năm gần đây" is years up to now: no year carried from an earlier sentence
    (H + "Năm 2005, hai nước ký hiệp định thương mại. Kim ngạch hai chiều tăng 18% mỗi năm trong "
     "những năm gần đây.", "2017-05-29", 18, "%", "2005"),
    # a project's cost, a capacity or a target takes no year carried from an earlier sentence
    (H + "Năm 2017, tỉnh khởi công nhà ga mới. Công trình có tổng mức đầu tư 4.000 tỷ đồng, công "
     "suất 20.000 hành khách/ngày.", "2017-08-10", 4e12, "VND", "2017"),
    (H + "Năm 2017, tỉnh khởi công nhà ga mới. Công trình có tổng mức đầu tư 4.000 tỷ đồng, công "
     "suất 20.000 hành khách/ngày.", "2017-08-10", 20000, "passenger", "2017"),
    (H + "Năm 2016, xưởng cũ đóng cửa. Nhà máy mới có công suất thiết kế 3.000 tấn mía mỗi ngày.",
     "2017-08-10", 3000, "tonne", "2016"),
    (H + "Năm 2016, huyện trồng mới 500 ha cà phê. Huyện phấn đấu đưa giá trị sản xuất lên 900 tỷ "
     "đồng.", "2017-03-02", 900e9, "VND", "2016"),
    (H + "Năm 2016, cầu được khởi công. Tổng kinh phí xây cầu khoảng 250 tỷ đồng.",
     "2017-03-02", 250e9, "VND", "2016"),
    # a capitalised Mai is a name, not tomorrow
    (H + "Năm 2017, đơn vị tại phường Phương Mai nợ 2,1 tỷ đồng.",
     "2017-02-07", 2.1e9, "VND", "2017-02"),
    # round 5: a target told at a dated conference takes no month of the conference
    (H + "Sáng 6/2, hội nghị ngành tôm được tổ chức tại Cà Mau. Tại hội nghị, ngành tôm phấn đấu "
     "đạt khoảng 10% GDP.", "2019-02-06", 10, "%", "2019-02"),
    # an expected value of a past year carried from before it is no figure of that year
    (H + "Năm 2015, nhóm nghiên cứu khảo sát 300 hộ. Sản lượng dự kiến đạt 8,6 triệu tấn.",
     "2019-02-13", 8.6e6, "tonne", "2015"),
    # a day range that is not a trading week (an event's days) does not carry to standing areas
    (H + "Tuần lễ vải được tổ chức tại Hà Nội từ 17-23/6. Huyện có 10.500 ha vải đạt tiêu chuẩn.",
     "2019-06-20", 10500, "ha", "2019-06"),
    # a period still to come does not carry to the figures told after it
    (H + "Dự án dự kiến đưa vào khai thác trong quý 2/2020. Việt Nam cũng vay thêm 169 triệu USD "
     "để thực hiện dự án.", "2019-05-13", 169e6, "USD", "2020-04/2020-06"),
    (H + "Minh Phú phấn đấu đạt 2 tỉ USD vào năm 2021. Kim ngạch xuất khẩu tôm của tỉnh vẫn đạt gần "
     "1 tỉ USD.", "2019-02-07", 1e9, "USD", "2021"),
    # a change told with "cùng kỳ" after it is a change against that period, not its value
    (H + "Quý I/2019, công ty mở thêm 3 cửa hàng. Doanh thu quý I tăng 25% cùng kỳ năm trước.",
     "2019-04-20", 25, "%", "2018-01/2018-03"),
    # a promised payout date to come is no happening's month
    (H + "Năm 2018, tập đoàn lãi lớn. Tập đoàn sẽ trả cổ tức vào cuối tháng 8-2019. Tỷ lệ chi trả "
     "là 32%.", "2019-07-10", 32, "%", "2019-08"),
    # a share bought at a deal's price, a valuation or a price gap is no quoted price
    (H + "Công ty từng được định giá 3.600 tỷ đồng.", "2019-06-15", 3600e9, "VND", "2019-06"),
    (H + "Chênh lệch giá thuốc do giá trúng thầu cao đã tới 121 tỷ đồng.", "2019-07-07", 121e9,
     "VND", "2019-07"),
    # "hàng năm" is a yearly standing amount: no year carried from an earlier sentence
    (H + "Năm 2016, tỉnh đấu giá 20 ha đất. Số tiền đấu giá đất thu về hàng năm là 2.000 tỷ đồng.",
     "2017-02-13", 2000e9, "VND", "2016"),
]


@pytest.mark.parametrize(("text", "ref", "value", "unit", "period"), PERIODS)
def test_figure_period(text: str, ref: str, value: float, unit: str, period: str) -> None:
    assert _figure(text, ref, value, unit)["period"] == period


@pytest.mark.parametrize(("text", "ref", "value", "unit", "period"), NOT_PERIODS)
def test_figure_not_period(text: str, ref: str, value: float, unit: str, period: str) -> None:
    assert _figure(text, ref, value, unit)["period"] != period


OWN_SAME = [
    ("trong khi cùng kỳ lỗ ", "2016-10/2016-12", "2015-10/2015-12"),
    ("(cùng kỳ ", "2016", "2015"),
    ("cùng kỳ năm 2015, lỗ ", "2016-10/2016-12", "2015-10/2015-12"),
    ("cùng thời điểm năm trước là ", "2024-01/2024-06", "2023-01/2023-06"),
    ("cùng kỳ năm ngoái chỉ đạt ", "2020-03", "2019-03"),
    ("cùng kỳ năm 2019 ", None, "2019"),
    # a bracket telling last year's change: "(cùng kỳ năm 2016 tăng 9,3%)" is 2016's own
    ("(cùng kỳ năm 2016 tăng ", "2017-01/2017-04", "2016-01/2016-04"),
    ("(cùng kỳ năm trước tăng ", "2017-01/2017-06", "2016-01/2016-06"),
    # the value bracketed right after the compared period is that period's
    ("giảm nhẹ so với cùng kỳ 2015 (", "2016", "2015"),
    ("tăng 20% so với cùng kỳ năm trước (", "2024-01/2024-03", "2023-01/2023-03"),
]

NOT_OWN_SAME = [
    "tăng 5% so với cùng kỳ, đạt ", "So với cùng kỳ năm trước, doanh thu đạt ",
    "bằng 90% cùng kỳ năm trước, đạt ", "trong cùng thời gian mới ở mức ", "cùng kỳ tăng ",
    "gấp đôi cùng kỳ, lên ", "doanh thu đạt ", "so với cùng kỳ năm 2016 tăng ",
    "cùng kỳ năm trước tăng ", "so với cùng kỳ (", "tăng 5% so với cùng kỳ 2016, đạt ",
    "đạt 500 tỷ đồng, cùng kỳ năm trước tăng ",
]


@pytest.mark.parametrize(("before", "iso", "expected"), OWN_SAME)
def test_own_same_period(before: str, iso: str | None, expected: str) -> None:
    got = own_same_period(before, iso)
    assert got is not None and got[0] == expected


@pytest.mark.parametrize("before", NOT_OWN_SAME)
def test_not_own_same_period(before: str) -> None:
    assert own_same_period(before, "2024") is None


def test_shift_years() -> None:
    assert shift_years("2016-10/2016-12", -1) == "2015-10/2015-12"
    assert shift_years("2016", 2) == "2018"


CONTINUES = [("Lý do là ", True), ("Theo đó, ", True), ("Cụ thể: ", True), ("Trong đó ", True),
             ("Diện tích sân bay ", False), ("Trước đó, ", False), ("Lý thuyết ", False)]


@pytest.mark.parametrize(("opening", "expected"), CONTINUES)
def test_continues(opening: str, expected: bool) -> None:
    assert continues(opening) is expected


EVENT_DATES = [
    ("Công ty niêm yết trên sàn ngày ", True),
    ("Trước đó, vào khoảng 8 giờ ngày ", True),
    ("Chiều ", True),
    ("Đầu giờ sáng ", True),
    ("Quy định có hiệu lực từ ngày ", False),
    ("Hồ sơ nộp trước ngày ", False),
    ("So với kỳ trước (", False),
    ("thực hiện theo Quyết định số 4227/QĐ-BGTVT ngày ", False),
]


@pytest.mark.parametrize(("before", "event"), EVENT_DATES)
def test_event_date(before: str, event: bool) -> None:
    assert is_event_date(before + "21/4", 0, len(before)) is event


# "earlier time" phrases are found once per document and looked up by bisection; the lookup
# agrees with a search of the span itself (text, span start, span end, expected)
EARLIER_SPANS = [
    ("Trước khi có đề án, tỷ lệ là 33%.", 0, 30, True),
    ("Trước khi có đề án, tỷ lệ là 33%.", 3, 30, False),
    ("Năm nay tăng 5%, trước đó giảm 2%.", 0, 12, False),
    ("Năm nay tăng 5%, trước đó giảm 2%.", 10, 30, True),
    ("Giá trước đây là 20.000 đồng và khi đó thấp hơn.", 25, 45, True),
]


@pytest.mark.parametrize(("text", "a", "b", "expected"), EARLIER_SPANS)
def test_earlier_between(text: str, a: int, b: int, expected: bool) -> None:
    from vnextract.resolve.figures import _EARLIER, _PeriodLinks

    links = _PeriodLinks()
    links.norm = text  # type: ignore[attr-defined]
    assert links._earlier_between(a, b) is expected
    assert (_EARLIER.search(text, a, b) is not None) is expected
