"""The focus province: one rule (vnextract.resolve.focus) for a text read whole and for a large
file read chunk by chunk. Tables of mentions → focus, then the same article just under and just
over the large-file threshold. All texts are our own sentences."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest

from vnextract import batch, io, large
from vnextract.resolve.focus import FocusMention, FocusTally, choose_focus

M = FocusMention

# (mentions in text order, expected focus)
RULE = [
    ([], None),
    ([M("Cà Mau")], "Cà Mau"),
    # a headline mention weighs more than two mentions in the body
    ([M("Cà Mau", True), M("Thái Nguyên"), M("Thái Nguyên")], "Cà Mau"),
    # ... but not more than four
    ([M("Cà Mau", True)] + [M("Thái Nguyên")] * 4, "Thái Nguyên"),
    # a tie goes to the province named first (headline 4 vs body 3 + lead 1)
    ([M("Cà Mau", True)] + [M("Thái Nguyên")] * 3, "Cà Mau"),
    # "tại X" in the headline adds one more
    ([M("Hà Nội", True), M("Điện Biên", True, True), M("Hà Nội"), M("Hà Nội")], "Hà Nội"),
    ([M("Hà Nội", True), M("Điện Biên", True, True), M("Điện Biên"), M("Hà Nội")], "Điện Biên"),
    # the lead (the first mention after the headline) adds one
    ([M("Long An"), M("Đồng Tháp"), M("Đồng Tháp"), M("Long An")], "Long An"),
    ([M("Long An"), M("Đồng Tháp"), M("Đồng Tháp"), M("Đồng Tháp")], "Đồng Tháp"),
]


@pytest.mark.parametrize(("mentions", "expected"), RULE)
def test_focus_rule(mentions: list[FocusMention], expected: str | None) -> None:
    assert choose_focus(mentions) == expected


@pytest.mark.parametrize(("mentions", "expected"), RULE)
def test_tally_fed_in_pieces_gives_the_same_focus(mentions: list[FocusMention], expected: str | None) -> None:
    tally = FocusTally()
    for i in range(0, len(mentions), 2):
        tally.update(mentions[i : i + 2])
    assert tally.best() == expected


HEADLINE = "Nông dân Cà Mau thu hoạch tôm đạt năng suất cao\n\n"
BODY = (
    "Đoàn cán bộ từ Thái Nguyên đã đến tham quan mô hình nuôi tôm sinh thái ven biển. "
    "Thái Nguyên dự kiến áp dụng cách làm này cho các hồ chứa nước của mình. "
    "Lãnh đạo Thái Nguyên đánh giá cao hiệu quả kinh tế của mô hình.\n\n"
)
FILLER = "Người dân trong vùng tiếp tục chăm sóc vườn cây và ao nuôi sau mùa mưa.\n\n"
THRESHOLD = 12_000  # bytes; the real one is io.LARGE_BYTES (1 MB)


def _article(size: int) -> str:
    text = HEADLINE + BODY
    while len((text + FILLER).encode("utf-8")) <= size:
        text += FILLER
    return text


def _process(path: Path) -> dict[str, Any]:
    batch.init_worker("pyvi", None, False)
    return large.materialize(batch.process(str(path)))


def test_same_focus_and_provinces_just_under_and_just_over_the_large_threshold(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(io, "LARGE_BYTES", THRESHOLD)
    monkeypatch.setattr(large, "extract_large", functools.partial(large.extract_large, chunk_chars=3000))
    under, over = tmp_path / "under.txt", tmp_path / "over.txt"
    under.write_text(_article(THRESHOLD - 200), encoding="utf-8")
    over.write_text(_article(THRESHOLD + 200), encoding="utf-8")
    assert under.stat().st_size <= THRESHOLD < over.stat().st_size
    small, big = _process(under), _process(over)
    assert "chunks" not in small.get("meta", {})
    assert big["meta"]["chunks"] >= 4
    # headline 1 + 3 = 4 for Cà Mau; body 3 + lead 1 = 4 for Thái Nguyên: the first named wins
    assert small["focus_province"] == big["focus_province"] == "Cà Mau"
    assert [(p["name"], p["since_2025"], len(p["mentions"])) for p in small["provinces"]] == \
        [(p["name"], p["since_2025"], len(p["mentions"])) for p in big["provinces"]] == \
        [("Cà Mau", "Cà Mau", 1), ("Thái Nguyên", "Thái Nguyên", 3)]


def test_a_later_chunk_has_no_headline() -> None:
    """A chunk that starts with a short line does not make that line a headline."""
    from vnextract.pipeline import get_pipeline

    first = "Tin tức trong ngày\n\nHà Nội có mưa lớn. Hà Nội ngập nhiều tuyến đường.\n\n"
    second = "Tin ngắn về Cà Mau\n\nNgư dân ra khơi.\n\n"
    pipe = get_pipeline("pyvi")
    merger = large.RecordMerger("x")
    for offset, part in ((0, first), (len(first), second)):
        doc = pipe(part)
        merger.add(doc.to_dict(), offset, doc)
    assert pipe(second).focus_province == "Cà Mau"  # read alone, its first line is a headline
    assert merger.record()["focus_province"] == pipe(first + second).focus_province == "Hà Nội"


def test_chunks_link_people_to_the_whole_texts_focus() -> None:
    """An office with no province named near it ("Chủ tịch UBND tỉnh") in a later chunk takes
    the focus province of the whole text, as when the text is read whole."""
    from vnextract.pipeline import get_pipeline

    text = ("Cà Mau đẩy mạnh nuôi tôm sinh thái\n\nTỉnh Cà Mau có hơn 300.000 ha nuôi tôm.\n\n" + FILLER * 30
            + "Ông Nguyễn Văn An, Chủ tịch UBND tỉnh, cho biết sản lượng tôm năm nay tăng 8%.\n\n")
    pipe = get_pipeline("pyvi")
    whole = pipe(text).to_dict()
    record = large.extract_large(text, pipe, chunk_chars=800)
    assert record["meta"]["chunks"] > 2
    people = [(p["name"], p["province"]) for p in record["people"]]
    assert people == [(p["name"], p["province"]) for p in whole["people"]] == [("Nguyễn Văn An", "Cà Mau")]
    assert record["focus_province"] == whole["focus_province"] == "Cà Mau"
