"""Corpus of people, round 7 (issue 16: people in every section): phrase in, people out, through
the whole pipeline.

Classes: initials before a foreign name ("HLV A.Conte", "J.K. Rowling", "George W. Bush");
Korean names with no cue ("Kim Jong-un"); sport cue nouns before a player's or coach's name ("nhà cầm quân", "tân binh", "chân
sút", "thầy trò", "HLV trưởng"); foreign full names with no cue whose given name is known, also
when the front-end glues the next Vietnamese word to the family name ("Harry_Kane_tỏa"); bare
names shown by a photo caption ("X (trái)"), a goal's minute ("X (54')"), "X và đồng đội", "cú
đúp của X", and on a sport page a one-word name that is the subject of a player's or speech verb
twice or more; and what is no person: oceans and countries after an office or "người", a
capitalised cue modifier ("Nữ nghị sĩ"), a photo source glued to the next sentence, a line glued
after a name, outlets ("Business Insider") and brands named after founders ("Jimmy Choo"). The sentences are written for this test (invented players, clubs and matches);
none is copied from an article.
"""

from __future__ import annotations

import pytest

from vnextract import extract


def _people(text: str) -> set[str]:
    return {p.name for p in extract(text).people}


# phrase, names that must be found
FOUND = [
    # sport cue nouns (person_cues.tsv, round 7)
    ("Sau trận hòa, nhà cầm quân Adriano Veltri tỏ ra bực bội.", {"Adriano Veltri"}),
    ("Tân binh Lukaszek đã có bàn thắng đầu tiên cho đội bóng mới.", {"Lukaszek"}),
    ("Chân sút Morandi tiếp tục tỏa sáng ở vòng đấu này.", {"Morandi"}),
    ("Thầy trò Berghoff đã có chiến thắng quan trọng trên sân khách.", {"Berghoff"}),
    ("HLV trưởng Kim Sang-woo cho rằng các học trò đã chơi tốt.", {"Kim Sang-woo"}),
    # a foreign full name with a known given name, no cue; pyvi glues "tỏa" to the family name
    ("Trận đấu diễn ra sôi nổi. Khi đó Harry Wendell tỏa sáng ở phút cuối.", {"Harry Wendell"}),
    ("Đội khách mua về tiền đạo to khỏe là Sandro Vellucci từ một đội bóng Tây Ban Nha.",
     {"Sandro Vellucci"}),
    ("Người bị cáo buộc chủ mưu là Ruslan Bekov, theo các công tố viên.", {"Ruslan Bekov"}),
    # initials before a foreign name, glued or not, after a cue or a known given name
    ("Sau trận, HLV R.Valverdi tỏ ra hài lòng với các học trò.", {"R.Valverdi"}),
    ("Nhà văn P.L. Tranmere từng bị nhiều nhà xuất bản từ chối.", {"P.L. Tranmere"}),
    ("Dưới thời Tổng thống Walter K. Hensley, chính sách này đã khác.", {"Walter K. Hensley"}),
    ("Người đầu tiên giữ ghế này là William T. Oakes, theo tài liệu lưu trữ.", {"William T. Oakes"}),
    # a cue shows a designer whose name is also a brand
    ("Nhà thiết kế Vera Wang cho biết bộ sưu tập mới lấy cảm hứng từ châu Á.", {"Vera Wang"}),
    # a name with a capital inside it is still a name ("Mc", "Le")
    ("Võ sĩ Connor McTavish nói rằng anh đã sẵn sàng cho trận đấu.", {"Connor McTavish"}),
    ("Ngôi sao LeBrand tiếp tục tỏa sáng trong trận đấu đêm qua.", {"LeBrand"}),
    # a Japanese given name (data) after a cue and a country, or after an organisation's acronym
    ("Gần đây, nhiếp ảnh gia Nhật Bản, Noriko Tanabe, đã ghi lại cảnh đó.", {"Noriko Tanabe"}),
    ("Tổng Giám đốc TMX Toru Hasegawa nói rằng thị trường đang hồi phục.", {"Toru Hasegawa"}),
    # the state's titles for artists before a stage name
    ("Nhiều nghệ sĩ như NSƯT Minh Khoa đã ký vào bản kiến nghị.", {"Minh Khoa"}),
    # a name in apposition with "một" and a noun for a person
    ("Theo báo chí, Gregor Malkin, một người đàn ông 40 tuổi ở Chicago, đã chi rất nhiều tiền.",
     {"Gregor Malkin"}),
    # a Vietnamese name whose given name is also a country ("Anh", "Đức")
    ("Buổi ra mắt có sự tham gia của cặp đôi Trương Quỳnh Anh và chồng.", {"Trương Quỳnh Anh"}),
    # a number before a foreign given name is a rank, no house number
    ("Đội bóng nhắm tới mục tiêu số 1 Kylian Hartmann với giá kỷ lục.", {"Kylian Hartmann"}),
    # on a sport page, a one-word name twice after transfer words
    ("Tin chuyển nhượng: cầu thủ nào sẽ tới? Đội chủ sân chiêu mộ Lukovac. Thương vụ Lukovac "
     "được hoàn tất trong tuần.", {"Lukovac"}),
    # a two-syllable player's name shown by "và các đồng đội" seeds a later list of such names
    ("Thành Lộc và các đồng đội đã tập luyện chăm chỉ. HLV trưởng gọi những Thành Lộc, Minh "
     "Khoa và cả Hữu Tâm.", {"Thành Lộc", "Minh Khoa"}),
    # the same: the name before the line break, the credit and the opener
    ("Hậu vệ: Lê Văn Tuấn, Phạm Văn Khải  Tiền vệ: Hồ Minh Lộc", {"Phạm Văn Khải"}),
    ("Bức ảnh chụp thủ môn Trần Văn Kiên Ảnh: Hải Minh trong buổi tập.", {"Trần Văn Kiên"}),
    ("Theo Gazeta, HLV Mirko Slavic sẽ áp dụng chiến thuật mới.", {"Mirko Slavic"}),
    # Arabic given names, "NSUT" written without its diacritic, "Ucraina" before a name
    ("Các nước không tin phe này đã tiêu diệt thủ lĩnh IS Abu Hamza al-Qurashi.", {"Abu Hamza al-Qurashi"}),
    ("Mùa phim tết, NSUT Hoài Nam được nhiều đạo diễn mời.", {"Hoài Nam"}),
    ("Tổng thống Ucraina Petro Vasylenko phản đối bài báo.", {"Petro Vasylenko"}),
    # a Korean family name and a romanised given name, no cue ("Kim" is also a Vietnamese surname)
    ("Hình ảnh của Kim Sol-mi xuất hiện trên truyền hình nhà nước.", {"Kim Sol-mi"}),
    ("Phái đoàn do Ri Chol Ho dẫn đầu đã tới Bắc Kinh.", {"Ri Chol Ho"}),
    # a photo caption, a goal's minute, "và đồng đội", "cú đúp của"
    ("Lorenzetti (trái) và Okafor (phải) trong buổi tập sáng nay.", {"Lorenzetti", "Okafor"}),
    ("Đội chủ nhà thắng 2-0 nhờ công của Dembrano (12') và Faleiro (77').", {"Dembrano", "Faleiro"}),
    ("Vallejos và đồng đội đã ăn mừng chức vô địch trên sân nhà.", {"Vallejos"}),
    ("Cú đúp của Tarkowsky giúp đội nhà lội ngược dòng.", {"Tarkowsky"}),
    # a sport page: a one-word name twice, once the subject of a player's verb
    ("Kết quả vòng 2 giải quần vợt Pháp mở rộng. Mirkovic hạ gục đối thủ sau ba set. "
     "Đây là chiến thắng thứ 20 của Mirkovic trong mùa.", {"Mirkovic"}),
]

