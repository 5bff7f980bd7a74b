"""Economic indicators: every economic figure with the noun phrase it measures.

The component reads the quantities ``numbers.find_quantities`` finds in ``doc.norm`` and the
period phrases ``periods.find_periods`` finds, and turns them, sentence by sentence, into
:class:`~vnextract.document.Indicator` records:

- which quantities are indicators: an allow-list of measurable units (money, %, rank, point,
  project, enterprise, visitor, passenger, tonne, ha …) and context cues that rule out people at a
  meeting, population and area, labels and ordinals that are not rankings;
- the indicator: the measured noun phrase before the figure's verb (``đạt``, ``ước đạt``, ``là``,
  ``với``, ``thu về`` …), else the counted phrase after it, else the subject of the clause; ranks
  and scores get derived names ("xếp hạng …", "điểm …");
- a percentage right after a level (``đạt X, tăng Y%``, ``X (tăng Y%)``, ``bằng Z% dự toán``)
  becomes that level's ``change_pct`` / ``share_pct``; otherwise it is a figure of its own;
- basis ("so với cùng kỳ" …) within the sentence, period carried across sentences (a dated
  event's month for figures announced there), province from the clause (``doc.spans
  ["provinces"]``, not a former province named as history after a merger) else the paragraph,
  else ``doc.focus_province`` only when the article is about it (title or lead); ``None`` for
  "cả nước" and for every figure of a national report without a province in its clause;
- a last clean-up of every name: balanced brackets, no trailing clause ("công bố hồi …", "do …"),
  never empty or only function words (the unit's generic name, "điểm PCI", instead).

Lexicons: ``data/indicator_cues.tsv``, ``data/indicator_targets.tsv``,
``data/indicator_phrases.tsv``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import chain, islice

from ..document import Document, Indicator, Span
from .numbers import Quantity, find_quantities, load_units
from .periods import PeriodMention, article_date, find_periods, parse_period

__all__ = ["IndicatorsComponent", "extract_indicators"]

# --------------------------------------------------------------------------------------------
# lexicons

_TOKEN_RE = re.compile(r"\w+(?:[.'’&]\w+)*|[^\w\s]")


def _read_tsv(name: str) -> list[list[str]]:
    path = resources.files("vnextract") / "data" / name
    rows: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


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
    for row in _read_tsv("indicator_cues.tsv"):
        if len(row) >= 2 and row[1] == "time":
            time.add(row[0].lower())
        elif len(row) >= 2:
            roles.setdefault(_key(row[0]), set()).add(row[1])
    abbrev: list[tuple[str, str]] = []
    sectors: set[str] = set()
    for row in _read_tsv("indicator_phrases.tsv"):
        if len(row) >= 2 and row[1] == "compound":
            roles.setdefault(_key(row[0]), set()).add("compound")
        elif len(row) >= 2 and row[1] == "sector":
            sectors.add(" ".join(_key(row[0])))
        elif len(row) >= 3 and row[1] == "abbrev":
            abbrev.append((" ".join(_key(row[0])), row[2]))
    share: dict[tuple[str, ...], str] = {}
    basis: dict[tuple[str, ...], str] = {}
    for row in _read_tsv("indicator_targets.tsv"):
        if len(row) >= 3:
            (share if row[1] == "share" else basis)[_key(row[0])] = row[2]
    frozen = {k: frozenset(v) for k, v in roles.items()}
    max_len = max(len(k) for k in list(frozen) + list(share) + list(basis))
    abbrev.sort(key=lambda t: -len(t[0]))
    return _Lex(frozen, max_len, share, basis, abbrev, frozenset(sectors), frozenset(time))


@lru_cache(maxsize=1)
def _roles_max_len() -> int:
    return max(len(k) for k in _lex().roles)


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
}
# "person" only for workers
_WORKER_WORDS = {"lao động", "người lao động", "công nhân"}
_COUNT_UNIT_NAMES = {"project", "enterprise", "visitor", "passenger", "cooperative", "company"}

# Words that make a name a name (not a bare commodity in a list)
_HEAD_WORDS = (
    "giá trị", "doanh thu", "vốn", "thu", "tổng", "kim ngạch", "chỉ số", "sản lượng", "tốc độ",
    "tăng trưởng", "grdp", "gdp", "lượt", "khách", "dự án", "doanh nghiệp", "diện tích", "điểm",
    "xếp hạng", "tỷ lệ", "tỉ lệ", "quy mô", "mức", "nguồn", "chi", "nộp", "ngân sách", "xuất khẩu",
    "nhập khẩu", "giải ngân", "thuế", "lợi nhuận", "iip", "fdi", "cpi",
)
# a subject that is itself a measure cannot own another figure: "diện tích lúa đạt …, sản lượng …"
_MEASURES = (
    "diện tích", "sản lượng", "giá trị", "doanh thu", "kim ngạch", "tổng", "số ", "lượng",
    "tốc độ", "chỉ số", "tỷ lệ", "mức", "thu ", "chi ",
)
_GROWTH_WORDS = (
    "tăng", "tốc độ", "chỉ số", "tỷ lệ", "tỉ lệ", "mức", "giảm", "iip", "cpi", "lạm phát", "giá ",
)

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
_MONTHS_AFTER = re.compile(r"(?<!\w)(?:sau|trong|qua)\s+(\d{1,2})\s+tháng(?!\s*(?:\d|đầu|năm|/))", re.I)
_EXCLUDE_PERIOD_BEFORE = re.compile(
    r"(?:so với(?:\s+[^\s,.;]+){0,3}|công bố(?:\s+(?:hồi|vào|ngày|cuối|đầu|giữa))?|đưa ra|ban hành|hồi"
    r"|nhiệm kỳ|khóa|giai đoạn|tầm nhìn(?:\s+đến)?|đến năm|tới năm|đến|tới|kể từ|từ|thành lập|"
    r"trước|sau|cuối|đầu|lần|hơn|các(?: năm)?|những(?: năm)?|(?:đến|tới) hết|kế hoạch(?: vốn)?|"
    r"dự toán|(?:cao|thấp) hơn(?:[^.;,]{0,40}))\s*$",
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
_NOW_OPEN = re.compile(r"(?<!\w)(?<!thực )(?:hiện(?: nay| có| đang)?|mới nhất|lũy kế|tính đến nay)")
_DAY_SPAN = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})\s*[-–]\s*(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\d/])")
_FROM_TO_DAYS = re.compile(r"(?<!\w)từ ngày (\d{1,2})/(\d{1,2}) (?:đến|tới) (?:hết )?ngày (\d{1,2})/(\d{1,2})"
                           r"(?:/((?:19|20)\d\d))?(?![\d/])", re.I)
_THIS_MONTH = re.compile(r"(?<!\w)(?:[Tt]rong tháng|[Tt]háng này)(?!\s*\d)(?!\w)")
_PER_UNIT = re.compile(r"\s*/\s*(?:kg|tấn|con|lít|m2|m²|chiếc|tạ|yến)(?!\w)", re.I)
_PRICE_OF = re.compile(r"(?<!\w)giá\s+((?:[^\W\d]+\s+){0,7}?(?:[^\W\d]+|\d+(?:\s+con/kg)?))"
                       r"(?=\s*(?:\(|được|ở mức|đạt|là|bình quân|dao động|chỉ|khoảng|vào khoảng|"
                       r"trung bình|từ\s+\d))", re.I)
# an aside between a figure and its share: "1,2 triệu lượt khách, chủ yếu đến Hội An, chiếm …"
_ASIDE = r"(?:chủ yếu|phần lớn|đa số|tập trung|hầu hết)"
_DEGREE = {"mạnh", "nhẹ", "nhất", "mạnh nhất", "cao nhất", "nhiều nhất", "sâu nhất", "nhanh nhất"}
_TIME_COUNT = re.compile(r"^\d{1,2}\s+(?:tháng|quý|năm)$", re.I)
_JUNK = {
    "ở", "tại", "của", "với", "và", "là", "sau", "trước", "trong", "từ", "đến", "cho", "theo",
    "nay", "này", "đó", "năm", "tháng", "quý", "khi", "thì", "mà", "được", "có", "đạt", "ước",
    "còn", "riêng", "nhất", "hơn", "lần", "toàn", "xã", "huyện", "tỉnh", "thành phố", "phường",
}
# names too general to stand alone: "doanh thu 6 tháng …" takes the clause subject
_GENERIC_HEADS = {
    "doanh thu", "giá trị", "tổng vốn", "vốn", "số vốn", "tổng giá trị", "kim ngạch", "sản lượng",
    "doanh nghiệp", "dự án", "lượt khách",
}
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
# nouns whose province is an attribute (origin, market), not the place of the figure:
# "doanh nghiệp Bình Phước", "thị trường Bình Phước", "nhà đầu tư Hà Nội"
_ATTR_NOUNS = re.compile(
    r"(?<!\w)(?:doanh nghiệp|nhà đầu tư|thị trường|thương nhân|hợp tác xã|du khách|người dân"
    r"|công ty|tập đoàn)\s*$",
    re.I,
)
# a province named in a comparison list is not the owner of later figures:
# "đứng thứ 5 sau TP.HCM, Hà Nội …", "so với hai tỉnh lân cận là Hà Nam (8,9%) và Ninh Bình"
_COMPARE_BEFORE = re.compile(
    r"(?<!\w)(?:so với|sau|trên|hơn|như|là|gồm|vượt|kém)\s+(?:(?:các|hai|ba|tỉnh|thành phố|tp\.?)"
    r"\s+)?$",
    re.I,
)
_LIST_GAP = re.compile(r"^\s*(?:\([^()]*\))?\s*(?:,|và|,\s*và)\s*$", re.I)
# money named only by its capital head, after a count of projects/enterprises in the sentence
_CAPITAL_HEADS = {
    "tổng vốn", "vốn", "số vốn", "tổng số vốn", "tổng vốn đăng ký", "vốn đăng ký",
    "tổng vốn đầu tư", "vốn đầu tư", "tổng vốn đầu tư đăng ký",
}
# ranking denominators that are not names ("thứ 15/63 tỉnh, thành phố và thứ 4/11 …")
_DENOMINATORS = {
    "tỉnh, thành phố", "tỉnh, thành", "tỉnh thành", "tỉnh", "thành phố", "địa phương",
    "cả nước", "toàn quốc", "tỉnh, thành phố trực thuộc trung ương",
}
# an article about the whole country: its figures are national unless a province is named
_NATIONAL_SOURCE = re.compile(
    r"(?<!\w)(?:cả nước|toàn quốc|tổng cục thống kê|cục thống kê(?!\s+(?:tỉnh|thành phố|tp))"
    r"|bộ (?:tài chính|kế hoạch và đầu tư|công thương|nông nghiệp|xây dựng|giao thông vận tải"
    r"|lao động)|ngân hàng nhà nước(?! chi nhánh)|kinh tế việt nam)(?!\w)",
    re.I,
)
_NATIONAL_QUALIFIER = re.compile(
    r"(?:thứ\s*\d+(?:/\d+)?|thứ \w+|bình quân(?: chung)?(?: của)?|so với|trung bình(?: của)?"
    r"|dẫn đầu|đầu|tốp đầu|top|cao nhất|nhất|hơn)\s*$"
)
# a province named as history after a merger is not the place of a figure
_HISTORY_BEFORE = re.compile(
    r"(?<!\w)(?:sáp nhập(?:\s+(?:với|vào|từ|của|cùng))?|trước đây(?:\s+(?:là|của|thuộc))?"
    r"|trước khi sáp nhập|hợp nhất(?:\s+(?:với|từ))?)[\s,]*(?:(?:tỉnh|thành phố|tp\.?)\s+)?$",
    re.I,
)
_HISTORY_AFTER = re.compile(r"^\s*(?:\(\s*cũ\s*\)|cũ(?!\w)|trước đây|trước sáp nhập)", re.I)
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
# a dated event: its date is the period of the figures announced there
_EVENT_BEFORE = re.compile(
    r"(?<!\w)(?:hội nghị|lễ|diễn đàn|sự kiện|hội thảo|tọa đàm|buổi|hội chợ|triển lãm|phiên)"
    r"[^,;:.()]{0,60}$",
    re.I,
)
# the tail of a name that is a verb or relative clause, not part of the measured noun phrase
_NAME_TAIL = re.compile(
    r"\s+(?:(?:được\s+)?công bố(?:\s.*)?|ghi nhận|được|(?:là\s+)?do\s(?!.*(?:quản lý|làm chủ|sở hữu|phụ trách|đầu tư|thực hiện|cấp|thu)$).*|nguyên nhân(?:\s.*)?"
    r"|vì\s.*|bởi\s.*|cùng (?:kỳ|thời gian|thời điểm|giai đoạn)(?:\s.*)?|so với(?:\s.*)?)$",
    re.I,
)
# words that alone never make a name
_FUNCTION_WORDS = _JUNK | {
    "cùng", "kỳ", "thời", "gian", "điểm", "giai", "đoạn", "ngoái", "trên", "địa", "bàn", "các",
    "những", "một", "nhiều", "về", "đây", "hiện", "nay", "so", "do", "vì", "bởi", "nhưng", "tuy",
    "như", "đã", "đang", "sẽ", "cũng", "vẫn", "chỉ", "rất", "lại", "ra", "vào", "lên", "xuống",
    "bình", "quân", "chung", "tổng", "cộng", "(", ")", ",", "-", "–",
}
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
# the generic name of a unit, for a figure whose sentence names nothing else
_UNIT_GENERIC = {
    "%": "tỷ lệ", "rank": "xếp hạng", "point": "điểm", "project": "số dự án",
    "enterprise": "số doanh nghiệp", "visitor": "lượt khách", "passenger": "lượt hành khách",
    "tonne": "sản lượng", "ha": "diện tích", "cooperative": "số hợp tác xã",
    "company": "số doanh nghiệp", "job": "số việc làm", "TEU": "sản lượng container",
    "MW": "công suất", "kWh": "sản lượng điện",
}
_RANK_REGION = re.compile(
    r"\s*(?:(?:trong|của|tại|ở|toàn)\s+)?(?:(?:các\s+)?(?:tỉnh|địa phương)\s+)?"
    r"((?:vùng|khu vực)\s[^,;.()]+?)(?=\s*(?:[,;.()]|$)|\s(?:và\s+(?:thứ|đứng|xếp|top)|với|sau|về|trong)\s)",
    re.I,
)
_ROUTE_WORDS = {
    "tỉnh", "lộ", "quốc lộ", "tỉnh lộ", "huyện lộ", "tuyến", "số", "đường", "cao tốc", "cầu",
    "đt", "ql", "đh", "khu", "lô", "cụm", "nhà máy", "dự án", "thành phần", "phần", "gói thầu",
    "giai đoạn",
}
_SAME_PERIOD = re.compile(r"(?<!so với )(?<!\w)cùng (?:kỳ|thời gian|thời điểm|giai đoạn)(?!\w)")
_NO_SPACE_BEFORE = {",", ")", ";", ":", ".", "%", "/"}
_NO_SPACE_AFTER = {"(", "/"}


# --------------------------------------------------------------------------------------------
# sentence items


@dataclass(slots=True)
class _Item:
    start: int
    end: int
    text: str
    kind: str  # w (words), p (punctuation), q (quantity), per (period), prov (province)
    roles: frozenset[str] = frozenset()
    ref: int = -1  # index into quantities / periods / provinces

    @property
    def low(self) -> str:
        return self.text.lower()


@dataclass
class _Entry:
    q: Quantity
    qi: int
    sent: int
    para: int
    indicator: str = ""
    value: float = 0.0
    unit: str = ""
    qualifier: str = "exact"
    change_pct: float | None = None
    change_pos: int = -1
    growth: bool = False
    basis: str | None = None
    share_pct: float | None = None
    share_of: str | None = None
    period: str | None = None
    province: str | None = None
    of: int | None = None
    tail: int = 0  # norm position after the figure and what was attached to it
    title: bool = False
    verbal: bool = False  # a count named by the verb phrase before it ("cấp mới 26 dự án")
    derived_from: _Entry | None = field(default=None, repr=False)


class _Blocks:
    """Blocks (start, end, kind, ref) added in order of their start, some later removed; finds
    the live blocks overlapping a range by looking back only as far as the longest block."""

    def __init__(self) -> None:
        self.blocks: list[tuple[int, int, str, int]] = []
        self.starts: list[int] = []
        self.dead: set[int] = set()
        self.longest = 0

    def add(self, block: tuple[int, int, str, int]) -> None:
        self.blocks.append(block)
        self.starts.append(block[0])
        self.longest = max(self.longest, block[1] - block[0])

    def overlapping(self, start: int, end: int) -> list[tuple[_Blocks, int]]:
        out: list[tuple[_Blocks, int]] = []
        j = bisect_left(self.starts, end) - 1
        while j >= 0 and self.starts[j] + self.longest > start:
            b = self.blocks[j]
            if j not in self.dead and b[0] < end and start < b[1]:
                out.append((self, j))
            j -= 1
        return out

    def remove(self, j: int) -> None:
        self.dead.add(j)

    def alive(self) -> list[tuple[int, int, str, int]]:
        return [b for j, b in enumerate(self.blocks) if j not in self.dead]


@dataclass(slots=True)
class _Period:
    start: int
    end: int
    iso: str
    kind: str
    valid: bool  # may be a figure's period (not a basis, not a publication date)


class _Extractor:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.norm = doc.norm
        self.lower = doc.lower
        self.lex = _lex()
        self.qs = find_quantities(self.norm)
        self.q_starts = [q.start for q in self.qs]
        provs = sorted(doc.spans.get("provinces", []), key=lambda s: s.nstart)
        self.provs: list[Span] = provs
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", self.norm)]
        self.sentences = self._sentences()
        self.sent_starts = [a for a, _ in self.sentences]
        self.periods = self._periods()
        self.period_starts = [p.start for p in self.periods]
        self.prov_starts = [p.nstart for p in self.provs]
        y, m, _ = article_date(self.norm)
        self.event_month = f"{y:04d}-{m:02d}" if y and m else None
        self.entries: list[_Entry] = []
        self._verbal = False
        self.history = self._history()
        self.history_starts = {self.provs[i].nstart for i in self.history}
        self._attr_cache: dict[int, bool] = {}
        self._sent_names: dict[int, set[str | None]] = {}
        self._heads: list[int] = []
        self._last_ok: list[int] | None = None
        self.semicolons = [m.start() for m in re.finditer(";", self.norm)]
        self.max_prov_len = max((p.nend - p.nstart for p in self.provs), default=0)
        self.country = [(m.start(), m.end()) for m in _COUNTRY.finditer(self.lower)]
        self.country_starts = [a for a, _ in self.country]
        self.bare_province = [m.start() for m in _BARE_PROVINCE.finditer(self.norm)]
        self.title_end = self._title_end()
        self.national, self.focus, self.focus_weak = self._focus()
        self.valid = [p for p in self.periods if p.valid]
        self.valid_starts = [p.start for p in self.valid]
        self.now_marks = [(m.start(), m.end()) for m in _NOW_OPEN.finditer(self.lower)]
        self.event_marks = [(m.start(), m.end()) for m in _EVENT_CUE_OPEN.finditer(self.lower)]
        self._events: dict[int, str | None] = {}
        self._index_marks: dict[str, tuple[int, set[int]]] = {}
        self.focus_starts = [p.nstart for p in self.provs
                             if self.focus and p.data.get("name") == self.focus]

    def _history(self) -> set[int]:
        """Province mentions named as history after a merger ("tỉnh Kiên Giang (cũ)")."""
        out: set[int] = set()
        low = self.lower
        for i, s in enumerate(self.provs):
            if _HISTORY_BEFORE.search(low[max(0, s.nstart - 30) : s.nstart]) or (
                    _HISTORY_AFTER.match(low[s.nend : s.nend + 20])):
                out.add(i)
        return out

    def _focus(self) -> tuple[bool, str | None, bool]:
        """(national article, fallback province, fallback only where named in the paragraph).

        The focus province is the fallback only when the article is about it: it is in the title
        or the lead (and the lead is not a national report). A national article (title or lead
        about "cả nước", the statistics office, a ministry) has no fallback."""
        focus = self.doc.focus_province
        te = self.title_end
        lead = next(((a, b) for a, b in self.sentences if a >= te and b - a > 20), (te, te))
        names = [(s.nstart, s.data.get("name")) for i, s in enumerate(self.provs)
                 if i not in self.history]
        in_lead = [(p, n) for p, n in names if lead[0] <= p < lead[1]]
        national_at = -1
        for a, b in ((0, te), lead):
            for m in _NATIONAL_SOURCE.finditer(self.lower, a, b):
                pre = self.lower[max(a, m.start() - 25) : m.start()]
                if not _NATIONAL_QUALIFIER.search(pre):  # "đứng thứ 2 cả nước": a rank
                    national_at = m.start()
                    break
            if national_at >= 0:
                break
        if focus is None:
            return national_at >= 0, None, False
        if any(p < te and n == focus for p, n in names):
            return False, focus, False
        if in_lead and in_lead[0][1] == focus and (national_at < 0 or in_lead[0][0] < national_at):
            return False, focus, False  # the province is the subject of the lead
        if national_at >= 0:
            return True, None, False
        return False, focus, True

    # -- structure ---------------------------------------------------------------------------
    def _sentences(self) -> list[tuple[int, int]]:
        if self.doc.sentences:
            return [(s.nstart, s.nend) for s in self.doc.sentences]
        from ..tokenize import split_sentences

        return split_sentences(self.norm)

    def para_of(self, pos: int) -> int:
        return bisect_right(self.line_starts, pos) - 1

    def _periods(self) -> list[_Period]:
        norm = self.norm
        raw: list[PeriodMention] = list(find_periods(norm))
        # bare years after an index name ("PCI 2022") and "sau 8 tháng"
        taken = [(p.start, p.end) for p in raw]

        def free(s: int, e: int) -> bool:
            return all(e <= a or s >= b for a, b in taken)

        for m in _YEAR_AFTER_ABBR.finditer(norm):
            if free(m.start(1), m.end(1)):
                raw.append(PeriodMention(m.start(1), m.end(1), m.group(1), m.group(1), "year"))
        for m in _MONTHS_AFTER.finditer(norm):
            n = int(m.group(1))
            if 1 <= n <= 12 and free(m.start(1), m.end()):
                raw.append(
                    PeriodMention(m.start(), m.end(), norm[m.start() : m.end()], None,
                                  "months_to_date", True)
                )
        def add_span(m: re.Match[str], y: int) -> None:
            """Days from month group 2 to month group 4 of ``y``, replacing what they cover."""
            nonlocal raw
            m1, m2 = int(m.group(2)), int(m.group(4))
            if not 1 <= m1 <= m2 <= 12:
                return
            iso = f"{y}-{m1:02d}" if m1 == m2 else f"{y}-{m1:02d}/{y}-{m2:02d}"
            raw = [p for p in raw if p.end <= m.start() or p.start >= m.end()]
            raw.append(PeriodMention(m.start(), m.end(), m.group(), iso, "span"))

        # a span of days across months: "dịp nghỉ lễ 30/4 - 1/5/2024" covers April and May
        for m in _DAY_SPAN.finditer(norm):
            add_span(m, int(m.group(5)))
        # "từ ngày 27/4 đến hết ngày 1/5": a span of days, in the year written last before it
        for m in _FROM_TO_DAYS.finditer(norm):
            y_m = list(re.finditer(r"(?<!\d)((?:19|20)\d\d)(?!\d)", norm[max(0, m.start() - 300) : m.end()]))
            if y_m:
                add_span(m, int(m.group(5) or y_m[-1].group(1)))
        # "Trong tháng, …" in a monthly report: the month named last
        for m in _THIS_MONTH.finditer(norm):
            raw.append(PeriodMention(m.start(), m.end(), m.group(), None, "this_month", True))
        raw.sort(key=lambda p: p.start)
        years: list[tuple[int, int]] = []
        for p in raw:
            if p.iso and not p.needs_year and p.kind != "same_period":
                if not re.search(r"so với\s*$", norm[max(0, p.start - 12) : p.start], re.I):
                    years.append((p.start, int(p.iso[:4])))
        years.sort()
        first_year = years[0][1] if years else article_date(norm)[0]
        out: list[_Period] = []
        for p in raw:
            if p.kind == "same_period":
                continue
            iso = p.iso
            if p.kind == "this_month":
                last = next((o for o in reversed(out) if o.kind == "month" and o.valid), None)
                if last is not None:
                    out.append(_Period(p.start, p.end, last.iso, "month", True))
                continue
            if p.needs_year or iso is None:
                i = bisect_right(years, (p.start, 10**9)) - 1
                ctx = years[i][1] if i >= 0 else first_year
                if p.kind == "months_to_date" and iso is None:
                    dm = re.search(r"\d+", p.text)
                    n = int(dm.group()) if dm else 0
                    iso = f"{ctx}-01/{ctx}-{n:02d}" if ctx and 1 <= n <= 12 else None
                    iso = iso if n > 1 else (f"{ctx}-01" if ctx and n == 1 else None)
                else:
                    iso = parse_period(p.text, ctx) if ctx else None
            if not iso:
                continue
            before = norm[max(0, p.start - 30) : p.start]
            valid = p.kind != "date" and not _EXCLUDE_PERIOD_BEFORE.search(before)
            if p.kind == "ytd":
                valid = not re.search(r"so với\s*$", before, re.I)
            if p.kind == "date":
                iso = iso[:7] if len(iso) >= 7 else iso
            out.append(_Period(p.start, p.end, iso, p.kind, valid))
        return out

    def _items(self, ns: int, ne: int) -> list[_Item]:
        """The sentence as items: quantities, periods and provinces as blocks, words between."""
        blocks = self._blocks(ns, ne)
        blocks.sort()
        items: list[_Item] = []
        pos = ns
        for bs, be, kind, ref in blocks:
            if bs < pos:
                continue
            self._words(pos, bs, items)
            items.append(_Item(bs, be, self.norm[bs:be], kind, frozenset(), ref))
            pos = be
        self._words(pos, ne, items)
        return items

    def _blocks(self, ns: int, ne: int) -> list[tuple[int, int, str, int]]:
        """The periods, quantities and provinces of a sentence as (start, end, kind, ref), in
        text order. A money, percent, count or rank quantity wins over what it overlaps; any other
        block is kept only where it overlaps nothing kept before it. Each overlap test looks only
        at the blocks near it, so a long sentence stays linear."""
        pers = _Blocks()
        for i in range(bisect_left(self.period_starts, ns), bisect_left(self.period_starts, ne)):
            p = self.periods[i]
            end = p.end
            m = re.match(r"\s+nay(?!\w)", self.norm[end : end + 5])
            if m:
                end += m.end()
            pers.add((p.start, min(end, ne), "per", i))
        quants = _Blocks()
        for i in range(bisect_right(self.q_starts, ns - 1), len(self.qs)):
            q = self.qs[i]
            if q.start >= ne:
                break
            hits = pers.overlapping(q.start, q.end) + quants.overlapping(q.start, q.end)
            if not hits or q.kind in ("money", "percent", "count", "rank"):
                for blocks, j in hits:
                    blocks.remove(j)
                quants.add((q.start, min(q.end, ne), "q", i))
        kept = _Blocks()
        for b in sorted(pers.alive() + quants.alive()):
            kept.add(b)
        provs = _Blocks()
        for i in range(bisect_left(self.prov_starts, ns), bisect_left(self.prov_starts, ne)):
            sp = self.provs[i]
            if not kept.overlapping(sp.nstart, sp.nend) and not provs.overlapping(sp.nstart,
                                                                                  sp.nend):
                provs.add((sp.nstart, sp.nend, "prov", i))
        return sorted(kept.alive() + provs.alive())

    def _attributive(self, pos: int) -> bool:
        """A province at ``pos`` that qualifies a noun before it ("doanh nghiệp Bình Phước …
        tại Đắk Nông"): only when its sentence names another province for the figure."""
        got = self._attr_cache.get(pos)
        if got is None:
            got = self._attr_cache[pos] = self._attributive_at(pos)
        return got

    def _attributive_at(self, pos: int) -> bool:
        if _ATTR_NOUNS.search(self.lower[max(0, pos - 20) : pos]) is None:
            return False
        i = bisect_right(self.sent_starts, pos) - 1
        j = bisect_left(self.prov_starts, pos)
        here = self.provs[j] if j < len(self.provs) and self.prov_starts[j] == pos else None
        name = here.data.get("name") if here is not None else None
        return bool(self._sentence_names(i) - {name})

    def _sentence_names(self, i: int) -> set[str | None]:
        """The province names of sentence ``i`` (computed once per sentence)."""
        got = self._sent_names.get(i)
        if got is None:
            ns, ne = self.sentences[i] if i >= 0 else (0, len(self.norm))
            got = {p.data.get("name") for p in
                   self.provs[bisect_left(self.prov_starts, ns) : bisect_left(self.prov_starts, ne)]}
            self._sent_names[i] = got
        return got

    def _list_head(self, idx: int) -> int:
        """The first province of the list that province mention ``idx`` belongs to (memoized:
        a long list is walked once)."""
        heads = self._heads
        while len(heads) <= idx:
            j = len(heads)
            gap = self.norm[self.provs[j - 1].nend : self.provs[j].nstart] if j else ""
            heads.append(heads[j - 1] if j and _LIST_GAP.match(gap) else j)
        return heads[idx]

    def _compared(self, idx: int) -> bool:
        """True when province mention ``idx`` is an item of a comparison list."""
        pos = self.provs[self._list_head(idx)].nstart
        return _COMPARE_BEFORE.search(self.lower[max(0, pos - 40) : pos]) is not None

    def _words(self, s: int, e: int, items: list[_Item]) -> None:
        toks = [(m.start() + s, m.end() + s, m.group()) for m in _TOKEN_RE.finditer(self.norm[s:e])]
        lex = self.lex
        lows = tuple(t[2].lower() for t in toks)
        roles_get = lex.roles.get
        top = _roles_max_len()
        i = 0
        while i < len(toks):
            best = 0
            roles: frozenset[str] = frozenset()
            for n in range(min(top, len(toks) - i), 0, -1):
                r = roles_get(lows[i : i + n])
                if r is not None:
                    best, roles = n, r
                    break
            if best == 0:
                best = 1
            a, b = toks[i][0], toks[i + best - 1][1]
            text = self.norm[a:b]
            kind = "p" if best == 1 and not text[0].isalnum() and text != "(" else "w"
            if text == "(":
                kind = "p"
            items.append(_Item(a, b, text, kind, roles))
            i += best

    # -- phrases ---------------------------------------------------------------------------
    def _join(self, items: list[_Item]) -> str:
        out = ""
        for it in items:
            if it.kind == "prov":
                continue
            t = it.text
            if not out:
                out = t
            elif t in _NO_SPACE_BEFORE or out[-1] in _NO_SPACE_AFTER:
                out += t
            else:
                out += " " + t
        return out

    def _clean(self, items: list[_Item], post: bool = False) -> list[_Item]:
        """Drop provinces (with their level word and "của/tại"), periods, edge adverbs."""
        out: list[_Item] = []
        for it in items:
            if it.kind == "prov" and self._attributive(it.start) or it.kind == "prov" and out and (
                    out[-1].low in ("khu vực", "vực", "vùng", "địa bàn", "bàn")) and (
                    it.start in self.history_starts):
                # "khu vực tỉnh Kiên Giang (cũ) thu …": the former province qualifies the name
                # "doanh nghiệp Bình Phước": the province belongs to the name
                out.append(_Item(it.start, it.end, it.text, "w", frozenset({"attr"})))
                continue
            if it.kind == "prov" and len(out) >= 2 and out[-1].low == "đến" and any(
                    "khách" in o.low for o in out):
                # "lượt khách đến Hà Nội": the destination belongs to the name
                text = re.sub(r"^(?:tỉnh|thành phố)\s+", "", it.text, flags=re.I)
                out.append(_Item(it.start, it.end, text, "w", frozenset({"attr"})))
                continue
            if it.kind == "prov":
                while out and out[-1].low in ("tỉnh", "thành phố", "tp", "tp.", "của", "tại", "ở",
                                              "vào", "trên", "thuộc"):
                    out.pop()
                continue
            if it.kind == "per":
                continue
            if not post and "adverb" in it.roles and not it.low.startswith("hiện"):
                continue
            out.append(it)
        if post:
            while out and (out[-1].kind == "p" and out[-1].text != ")" or "lead" in out[-1].roles):
                out.pop()
            return out
        while out and (out[0].kind == "p" and out[0].text not in "(" or "lead" in out[0].roles
                       or "adverb" in out[0].roles or "skip" in out[0].roles
                       or "generic" in out[0].roles and len(out) > 1
                       and "attr" not in out[1].roles):
            out.pop(0)
        while out and (out[-1].kind == "p" and out[-1].text != ")" or "lead" in out[-1].roles
                       or "adverb" in out[-1].roles or "skip" in out[-1].roles):
            out.pop()
        # a leading subject before an activity verb: "các doanh nghiệp (trên địa bàn) xuất khẩu"
        for v, it in enumerate(out):
            if "verbhead" in it.roles and v > 0:
                head = out[:v]
                if all("generic" in h.roles or h.low in ("trên địa bàn", "trên", "địa", "bàn",
                                                         "toàn", "đã") for h in head):
                    out = out[v:]
                break
        # balance parentheses
        if sum(1 for i in out if i.text == "(") != sum(1 for i in out if i.text == ")"):
            out = [i for i in out if i.text not in "()"]
        return out

    def _name(self, items: list[_Item], post: bool = False) -> str:
        items = self._clean(items, post)
        if all(it.roles & {"national", "generic"} or it.kind == "p" for it in items):
            return ""
        text = self._join(items)
        text = re.sub(r"\s(?:của|tại|trên địa bàn|vào) (?:tỉnh|thành phố|tỉnh nhà)(?=\s|$)", "",
                      text, flags=re.I)
        prev = None
        while prev != text:
            prev = text
            text = _TRAIL_LOC.sub("", text).strip(" ,;:-–")
            text = _LEAD_WORDS.sub("", text).strip(" ,;:-–")
        # "(địa phương) thu hút nhiều vốn FDI nhất": the thing measured, not the superlative
        m = re.fullmatch(r"(?:(?:thu hút|đạt|có|xuất khẩu)\s+)?(?:nhiều|lớn|cao)\s+(.+?)\s+nhất", text,
                         re.I)
        if m:
            text = m.group(1)
        text = re.sub(r"^cán cân thương mại\s+(?=(?:xuất|nhập) siêu$)", "", text, flags=re.I)
        if text.lower() in _JUNK or _COMPARATIVE.match(text):
            return ""
        if not text or _key(text) in self.lex.roles and (
            self.lex.roles[_key(text)] & {"generic", "national", "pred", "skip", "stop", "lead"}
        ):
            return ""
        return text

    def _np_back(self, items: list[_Item], k: int, lo: int, again: bool = True) -> list[_Item]:
        """The noun phrase ending before items[k+1]: skip the verb chain, collect to a boundary."""
        k0 = k
        while k >= lo and (
            items[k].roles & {"pred", "skip", "adverb"} or items[k].kind == "per"
            or items[k].text == "("
        ):
            k -= 1
        if k >= lo and items[k].text == ")":
            # "Giá trị sản xuất công nghiệp (theo giá so sánh 2010) ước đạt": a qualifier in
            # brackets, not an abbreviation ("(CPI)"), stands outside the phrase
            o = k - 1
            while o >= 0 and items[o].text != "(" and k - o < 12:
                o -= 1
            if o >= 0 and items[o].text == "(" and not (
                    k - o == 2 and re.fullmatch(r"[A-ZĐ][A-Z0-9Đ&-]{1,9}", items[o + 1].text)):
                k = o - 1
                lo = 0 if k < lo else lo
                while k >= lo and items[k].roles & {"pred", "skip", "adverb"}:
                    k -= 1
        if k - 1 >= lo and items[k].low in _DEGREE and items[k - 1].roles & {"up", "down"}:
            k -= 2  # "nhóm nhà ở … tăng mạnh nhất với 1,2%"
        elif k - 2 >= lo and items[k].low == "nhất" and items[k - 1].low in _DEGREE and (
                items[k - 2].roles & {"up", "down"}):
            k -= 3
        t = self._time_tail(items, k)
        if t != k:  # "vốn FDI thực hiện trong cùng thời gian chỉ đạt …": past the time phrase
            k = t
            if k < lo:  # the phrase lies before the time count that bounded the search
                lo = 0
            while k >= lo and (items[k].roles & {"pred", "skip", "adverb"}
                               or items[k].kind == "per"):
                k -= 1
        out: list[_Item] = []
        while k >= lo:
            it = items[k]
            if it.kind == "q" and not self._route_number(items, k):
                break
            if it.kind == "p" and it.text not in "()-–/&":
                break
            if it.roles & {"stop", "pred"} and not it.roles & {"compound", "verbhead"}:
                # "thu từ thuế, phí", "doanh thu từ du lịch": "từ" inside a revenue name
                if not (it.low == "từ" and k - 1 >= lo and items[k - 1].low == "thu"):
                    break
            out.append(it)
            k -= 1
        out.reverse()
        if again and not self._name(out) and k >= lo and items[k].text == "," and k < k0:
            # "công nghiệp – xây dựng gần như đi ngang, đạt …": the phrase before the comma
            if k - 1 >= lo and items[k - 1].roles & {"adverb", "skip", "pred"}:
                return self._np_back(items, k - 1, lo, again=False)
        return out

    def _time_tail(self, items: list[_Item], k: int) -> int:
        """The index before a time adverbial that ends at items[k] ("trong cùng thời gian",
        "trong 9 tháng qua", "tháng 3" with no year), or ``k`` when there is none."""
        time = self.lex.time
        j = k
        while j >= 0 and k - j < 8:
            it = items[j]
            if it.kind == "per" or it.kind == "q" and (
                    self.qs[it.ref].unit is None and self.qs[it.ref].kind in ("number", "other")
                    or _TIME_COUNT.match(it.text)):
                j -= 1
                continue
            if it.kind == "w" and all(w in time for w in it.low.split()):
                j -= 1
                continue
            break
        if j == k:
            return k
        first = items[j + 1]
        if first.low.split()[0] == "trong" or first.low.startswith("tính trong"):
            return j
        if first.low in ("tháng", "quý") and j + 2 <= k and items[j + 2].kind in ("q", "w") and (
                items[j + 2].kind == "q" or items[j + 2].low in ("i", "ii", "iii", "iv", "đầu",
                                                                  "cuối", "này", "qua")):
            return j
        return k

    def _route_number(self, items: list[_Item], k: int) -> bool:
        """A bare number that is part of a name: "đường tỉnh 827", "quốc lộ 14", "tuyến số 3"."""
        q = self.qs[items[k].ref]
        return (q.unit is None and q.kind in ("number", "other") and k > 0
                and items[k - 1].low in _ROUTE_WORDS)

    def _np_fwd(self, items: list[_Item], k: int, limit: int = 9) -> list[_Item]:
        """Words from items[k] on, up to a boundary (for the counted thing after a number)."""
        out: list[_Item] = []
        depth = 0
        while k < len(items) and len(out) < limit:
            it = items[k]
            if it.kind in ("q", "per"):
                break
            if it.text == "(":
                depth += 1
            elif it.text == ")":
                if depth == 0:
                    break
                depth -= 1
            elif it.kind == "p" and it.text not in "-–&/":
                break
            if it.kind == "w" and (it.roles & {"stop", "pred"} and not it.roles & {"compound"}
                                   or it.low in ("so với", "bằng", "tại", "ở", "trên địa bàn",
                                                 "so", "của", "vào", "cho", "từ", "do", "nhờ",
                                                 "vì", "bởi", "bởi vì", "song", "nhưng")):
                break
            if it.low in ("tăng", "giảm") and k + 1 < len(items) and items[k + 1].kind == "q":
                break
            if it.low == "và":
                break
            out.append(it)
            k += 1
        while out and (out[-1].roles & {"skip", "lead"} or out[-1].kind == "p"):
            out.pop()
        return out

    def _subject(self, items: list[_Item], lo: int, hi: int) -> str:
        """The first noun phrase of the clause items[lo:hi] (after attributions)."""
        start = lo
        for j in range(lo, hi):
            if items[j].low in ("cho biết", "cho thấy", "khẳng định", "thông tin"):
                start = j + 1
        seg: list[_Item] = []
        j = start
        while j < hi:
            it = items[j]
            j += 1
            if it.kind == "q" or it.kind == "p" and it.text not in "()-–&/" or it.kind == "per":
                if seg:
                    break
                continue
            if it.low.split()[0] in ("theo", "tại", "về", "trong", "sau", "trước", "với", "đến",
                                     "xét", "so", "cùng") and (
                    not seg):
                # "Theo Bộ Tài chính, …", "Tại hội nghị, …", "so với cùng kỳ tăng …": skip the
                # adverbial up to its comma or the growth verb
                while j < hi and items[j].text != "," and not items[j].roles & {"up", "down"}:
                    j += 1
                continue
            if it.roles & {"pred", "stop", "verbhead"} or it.low in ("của", "nâng", "tăng", "giảm") or (
                    "adverb" in it.roles and seg):
                if seg:
                    break
                continue
            seg.append(it)
        return self._name(seg)

    def _about(self, items: list[_Item], k: int, direction: int, hi: int) -> str:
        """ "về X" near a ranking: after it in the clause, or "xét về X," before it."""
        rng = range(k + 1, hi) if direction > 0 else range(k - 1, -1, -1)
        for j in rng:
            it = items[j]
            if it.kind == "q" or it.text in (".", ";"):
                break
            if it.low in ("về", "xét về"):
                name = self._name(self._np_fwd(items, j + 1, 12))
                if name:
                    return name
        return ""

    # -- main --------------------------------------------------------------------------------
    def run(self) -> list[_Entry]:
        title_end = self.title_end
        prev_para_entries: dict[int, list[_Entry]] = {}
        para_basis: dict[int, str] = {}
        groups: list[tuple[list[_Entry], int, int, str | None]] = []
        for si, (ns, ne) in enumerate(self.sentences):
            para = self.para_of(ns)
            items = self._items(ns, ne)
            entries = self._sentence(si, para, ns, ne, items, prev_para_entries.get(para, []))
            # a sentence-initial "So với cùng kỳ năm trước, …" states the basis for its paragraph
            m = re.match(r"so với ([^,]+),", self.lower[ns : ns + 60])
            if m:
                b = self._basis_label(m.group(1), None)
                if b:
                    para_basis[para] = b
            for e in entries:
                e.title = ns < title_end
            groups.append((entries, ns, ne, para_basis.get(para)))
            prev_para_entries.setdefault(para, []).extend(entries)
            self.entries.extend(entries)
        self.assign_context()
        for entries, ns, ne, pb in groups:
            self._bases(entries, ns, ne, pb)
        out = self._merge(self.entries)
        for e in out:
            e.indicator = self._tidy(e)
        return out

    def _tidy(self, e: _Entry) -> str:
        """The final clean-up of a name: balanced brackets, no verb or relative clause at its end,
        never empty, never only function words."""
        name = " ".join(e.indicator.split())
        name = re.sub(r"\(\s*\)", "", name)
        # "(FDI thu hút" → "(FDI) thu hút"
        opened = name.count("(") - name.count(")")
        if opened > 0:
            name = re.sub(r"\(([^()\s]+)(?![^(]*\))", r"(\1)", name, count=opened)
        if name.count("(") != name.count(")"):
            name = name.replace("(", "").replace(")", "")
        name = re.sub(r"\s+của(?=\s+(?:trên địa bàn|tại|ở)(?!\w))", "", name, flags=re.I)
        # a former province's "(cũ)" left behind when the province was dropped from the name
        name = re.sub(r"(?<!\S)([a-zà-ỹđ]+)\s+\(cũ\)", r"\1", name)
        prev = None
        while prev != name:
            prev = name
            name = _NAME_TAIL.sub("", name).strip(" ,;:-–")
            name = _TRAIL_LOC.sub("", name).strip(" ,;:-–")
        if e.unit == "point":
            name = re.sub(r"^(?:điểm\s+)+(?:về\s+|số\s+)?", "điểm ", name, flags=re.I).strip()
        words = [w.strip("(),") for w in name.lower().split()]
        if not name or all(w in _FUNCTION_WORDS or not w for w in words) or (
                len(words) <= 2 and self._is_verb(name) and e.unit not in _MONEY):
            name = self._generic(e, name)
        return name

    def _generic(self, e: _Entry, verb: str) -> str:
        """A unit's generic name ("điểm PCI", "tỷ lệ", "số dự án") for a figure named by nothing
        but a verb or function words."""
        base = _UNIT_GENERIC.get(e.unit, "giá trị")
        if e.unit == "point":
            items = self._items(*self.sentences[e.sent])
            k = next((i for i, it in enumerate(items) if it.kind == "q" and it.ref == e.qi),
                     len(items))
            ab = self._last_abbrev(items, k)
            return f"điểm {ab}" if ab else base
        if verb and self._is_verb(verb):
            return f"{base} {verb}"
        return base

    def _title_end(self) -> int:
        nl = self.norm.find("\n")
        if 0 < nl < 250 and not self.norm[:nl].rstrip().endswith((".", ":")):
            return nl
        return 0

    def _sentence(self, si: int, para: int, ns: int, ne: int, items: list[_Item],
                  para_entries: list[_Entry]) -> list[_Entry]:
        entries: list[_Entry] = []
        last_main: _Entry | None = None
        pending_mult: tuple[Quantity, int] | None = None
        people_ctx = any("people" in it.roles for it in items)
        for k, it in enumerate(items):
            if it.kind != "q":
                continue
            q = self.qs[it.ref]
            unit = q.unit
            kind = q.kind
            if kind in ("year", "date", "other", "range") and unit is None:
                continue
            if self._in_programme(q.start, ns):
                continue
            if kind != "percent" and any("gift" in items[j].roles
                                         for j in range(max(0, k - 8), min(len(items), k + 3))):
                continue  # "tặng 300 suất quà, mỗi suất trị giá 1 triệu đồng": gifts
            if q.value == 1 and kind not in ("percent", "money") and re.match(
                    r"một\s", it.text, re.I) and not self._counted_one(items, k):
                continue  # "cho một doanh nghiệp xuất khẩu": an article, not a count
            # -- percentages: attach to the level before, or stand alone ----------------------
            if kind == "percent" or kind == "range" and unit == "%":
                if self._people_near(items, k, people_ctx):
                    continue
                ref = self._compared_figure(items, k, entries)
                if ref is not None:
                    # "cao hơn Nghệ An (8,55%) và Quảng Bình (6,1%)": the same measure elsewhere
                    e = self._new(q, it.ref, si, para)
                    e.indicator, e.growth, e.change_pos = ref.indicator, ref.growth, q.start
                    e.tail = q.end
                    entries.append(e)
                    continue
                before = self.norm[max(ns, q.start - 40) : q.value_start]
                cm = _CHANGE_BEFORE.search(before)
                if cm and cm.group("cmp") and "hơn" not in cm.group(0) and not q.text.startswith(
                        "hơn"):
                    cm = None
                target, tlabel, tend = self._share_target(items, k)
                cue_start = (q.start - (len(before) - cm.start())) if cm else q.start
                sv = _SHARE_VERB.search(self.norm[max(ns, q.start - 30) : q.start])
                if sv and not cm:
                    cue_start = q.start - (len(self.norm[max(ns, q.start - 30) : q.start])
                                           - sv.start())
                attach = last_main is not None and self._attachable(last_main, cue_start)
                if attach and last_main is not None:
                    if cm and last_main.change_pct is not None and not target:
                        # a second comparison of the same level: keep the one against "cùng kỳ"
                        if re.match(r"\s*(?:so với\s+)?cùng kỳ", self.lower[q.end : q.end + 30]):
                            sign = -1.0 if _DOWN.match(cm.group("cue")) else 1.0
                            last_main.change_pct = sign * q.value
                            last_main.change_pos = q.start
                        last_main.tail = self._after_basis(q.end, ne)
                        continue
                    if cm and last_main.change_pct is None and not target:
                        sign = -1.0 if _DOWN.match(cm.group("cue")) else 1.0
                        last_main.change_pct = sign * q.value
                        last_main.change_pos = q.start
                        last_main.tail = self._after_basis(q.end, ne)
                        continue
                    if target and last_main.share_pct is None and tlabel:
                        last_main.share_pct = q.value
                        last_main.share_of = tlabel
                        last_main.tail = self._after_basis(tend, ne)
                        continue
                    if target and last_main.share_pct is not None and tlabel and not cm:
                        # "đạt 112% dự toán Trung ương giao, 98% dự toán HĐND tỉnh giao": a second
                        # target of the same figure; the first one is kept
                        last_main.tail = self._after_basis(tend, ne)
                        continue
                    if not target and not cm and sv and sv.group("v").lower() == "chiếm" and (
                            last_main.share_pct is None) and re.match(r"\s*(?:[.;]|$)",
                                                                     self.norm[q.end : q.end + 2]):
                        # "…đạt 209,87 tỷ USD, tăng 13,2%, chiếm 72,2%." (of the total)
                        last_main.share_pct = q.value
                        last_main.share_of = "total"
                        last_main.tail = q.end
                        continue
                e = self._new(q, it.ref, si, para)
                e.qualifier = q.qualifier if not cm else "exact"
                if cm:
                    e.growth = True
                    e.change_pos = q.start
                    if _DOWN.match(cm.group("cue")):
                        e.value = -q.value
                e.indicator = self._percent_name(items, k, bool(cm), target, entries,
                                                 para_entries, ns)
                e.tail = self._after_basis(tend if target else q.end, ne)
                entries.append(e)
                continue
            # -- multiples: "gấp 2,2 lần cùng kỳ" ---------------------------------------------
            if kind == "multiple":
                if last_main is not None and last_main.change_pct is None and self._attachable(
                        last_main, q.start):
                    last_main.change_pct = round((q.value - 1.0) * 100.0, 6)
                    last_main.change_pos = q.start
                    last_main.tail = self._after_basis(q.end, ne)
                else:
                    # "doanh thu … gấp 1,8 lần năm trước, đạt 9.000 tỷ đồng": for the level after
                    pending_mult = (q, k)
                continue
            # -- rankings --------------------------------------------------------------------
            if kind == "rank" or kind == "ratio" and unit is None and q.of:
                if not self._is_rank(items, k, q, entries, para_entries):
                    continue
                e = self._new(q, it.ref, si, para)
                e.unit = "rank"
                e.of = q.of
                e.qualifier = "exact"
                e.indicator = self._rank_name(items, k, ns, ne, entries, para_entries)
                e.tail = q.end
                entries.append(e)
                continue
            # -- levels ----------------------------------------------------------------------
            if unit is None and kind == "number":
                unit = self._unit_from_phrase(items, k)
                if unit is None:
                    continue
            if unit not in _ALLOWED_UNITS:
                if not (unit == "person" and (q.unit_text or "").lower() in _WORKER_WORDS
                        or unit == "household" and re.match(
                            r"\s*(?:kinh doanh|sản xuất kinh doanh)(?!\w)",
                            self.lower[q.end : q.end + 30])):
                    continue  # households only as businesses ("2.725 hộ kinh doanh")
            if kind == "ratio":
                continue
            if people_ctx and unit in ("person",):
                continue
            if self._demographic(items, k):
                continue
            e = self._new(q, it.ref, si, para)
            e.unit = unit
            e.indicator = self._level_name(items, k, q, unit, entries, para_entries, ns)
            e.verbal = self._verbal
            if pending_mult is not None:
                mq, mk = pending_mult
                pending_mult = None
                if not re.search(r"[;.]", self.norm[mq.end : q.start]):
                    e.change_pct = round((mq.value - 1.0) * 100.0, 6)
                    e.change_pos = mq.start
                    if not e.indicator:
                        e.indicator = self._name(self._np_back(items, mk - 1,
                                                               self._anchor(items, mk)))
            e.tail = q.end
            entries.append(e)
            last_main = e
        return entries

    def _in_programme(self, pos: int, ns: int) -> bool:
        """A number inside a programme's proper name: "Đề án phát triển bền vững một triệu
        héc-ta lúa …", "Chương trình 1 triệu tấn …"."""
        m = _PROGRAMME.search(self.norm, max(ns, pos - 90), pos)
        return m is not None and _PROGRAMME_LINK.search(m.group("gap")) is None

    def _compared_figure(self, items: list[_Item], k: int, entries: list[_Entry]) -> _Entry | None:
        """For "Hà Nam (8,9%)" after a rate of the sentence: the rate it is compared with."""
        if k < 2 or items[k - 1].text != "(" or items[k - 2].kind != "prov":
            return None
        for prev in _recent(entries):
            if prev.unit == "%" and prev.indicator:
                return prev
            if prev.change_pct is not None and prev.indicator:
                # "sản lượng … tăng 6%, cao hơn Lâm Đồng (3%)": the growth rate of that level
                name = prev.indicator
                if not name.lower().startswith(("tốc độ", "tăng trưởng")):
                    name = "tốc độ tăng trưởng " + name[0].lower() + name[1:]
                return _Entry(q=prev.q, qi=prev.qi, sent=prev.sent, para=prev.para,
                              indicator=name, growth=True)
        return None

    def _new(self, q: Quantity, qi: int, si: int, para: int) -> _Entry:
        e = _Entry(q=q, qi=qi, sent=si, para=para)
        e.value = q.value
        e.unit = q.unit or ""
        e.qualifier = q.qualifier
        e.tail = q.end
        return e

    def _anchor(self, items: list[_Item], k: int) -> int:
        j = k - 1
        while j >= 0 and (items[j].kind != "q" or self._route_number(items, j)):
            j -= 1
        return j + 1

    def _attachable(self, main: _Entry, cue_start: int) -> bool:
        gap = self.norm[main.tail : cue_start]
        gap = re.sub(r"^/\s*(?:kg|tấn|con|m2|m²|lít|người|tháng|năm|ha|chiếc)(?!\w)", "", gap)
        if len(gap) > 180:
            return False
        if len(gap) > 80 and not re.search(r",\s*" + _ASIDE + r"\s", gap):
            return False
        if main.tail == main.q.end:
            # the counted/measured words may follow the figure before the comma or bracket
            m = re.match(r"^[^\W\d][\w\s\-–&]*?(?=\s*[,(;]|\s*$)", gap.strip())
            if m and m.group():
                words = m.group()
                low = words.lower()
                low = re.sub(r"(?<!\w)(?:đi và đến|đến và đi)(?!\w)", "", low)
                if re.search(r"(?<!\w)(còn|trong đó|riêng|nhưng|song|trong khi|so với|"
                             r"chiếm|và|đạt|là)(?!\w)", low):
                    return False
                gap = gap.strip()[m.end():]
        if re.fullmatch(r"\s*,\s*" + _ASIDE + r"[^,;\d]{0,100},\s*", gap):
            return True  # "1,2 triệu lượt khách, chủ yếu đến Hội An, chiếm gần 30% tổng …"
        return re.fullmatch(r"[\s,;(]*(?:(?:và|đồng thời|,)\s*)?", gap) is not None and ";" not in gap

    def _after_basis(self, pos: int, ne: int) -> int:
        """Position after a "so với …" / "cùng kỳ" / share target phrase right after pos."""
        m = re.compile(
            r"\s*\)?\s*(?:(?:so với|so|với)\s+[^,;()]*?|cùng kỳ[^,;()]*?)(?=\s*(?:[,;()]|và\s|$))",
            re.I,
        ).match(self.norm, pos, ne)
        end = m.end() if m else pos
        m2 = re.compile(r"\s*\)").match(self.norm, end, ne)
        return m2.end() if m2 else end

    def _share_target(self, items: list[_Item], k: int) -> tuple[bool, str | None, int]:
        """A share target right after the percentage item k: (found, label, end position)."""
        j = k + 1
        if j < len(items) and items[j].low == "so với":
            j += 1
        if j >= len(items):
            return False, None, self.qs[items[k].ref].end
        toks: list[str] = []
        ends: list[int] = []
        for it in items[j : j + 6]:
            if it.kind not in ("w", "prov"):
                break
            for t in _TOKEN_RE.findall(it.text):
                toks.append(t.lower())
                ends.append(it.end)
        lex = self.lex
        for n in range(min(len(toks), lex.max_len), 0, -1):
            label = lex.share.get(tuple(toks[:n]))
            if label:
                end = ends[n - 1]
                # a target phrase runs on to the clause end ("tổng kim ngạch xuất khẩu …")
                m = re.compile(r"[^,;().]*").match(self.norm, end)
                if label != "total" and m:
                    end = m.end() if len(m.group()) < 40 else end
                return True, label, end
        return False, None, self.qs[items[k].ref].end

    def _price_name(self, ns: int, qs: int) -> str:
        """A price per unit ("125.000 đồng/kg"): "giá" and the goods of its clause."""
        start = max(self.norm.rfind(";", ns, qs) + 1, ns)
        clause = self.norm[start:qs]
        found = list(_PRICE_OF.finditer(clause))
        if found:
            return "giá " + found[-1].group(1).strip()
        # "; cá ngừ loại 2 (dưới 30 kg/con) ở mức 98.000 đồng/kg": the clause's subject
        m2 = re.match(r"\s*((?:[^\W\d]+\s+){0,5}?(?:loại|hạng)\s+\w+|[^\W\d]+(?:\s+[^\W\d]+){0,4}?)"
                      r"(?=\s*(?:\(|ở mức|đạt|là|có giá|được|dao động))", clause)
        if m2 and start > ns:
            return "giá " + m2.group(1).strip()
        return ""

    def _goods_after(self, e: _Entry) -> str:
        """The goods written after a tonnage ("4,68 triệu tấn gạo" → "gạo")."""
        m = re.match(r"\s+((?:[^\W\d]+)(?:\s+[^\W\d]+){0,2}?)(?=\s*(?:[,;.(]|$|\s(?:và|tăng|giảm|"
                     r"đạt|thu|với|sang|của)\b))", self.norm[e.q.end : e.q.end + 40])
        return m.group(1) if m else ""

    def _counted_one(self, items: list[_Item], k: int) -> bool:
        """ "một" is a count where a measuring verb stands right before it ("đạt một dự án")."""
        j = k - 1
        while j >= 0 and items[j].roles & {"adverb"}:
            j -= 1
        return j >= 0 and bool(items[j].roles & {"pred"}) and items[j].low not in ("với", "là")

    def _people_near(self, items: list[_Item], k: int, people_ctx: bool) -> bool:
        if not people_ctx:
            return False
        lo, hi = max(0, k - 6), min(len(items), k + 4)
        return any("people" in items[j].roles for j in range(lo, hi)) or any(
            items[j].kind == "q" and self.qs[items[j].ref].unit == "person"
            for j in range(lo, hi) if j != k
        )

    def _demographic(self, items: list[_Item], k: int) -> bool:
        for j in range(max(0, k - 6), k):
            if "demographic" in items[j].roles:
                return True
        return False

    def _unit_from_phrase(self, items: list[_Item], k: int) -> str | None:
        """ "Số doanh nghiệp thành lập mới … vượt 1.000": the unit from the phrase before."""
        text = self._join(self._np_back(items, k - 1, self._anchor(items, k))).lower()
        m = re.match(r"^(?:tổng\s+)?số\s+(.+)$", text)
        if not m:
            return None
        units = load_units()
        words = m.group(1).split()
        for n in range(min(4, len(words)), 0, -1):
            u = units.get(" ".join(words[:n]))
            if u and u[0] in _COUNT_UNIT_NAMES:
                return u[0]
        return None

    def _percent_name(self, items: list[_Item], k: int, growth: bool, target: bool,
                      entries: list[_Entry], para_entries: list[_Entry], ns: int) -> str:
        back = self._np_back(items, k - 1, self._anchor(items, k))
        name = self._name(back)
        if name and self._comparison_phrase(items, back, name):
            # "…, tăng 2,96% so với cùng kỳ và tăng 0,6% so với tháng 12": no name of its own
            name = ""
            back = []
        if not growth and not target:
            post = self._name(self._np_fwd(items, k + 1), post=True)
            q = self.qs[items[k].ref]
            if name and re.search(r"(?<!\w)chiếm\s*$", self.lower[max(0, q.start - 12) : q.start]):
                # "hàng dệt may chiếm khoảng 62% giá trị xuất khẩu": a share with no level
                return f"tỷ trọng {name} trong {post}" if post else f"tỷ trọng {name}"
            if post and re.match(r"(?:dành|được|đã được|phục vụ)(?!\w)", post.lower()):
                return "tỷ lệ " + post  # "70% dành cho xuất khẩu"
            if post:  # "100% thủ tục hành chính …"
                return post
        if name and self._is_verb(name) and not growth:
            return "tỷ lệ " + name
        if not name:
            verbs = [i for i in self._clean(self._np_back(items, k - 1, 0)) if
                     "verbhead" in i.roles]
            if verbs and not growth:
                return "tỷ lệ " + verbs[-1].text
            name = self._fallback_name(entries, para_entries, items, k, ns, "%")
            if name and any(e.indicator == name for e in _recent(entries)):
                return name
        name = self._resolve(name, items, k)
        low = name.lower()
        if growth and re.match(r"giá\s(?!trị)", low) and "chỉ số" not in low:
            name = "chỉ số " + name[0].lower() + name[1:]  # "giá lương thực tăng 0,52%"
        elif growth and re.match(r"(?:ngành|khu vực|lĩnh vực)?\s*(?:công nghiệp |ngành )?"
                                 r"(?:khai khoáng|chế biến|sản xuất và phân phối|cung cấp nước)",
                                 low) and self._named_before("iip", self.qs[items[k].ref].start):
            # "- Ngành khai khoáng giảm 3,7%" in an IIP report
            if not low.startswith("ngành"):
                name = "ngành " + name
            name = "chỉ số sản xuất " + name[0].lower() + name[1:]
        elif growth and low.startswith("nhóm ") and self._named_before(
                "cpi", self.qs[items[k].ref].start):
            name = "chỉ số giá " + name  # "nhóm nhà ở … tăng 1,2%" in a price report
        elif name and growth and not any(w in low for w in _GROWTH_WORDS):
            if " ".join(_key(name)) in self.lex.sectors:
                name = "khu vực " + name
            name = "tốc độ tăng trưởng " + name
        return self._expand_index(name, ns)

    def _comparison_phrase(self, items: list[_Item], back: list[_Item], name: str) -> bool:
        """True when the phrase before a percentage is the comparison base of an earlier figure
        ("so với cùng kỳ năm trước", "tháng trước"), not a subject."""
        low = name.lower()
        if re.match(r"(?:cùng (?:kỳ|thời gian|thời điểm|giai đoạn)|(?:tháng|quý|năm|kỳ) "
                    r"(?:trước|ngoái|liền trước))(?!\w)", low) or _key(low) in self.lex.basis:
            return True
        if back:
            b0 = items.index(back[0])
            if b0 > 0 and items[b0 - 1].low in ("với", "so với"):
                return True
        return False

    def _expand_index(self, name: str, pos: int) -> str:
        """A bare index abbreviation ("IIP") takes the long form its paragraph defined for it;
        in a later paragraph the abbreviation stands on its own ("Riêng CPI tháng 9 …")."""
        if not re.fullmatch(r"[A-ZĐ][A-Z0-9]{1,7}", name):
            return name
        para = self.para_of(pos)
        a = self.line_starts[para]
        b = self.line_starts[para + 1] if para + 1 < len(self.line_starts) else len(self.norm)
        for long, ab in self.lex.abbrev:
            if ab != name or not long.startswith("chỉ số"):
                continue
            p = self.lower.find(f"{long} ({ab.lower()})", a, b)
            if p >= 0:
                return self.norm[p : p + len(long) + len(ab) + 3]
        return name

    def _named_before(self, index: str, pos: int) -> bool:
        """True when the text before ``pos`` names the price index ("cpi") or the industrial
        production index ("iip"); the mentions are found once per document."""
        marks = self._index_marks.get(index)
        if marks is None:
            first, ends = len(self.lower) + 1, set()
            for m in _INDEX_NAMES[index].finditer(self.lower):
                ends.add(m.end())
                if m.group().startswith("chỉ") or _closes(self.lower, m.end(), len(self.lower)):
                    first = min(first, m.end())
            marks = self._index_marks[index] = (first, ends)
        return marks[0] <= pos or pos in marks[1]

    def _bracket_before(self, pos: int) -> bool:
        """True when the last non-space character before ``pos`` is "("."""
        i = pos - 1
        while i >= 0 and self.norm[i].isspace():
            i -= 1
        return i >= 0 and self.norm[i] == "("

    def _is_verb(self, name: str) -> bool:
        r = self.lex.roles.get(_key(name))
        return r is not None and "verbhead" in r

    def _resolve(self, name: str, items: list[_Item], k: int) -> str:
        """ "giá trị ngành này" → the sentence subject; "doanh thu" → "doanh thu của <subject>"."""
        if not name:
            return name
        low = name.lower()
        if _ANAPHOR.match(low):
            # "con số này ước đạt …": the figure named before
            for prev in _recent(self.entries):
                if prev.indicator and not _ANAPHOR.match(prev.indicator.lower()):
                    return prev.indicator
        if low.endswith(" này"):
            subj = self._subject(items, 0, k)
            if subj and subj.lower() not in low:
                return name[: -len(" này")] + " " + subj[0].lower() + subj[1:]
        if low in _GENERIC_HEADS:
            subj = self._subject(items, 0, k)
            if subj and subj.lower() != low and low not in subj.lower() and not (
                    subj.lower().startswith(low)) and not subj.lower().startswith(_MEASURES):
                subj = re.sub(r"^(?:các|những)\s+", "", subj, flags=re.I)
                return f"{name} của {subj[0].lower() + subj[1:] if subj[:2].isupper() is False else subj}"
        return name

    def _level_name(self, items: list[_Item], k: int, q: Quantity, unit: str,
                    entries: list[_Entry], para_entries: list[_Entry], ns: int) -> str:
        lo = self._anchor(items, k)
        back_items = self._np_back(items, k - 1, lo)
        if not back_items and k - 1 > lo and items[k - 1].low == "cho" and unit in (
                "project", "enterprise", "cooperative"):
            # "tỉnh chấp thuận chủ trương đầu tư cho 8 dự án": the verb phrase before "cho"
            back_items = self._np_back(items, k - 2, lo)
        pre = self._name(back_items)
        # "X là điểm đến chủ lực với 5,6 triệu lượt khách": the figure measures X
        if pre and back_items:
            b0 = items.index(back_items[0])
            if b0 - 1 > lo and items[b0 - 1].low == "là" and self._verb_before(items, k) == "với":
                subj = self._name(self._np_back(items, b0 - 2, lo))
                if subj:
                    pre = subj
        # "tỉnh cấp mới 26 dự án": a subject then a verb phrase, not a noun phrase
        subj_dropped = bool(pre) and bool(back_items) and (
            back_items[0].kind == "prov" and not self._attributive(back_items[0].start)
            or "generic" in back_items[0].roles and len(back_items) > 1
            and "attr" not in back_items[1].roles)
        post = self._name(self._np_fwd(items, k + 1), post=True)
        pre_is_verb = bool(pre) and self._is_verb(pre)
        unit_text = (q.unit_text or "").strip()
        name = ""
        verbal = False
        settled = False
        if unit in _MONEY or unit in ("tonne", "ha", "TEU", "MW", "kWh"):
            if unit in ("ha", "tonne") and pre and _LAND_VERBS.match(pre):
                # "hình thành 20.000 ha vùng nguyên liệu …": the noun after; "gieo trồng
                # 140.000 ha lúa": the measure of the verb and its crop
                head = "diện tích" if unit == "ha" else "sản lượng"
                name = post if post and _LAND_HEADS.match(post) else f"{head} {pre} {post}".strip()
            elif pre and not pre_is_verb:
                name = pre
                if k > 0 and items[k - 1].low == "tăng thêm":  # "số vốn tăng thêm 695 triệu USD"
                    name += " tăng thêm"
            elif post:
                # "thu hút 1,5 tỷ USD vốn FDI", "giải ngân 6.500 tỷ đồng vốn đầu tư công"
                name = (pre + " " + post) if pre_is_verb else post
                if name == post and unit == "ha" and "diện tích" not in post.lower():
                    name = "diện tích " + post  # "20.500 ha sầu riêng"
                elif name == post and unit == "tonne" and "sản lượng" not in post.lower():
                    name = "sản lượng " + post
            else:
                name = pre
            if name.lower() in ("xuất khẩu", "nhập khẩu") and unit in _MONEY:
                name = "kim ngạch " + name
            elif (name.lower() in ("kim ngạch", "kim ngạch của gạo") or len(name.split()) <= 1
                  or name.lower().startswith("kim ngạch của ")) and unit in _MONEY:
                # "đã xuất khẩu 1,15 triệu tấn gạo, kim ngạch đạt 742 triệu USD"; "xuất khẩu
                # 4,68 triệu tấn gạo, thu về gần 2,98 tỷ USD"
                trade = next((e for e in _recent(entries) if e.q.start >= ns and e.unit == "tonne"
                              and re.search(r"(?:xuất|nhập) khẩu", self.lower[ns : e.q.end])), None)
                if trade:
                    verb = re.search(r"(xuất|nhập) khẩu", self.lower[ns : trade.q.end])
                    goods = self._goods_after(trade)
                    if verb and goods:
                        name = f"kim ngạch {verb.group()} {goods}"
            if " ".join(_key(name)) in self.lex.sectors:
                name = "giá trị khu vực " + name
            if unit in _MONEY and name.lower() in _CAPITAL_HEADS:
                name, settled = self._capital_of_count(name, entries)
        elif unit == "point":
            name = "điểm " + self._short(pre) if pre else ""
            if k > 0 and items[k - 1].kind == "prov" or not back_items or not any(
                    it.kind == "w" and not it.roles for it in back_items):
                # "Đà Nẵng 69,24 điểm, Hải Phòng 67,05 điểm": the index of the list
                after = re.match(r"\s+([A-ZĐ][A-Z0-9Đ-]{1,9})(?!\w)", self.norm[q.end : q.end + 14])
                ab = after.group(1) if after else self._last_abbrev(items, k)
                name = "điểm " + ab if ab else name  # "đạt 68,9 điểm PCI"
        else:  # counts
            counted = (unit_text + " " + post).strip() if post else unit_text
            bare = unit_text.lower() in ("lượt", "người", "tấn", "ha", "điểm", "")
            if pre and not pre_is_verb and (bare or unit_text.lower() in pre.lower()
                                            or "khách" in pre.lower() and unit == "visitor"):
                name = pre
            elif pre and subj_dropped and unit in ("project", "enterprise", "cooperative", "investor", "household", "flight"):
                # "tỉnh chấp thuận chủ trương đầu tư cho 8 dự án", "Bình Phước thu hút 28 dự án"
                name = f"{counted} {pre}"
                verbal = True
            elif post and pre and not pre_is_verb and any(
                    it.kind == "prov" and self._attributive(it.start) for it in back_items):
                name = f"{counted} của {pre}"  # "doanh nghiệp Bình Phước có 14 dự án đầu tư"
            elif post or not pre or pre_is_verb:
                name = counted
            else:
                name = f"{counted} của {pre}"
            if unit == "person" and re.search(
                    r"(?:tạo|giải quyết)\s+(?:thêm\s+)?việc làm\s+(?:mới\s+)?cho\s+(?:\w+\s+)?$",
                    self.lower[max(ns, q.start - 50) : q.start]):
                name = "số lao động được tạo việc làm"  # "tạo việc làm cho khoảng 9.500 lao động"
            if unit == "person" and re.match(r"(?:lao động|người lao động|công nhân) của ", name,
                                             re.I):
                name = "số " + name.split(" của ")[0]  # "doanh nghiệp đang sử dụng 95.000 lao động"
            if name.lower() == "lượt" and unit == "visitor":
                name = "lượt khách"
            elif unit == "visitor" and name.lower().startswith("khách"):
                name = "lượt " + name  # "khách quốc tế đạt 1,3 triệu lượt"
            elif unit == "visitor" and re.match(r"(?:số |tổng )?lượng khách", name, re.I):
                name = re.sub(r"^(?:số |tổng )?lượng khách", "lượt khách", name, flags=re.I)
            if unit in ("project", "enterprise", "cooperative", "investor", "household", "flight") and unit_text and name.lower(
            ).startswith(unit_text.lower()):
                name = "số " + name
        if not name:
            name = self._fallback_name(entries, para_entries, items, k, ns, unit)
        if not settled:
            name = self._resolve(name, items, k)
        if unit in _MONEY and _PER_UNIT.match(self.norm, q.end):
            name = self._price_name(ns, q.start) or name
        self._verbal = verbal
        if unit == "point" and not name.startswith("điểm") and name:
            name = "điểm " + self._short(name)
        if name and not any(h in name.lower() for h in _HEAD_WORDS):
            # a bare commodity in a list: "hạt điều mang về 1,71 tỉ USD" after "xuất khẩu cao su"
            for prev in chain(_recent(para_entries), _recent(entries)):
                low = prev.indicator.lower()
                if prev.unit == unit and low.startswith(("xuất khẩu ", "nhập khẩu ")):
                    name = low.split()[0] + " " + low.split()[1] + " " + name
                    break
        return name

    def _verb_before(self, items: list[_Item], k: int) -> str:
        """The linking word right before the figure item k (after skip words)."""
        j = k - 1
        while j >= 0 and items[j].roles & {"skip", "adverb"} and "pred" not in items[j].roles:
            j -= 1
        return items[j].low if j >= 0 else ""

    def _capital_of_count(self, name: str, entries: list[_Entry]) -> tuple[str, bool]:
        """ "92 dự án cấp mới với tổng vốn đăng ký 601 triệu USD": whose capital it is.
        Returns the name and whether it is settled (no further subject resolution)."""
        for c in _recent(entries):
            if c.unit not in ("project", "enterprise"):
                continue
            cname = re.sub(r"^số\s+", "", c.indicator, flags=re.I)
            low = cname.lower()
            if " của " in low and len(low[low.index(" của ") :].split()) <= 6:
                return name + cname[low.index(" của ") :], True
            if re.search(r"(?<!\w)fdi(?!\w)|đầu tư trực tiếp nước ngoài", low):
                return name + " FDI", True
            if c.verbal:
                return name, True  # "chấp thuận … cho 8 dự án với tổng vốn đăng ký …"
            if re.search(r"(?<!\w)(?:mới|điều chỉnh|trong nước)(?!\w)", low):
                return f"{name} {cname}", True
            return name, False
        return name, False

    def _fallback_name(self, entries: list[_Entry], para_entries: list[_Entry],
                       items: list[_Item], k: int, ns: int, unit: str) -> str:
        for prev in _recent(entries):
            if (prev.unit == unit or prev.unit in _MONEY and unit in _MONEY) and prev.indicator:
                return prev.indicator
        if unit == "point":
            ab = self._last_abbrev(items, k)
            if ab:
                return "điểm " + ab
        # the subject of the clause/sentence before the figure
        lo = 0
        for j in range(k - 1, -1, -1):
            if items[j].kind == "q":
                lo = j + 1
                break
        subj = self._subject(items, lo, k)
        if subj:
            return subj
        for prev in _recent(para_entries):
            if prev.unit == unit and prev.indicator:
                return prev.indicator
        return ""

    def _last_abbrev(self, items: list[_Item], k: int) -> str:
        text = self.norm[items[0].start : items[k].start] if items else ""
        found = re.findall(r"\(([A-ZĐ][A-Z0-9&\- ]{1,12})\)", text)
        if found:
            return found[-1]
        known = {ab for _, ab in self.lex.abbrev}
        # a bare index abbreviation in the sentence, else in its paragraph or the title
        para = self.line_starts[self.para_of(items[0].start)] if items else 0
        for src in (text, self.norm[para : items[0].start] if items else "",
                    self.norm[: self.title_end]):
            bare = [w for w in re.findall(r"(?<!\w)[A-Z]{2,6}(?!\w)", src) if w in known]
            if bare:
                return bare[-1]
        low = text.lower()
        best = ""
        best_pos = -1
        for long, ab in self.lex.abbrev:
            p = low.rfind(long)
            if p > best_pos:
                best, best_pos = ab, p
        return best

    def _short(self, name: str) -> str:
        """Derived names use abbreviations: "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)" → "PCI"."""
        m = re.search(r"\(([A-ZĐ][A-Za-z0-9&\-]{1,12})\)", name)
        if not m:
            return name
        ab = m.group(1)
        low = name[: m.start()].rstrip().lower()
        for long, a in self.lex.abbrev:
            if a == ab and low.endswith(long):
                head = name[: len(low) - len(long)].strip()
                return (head + " " + ab).strip() + name[m.end():]
        if len(low.split()) >= 3 and not any(h in low for h in ("vốn", "thu", "xuất", "nhập")):
            return ab + name[m.end():]
        return name[: m.start()].rstrip() + " " + ab + name[m.end():]

    def _is_rank(self, items: list[_Item], k: int, q: Quantity, entries: list[_Entry],
                 para_entries: list[_Entry]) -> bool:
        before = self.norm[max(0, q.start - 20) : q.start]
        if _RANK_LABEL_BEFORE.search(before):
            return False
        if q.kind == "ratio":
            # a bare "Đắk Nông 48/63" in a list of rankings
            prev_rank = any(e.unit == "rank" for e in chain(_recent(entries), _recent(para_entries)))
            return prev_rank and q.of is not None and q.value <= q.of
        after = self.norm[q.end : q.end + 20]
        if re.match(r"^\s*(?:liên tiếp|liên tục)", after):
            return False
        if q.of:
            return True
        cue = any("rankcue" in items[j].roles for j in range(max(0, k - 3), k))
        if re.search(r"(?:đứng|xếp|vị trí|vươn lên|lên|hạng|\()\s*(?:thứ\s*)?$", before, re.I):
            cue = True
        return cue or bool(_RANK_AFTER_OK.match(after))

    def _rank_name(self, items: list[_Item], k: int, ns: int, ne: int, entries: list[_Entry],
                   para_entries: list[_Entry]) -> str:
        name = self._rank_name_raw(items, k, ns, ne, entries, para_entries)
        # "cao thứ hai": the adjective belongs to the ordinal, not to the name
        name = re.sub(r"\s+(?:cao|lớn|thấp|nhanh|nhiều|mạnh)$", "", name, flags=re.I)
        # a rank within a region: "đứng thứ 3 vùng trung du và miền núi phía Bắc"
        m = _RANK_REGION.match(self.norm, self.qs[items[k].ref].end, ne)
        if m and m.group(1).lower() not in name.lower():
            name = f"{name} {m.group(1).strip()}"
        return self._abbreviate(name)

    def _abbreviate(self, name: str) -> str:
        """Derived rank names use the standard abbreviations ("… vốn đầu tư trực tiếp nước ngoài"
        → "… FDI"), unless the name already spells the abbreviation."""
        low = name.lower()
        for long, ab in self.lex.abbrev:
            if ab.lower() in low:
                continue
            m = re.search(r"(?<!\w)" + re.escape(long) + r"(?!\w)", low)
            if m:
                name = name[: m.start()] + ab + name[m.end():]
                low = name.lower()
        return name

    def _rank_name_raw(self, items: list[_Item], k: int, ns: int, ne: int,
                       entries: list[_Entry], para_entries: list[_Entry]) -> str:
        hi = len(items)
        about = self._about(items, k, 1, hi)
        if about:
            return "xếp hạng " + self._short(about)
        if k > 0 and items[k - 1].text == "(" or self._bracket_before(self.qs[items[k].ref].start):
            for prev in _recent(entries):
                if prev.unit == "rank":
                    return prev.indicator
        pre = self._name(self._np_back(items, k - 1, self._anchor(items, k)))
        if pre.lower() in _DENOMINATORS:
            # "thứ 15/63 tỉnh, thành phố và thứ 4/11 địa phương vùng đồng bằng sông Hồng"
            prev_rank = next((e for e in _recent(entries) if e.unit == "rank"), None)
            if prev_rank is not None:
                q = self.qs[items[k].ref]
                m = re.match(r"[^,;.()]*?(?<!\w)((?:vùng|khu vực)\s[^,;.()]+)", self.norm[q.end : ne])
                region = " " + m.group(1).strip() if m else ""
                return prev_rank.indicator + region
            pre = ""
        if pre and not pre.lower().startswith("xếp hạng"):
            return "xếp hạng " + self._short(pre)
        about = self._about(items, k, -1, hi)
        if about:
            return "xếp hạng " + self._short(about)
        for prev in _recent(entries):
            if prev.indicator:
                base = self._short(prev.indicator)
                base = re.sub(r"^(?:điểm|giá trị|tổng)\s+", "", base, flags=re.I)
                if prev.change_pct is not None and "tăng" not in base.lower():
                    base = "tăng trưởng " + base
                return "xếp hạng " + base
        if para_entries and re.search(r"(?:mức tăng(?: trưởng)?|kết quả|con số)\s+(?:này|đó|trên)",
                                      self.lower[ns : self.qs[items[k].ref].start]):
            # "Với mức tăng này, Hà Tĩnh đứng thứ 31/63": the rank of the figure before
            prev = para_entries[-1]
            if prev.unit != "rank" and prev.indicator:
                return "xếp hạng " + self._short(prev.indicator)
        for prev in _recent(para_entries):
            if prev.unit == "rank":
                return prev.indicator
        return "xếp hạng"

    # -- basis, period, province ----------------------------------------------------------
    def _basis_label(self, phrase: str, period: str | None) -> str | None:
        low = phrase.strip().lower()
        toks = _key(low)
        for n in range(min(len(toks), self.lex.max_len), 0, -1):
            lab = self.lex.basis.get(toks[:n])
            if lab:
                return lab
        ps = [p for p in find_periods(low) if p.kind != "same_period"]
        if not ps:
            return None
        iso = ps[0].iso
        if iso is None:
            return None
        if period is None:
            return "previous year" if len(iso) == 4 else "same period last year"
        return _compare(period, iso)

    def _bases(self, entries: list[_Entry], ns: int, ne: int, para_basis: str | None) -> None:
        low = self.lower
        phrases: list[tuple[int, str]] = []  # (position, raw phrase)
        for m in re.finditer(r"so với\s+([^,;()]+?)(?=\s*(?:[,;()]|\s và\s|$))", low[ns:ne]):
            phrases.append((ns + m.start(), m.group(1)))
        # "gấp 2,6 lần năm trước": the basis follows the multiple without "so với"
        for m in re.finditer(r"(?<!\w)lần\s+((?:năm|tháng|quý)\s[^,;()]+?)(?=\s*(?:[,;().]|\s và\s|$))",
                             low[ns:ne]):
            phrases.append((ns + m.start(), m.group(1)))
        for m in _SAME_PERIOD.finditer(low[ns:ne]):
            if not any(p <= ns + m.start() <= p + 8 + len(t) for p, t in phrases):
                phrases.append((ns + m.start(), "cùng kỳ"))
        phrases.sort()
        for e in entries:
            e_period = e.period
            if e.change_pct is None and not e.growth:
                continue
            pos = e.change_pos if e.change_pos >= 0 else e.q.start
            chosen = None
            nxt = [p for p in phrases if p[0] >= pos]
            prv = [p for p in phrases if p[0] < pos]
            # a base after a ";" belongs to the next clause: "so với tháng trước, CPI tăng X%;
            # so với cùng kỳ tăng Y%"
            first = [nxt[0]] if nxt and ";" not in low[pos : nxt[0][0]] else []
            rest = nxt[len(first):]
            for cand in first + list(reversed(prv)) + rest:
                lab = self._basis_label(cand[1], e_period)
                if lab:
                    chosen = lab
                    break
            e.basis = chosen or para_basis

    def assign_context(self) -> None:
        for e in self.entries:
            e.period = self._period_for(e)
            e.province = self._province_for(e)

    def _period_for(self, e: _Entry) -> str | None:
        q = e.q
        ns, ne = self.sentences[e.sent]
        after = self._period_after(q, ne)
        if after is not None:
            return after
        if _ends_in(self.now_marks, self.lower, ns, q.start) and not _in_range(
                self.valid_starts, ns, q.start):
            return None  # "hiện nay", "lũy kế": a standing level, not a period's figure
        if e.title:
            i = bisect_left(self.valid_starts, ns)
            return self.valid[i].iso if i < len(self.valid) and self.valid[i].start < ne else None
        event = self._event_period(e.sent)
        if event is not None:
            return event
        i = bisect_left(self.valid_starts, q.start) - 1
        latest = self.valid[i] if i >= 0 else None
        if (latest is None or latest.start < ns) and self.event_month:
            if _ends_in(self.event_marks, self.lower, ns, q.start):
                return self.event_month
            # "Tại hội nghị, … cho 14 dự án. Trong đó, 11 dự án …": the event told of last, after
            # the latest period, still dates the figures of its paragraph
            cue = _last_in(self.event_marks, self.lower, self.line_starts[e.para], ns)
            if cue >= 0 and (latest is None or cue > latest.start):
                return self.event_month
        return latest.iso if latest else None

    def _period_after(self, q: Quantity, ne: int) -> str | None:
        """A period right after the figure in the same clause: "8,4% ở quý I", "… vốn năm
        2025"."""
        i = bisect_left(self.period_starts, q.end)
        if i >= len(self.periods):
            return None
        p = self.periods[i]
        if p.start >= ne or p.start - q.end > 45 or not p.valid:
            return None
        if re.search(r"[,;:.()]", self.norm[q.end : p.start]):
            return None
        for j in range(bisect_left(self.q_starts, q.end), bisect_left(self.q_starts, p.start)):
            if self.qs[j].kind not in ("year", "date"):
                return None
        return p.iso

    def _event_period(self, si: int) -> str | None:
        """The month of a dated event of sentence ``si`` ("tại hội nghị … ngày 15/8"), unless the
        sentence states a reporting period ("6 tháng đầu năm"). Computed once per sentence."""
        if si in self._events:
            return self._events[si]
        ns, ne = self.sentences[si]
        lo, hi = bisect_left(self.period_starts, ns), bisect_left(self.period_starts, ne)
        reporting = [i for i in range(lo, hi)
                     if self.periods[i].valid and self.periods[i].kind != "year"]
        if len(reporting) > 1 or reporting and reporting[0] != lo:
            cands: range = range(0)
        else:
            cands = range(lo, lo + 1) if reporting else range(lo, hi)
        out = None
        for i in cands:
            p = self.periods[i]
            if p.kind in ("date", "month") and _EVENT_BEFORE.search(
                    self.norm[max(ns, p.start - 70) : p.start]):
                out = p.iso[:7]
                break
        self._events[si] = out
        return out

    def _province_for(self, e: _Entry) -> str | None:
        q = e.q
        ns, ne = self.sentences[e.sent]
        lo = bisect_left(self.prov_starts, ns)
        best_pos, best = self._clause_province(lo, q.start)
        # "… có 14 dự án đầu tư tại Đắk Nông": the place right after the figure's words
        j = bisect_left(self.prov_starts, q.end)
        if j < len(self.provs) and self.provs[j].nstart < ne:
            s = self.provs[j]
            gap = self.lower[q.end : s.nstart]
            if len(gap) <= 40 and re.fullmatch(
                    r"[^,;.()%\d]*?(?:tại|ở|trên địa bàn)\s+(?:tỉnh\s+|thành phố\s+)?", gap):
                return s.data.get("name")
        p = self._country_before(ns, q.start)
        if p > best_pos:
            best_pos, best = p, None
        if best_pos >= 0:
            return best
        if self.national:
            return None
        para_start = self.line_starts[e.para]
        if self.focus and _in_range(self.bare_province, ns, q.start) and _in_range(
                self.focus_starts, para_start, q.start):
            # "Hải Dương nằm giữa Hà Nội và Hải Phòng … tỉnh đã thu hút 517 dự án"
            return self.focus
        i = lo - 1
        while i >= 0 and self.provs[i].nstart >= para_start:
            s = self.provs[i]
            if not self._compared(i) and not self._attributive(s.nstart) and i not in self.history:
                return s.data.get("name")
            i -= 1
        if self.focus_weak:
            # the focus by mention count alone: only where the paragraph names it
            para_end = self.line_starts[e.para + 1] if e.para + 1 < len(self.line_starts) else (
                len(self.norm))
            if not _in_range(self.focus_starts, para_start, para_end):
                return None
        return self.focus

    def _owner_ok(self) -> list[int]:
        """For each province mention, the index of the last mention at or before it that may own
        a figure (not attributive, not history); -1 when there is none. Computed once."""
        if self._last_ok is None:
            last = -1
            out: list[int] = []
            for i, s in enumerate(self.provs):
                if i not in self.history and not self._attributive(s.nstart):
                    last = i
                out.append(last)
            self._last_ok = out
        return self._last_ok

    def _clause_province(self, lo: int, qstart: int) -> tuple[int, str | None]:
        """The last province before the figure in its sentence (mentions ``lo`` on) that may own
        it: (position, name), or (-1, None). In a national report, only one of its clause."""
        hi = bisect_left(self.prov_starts, qstart) - 1
        if hi < lo:
            return -1, None
        last_ok = self._owner_ok()
        semi = -1
        if self.national:
            si = bisect_left(self.semicolons, qstart) - 1
            semi = self.semicolons[si] if si >= 0 else -1
        k = last_ok[hi]
        found = -1
        while k >= lo:
            s = self.provs[k]
            if found >= 0 and s.nstart != self.provs[found].nstart:
                break
            if semi < s.nend:
                found = k  # equal starts: the first mention wins
            elif found < 0 and s.nstart + self.max_prov_len < semi:
                break
            k = last_ok[k - 1] if k > 0 else -1
        if found < 0:
            return -1, None
        return self.provs[found].nstart, self.provs[found].data.get("name")

    def _country_before(self, ns: int, qstart: int) -> int:
        """Position of the last "cả nước"/"toàn quốc" … of the sentence before the figure that
        is its scope (not "thứ 2 cả nước", "bình quân cả nước"); -1 when there is none."""
        low = self.lower
        i = bisect_left(self.country_starts, qstart) - 1
        while i >= 0 and self.country[i][0] >= ns:
            p, end = self.country[i]
            i -= 1
            if end > qstart or end < qstart and _isword(low[end]) or p > ns and _isword(low[p - 1]):
                continue
            pre = low[max(ns, p - 25) : p]
            if re.search(r"(?:thứ\s*\d+(?:/\d+)?|thứ \w+|bình quân(?: chung)?(?: của)?|so với|"
                         r"trung bình(?: của)?|dẫn đầu|đầu|tốp đầu)\s*$", pre):
                continue
            return p
        return -1

    # -- merging ---------------------------------------------------------------------------
    def _merge(self, entries: list[_Entry]) -> list[_Entry]:
        out: list[_Entry] = []
        buckets: dict[tuple[str, int | None, str], list[int]] = {}  # twins by unit, of, value
        for e in entries:
            twin = None
            for i in sorted({i for key in _value_keys(e) for i in buckets.get(key, ())}):
                o = out[i]
                if not _same(o.value, e.value):
                    continue
                if o.title != e.title or _overlap(o.indicator, e.indicator) >= 0.5 and (
                        o.period == e.period or None in (o.period, e.period)):
                    twin = o
                    break
            if twin is None:
                buckets.setdefault(_value_keys(e)[0], []).append(len(out))
                out.append(e)
                continue
            _absorb(twin, e)
        return out


def _value_keys(e: _Entry) -> tuple[tuple[str, int | None, str], ...]:
    """The bucket of ``e``'s value and of its neighbours: values equal within ``_same``'s
    tolerance fall into one of them (6 significant digits are coarser than the tolerance)."""
    v = e.value
    return tuple((e.unit, e.of, f"{x:.6g}") for x in (v, *(v * (1 + k * 0.6e-6) for k in (-2, -1, 1, 2))))


def _absorb(twin: _Entry, e: _Entry) -> None:
    """Merge figure ``e`` into its ``twin`` stated before (the headline's, or a repeat)."""
    for f in ("change_pct", "basis", "share_pct", "share_of", "period"):
        if getattr(twin, f) is None and getattr(e, f) is not None:
            setattr(twin, f, getattr(e, f))
    if twin.title and not e.title:
        twin.province = e.province or twin.province
        twin.qualifier = e.qualifier
        if e.indicator and twin.indicator and len(e.indicator) > len(twin.indicator) and (
                twin.indicator.lower() in e.indicator.lower()):
            twin.indicator = e.indicator  # "CPI" in the headline, "chỉ số giá … (CPI)"
    if not twin.indicator:
        twin.indicator = e.indicator


# how far back a name is looked for among the figures before (a real sentence or paragraph has
# far fewer; the bound keeps a pathological input linear)
_LOOKBACK = 200


def _recent(seq: Sequence[_Entry]) -> Iterator[_Entry]:
    """The last ``_LOOKBACK`` entries of ``seq``, newest first."""
    return islice(reversed(seq), _LOOKBACK)


def _isword(c: str) -> bool:
    return c.isalnum() or c == "_"


def _in_range(starts: list[int], a: int, b: int) -> bool:
    """True when the sorted ``starts`` hold a position in ``[a, b)``."""
    i = bisect_left(starts, a)
    return i < len(starts) and starts[i] < b


def _closes(low: str, end: int, limit: int) -> bool:
    """A match of an "open" pattern ending at ``end`` is a whole word in ``low[:limit]``."""
    return end == limit or end < limit and not _isword(low[end])


def _ends_in(marks: list[tuple[int, int]], low: str, a: int, b: int) -> bool:
    """True when a match of ``marks`` (sorted (start, end)) lies within ``low[a:b]``."""
    return _last_in(marks, low, a, b) >= 0


def _last_in(marks: list[tuple[int, int]], low: str, a: int, b: int) -> int:
    """Start of the last match of ``marks`` within ``low[a:b]`` (a whole word there), else -1."""
    i = bisect_left(marks, (b, -1)) - 1
    while i >= 0 and marks[i][0] >= a:
        start, end = marks[i]
        if end <= b and _closes(low, end, b):
            return start
        i -= 1
    return -1


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1e-9)


