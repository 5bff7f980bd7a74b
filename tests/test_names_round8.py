"""Corpus of people, round 8 (issue 16: people recall in culture and sport): phrase in, people
out, through the whole pipeline.

Classes: on a sport or culture page (``single_name_cues.tsv``: ``culture`` words, the sport words
of ``article_scope.tsv``), a Vietnamese name written alone (a stage name, a player's given names,
or a full name with no cue) that is the subject of a player's, a singer's or a speech verb
(``vn_verb``, the speech verbs of ``person_cues.tsv``) and is written twice or more; a country
word that opens a two-word stage name after a cue ("ca sĩ Mỹ Linh") is part of the name. And what
is no person: places, teams, song titles, a name written once, a nickname word ("Bầu Đức"), and
the same sentences on a page that is neither sport nor culture. The sentences are written for
this test (invented singers, shows and matches); none is copied from an article.
"""

from __future__ import annotations

import pytest
from test_names_round7 import _people  # the names extract() reports

# a culture page: ca sĩ, sân khấu, khán giả, giám khảo appear in the text
_SHOW = " Khán giả dưới sân khấu vỗ tay, các giám khảo và ca sĩ khách mời đều khen ngợi."
# a sport page: HLV, cầu thủ, trận đấu
_MATCH = " Sau trận đấu, HLV trưởng hài lòng với các cầu thủ."


# phrase, names that must be found
FOUND = [
    ("Tối qua, Thảo Vy thể hiện một bản ballad mới. Phần thi của Thảo Vy được chấm cao." + _SHOW,
     {"Thảo Vy"}),
    ("Hà My chia sẻ rằng cô đã tập luyện cả tháng. Hà My là thí sinh nhỏ tuổi nhất." + _SHOW,
     {"Hà My"}),
    ("Trong đêm nhạc, Lâm Bảo Ngọc trình diễn ba ca khúc. Lâm Bảo Ngọc cảm ơn người hâm mộ." + _SHOW,
     {"Lâm Bảo Ngọc"}),
    ("Ở phút cuối, Đức Chinh ghi bàn ấn định tỷ số. Đây là bàn thứ ba của Đức Chinh mùa này." + _MATCH,
     {"Đức Chinh"}),
    ("Văn Hậu cho biết anh rất muốn ra sân. Văn Hậu đã bình phục chấn thương." + _MATCH,
     {"Văn Hậu"}),
    # a country word opening a two-word stage name after a cue is part of the name
    ("Ban giám khảo có ca sĩ Mỹ Hạnh và nhạc sĩ Quang Vinh.", {"Mỹ Hạnh"}),
    # culture and sport cue words (person_cues.tsv, round 8)
    ("Sau phần thi, giám khảo Hoài Thương nhận xét rất kỹ.", {"Hoài Thương"}),
    ("Đêm qua, học trò Minh Khuê gây bất ngờ với giọng hát nội lực.", {"Minh Khuê"}),
    ("Cô đăng ảnh đi dạo cùng người yêu Quang Đạt ở Đà Lạt.", {"Quang Đạt"}),
    ("Đội khách nhập cuộc tốt và ngoại binh Moreira mở tỷ số.", {"Moreira"}),
]

# phrase, names that must not be found
NOT_FOUND = [
    # places and teams, though the subject of a verb and written twice
    ("Sài Gòn cho biết sẽ mua thêm ngoại binh. Sài Gòn đang đứng thứ ba." + _MATCH, {"Sài Gòn"}),
    ("Đội Sông Lam đang gặp khó. Sông Lam ghi bàn ở phút 80 nhưng Sông Lam vẫn thua." + _MATCH,
     {"Sông Lam"}),
    ("Than Quảng Ninh ghi bàn trước. Than Quảng Ninh giữ vững ngôi đầu." + _MATCH, {"Than Quảng Ninh"}),
    # a song title is the object, not the subject
    ("Cô thể hiện Giấc Mơ Xa trong đêm chung kết. Giấc Mơ Xa là ca khúc tự sáng tác." + _SHOW,
     {"Giấc Mơ Xa"}),
    # a bare name written only once is not enough
    ("Tuyết Mai chia sẻ về dự án âm nhạc sắp tới." + _SHOW, {"Tuyết Mai"}),
    # a nickname word or a form of address opens the run
    ("Bầu Thắng tuyên bố sẽ đầu tư mạnh. Bầu Thắng cho biết đội bóng cần thêm tiền." + _MATCH,
     {"Bầu Thắng"}),
    # the same pattern on a page that is neither sport nor culture
    ("Thảo Vy cho biết công ty sẽ mở rộng. Thảo Vy đặt mục tiêu lợi nhuận cao hơn.", {"Thảo Vy"}),
    # a film or a show after a cue word is no person; a weak cue needs two words
    ("Hậu trường của ba cặp đôi Giấc Mộng Xưa vẫn được khán giả nhắc lại.", {"Giấc Mộng Xưa"}),
    ("Bài thi được giám khảo Hội đồng chấm lại.", {"Hội đồng"}),
    ("Trận đấu có ngoại binh Hà Nội ra sân.", {"Hà Nội"}),
    # a country before a one-word foreign name is still no part of it
    ("Ngoại trưởng Mỹ Tillerson nói rằng cuộc gặp rất hữu ích.", {"Mỹ Tillerson"}),
]


@pytest.mark.parametrize(("text", "names"), FOUND)
def test_found(text: str, names: set[str]) -> None:
    people = _people(text)
    assert names <= people, (names - people, people)


@pytest.mark.parametrize(("text", "names"), NOT_FOUND)
def test_not_found(text: str, names: set[str]) -> None:
    people = _people(text)
    assert not (names & people), names & people
