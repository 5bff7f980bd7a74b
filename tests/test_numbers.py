"""Corpus tests for vnextract.components.numbers (own news-style phrasings, grouped by form)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnextract.components.numbers import (
    NumbersComponent,
    Quantity,
    find_quantities,
    load_units,
    parse_number,
)
from vnextract.components.periods import PeriodsComponent
from vnextract.document import Document

XF = pytest.mark.xfail(strict=True)

# --------------------------------------------------------------------------------------------
# parse_number

PARSE = [
    # dot thousands, decimal comma
    ("4.100", 4100),
    ("21,6", 21.6),
    ("2.348,3", 2348.3),
    ("1.234.567", 1234567),
    ("0,5", 0.5),
    ("125", 125),
    ("10.000", 10000),
    ("7,25", 7.25),
    ("3.000.000,75", 3000000.75),
    # English-style when unambiguous
    ("6.5", 6.5),
    ("2,348.3", 2348.3),
    ("1,234,567", 1234567),
    # scale words
    ("158 nghìn tỷ", 1.58e14),
    ("1,2 triệu", 1.2e6),
    ("1,06 triệu tỷ", 1.06e15),
    ("455 ngàn tỷ", 4.55e14),
    ("6,5 tỉ", 6.5e9),
    ("4.100 tỷ", 4.1e12),
    ("3 vạn", 30000),
    ("240,2 nghìn", 240200),
    ("12,5 tỷ", 1.25e10),
    # number words
    ("một", 1),
    ("hai", 2),
    ("mười", 10),
    ("mười lăm", 15),
    ("mười một", 11),
    ("hai mươi", 20),
    ("hai mươi mốt", 21),
    ("hai mươi tư", 24),
    ("ba mươi lăm", 35),
    ("chín mươi chín", 99),
    ("một trăm", 100),
    ("một trăm linh năm", 105),
    ("hai trăm lẻ ba", 203),
    ("ba trăm hai mươi", 320),
    ("ba trăm nghìn", 300000),
    ("năm trăm triệu", 5e8),
    ("một triệu hai trăm nghìn", 1.2e6),
    ("hai nghìn không trăm hai mươi lăm", 2025),
    ("một tỷ rưỡi", 1.5e9),
    ("bảy", 7),
    ("tám mươi", 80),
    ("mười hai", 12),
    # with a sign
    ("21,6%", 21.6),
]


@pytest.mark.parametrize(("s", "expected"), PARSE)
def test_parse_number(s: str, expected: float) -> None:
    assert parse_number(s) == pytest.approx(expected)


@pytest.mark.parametrize("s", ["", "abc", "hai ba", "mươi", "24.4.2024", "một hai", "%"])
def test_parse_number_rejects(s: str) -> None:
    assert parse_number(s) is None


# --------------------------------------------------------------------------------------------
# find_quantities: the main quantity of a phrase
# (phrase, value, unit, kind, qualifier)


def _main(text: str) -> Quantity:
    qs = [q for q in find_quantities(text) if q.kind not in ("year", "date", "other")]
    assert qs, f"no quantity in {text!r}: {find_quantities(text)}"
    return qs[0]


MONEY = [
    ("Tổng thu ngân sách đạt 158 nghìn tỷ đồng", 1.58e14, "VND", "exact"),
    ("giá trị sản xuất công nghiệp đạt hơn 158 nghìn tỷ đồng", 1.58e14, "VND", "over"),
    ("thu nội địa ước đạt 4.100 tỷ đồng", 4.1e12, "VND", "exact"),
    ("tổng vốn đăng ký 1,06 triệu tỷ đồng", 1.06e15, "VND", "exact"),
    ("doanh thu khoảng 455 ngàn tỷ đồng", 4.55e14, "VND", "about"),
    ("vốn điều lệ 6,5 tỉ đồng", 6.5e9, "VND", "exact"),
    ("kim ngạch xuất khẩu gần 7 tỷ đô la Mỹ", 7e9, "USD", "nearly"),
    ("xuất khẩu đạt 22,88 tỉ USD", 2.288e10, "USD", "exact"),
    ("thu hút hơn 2.013,6 triệu USD vốn FDI", 2.0136e9, "USD", "over"),
    ("vốn đầu tư 767 triệu USD", 7.67e8, "USD", "exact"),
    ("nhập khẩu 12,5 tỷ đô la Mỹ", 1.25e10, "USD", "exact"),
    ("dự án trị giá 300 triệu đô-la", 3e8, "USD", "exact"),
    ("khoản vay 50 triệu đôla", 5e7, "USD", "exact"),
    ("hợp đồng trị giá 120 triệu EUR", 1.2e8, "EUR", "exact"),
    ("khoản viện trợ 15 triệu euro", 1.5e7, "EUR", "exact"),
    ("vốn ODA 30 tỷ yên", 3e10, "JPY", "exact"),
    ("giá vé 500.000đ", 5e5, "VND", "exact"),
    ("thu nhập bình quân 8,2 triệu đồng/người/tháng", 8.2e6, "VND", "exact"),
    ("tổng mức đầu tư 1 tỷ 200 triệu đồng", 1.2e9, "VND", "exact"),
    ("giải ngân trên 3.200 tỷ đồng", 3.2e12, "VND", "over"),
    ("thu ngân sách vượt 12 nghìn tỷ đồng", 1.2e13, "VND", "over"),
    ("giá trị xấp xỉ 900 tỷ đồng", 9e11, "VND", "nearly"),
    ("chừng 40 tỷ đồng", 4e10, "VND", "about"),
    ("chưa đến 100 tỷ đồng", 1e11, "VND", "under"),
    ("dưới 2 tỷ đồng", 2e9, "VND", "under"),
    ("chưa tới 1.000 tỷ đồng", 1e12, "VND", "under"),
    ("trên dưới 20 triệu USD", 2e7, "USD", "about"),
    ("vốn 500 tỷ VNĐ", 5e11, "VND", "exact"),
    ("doanh thu 1.200 tỷ VND", 1.2e12, "VND", "exact"),
    ("dự toán giao 4.100 tỷ", 4.1e12, "VND", "exact"),
    ("tương đương hơn 14.000 USD", 14000, "USD", "over"),
    ("kim ngạch 3,5 tỷ USD", 3.5e9, "USD", "exact"),
    ("đạt 2.348,3 tỷ đồng", 2.3483e12, "VND", "exact"),
    ("thặng dư 1,2 triệu USD", 1.2e6, "USD", "exact"),
    ("vốn 200 triệu nhân dân tệ", 2e8, "CNY", "exact"),
    ("ước tính 6.000 tỷ đồng", 6e12, "VND", "exact"),
]


@pytest.mark.parametrize(("text", "value", "unit", "qual"), MONEY)
def test_money(text: str, value: float, unit: str, qual: str) -> None:
    q = _main(text)
    assert (q.value, q.unit, q.kind, q.qualifier) == (pytest.approx(value), unit, "money", qual)


PERCENT = [
    ("GRDP tăng 8,1%", 8.1, "exact"),
    ("tỷ lệ giải ngân đạt 21,6%", 21.6, "exact"),
    ("chiếm 8,58% tổng kim ngạch", 8.58, "exact"),
    ("tăng hơn 10%", 10, "over"),
    ("giảm gần 3,5%", 3.5, "nearly"),
    ("đạt khoảng 45,2% kế hoạch", 45.2, "about"),
    ("tăng 100 phần trăm", 100, "exact"),
    ("tăng 18,07% so với cùng kỳ", 18.07, "exact"),
    ("đạt 102 %", 102, "exact"),
    ("giảm 0,5%", 0.5, "exact"),
    ("bằng 23% dự toán", 23, "exact"),
    ("tăng trưởng dưới 5%", 5, "under"),
    ("vượt 7% kế hoạch", 7, "over"),
    ("xấp xỉ 60% tổng vốn", 60, "nearly"),
    ("tăng 6.5% (theo cách viết cũ)", 6.5, "exact"),
]


@pytest.mark.parametrize(("text", "value", "qual"), PERCENT)
def test_percent(text: str, value: float, qual: str) -> None:
    q = _main(text)
    assert (q.value, q.unit, q.kind, q.qualifier) == (pytest.approx(value), "%", "percent", qual)


COUNTS = [
    ("đạt 72,80 điểm", 72.8, "point"),
    ("chỉ số PCI đạt 68,5 điểm", 68.5, "point"),
    ("tăng 1,2 điểm phần trăm", 1.2, "percentage point"),
    ("có 1.300 doanh nghiệp thành lập mới", 1300, "enterprise"),
    ("thu hút 45 dự án", 45, "project"),
    ("cấp mới 12 dự án FDI", 12, "project"),
    ("đón 3,4 triệu lượt khách", 3.4e6, "visitor"),
    ("phục vụ 7,1 triệu lượt khách được vận chuyển", 7.1e6, "passenger"),
    ("sân bay đón 2 triệu hành khách", 2e6, "passenger"),
    ("đón 500 nghìn lượt khách quốc tế", 5e5, "visitor"),
    ("thu hút 800.000 du khách", 8e5, "visitor"),
    ("đón 1,5 triệu khách du lịch", 1.5e6, "visitor"),
    ("sản lượng lúa đạt 874 nghìn tấn", 8.74e5, "tonne"),
    ("diện tích gieo trồng 240,2 nghìn ha", 2.402e5, "ha"),
    ("trồng mới 1.200 héc-ta rừng", 1200, "ha"),
    ("giải quyết việc làm cho 25.000 lao động", 25000, "person"),
    ("tuyển dụng 3.000 người", 3000, "person"),
    ("hỗ trợ 1.500 hộ nghèo", 1500, "household"),
    ("có 55 xã đạt chuẩn nông thôn mới", 55, "commune"),
    ("công nhận 120 sản phẩm OCOP", 120, "product"),
    ("thành lập 35 hợp tác xã", 35, "cooperative"),
    ("bán 2.500 căn hộ", 2500, "apartment"),
    ("sản lượng điện 1.250 triệu kWh", 1.25e9, "kWh"),
    ("hàng hóa thông qua cảng 1,2 triệu TEU", 1.2e6, "TEU"),
    ("tiêu thụ 350 nghìn lít xăng", 3.5e5, "litre"),
    ("xây mới 20 km đường", 20, "km"),
    ("có 18 khu công nghiệp", 18, "industrial park"),
    ("khoảng 2,8 triệu lượt khách tham quan; trong đó khoảng 1,1 triệu lượt", 2.8e6, "visitor"),
    ("hai mươi mốt dự án", 21, "project"),
    ("một trăm linh năm doanh nghiệp", 105, "enterprise"),
    ("ba dự án trọng điểm", 3, "project"),
    ("mười lăm doanh nghiệp", 15, "enterprise"),
    ("có 12 nhà máy", 12, "factory"),
    ("3 DN mới", 3, "enterprise"),
]


@pytest.mark.parametrize(("text", "value", "unit"), COUNTS)
def test_counts(text: str, value: float, unit: str) -> None:
    q = _main(text)
    assert (q.value, q.unit, q.kind) == (pytest.approx(value), unit, "count")


def test_bare_luot_in_tourism_context() -> None:
    qs = find_quantities("Ngành du lịch đón khách tăng mạnh, đạt khoảng 2,8 triệu lượt.")
    q = [q for q in qs if q.unit][0]
    assert (q.value, q.unit, q.qualifier) == (pytest.approx(2.8e6), "visitor", "about")


def test_bare_luot_in_transport_context() -> None:
    qs = find_quantities("Vận chuyển hành khách qua cảng hàng không đạt 1,6 triệu lượt")
    assert [(q.value, q.unit) for q in qs] == [(pytest.approx(1.6e6), "passenger")]


RANKS = [
    ("đứng thứ 12/63 tỉnh, thành phố", 12, 63),
    ("xếp thứ 5/34 địa phương", 5, 34),
    ("xếp hạng 12/63", 12, 63),
    ("đứng 8/63 cả nước", 8, 63),
    ("xếp thứ 3 cả nước", 3, None),
    ("đứng thứ 12", 12, None),
    ("xếp thứ hai cả nước", 2, None),
    ("cao thứ hai cả nước", 2, None),
    ("lớn thứ ba khu vực", 3, None),
    ("đứng thứ nhất toàn quốc", 1, None),
    ("xếp thứ nhì", 2, None),
    ("đứng thứ tư cả nước", 4, None),
    ("xếp thứ mười", 10, None),
    ("thứ hạng 7", 7, None),
    ("vị trí thứ 9", 9, None),
    ("thấp thứ 10 cả nước", 10, None),
]


@pytest.mark.parametrize(("text", "value", "of"), RANKS)
def test_ranks(text: str, value: float, of: int | None) -> None:
    q = _main(text)
    assert (q.value, q.unit, q.kind, q.of) == (value, "rank", "rank", of)


MULTIPLES = [
    ("gấp 1,5 lần cùng kỳ", 1.5, "exact"),
    ("tăng gấp 3 lần", 3, "exact"),
    ("gấp 2,2 lần năm trước", 2.2, "exact"),
    ("gấp đôi cùng kỳ", 2, "exact"),
    ("gấp rưỡi", 1.5, "exact"),
    ("gần gấp 2 lần", 2, "nearly"),
    ("hơn gấp ba lần", 3, "over"),
    ("tăng 2,5 lần", 2.5, "exact"),
]


@pytest.mark.parametrize(("text", "value", "qual"), MULTIPLES)
def test_multiples(text: str, value: float, qual: str) -> None:
    q = _main(text)
    assert (q.value, q.unit, q.kind, q.qualifier) == (pytest.approx(value), None, "multiple", qual)


RANGES = [
    ("tăng 5-7%", 5, 7, "%"),
    ("tăng từ 5 đến 7%", 5, 7, "%"),
    ("từ 3 đến 5 tỷ đồng", 3e9, 5e9, "VND"),
    ("từ 3 đến 5 tỷ", 3e9, 5e9, "VND"),
    ("3 - 5 triệu USD", 3e6, 5e6, "USD"),
    ("tăng 8 – 8,5%", 8, 8.5, "%"),
    ("khoảng 200-300 doanh nghiệp", 200, 300, "enterprise"),
    ("5%-7%", 5, 7, "%"),
]


@pytest.mark.parametrize(("text", "low", "high", "unit"), RANGES)
def test_ranges(text: str, low: float, high: float, unit: str) -> None:
    q = _main(text)
    assert (q.value, q.high, q.unit, q.kind) == (
        pytest.approx(low),
        pytest.approx(high),
        unit,
        "range",
    )


BARE = [
    ("chỉ số IIP là 108,5", 108.5),
    ("con số 1.250", 1250),
    ("số liệu 3,75 so với kỳ trước", 3.75),
]


@pytest.mark.parametrize(("text", "value"), BARE)
def test_bare_numbers(text: str, value: float) -> None:
    q = _main(text)
    assert (q.value, q.unit, q.kind) == (pytest.approx(value), None, "number")


RATIOS = [
    ("57/57 đại biểu có mặt tán thành", 57, 57, "person"),
    ("45/48 đại biểu biểu quyết", 45, 48, "person"),
    ("12/12 chỉ tiêu", 12, 12, "target"),
    ("50/63 tỉnh, thành phố", 50, 63, "province"),
]


@pytest.mark.parametrize(("text", "value", "of", "unit"), RATIOS)
def test_ratios(text: str, value: float, of: int, unit: str) -> None:
    q = _main(text)
    assert (q.value, q.of, q.unit, q.kind) == (value, of, unit, "ratio")


# --------------------------------------------------------------------------------------------
# spans: qualifier words are inside start..end, value_start is the numeral


def test_spans() -> None:
    text = "Kim ngạch đạt gần 7 tỷ đô la Mỹ, tăng 6%."
    q = find_quantities(text)[0]
    assert q.text == "gần 7 tỷ đô la Mỹ"
    assert text[q.value_start :].startswith("7 tỷ")
    assert q.unit_text == "đô la Mỹ"


def test_rank_span() -> None:
    text = "Tỉnh đứng thứ 12/63 về PCI."
    q = find_quantities(text)[0]
    assert q.text == "thứ 12/63"
    assert text[q.value_start : q.value_start + 2] == "12"


def test_several_in_one_sentence() -> None:
    text = "Xuất khẩu đạt 22,88 tỉ USD, tăng 15,3%, chiếm 8,58% tổng kim ngạch cả nước."
    got = [(q.value, q.unit) for q in find_quantities(text)]
    assert got == [(pytest.approx(2.288e10), "USD"), (15.3, "%"), (8.58, "%")]


# --------------------------------------------------------------------------------------------
# negative corpora: these must not come out as quantities with a unit

YEARS = [
    "năm 2023",
    "trong năm 2024",
    "giai đoạn 2021 – 2026",
    "nhiệm kỳ 2020-2025",
    "kế hoạch 2026",
    "từ năm 1995",
]

DATES = [
    "ngày 24/4/2024",
    "Chiều 24/4/2024",
    "vào ngày 28/3",
    "từ 7/5/1954",
    "ngày 16-10-2025",
    "tháng 3/2025",
    "quý 1/2022",
    "ngày 01/7",
    "hôm 2.9.2024",
]

OTHER = [
    "Quyết định 1169/QĐ-TTg",
    "Nghị quyết 13-NQ/TW",
    "Nghị định 123/2020/NĐ-CP",
    "Luật số 57/2024/QH15",
    "Công văn 245/UBND-KT",
    "dịch Covid-19",
    "virus SARS-CoV-2",
    "Hội nghị G20",
    "mạng 5G",
    "liên hệ 0912 345 678",
    "đường dây nóng 0243.825.1234",
    "cấp độ 4",
    "Đại đội 915",
    "kỳ họp thứ 12",
    "Hội nghị lần thứ 8",
    "lần thứ hai",
    "Quận 1",
    "Điều 5",
    "khoản 2 Điều 3",
    "Sư đoàn 308",
    "Quốc lộ 1A",
    "lúc 14h30",
    "lúc 8 giờ",
    "sáng thứ Hai, 24/4",
    "Thứ Hai, ngày 3/6",
    "trong 6 tháng",
    "hai năm liền",
    "ông 56 tuổi",
    "Km 15",
    "Tổ dân phố 7",
]


@pytest.mark.parametrize("text", YEARS)
def test_years(text: str) -> None:
    qs = find_quantities(text)
    assert qs and all(q.kind == "year" and q.unit is None for q in qs)


@pytest.mark.parametrize("text", DATES)
def test_dates(text: str) -> None:
    qs = find_quantities(text)
    assert qs and all(q.kind == "date" and q.unit is None for q in qs)


@pytest.mark.parametrize("text", OTHER)
def test_other(text: str) -> None:
    qs = find_quantities(text)
    assert all(q.kind in ("other", "date", "year") and q.unit is None for q in qs), qs


NO_NUMBER = [
    "Đầu tư tư nhân tăng mạnh",
    "một số doanh nghiệp gặp khó",
    "Năm nay kinh tế khởi sắc",
    "Hai Bà Trưng",
    "không có dự án nào",
    "quận Ba Đình",
    "đồng thời tăng cường",
]


@pytest.mark.parametrize("text", NO_NUMBER)
def test_no_quantity(text: str) -> None:
    assert [q for q in find_quantities(text) if q.unit is not None] == []


# known gaps, kept visible
KNOWN_GAPS = [
    pytest.param("giá trị hai triệu mốt", 2.1e6, marks=XF),  # colloquial "triệu mốt" = 1,1 triệu
    pytest.param("giảm một nửa", 50.0, marks=XF),  # "một nửa" as 50%
]


@pytest.mark.parametrize(("text", "value"), KNOWN_GAPS)
def test_known_gaps(text: str, value: float) -> None:
    assert _main(text).value == pytest.approx(value)


# --------------------------------------------------------------------------------------------
# data file and properties


def test_units_table_loads() -> None:
    units = load_units()
    assert units["đô la mỹ"] == ("USD", "money")
    assert units["lượt khách"] == ("visitor", "count")
    assert units["%"] == ("%", "percent")
    assert len(units) > 80


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("0123456789.,/-–% ađêôơưtỷhnrgiệuđồngUSDquýthứgấplần\n")),
        max_size=80,
    )
)
def test_never_raises_and_spans_agree(text: str) -> None:
    for q in find_quantities(text):
        assert q.text == text[q.start : q.end]
        assert q.start <= q.value_start < q.end or q.start == q.value_start


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_never_raises_arbitrary(text: str) -> None:
    for q in find_quantities(text):
        assert q.text == text[q.start : q.end]


# --------------------------------------------------------------------------------------------
# the numbers and periods components: doc.spans with typed attributes (own phrasings)

NUMBER_SPANS = [
    # (text, [(span text, value, unit, kind)])
    ("Doanh thu du lịch ước đạt gần 3.200 tỷ đồng, tăng 14,5%.",
     [("gần 3.200 tỷ đồng", 3.2e12, "VND", "money"), ("14,5%", 14.5, "%", "percent")]),
    ("Huyện thu hút thêm 12 dự án, đứng thứ 5/63 cả nước.",
     [("12 dự án", 12, "project", "count"), ("thứ 5/63", 5, "rank", "rank")]),
    ("Sản lượng cá tra đạt hơn 1,1 triệu tấn.",
     [("hơn 1,1 triệu tấn", 1.1e6, "tonne", "count")]),
    ("Giá trị xuất khẩu gấp 1,5 lần năm ngoái.", [("gấp 1,5 lần", 1.5, None, "multiple")]),
]


@pytest.mark.parametrize(("text", "want"), NUMBER_SPANS)
def test_number_spans(text: str, want: list[tuple[str, float, str | None, str]]) -> None:
    doc = NumbersComponent()(Document(text))
    got = [(s.text, s.attrs.value, s.attrs.unit, s.attrs.kind) for s in doc.spans["numbers"]]
    assert got == [(t, pytest.approx(v), u, k) for t, v, u, k in want]
    for s in doc.spans["numbers"]:
        assert s.label == "numbers" and doc.text[s.start : s.end] == s.text
        assert doc.norm[s.nstart : s.nend] == s.attrs.text


# numbers that are no quantity: they are spans, but never of a measurable kind
NOT_QUANTITIES = [
    "Bệnh nhân mắc Covid-19 đã khỏi.",
    "Theo Quyết định số 1234/QĐ-UBND của tỉnh.",
    "Hội nghị diễn ra ngày 15/8/2024 tại hội trường.",
    "Kỳ họp thứ 12 của HĐND tỉnh khai mạc sáng nay.",
    "Đường dây nóng 0912 345 678 luôn mở.",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_number_spans_negative(text: str) -> None:
    doc = NumbersComponent()(Document(text))
    kinds = {s.attrs.kind for s in doc.spans["numbers"]}
    assert not kinds & {"money", "percent", "count", "rank", "multiple", "range"}, kinds


PERIOD_SPANS = [
    # (text, [(span text, iso, kind)])
    ("Trong quý I/2023, thu ngân sách tăng.", [("quý I/2023", "2023-01/2023-03", "quarter")]),
    ("Lũy kế 6 tháng đầu năm 2024, xuất khẩu tăng.",
     [("6 tháng đầu năm 2024", "2024-01/2024-06", "half")]),
    ("Tháng 3/2025 giá vàng giảm so với cùng kỳ.",
     [("Tháng 3/2025", "2025-03", "month"), ("cùng kỳ", None, "same_period")]),
]


@pytest.mark.parametrize(("text", "want"), PERIOD_SPANS)
def test_period_spans(text: str, want: list[tuple[str, str | None, str]]) -> None:
    doc = PeriodsComponent()(Document(text))
    got = [(s.text, s.attrs.iso, s.attrs.kind) for s in doc.spans["periods"]]
    assert got == want


@pytest.mark.parametrize("text", ["Dự án số 3 khởi công.", "Tổng cộng 25 người tham dự."])
def test_period_spans_negative(text: str) -> None:
    assert PeriodsComponent()(Document(text)).spans["periods"] == []
