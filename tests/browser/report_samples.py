"""Hand-made articles (our own sentences, invented people) with hand-made records.

Used by the browser test and by ``docs/make_report_png.py`` for the README screenshot. Offsets
are found with :func:`mention`, so the records always match the text.
"""

from __future__ import annotations

from typing import Any

from vnextract import SCHEMA_VERSION

ARTICLE_1 = (
    "Chiều 12/5, tại tỉnh Quảng Trị, đồng chí Lê Minh Tuấn, Ủy viên BCH Trung ương Đảng, "
    "Bí thư Tỉnh ủy Quảng Trị, đã làm việc với đoàn công tác của tỉnh Quảng Bình về liên kết "
    "vùng.\n\n"
    "Theo báo cáo, quý I/2025, tổng thu ngân sách trên địa bàn tỉnh Quảng Bình ước đạt "
    "1.850 tỷ đồng, tăng 12,4% so với cùng kỳ năm trước, bằng 31% dự toán. Kim ngạch xuất khẩu "
    "năm 2024 của tỉnh đạt hơn 520 triệu USD.\n\n"
    "Bà Trần Thị Hoa, Chủ tịch UBND tỉnh Quảng Bình, cho biết huyện Lệ Thủy đã gieo cấy gần "
    "3.200 ha lúa. Ông Tuấn đề nghị hai tỉnh cùng thu hút đầu tư vào khu kinh tế ven biển."
)

ARTICLE_2 = (
    "Sáng 3/6, Phó Chủ tịch UBND TP.HCM Hồ Thanh Vy chủ trì hội nghị với lãnh đạo tỉnh "
    "Bình Dương về kết nối giao thông.\n\n"
    "Năm 2024, tổng sản phẩm trên địa bàn (GRDP) của TP.HCM tăng 7,17% so với năm trước; vốn "
    "đầu tư trực tiếp nước ngoài đạt khoảng 3,5 tỷ USD, chiếm 9,8% tổng vốn cả nước. Tỉnh Bình "
    "Dương xếp thứ 4/63 về chỉ số năng lực cạnh tranh cấp tỉnh.\n\n"
    "Bà Vy cho biết phường Phú Cường và TP. Thủ Dầu Một sẽ được ưu tiên mở rộng các tuyến "
    "xe buýt."
)