def _overlap(a: str, b: str) -> float:
    sa, sb = set(a.lower().split()), set(b.lower().split())
    return len(sa & sb) / len(sa | sb) if sa | sb else 1.0


def _months(iso: str) -> tuple[int, int] | None:
    """(first, last) month index (year*12+month) of an ISO period."""
    try:
        if "/" in iso:
            a, b = iso.split("/")
            return _months(a)[0], _months(b)[1]  # type: ignore[index]
        if len(iso) == 4:
            y = int(iso)
            return y * 12 + 1, y * 12 + 12
        y, m = int(iso[:4]), int(iso[5:7])
        return y * 12 + m, y * 12 + m
    except (ValueError, TypeError):
        return None


def _compare(period: str, base: str) -> str | None:
    """The basis label for a figure of ``period`` compared with ``base``."""
    p, b = _months(period), _months(base)
    if p is None or b is None:
        return None
    if len(period) == 4 and len(base) == 4 and p[0] - b[0] == 12:
        return "previous year"
    if p[0] - b[0] == 12 and p[1] - b[1] == 12:
        return "same period last year"
    length = p[1] - p[0] + 1
    if p[0] - b[0] == length and p[1] - b[1] == length:
        return {1: "previous month", 3: "previous quarter", 12: "previous year"}.get(
            length, "same period last year")
    if len(base) == 4:
        return "previous year"
    return "same period last year"


