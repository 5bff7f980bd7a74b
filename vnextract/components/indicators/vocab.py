"""The indicator vocabulary: the cue, phrase and target lexicons read from data files, and the
patterns and word sets the indicator modules share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...lexicon import key as lex_key
from ...lexicon import rows

_TOKEN_RE = re.compile(r"\w+(?:[.'’&]\w+)*|[^\w\s]")

# Units that measure economic activity; everything else (localities, people at large, km …) is
# not an indicator unless the context says so.
_MONEY = {"VND", "USD", "EUR", "JPY", "KRW", "CNY", "GBP", "SGD", "THB"}

_ALLOWED_UNITS = _MONEY | {
    "%",
    "rank",
    "point",
    "project",
    "enterprise",
    "visitor",
    "passenger",
    "tonne",
    "ha",
    "cooperative",
    "investor",
    "flight",
    "company",
    "factory",
    "industrial park",
    "industrial cluster",
    "product",
    "job",
    "TEU",
    "MW",
    "kWh",
    "share",
    "subscriber",
}

# Word lists, from data/indicator_words.tsv (see its header for what each list is)


@lru_cache(maxsize=1)
def _word_lists() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for row in rows("indicator_words.tsv"):
        if len(row) >= 2:
            out.setdefault(row[1], []).append(row[0].replace("␣", " "))
    return out


def _words(name: str) -> list[str]:
    return _word_lists().get(name, [])


# "person" only for workers
_WORKER_WORDS = set(_words("worker"))
# and for members of an insurance scheme, after "người": "người tham gia BHYT"
_INSURED_WORDS = tuple(_words("insured"))
# verbs that make a count of vehicles output or trade: "sản xuất 10.000 chiếc mô tô"
_GOODS_VERBS = tuple(_words("goods_verb"))
# words before "N điểm" that make it an index score ("chỉ số PMI đạt 54,1 điểm"), not a place
_SCORE_CUE = re.compile(r"(?<!\w)(?:" + "|".join(
    re.escape(w) for w in sorted(_words("score_cue"), key=len, reverse=True)) + r")(?!\w)")
# "75% doanh nghiệp hài lòng", "60% người tiêu dùng cho rằng": a poll share right after the percentage
_OPINION_AFTER = re.compile(
    r"\s*(?:số\s+)?(?:" + "|".join(re.escape(w) for w in sorted(
        _words("opinion_subject"), key=len, reverse=True)) + r")(?!\w)(?:\s+[^\s\d,.;]+){0,4}?\s+(?:"
    + "|".join(re.escape(w) for w in sorted(_words("opinion_verb"), key=len, reverse=True))
    + r")(?!\w)", re.I)
# "11.800 học sinh, sinh viên được vay vốn", "163.000 hộ trồng": people or households an economic
# programme or activity counts (a few words may stand between the count and the cue)
_BENEFICIARY_AFTER = re.compile(
    r"(?:\s*,?\s*[^\s\d,.;:()]+){0,3}?\s+(?:" + "|".join(re.escape(w) for w in sorted(
        _words("beneficiary"), key=len, reverse=True)) + r")(?!\w)", re.I)
# "tàu sân bay nặng 65.000 tấn", "trọng lượng gần 1,5 tấn": one object's weight, right before
_WEIGHT_BEFORE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(
    _words("weight_cue"), key=len, reverse=True)) + r")(?:\s+(?:là|khoảng|gần|hơn|trên|tới))?\s*$")
# events whose attending firms are an audience, not activity ("Diễn đàn … có 400 doanh nghiệp dự")
_AUDIENCE_EVENTS = tuple(_words("audience_event"))
# words that make a name a name (not a bare commodity in a list)
_HEAD_WORDS = tuple(_words("head"))
# a subject that is itself a measure cannot own another figure: "diện tích lúa đạt …, sản lượng …"
_MEASURES = tuple(_words("measure"))
_GROWTH_WORDS = tuple(_words("growth"))
_DEGREE = set(_words("degree"))
_JUNK = set(_words("junk"))
# names too general to stand alone: "doanh thu 6 tháng …" takes the clause subject
_GENERIC_HEADS = set(_words("generic_head"))
# money named only by its capital head, after a count of projects/enterprises in the sentence
_CAPITAL_HEADS = set(_words("capital_head"))
# ranking denominators that are not names ("thứ 15/63 tỉnh, thành phố và thứ 4/11 …")
_DENOMINATORS = set(_words("denominator"))
# words that alone never make a name
_FUNCTION_WORDS = _JUNK | set(_words("function"))
# the generic name of a unit, for a figure whose sentence names nothing else
_UNIT_GENERIC = {r[2]: r[0] for r in rows("indicator_words.tsv")
                 if len(r) >= 3 and r[1] == "unit_generic"}
# words before a number that is part of a name ("đường tỉnh 827", "quốc lộ 14")
_ROUTE_WORDS = set(_words("route"))


_COUNT_UNIT_NAMES = {"project", "enterprise", "visitor", "passenger", "cooperative", "company",
                     "subscriber"}




_TRAIL_LOC = re.compile(
    r"(?:\s+(?:trên địa bàn|tại|của|ở|vào|trong|cho|trên|toàn)"
    r"(?:\s+(?:tỉnh|thành phố|địa phương|toàn tỉnh|tỉnh nhà|thành phố|cả tỉnh|tỉnh này))?)+$",
    re.I,
)

_LEAD_WORDS = re.compile(
    r"^(?:(?:và|của|các|những|mặt hàng|khoản|còn|riêng|với|năm nay|năm qua|hiện nay|"
    r"toàn tỉnh|toàn huyện|toàn xã|,)\s+)+", re.I)

_CHANGE_BEFORE = re.compile(
    r"(?<!\w)(?P<cue>tăng(?:\s+(?:thêm|lên|vọt|mạnh|nhẹ|trưởng|tương ứng|lần lượt|bình quân"
    r"|nhất|cao nhất|mạnh nhất|nhiều nhất))*(?:\s+với)?"
    r"|(?:chỉ\s+)?nhích(?:\s+lên)?|mức tăng|giảm(?:\s+(?:đi|xuống|mạnh|nhẹ|tương ứng|lần lượt"
    r"|nhất|mạnh nhất|sâu nhất|nhiều nhất))*(?:\s+với)?"
    r"|sụt giảm|sụt|hụt|(?P<cmp>cao|nhiều|lớn|thấp|ít)(?:\s+hơn)?)"
    r"(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ|tới|đến|ở mức|được|là|chừng|tới gần))*\s*$",
    re.I,
)

_DOWN = re.compile(r"^(?:giảm|sụt|hụt|thấp|ít)", re.I)

_SHARE_VERB = re.compile(
    r"(?<!\w)(?:ước(?:\s+tính)?\s+)?(?:thực hiện\s+)?(?:(?:mới|chỉ|đã|cũng)\s+)?"
    r"(?P<v>bằng|đạt|tương đương|chiếm|hoàn thành|thực hiện|đạt được)"
    r"(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ|tới|được|mức))*\s*$",
    re.I,
)

_RANK_LABEL_BEFORE = re.compile(
    r"(?<!\w)(?:năm|lần|kỳ|kỳ họp|khóa|đợt|phiên|ngày|tháng|tuần|giải|hạng mục)\s+$", re.I
)

_RANK_AFTER_OK = re.compile(r"^\s*(?:/|cả nước|toàn quốc|trong cả nước|khu vực|trong số)", re.I)

_YEAR_AFTER_ABBR = re.compile(r"(?:\)|\b[A-ZĐ]{2,}[A-Z-]*)\s+((?:19|20)\d\d)(?![\d/.,]\d|/)")

# an engine size or model number before the abbreviation: "CR-V 2.0 AT 2016" is a model year
_MODEL_BEFORE = re.compile(r"\d[.,]\d\w*\s*$")

_MONTHS_AFTER = re.compile(r"(?<!\w)(?:sau|trong|qua)\s+(\d{1,2})\s+tháng(?!\s*(?:\d|đầu|năm|/))", re.I)

_EXCLUDE_PERIOD_BEFORE = re.compile(
    r"(?:so với(?:\s+[^\s,.;]+){0,3}|công bố(?:\s+(?:hồi|vào|ngày|cuối|đầu|giữa))?|đưa ra|ban hành|hồi"
    r"|nhiệm kỳ|khóa|giai đoạn|tầm nhìn(?:\s+đến)?|đến năm|tới năm|đến|tới|kể từ|từ|thành lập|"
    r"trước|sau|cuối|đầu|lần|hơn|các(?: năm)?|những(?: năm)?|(?:đến|tới) hết|kế hoạch(?: vốn)?|"
    r"dự toán|(?:cao|thấp) hơn(?:[^.;,]{0,40})|(?<!\w)giao)\s*$",
    re.I,
)

_BARE_PROVINCE = re.compile(r"(?<!\w)(?:[Tt]oàn tỉnh|[Tt]ỉnh nhà|[Tt]ỉnh)(?!\w)(?!\s+(?:[A-ZĐ]|ủy|uỷ))")

# the index a growth rate of a group or branch belongs to, named earlier in the text
_INDEX_NAMES = {"iip": re.compile(r"chỉ số sản xuất|(?<!\w)iip"),
                "cpi": re.compile(r"chỉ số giá|(?<!\w)cpi")}

_COUNTRY = re.compile(r"cả nước|toàn quốc|các bộ, ngành|việt nam")

# "open" patterns: their closing word boundary is checked against the end of the searched range
_EVENT_CUE_OPEN = re.compile(r"(?<!\w)(?:tại hội nghị|tại buổi lễ|tại lễ|tại diễn đàn|tại sự kiện|"
                             r"dịp này|tại buổi làm việc)")

# ("phát hiện", "xuất hiện", "thể hiện", "hiện đại", "hiện tượng" are no "now")
_NOW_OPEN = re.compile(r"(?<!\w)(?<!thực )(?<!phát )(?<!xuất )(?<!thể )(?<!biểu )"
                       r"(?:hiện(?: nay| có| đang)?(?! hành| đại| tượng| thực)|mới nhất|lũy kế|"
                       r"(?:tính )?đến nay|đang ở (?:mức|ngưỡng))")

_DAY_SPAN = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})\s*[-–]\s*(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\d/])")

_FROM_TO_DAYS = re.compile(r"(?<!\w)từ ngày (\d{1,2})/(\d{1,2}) (?:đến|tới) (?:hết )?ngày (\d{1,2})/(\d{1,2})"
                           r"(?:/((?:19|20)\d\d))?(?![\d/])", re.I)

_THIS_MONTH = re.compile(r"(?<!\w)(?:[Tt]rong tháng|[Tt]háng này)(?!\s*\d)(?!\w)")

@lru_cache(maxsize=1)
def per_units() -> tuple[re.Pattern[str], dict[str, str]]:
    """What a price is per (``data/per_units.tsv``): the pattern of "/kg", "/lượng", "/ounce" …
    (and "một/mỗi cổ phiếu") right after a money unit, and written word → the record's unit."""
    table = {lex_key(r[0]): r[1] for r in rows("per_units.tsv") if len(r) > 1}
    alts = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))
    # "đồng/kg", and "đồng một cổ phiếu", "đồng mỗi cổ phiếu" (per one, per each)
    return re.compile(rf"\s*(?:/|\s(?:một|mỗi)\s)\s*({alts})(?!\w)", re.IGNORECASE), table


