"""Corpus: people news names by context (foreign, stage and short names), and what is no person.

Every phrasing is written for these tests. Each row runs the whole pipeline and checks the names
of ``doc.people``: rows list names that must be there, and names that must not.
"""

from __future__ import annotations

import pytest

import vnextract
from vnextract.components.cued_names import looks_like_name

FOUND = [
    ("HLV Marco Bellini cho biết đội sẽ đá tấn công.", "Marco Bellini"),
    ("Tiền vệ Lukas Brandt vừa gia hạn hợp đồng.", "Lukas Brandt"),
    ("Tổng thống Mỹ George Harlan đã ký sắc lệnh.", "George Harlan"),
    ("Thủ tướng Nhật Kenji Morita thăm Hà Nội.", "Kenji Morita"),
    ("Tổng thống Romania Andrei Popescu phát biểu tại hội nghị.", "Andrei Popescu"),
    ("Ca sĩ Mỹ Tâm vừa ra album mới.", "Mỹ Tâm"),
    ("Ca sĩ Đức Phúc hát ca khúc mới.", "Đức Phúc"),
    ("Nữ rapper Tiana Brooks bức xúc vì giải thưởng.", "Tiana Brooks"),
    ("Blogger Sam Porter nói rằng ông Porter không tin tin đồn.", "Sam Porter"),
    ("Chuyên gia Helen Carter cho hay thị trường sẽ phục hồi.", "Helen Carter"),
    ("Một bé trai tên Li Wen đã được cứu sống.", "Li Wen"),
    ("Phó chủ tịch Ru-vơ-ni Ca-sa-nốp nhấn mạnh vai trò hợp tác.", "Ru-vơ-ni Ca-sa-nốp"),
    ("HLV Hữu Thành gọi thêm ba tuyển thủ trẻ.", "Hữu Thành"),
    ("Tiền đạo Sorensen ghi bàn phút cuối.", "Sorensen"),
    ("Bà xã Quang Vinh đăng ảnh con gái.", "Quang Vinh"),
]

NOT_FOUND = [
    ("Cửa hàng ở số 9 Trần Khánh Dư bị cháy.", "Trần Khánh Dư"),
    ("Xe đông trên đường Lê Văn Hưu, Ngô Thì Sỹ, Bà Triệu.", "Ngô Thì Sỹ"),
    ("Khách sạn tại 212 Hoàng Quốc Việt đóng cửa.", "Hoàng Quốc Việt"),
    ("Các quận Ba Đình, Tây Hồ, Long Biên cho biết đã đủ vắc xin.", "Long Biên"),
    ("Công ty Minh Phát Hưng cho biết lợi nhuận tăng.", "Minh Phát Hưng"),
    ("Học sinh trường Lương Thế Vinh đạt giải cao.", "Lương Thế Vinh"),
    ("Phó Thủ tướng Thường trực Chính phủ dự họp.", "Thường"),
    ("Các cầu thủ Real ăn mừng chức vô địch.", "Real"),
    ("Cựu vận động viên Olympic có thân hình đẹp.", "Olympic"),
    ("Bộ trưởng Công Thương cho biết giá xăng giảm.", "Công Thương"),
    ("Ông gặp Thủ tướng Canada, Tổng thống Senegal, Thị trưởng Hamburg; sau đó về nước.", "Senegal"),
    ("Người mẫu của công ty người mẫu Ford được mời.", "Ford"),
    ("Nghi phạm Trần H đã bị bắt.", "Trần H"),
    ("Tỷ phú New York nhậm chức.", "New York"),
    ("Anh ta lập một công ty mang tên Rolling Company vào năm ngoái.", "Rolling Company"),
]


def _names(sentence: str) -> set[str]:
    doc = vnextract.extract("Tin trong ngày\n" + sentence)
    for p in doc.people:
        for m in p.mentions:
            assert doc.text[m.start:m.end] == m.text
    return {p.name for p in doc.people}


@pytest.mark.parametrize("sentence, name", FOUND)
def test_person_found(sentence: str, name: str) -> None:
    assert name in _names(sentence)


@pytest.mark.parametrize("sentence, name", NOT_FOUND)
def test_not_a_person(sentence: str, name: str) -> None:
    assert name not in _names(sentence)


@pytest.mark.parametrize("words, ok", [
    (["Jose", "Mourinho"], True), (["Vla-đi-mia", "Pu-tin"], True), (["Nguyễn", "H"], False),
    (["UBND"], False), (["Boring", "Company"], False), (["Tây", "Nguyên"], False),
])
def test_looks_like_name(words: list[str], ok: bool) -> None:
    assert looks_like_name(words) is ok


# name boundaries: a glued sub-heading word or a place before the name is cut off
BOUNDS = [
    ("Bí thư Huyện ủy Lê Văn Sáu Sau đó, đoàn đi thăm trường học.", "Lê Văn Sáu", "Lê Văn Sáu Sau"),
    ("Chủ tịch UBND tỉnh Đồng Nai Trần Văn Hòa Với sự tham gia của nhiều đơn vị, hội nghị mở màn.",
     "Trần Văn Hòa", "Trần Văn Hòa Với"),
]


@pytest.mark.parametrize("sentence, name, wrong", BOUNDS)
def test_name_bounds(sentence: str, name: str, wrong: str) -> None:
    names = _names(sentence)
    assert name in names and wrong not in names


def test_particles_and_single_words() -> None:
    assert "Luca di Stefano" in _names("Hậu vệ Luca di Stefano ghi bàn.")
    assert "Sống" not in _names("Nữ diễn viên Sống chung với mẹ chồng trở lại.")


# offices of people found by context: the cue and the country or city up to the name
TITLES = [
    ("Tổng thống Chile Ricardo Vidal tiếp đoàn.", "Ricardo Vidal", ["Tổng thống Chile"]),
    ("HLV Marco Bellini cho biết đội sẽ đá tấn công.", "Marco Bellini", ["Huấn luyện viên"]),
    ("Thị trưởng Berlin Klaus Becker đón đoàn.", "Klaus Becker", ["Thị trưởng Berlin"]),
    ("Ca sĩ Mỹ Tâm vừa ra album mới.", "Mỹ Tâm", []),
    ("Tiền vệ Lukas Brandt vừa gia hạn hợp đồng.", "Lukas Brandt", []),
]


@pytest.mark.parametrize("sentence, name, titles", TITLES)
def test_cued_titles(sentence: str, name: str, titles: list[str]) -> None:
    doc = vnextract.extract("Tin trong ngày\n" + sentence)
    person = next(p for p in doc.people if p.name == name)
    assert person.titles == titles