def _value(v: float, unit: str) -> float | int:
    v = float(f"{v:.12g}")
    if unit in ("rank", "project", "enterprise", "visitor", "passenger") and float(v).is_integer():
        return int(v)
    if float(v).is_integer() and abs(v) < 1e6:
        return int(v)
    return v


def extract_indicators(doc: Document) -> list[Indicator]:
    """The indicators of ``doc`` (its provinces component should have run first)."""
    entries = _Extractor(doc).run()
    out: list[Indicator] = []
    for e in entries:
        span = doc.span(e.q.start, e.q.end)
        out.append(
            Indicator(
                indicator=e.indicator,
                value=_value(e.value, e.unit),
                unit=e.unit,
                qualifier=e.qualifier,
                change_pct=e.change_pct,
                basis=e.basis,
                share_pct=e.share_pct,
                share_of=e.share_of,
                period=e.period,
                province=e.province,
                of=e.of if e.unit == "rank" else None,
                text=span.text,
                start=span.start,
                end=span.end,
            )
        )
    return out


class IndicatorsComponent:
    name = "indicators"

    def __call__(self, doc: Document) -> Document:
        inds = extract_indicators(doc)
        doc.indicators = inds
        spans: list[Span] = []
        for ind in inds:
            s = Span(ind.start, ind.end, ind.text, "indicator")
            s.data = {"indicator": ind.indicator, "value": ind.value, "unit": ind.unit}
            spans.append(s)
        doc.spans["indicators"] = spans
        return doc