@lru_cache(maxsize=1)
def goods_per_unit() -> re.Pattern[str]:
    """"/kg", "/tấn", "/con" …: the units of goods in ``data/per_units.tsv`` (third column
    "goods"), whose price is named after the goods."""
    goods = [r[0] for r in rows("per_units.tsv") if len(r) > 2 and r[2] == "goods"]
    alts = "|".join(re.escape(w) for w in sorted(goods, key=len, reverse=True))
    return re.compile(rf"\s*/\s*(?:{alts})(?!\w)", re.IGNORECASE)

_PRICE_OF = re.compile(r"(?<!\w)giá\s+((?:[^\W\d]+\s+){0,7}?(?:[^\W\d]+|\d+(?:\s+con/kg)?))"
                       r"(?=\s*(?:\(|được|ở mức|đạt|là|bình quân|dao động|chỉ|khoảng|vào khoảng|"
                       r"trung bình|từ\s+\d))", re.I)

# an aside between a figure and its share: "1,2 triệu lượt khách, chủ yếu đến Hội An, chiếm …"
_ASIDE = r"(?:chủ yếu|phần lớn|đa số|tập trung|hầu hết)"


_TIME_COUNT = re.compile(r"^\d{1,2}\s+(?:tháng|quý|năm)$", re.I)



