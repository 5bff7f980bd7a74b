"""Corpus tests for vnextract.refdate: the reference date of an article and where it came from.

Own phrasings: datelines as news sites print them, lead sentences, and dates that are not the
article's own (deadlines, start dates, the dates of documents)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import vnextract
from vnextract.refdate import RefDate, dateline, from_text, latest_date, parse_date, resolve

# (text, expected date, expected source)
DATELINES = [
    ("Giá lúa tăng mạnh\nThứ Hai, 12/6/2017 08:15\nNội dung bài", "2017-06-12", "dateline"),
    ("Giá lúa tăng mạnh\nChủ nhật, 3/9/2023, 07:00 (GMT+7)\nNội dung", "2023-09-03", "dateline"),
    ("Tiêu đề\n\n(ngày 12-6-2017) Hôm nay tỉnh họp", "2017-06-12", "dateline"),
    ("Tiêu đề\nChiều 24/4/2024, đoàn công tác làm việc", "2024-04-24", "dateline"),
    ("Tiêu đề\nNgày 16/5/2023, hội nghị diễn ra", "2023-05-16", "dateline"),
    ("Tiêu đề\nTTXVN - Ngày 30/1/2024 (tức 20 tháng Chạp), đoàn đến", "2024-01-30", "dateline"),
    ("Tiêu đề\nSáng nay (5/8/2022), UBND tỉnh họp", "2022-08-05", "dateline"),
    ("Tiêu đề\nCập nhật lúc 09/11/2021 10:20\nNội dung", "2021-11-09", "dateline"),
    ("Tiêu đề\n2019-04-01 06:30\nNội dung", "2019-04-01", "dateline"),
    ("Tiêu đề\nNgày 2 tháng 9 năm 2020, tỉnh tổ chức lễ", "2020-09-02", "dateline"),
    ("Thứ 6, 07.10.2016\nTiêu đề", "2016-10-07", "dateline"),
    # no dateline: the latest full date the article states about itself
    ("Tiêu đề\nTỉnh họp. Báo cáo ngày 5/6/2017 nêu rõ kết quả. Ngày 9/6/2017 tỉnh họp tiếp.",
     "2017-06-09", "text"),
    ("Tiêu đề\nKết quả được công bố hôm 2/3/2021, sau cuộc họp 28/2/2021.", "2021-03-02", "text"),
    ("Tiêu đề\nDòng hai\nDòng ba\nDòng bốn\nDòng năm ngày 1/2/2015 có hội nghị.", "2015-02-01",
     "text"),
]

# dates that are not the article's own: the text has none
NOT_OWN = [
    "Tiêu đề\nTỉnh mới hình thành từ ngày 1/7/2025 theo nghị quyết.",
    "Tiêu đề\nHồ sơ nộp trước ngày 31/12/2024.",
    "Tiêu đề\nHạn chót ngày 15/3/2024 cho các doanh nghiệp.",
    "Tiêu đề\nQuy định có hiệu lực kể từ 1/1/2025.",
    "Tiêu đề\nTheo Quyết định số 123/QĐ-UBND ngày 3/2/2017 của UBND tỉnh.",
    "Tiêu đề\nDự án kéo dài đến ngày 30/6/2026.",
    "Tiêu đề\nÔng sinh ngày 2/5/1960 tại Nghệ An.",
    "Tiêu đề\nChậm nhất ngày 10/10/2023 phải hoàn thành.",
    "Tiêu đề\nKhông có ngày tháng nào; chỉ năm 2023 và tháng 5.",
    "Tiêu đề\nTỷ lệ 3/4 dân số; quyết định 15/2018/NĐ-CP.",
    "Tiêu đề\nSố 12/6/2017 là số hiệu văn bản.",
]


@pytest.mark.parametrize(("text", "value", "source"), DATELINES)
def test_reference_date_from_text(text: str, value: str, source: str) -> None:
    ref = from_text(text)
    assert ref is not None
    assert (ref.value.isoformat(), ref.source) == (value, source)
    assert ref.text and ref.text in text


@pytest.mark.parametrize("text", NOT_OWN)
def test_dates_that_are_not_the_articles_own(text: str) -> None:
    assert from_text(text) is None


def test_dateline_only_at_the_top() -> None:
    body = "Tiêu đề\n" + "Một dòng nội dung.\n" * 5 + "Thứ Hai, 12/6/2017 08:15\n"
    assert dateline(body) is None
    assert latest_date(body) == RefDate(date(2017, 6, 12), "text", "12/6/2017")


def test_dateline_beats_a_later_date() -> None:
    text = "Tiêu đề\nNgày 1/3/2020, tỉnh họp.\nNgày 5/3/2020 sẽ họp tiếp."
    assert from_text(text) == RefDate(date(2020, 3, 1), "dateline", "1/3/2020")


# (given, expected)
PARSE = [
    ("2017-06-12", "2017-06-12"),
    ("2017-6-2", "2017-06-02"),
    ("2017-06-12T08:15:00+07:00", "2017-06-12"),
    ("2017-06-12 08:15", "2017-06-12"),
    ("2017-06-12T01:15:00Z", "2017-06-12"),
    ("12/6/2017", "2017-06-12"),
    ("12-06-2017 08:15", "2017-06-12"),
]
BAD_DATES = ["", "hôm nay", "2017-13-01", "2017-02-30", "31/2/2020", "2017/06", "12/6"]


@pytest.mark.parametrize(("given", "expected"), PARSE)
def test_parse_date(given: str, expected: str) -> None:
    assert parse_date(given).isoformat() == expected


@pytest.mark.parametrize("given", BAD_DATES)
def test_parse_date_refuses(given: str) -> None:
    with pytest.raises(ValueError):
        parse_date(given)


def test_order_of_trust() -> None:
    text = "Tiêu đề\nThứ Hai, 12/6/2017 08:15\nNội dung"
    assert resolve(text, option="2018-01-02") == RefDate(date(2018, 1, 2), "option")
    assert resolve(text, html="2018-03-04T10:00:00+07:00") == RefDate(date(2018, 3, 4), "html")
    assert resolve(text, html="not a date").source == "dateline"
    assert resolve(text).source == "dateline"
    assert resolve("không có ngày") is None
    with pytest.raises(ValueError):
        resolve(text, option="mai")


def test_record_carries_the_date_and_its_source() -> None:
    text = "Tiêu đề\nThứ Hai, 12/6/2017 08:15\nQuý trước, tỉnh Nghệ An thu 3.000 tỷ đồng."
    rec = vnextract.extract(text).to_dict()
    assert rec["date"] == {"value": "2017-06-12", "source": "dateline"}
    assert [(i["period"], i["period_text"]) for i in rec["indicators"]] == [
        ("2017-01/2017-03", "Quý trước")]
    rec = vnextract.extract(text, date="2018-11-20").to_dict()
    assert rec["date"] == {"value": "2018-11-20", "source": "option"}
    assert [i["period"] for i in rec["indicators"]] == ["2018-07/2018-09"]
    assert vnextract.extract("Hà Nội thu 5 tỷ đồng.").to_dict()["date"] is None


def test_extract_path_takes_a_date(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Tiêu đề\n\nNăm nay, tỉnh Bắc Giang thu hút 2 tỷ USD vốn FDI.", encoding="utf-8")
    rec = vnextract.extract_path(str(f), date="2021-04-04")
    assert rec["date"] == {"value": "2021-04-04", "source": "option"}
    assert [i["period"] for i in rec["indicators"]] == ["2021"]
    assert "error" in vnextract.extract_path(str(f), date="04/2021")


REALNEWS = next((p / "shared" / "realnews" / "articles" for p in Path(__file__).resolve().parents
                 if (p / "shared" / "realnews" / "articles").is_dir()), Path("/nonexistent"))


@pytest.mark.skipif(not REALNEWS.is_dir(), reason="../shared/realnews not available")
def test_real_news_never_raises_and_dates_are_real_days() -> None:
    # a history piece may give only old dates ("Ngày 31/1/1965, …"): those are what it states
    for path in sorted(REALNEWS.glob("*.txt"))[:300]:
        text = path.read_text(encoding="utf-8", errors="replace")
        ref = from_text(text)
        if ref is not None:
            assert 1900 <= ref.value.year <= 2100 and ref.text in text, path
            assert ref.source in ("dateline", "text")