def mention(text: str, needle: str, nth: int = 0) -> dict[str, Any]:
    """``{start, end, text}`` of the ``nth`` occurrence of ``needle`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return {"start": start, "end": start + len(needle), "text": needle}


def indicator(text: str, written: str, **fields: Any) -> dict[str, Any]:
    m = mention(text, written)
    out: dict[str, Any] = {
        "indicator": "", "value": 0, "unit": "", "qualifier": "exact", "change_pct": None,
        "basis": None, "share_pct": None, "share_of": None, "period": None, "province": None,
    }
    out.update(fields)
    out.update(text=m["text"], start=m["start"], end=m["end"])
    return out


def record_1() -> dict[str, Any]:
    t = ARTICLE_1
    return {
        "schema_version": SCHEMA_VERSION,
        "source": "demo/quang-tri-quang-binh.txt",
        "focus_province": "Quảng Bình",
        "people": [
            {
                "name": "Lê Minh Tuấn",
                "titles": ["Ủy viên Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy Quảng Trị"],
                "titles_raw": ["Ủy viên BCH Trung ương Đảng", "Bí thư Tỉnh ủy Quảng Trị"],
                "province": "Quảng Trị",
                "role": None,
                "mentions": [mention(t, "Lê Minh Tuấn"), mention(t, "Ông Tuấn")],
            },
            {
                "name": "Trần Thị Hoa",
                "titles": ["Chủ tịch Ủy ban nhân dân tỉnh Quảng Bình"],
                "titles_raw": ["Chủ tịch UBND tỉnh Quảng Bình"],
                "province": "Quảng Bình",
                "role": None,
                "mentions": [mention(t, "Trần Thị Hoa")],
            },
        ],
        "provinces": [
            {"name": "Quảng Trị", "since_2025": "Quảng Trị",
             "mentions": [mention(t, "Quảng Trị"), mention(t, "Quảng Trị", 1)]},
            {"name": "Quảng Bình", "since_2025": "Quảng Trị",
             "mentions": [mention(t, "Quảng Bình", n) for n in range(3)]},
        ],
        "places": [
            {"name": "Lệ Thủy", "level": "district", "province": "Quảng Bình",
             "since_2025": "Quảng Trị", "mentions": [mention(t, "huyện Lệ Thủy")]},
        ],
        "indicators": [
            indicator(t, "tổng thu ngân sách trên địa bàn tỉnh Quảng Bình ước đạt 1.850 tỷ đồng",
                      indicator="tổng thu ngân sách", value=1.85e12, unit="VND",
                      change_pct=12.4, basis="same period last year", share_pct=31.0,
                      share_of="budget estimate", period="2025-01/2025-03",
                      province="Quảng Bình"),
            indicator(t, "hơn 520 triệu USD", indicator="kim ngạch xuất khẩu", value=5.2e8,
                      unit="USD", qualifier="over", period="2024", province="Quảng Bình"),
            indicator(t, "gần 3.200 ha", indicator="diện tích lúa gieo cấy", value=3200.0,
                      unit="ha", qualifier="nearly", province="Quảng Bình"),
        ],
    }


def record_2() -> dict[str, Any]:
    t = ARTICLE_2
    return {
        "schema_version": SCHEMA_VERSION,
        "source": "demo/tphcm-binh-duong.txt",
        "focus_province": "Hồ Chí Minh",
        "people": [
            {
                "name": "Hồ Thanh Vy",
                "titles": ["Phó Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh"],
                "titles_raw": ["Phó Chủ tịch UBND TP.HCM"],
                "province": "Hồ Chí Minh",
                "role": None,
                "mentions": [mention(t, "Hồ Thanh Vy"), mention(t, "Bà Vy")],
            },
        ],
        "provinces": [
            {"name": "Hồ Chí Minh", "since_2025": "Hồ Chí Minh",
             "mentions": [mention(t, "TP.HCM"), mention(t, "TP.HCM", 1)]},
            {"name": "Bình Dương", "since_2025": "Hồ Chí Minh",
             "mentions": [mention(t, "Bình Dương"), mention(t, "Bình Dương", 1),
                          {**mention(t, "TP. Thủ Dầu Một"), "role": "city"}]},
        ],
        "places": [
            {"name": "Phú Cường", "level": "ward", "province": "Bình Dương",
             "since_2025": "Hồ Chí Minh", "mentions": [mention(t, "phường Phú Cường")]},
        ],
        "indicators": [
            indicator(t, "tăng 7,17%", indicator="tổng sản phẩm trên địa bàn (GRDP)", value=7.17,
                      unit="%", change_pct=7.17, basis="previous year", period="2024",
                      province="Hồ Chí Minh"),
            indicator(t, "khoảng 3,5 tỷ USD, chiếm 9,8% tổng vốn cả nước",
                      indicator="vốn đầu tư trực tiếp nước ngoài", value=3.5e9, unit="USD",
                      qualifier="about", share_pct=9.8, share_of="total", period="2024",
                      province="Hồ Chí Minh"),
            {**indicator(t, "thứ 4/63", indicator="chỉ số năng lực cạnh tranh cấp tỉnh", value=4,
                         unit="rank", province="Bình Dương"), "of": 63},
        ],
    }


def with_titles(record: dict[str, Any], text: str) -> dict[str, Any]:
    """The record's ``titles`` (schema 2): each office as written, found in the text, with its
    expanded form and its holder — what the HTML report highlights."""
    record["titles"] = [
        {**mention(text, raw), "title": title, "person": p["name"]}
        for p in record["people"]
        for raw, title in zip(p["titles_raw"], p["titles"], strict=False)
    ]
    return record


def demo_items() -> list[tuple[dict[str, Any], str]]:
    return [(with_titles(record_1(), ARTICLE_1), ARTICLE_1),
            (with_titles(record_2(), ARTICLE_2), ARTICLE_2)]


INJECTION_TEXT = (
    "Tin nóng <script>window.__pwned = 1; alert(1)</script> từ tỉnh Cà Mau: "
    '"><img src=x onerror="window.__pwned = 2; alert(2)"> ông Phạm Văn An nói.'
)


def injection_item() -> tuple[dict[str, Any], str]:
    """An article and a record whose strings try to inject markup, in text and in attributes."""
    t = INJECTION_TEXT
    evil = '"><img src=x onerror="window.__pwned = 3; alert(3)">'
    return (
        {
            "schema_version": SCHEMA_VERSION,
            "source": "<script>window.__pwned = 4</script>.txt",
            "focus_province": "Cà Mau" + evil,
            "people": [
                {"name": "Phạm Văn An" + evil, "titles": ["<b onmouseover=alert(5)>x</b>"],
                 "titles_raw": [], "province": "Cà Mau", "role": None,
                 "mentions": [mention(t, "ông Phạm Văn An")]},
            ],
            "provinces": [
                {"name": "Cà Mau", "since_2025": "Cà Mau" + evil,
                 "mentions": [mention(t, "Cà Mau")]},
            ],
            "places": [],
            "indicators": [
                indicator(t, "<script>window.__pwned = 1; alert(1)</script>",
                          indicator="<script>window.__pwned = 6</script>", value=1, unit=evil),
            ],
        },
        t,
    )