# a name that only points back ("con số này", "mức đó"): the figure re-states an earlier one
_ANAPHOR = re.compile(
    r"^(?:con số|số liệu|mức|kết quả|chỉ tiêu|số)\s+(?:này|đó|trên|nói trên)$",
    re.I,
)

# a comparative is not a name ("cao hơn Nghệ An (8,55%)")
_COMPARATIVE = re.compile(
    r"^(?:(?:cao|thấp|nhiều|lớn|ít|nhanh|chậm|tốt)(?:\s+hơn)?(?:\s+(?:nhiều|hẳn|hơn))?|hơn|vượt"
    r"|vượt xa)$",
    re.I,
)



# a number inside the proper name of a programme or plan ("Đề án … một triệu héc-ta lúa …")
_PROGRAMME = re.compile(
    r"(?:Đề án|Chương trình|Dự án|Kế hoạch|Quy hoạch|Chiến lược|Nghị quyết|Phong trào"
    r"|Cuộc vận động)\s+(?P<gap>[^,;:.()\d]{0,80})$"
)

_PROGRAMME_LINK = re.compile(
    r"(?<!\w)(?:đạt|là|với|có|gồm|tổng|vốn|kinh phí|trị giá|mức|quy mô|thu|giải ngân|hỗ trợ"
    r"|cho|được|đã|trên|tại|ở|khoảng|gần|hơn)(?!\w)",
    re.I,
)