# phrase, names that must not be found
NOT_FOUND = [
    # a club, ground or city: written after "trước", "sân", "đội" somewhere in the article
    ("Trận đấu ở vòng 30 giải vô địch. Đội khách thắng 3-1 trước Valdoria. Valdoria ghi bàn "
     "danh dự ở phút cuối.", {"Valdoria"}),
    # an outlet and a country are no caption's person
    ("Reuters (trái) và Nga (phải) là hai nguồn tin của bài viết.", {"Reuters", "Nga"}),
    # a Vietnamese given name alone is no full name
    ("Hùng (trái) và Lan (phải) trong buổi lễ.", {"Hùng", "Lan"}),
    ("Cán bộ xã không nhận hồ sơ. Anh Bình (trái) phải chờ cả ngày.", {"Anh Bình"}),
    # outside sport pages a repeated subject alone is no person (a brand or a company)
    ("Thị trường điện thoại sôi động. Xenotel cho biết doanh số tăng. Xenotel nói sẽ mở thêm "
     "cửa hàng.", {"Xenotel"}),
    # an acronym before "và đồng đội" is no person
    ("PSG và đồng đội của họ ở giải đấu đã chia tay.", {"PSG"}),
    # a cue noun before a province is the province's team
    ("Tân binh Thanh Hóa đã thua trận đầu tiên.", {"Thanh Hóa"}),
    # an ocean after an office, a country after "người": places, no holders
    ("Bộ Chỉ huy Thái Bình Dương của Mỹ cho biết tên lửa đã rơi xuống biển.", {"Thái Bình Dương"}),
    ("Nói về ông thầy người Italia, hậu vệ Dervić cho biết anh rất nể phục.", {"Italia"}),
    # initials before Vietnamese syllables are an abbreviated district, no name
    ("Cửa hàng nằm ở Q. Bình Thạnh, gần chợ.", {"Q. Bình Thạnh", "Bình Thạnh"}),
    # a Korean surname before Vietnamese syllables is no Korean name
    ("Khu du lịch Kim Long Sơn mở cửa đón khách.", {"Kim Long Sơn", "Kim Long"}),
    # outlets and channels are no people, even before a speech verb
    ("Theo Orlando Today, vụ việc rất nghiêm trọng. Business Insider nói rằng đây là điều bất "
     "thường.", {"Orlando Today", "Business Insider"}),
    ("Mundo Deportivo cho biết tiền vệ này sẽ ra đi vào mùa hè.", {"Mundo Deportivo"}),
    # a brand named after its founder, with no cue, is the brand
    ("Cô phối váy đen với giày cao gót của Jimmy Choo trong buổi ra mắt phim.", {"Jimmy Choo"}),
    # a name right after "ở"/"tại" with no speech verb after it is a street; a Chinese city
    ("Công ty còn giữ khu đất rộng ở Lý Thường Kiệt để làm kho.", {"Lý Thường Kiệt"}),
    ("Người này là Zhao Ming, một thanh niên sống ở Thâm Quyến.", {"Thâm Quyến"}),
    # an airport named after a person, its place words four long
    ("Hành lý bị giữ tại sân bay quốc tế John F. Kennedy ở New York.", {"John F. Kennedy"}),
    # a list item that is a known person's name without the middle is that person, no new one
    ("Chị Trần Thị Mai đến cùng em gái Trần Hoa. Hai chị em Trần Hoa và Trần Mai rất giống nhau.",
     {"Trần Mai"}),
    # a camel-case word is a brand or an event, no bare name; "Nam" before foreign words is "south"
    ("Giải đua xe thể thao năm nay. MotoGP giành được nhiều khán giả. MotoGP nói sẽ mở rộng.",
     {"MotoGP"}),
    ("Phiến quân rút về vùng Đông Nam Deir Ezzur của Syria.", {"Nam Deir Ezzur"}),
    ("Một cuối tuần đáng nhớ của tân binh MotoGP ở chặng đua này.", {"MotoGP"}),
    # a line break (double space) ends a name; "Ảnh" after a name opens a photo credit; an opener
    # at the head of a sentence is no name's word; company words in org_words
    ("Hậu vệ: Lê Văn Tuấn, Phạm Văn Khải  Tiền vệ: Hồ Minh Lộc", {"Phạm Văn Khải Tiền"}),
    ("Bức ảnh chụp thủ môn Trần Văn Kiên Ảnh: Hải Minh trong buổi tập.", {"Trần Văn Kiên Ảnh"}),
    ("Theo Gazeta, HLV Mirko Slavic sẽ áp dụng chiến thuật mới.", {"Theo Gazeta", "Gazeta"}),
    ("Các công ty như Norwood Exchange Global cho biết sẽ ngừng giao dịch.", {"Norwood Exchange Global"}),
    # a ship named after a person: its bare mentions are the ship
    ("Tàu sân bay USS Walter Hensley đã tới. Chúng tôi bảo đảm Walter Hensley và nhóm tác chiến "
     "luôn sẵn sàng.", {"Walter Hensley"}),
    # "Abu Dhabi" is a city
    ("Đoàn đại biểu đã bay tới Abu Dhabi vào tối qua.", {"Abu Dhabi"}),
    # a company written "CTCP X"; a heading's name written twice is one name
    ("Ứng viên là ông Dương Văn Minh, Chủ tịch HĐQT CTCP Hòa Lâm.", {"Hòa Lâm"}),
    ("2. Phan Thành Phan Thành (SN 1989) là cái tên quen thuộc.", {"Phan Thành Phan Thành"}),
    # a place in apposition with a noun that is no person's
    ("Du khách yêu Hội An, một thành phố cổ bên sông Hoài.", {"Hội An"}),
    # a cue written twice, its first word capitalised
    ("Trong khi đó, nữ nghị sĩ Nữ nghị sĩ Marla Quintero phản đối dự luật.", {"Nữ"}),
    # a photo source and the first word of the next sentence are no photographer
    ("Bị cáo tại phiên tòa hôm qua. Ảnh: Sputnik Boris Levchenko từng là một chính khách.",
     {"Sputnik Boris"}),
    # a line glued after the name ("  Theo …") is no part of it
    ("Video: Tổng thống Trump  Theo Business Insider, ông Trump có quyền này.",
     {"Trump Theo Business Insider"}),
]


@pytest.mark.parametrize(("text", "names"), FOUND)
def test_found(text: str, names: set[str]) -> None:
    people = _people(text)
    assert names <= people, (names - people, people)


@pytest.mark.parametrize(("text", "names"), NOT_FOUND)
def test_not_found(text: str, names: set[str]) -> None:
    people = _people(text)
    assert not (names & people), names & people