# the tail of a name that is a verb or relative clause, not part of the measured noun phrase
_NAME_TAIL = re.compile(
    r"\s+(?:(?:được\s+)?công bố(?:\s.*)?|ghi nhận|được|(?:là\s+)?do\s(?!.*(?:quản lý|làm chủ|sở hữu|phụ trách|đầu tư|thực hiện|cấp|thu)$).*|nguyên nhân(?:\s.*)?"
    r"|vì\s.*|bởi\s.*|cùng (?:kỳ|thời gian|thời điểm|giai đoạn)(?:\s.*)?|so với(?:\s.*)?)$",
    re.I,
)


# verbs that name an area or output only with their measure ("gieo trồng 140.000 ha lúa")
_LAND_VERBS = re.compile(
    r"^(?:gieo trồng|gieo cấy|gieo sạ|xuống giống|trồng(?: mới)?|thu hoạch|hình thành|xây dựng"
    r"|phát triển|mở rộng|chuyển đổi|đăng ký|tham gia|khai thác|nuôi(?: trồng)?|sản xuất|cấy)"
    r"(?=\s|$)",
    re.I,
)

_LAND_HEADS = re.compile(
    r"^(?:vùng|khu|cánh đồng|diện tích|rừng|đất|mô hình|trang trại|sản lượng)(?!\w)", re.I
)


_RANK_REGION = re.compile(
    r"\s*(?:(?:trong|của|tại|ở|toàn)\s+)?(?:(?:các\s+)?(?:tỉnh|địa phương)\s+)?"
    r"((?:vùng|khu vực)\s[^,;.()]+?)(?=\s*(?:[,;.()]|$)|\s(?:và\s+(?:thứ|đứng|xếp|top)|với|sau|về|trong)\s)",
    re.I,
)


_SAME_PERIOD = re.compile(r"(?<!so với )(?<!\w)cùng (?:kỳ|thời gian|thời điểm|giai đoạn)(?!\w)")

_NO_SPACE_BEFORE = {",", ")", ";", ":", ".", "%", "/"}

_NO_SPACE_AFTER = {"(", "/"}



def _key(phrase: str) -> tuple[str, ...]:
    return tuple(t.lower() for t in _TOKEN_RE.findall(phrase))


@dataclass(frozen=True)
class _Lex:
    roles: dict[tuple[str, ...], frozenset[str]]
    max_len: int
    share: dict[tuple[str, ...], str]
    basis: dict[tuple[str, ...], str]
    abbrev: list[tuple[str, str]]  # (long form lower, abbreviation), longest first
    sectors: frozenset[str]
    time: frozenset[str]  # words of a time adverbial ("trong cùng thời gian", "tháng 3")


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    roles: dict[tuple[str, ...], set[str]] = {}
    time: set[str] = set()
    for row in rows("indicator_cues.tsv"):
        if len(row) >= 2 and row[1] == "time":
            time.add(row[0].lower())
        elif len(row) >= 2:
            roles.setdefault(_key(row[0]), set()).add(row[1])
    abbrev: list[tuple[str, str]] = []
    sectors: set[str] = set()
    for row in rows("indicator_phrases.tsv"):
        if len(row) >= 2 and row[1] == "compound":
            roles.setdefault(_key(row[0]), set()).add("compound")
        elif len(row) >= 2 and row[1] == "sector":
            sectors.add(" ".join(_key(row[0])))
        elif len(row) >= 3 and row[1] == "abbrev":
            abbrev.append((" ".join(_key(row[0])), row[2]))
    share: dict[tuple[str, ...], str] = {}
    basis: dict[tuple[str, ...], str] = {}
    for row in rows("indicator_targets.tsv"):
        if len(row) >= 3:
            (share if row[1] == "share" else basis)[_key(row[0])] = row[2]
    frozen = {k: frozenset(v) for k, v in roles.items()}
    max_len = max(len(k) for k in list(frozen) + list(share) + list(basis))
    abbrev.sort(key=lambda t: -len(t[0]))
    return _Lex(frozen, max_len, share, basis, abbrev, frozenset(sectors), frozenset(time))


@lru_cache(maxsize=1)
def _roles_max_len() -> int:
    return max(len(k) for k in _lex().roles)


@lru_cache(maxsize=1)
def _role_lengths() -> dict[str, tuple[int, ...]]:
    """First word of a lexicon phrase → the lengths of the phrases it starts, longest first."""
    out: dict[str, set[int]] = {}
    for k in _lex().roles:
        if k:
            out.setdefault(k[0], set()).add(len(k))
    return {w: tuple(sorted(ns, reverse=True)) for w, ns in out.items()}
