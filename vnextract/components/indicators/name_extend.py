"""Round 7 of the name repair (issue 13): a name that is a bare head, a leftover or a list item
is extended to the descriptive noun phrase the gold writes. Runs last in ``_final_name``, on each
finished name in text order (so the figure before already has its final name):

1. a plan or target keeps its measure: "Công ty đặt mục tiêu doanh thu" → "mục tiêu doanh thu";
   "doanh thu của Công ty đặt mục tiêu" → "mục tiêu doanh thu"; the next item of the list ("… và
   lãi 11 tỷ đồng") → "mục tiêu lãi";
2. a bare head ("giá", "thuế", "mức thuế", "tỷ lệ") or a leftover ("không cao", "thế giới") takes
   the measure phrase written from the head to the figure, its verbs and qualifiers cut from the
   end and an aside in brackets dropped ("mức thuế nhập khẩu bình quân gia quyền (tính đến …) đối
   với xăng là 8%" → "mức thuế nhập khẩu bình quân gia quyền đối với xăng");
3. a list item after a lead measure takes the lead and the item ("thuế … với xăng là 9%, với dầu
   diesel 2%" → "thuế … với dầu diesel"; "giá xăng RON 92 thế giới giảm 2 USD/thùng, dầu diesel
   giảm 0,3 USD/thùng" → "giá dầu diesel thế giới");
4. a count of an area or a weight with no measure is named by the unit's measure and the goods
   written after it ("Huyện A có 16.300 ha vải thiều" → "diện tích vải thiều của Huyện A");
5. a percentage named by a dividend is its rate ("công ty trả cổ tức" of 3% → "tỷ lệ cổ tức"); a
   bare rate after "chiếm" is the share of the clause's subject ("Nợ quá hạn chiếm tỷ lệ 0,43%" →
   "tỷ lệ nợ quá hạn"); a bare price after a sale ("Amazon mua lại Whole Foods với giá …") is the
   price of the sale ("giá mua lại Whole Foods").

Vocabulary: ``name_extend.tsv`` (tail words, target words, item prepositions, scope words, unit
measures, sale verbs).
"""

from __future__ import annotations

import re
from functools import cache

from ...document import Document
from ...lexicon import key, rows, word_re
from .measures import _fits, _has_measure, _kind, _measure_re, _measures, bad_name
from .model import _Entry
from .name_checks import _word_class, object_after, place_keys

_BRACKET = re.compile(r"\s*\([^()]*\)")
# a clause break before a figure: a comma between words, ";", ":", a bracket, a full stop
_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]\"“”!?\n–]|\.(?=\s|$)|\s-\s")
_UNIT_TAIL = re.compile(r"^\s*/\s*[^\W\d]+(?:\s+\d+)?")
_CODE_BEFORE = ("năm", "quý", "tháng", "đợt", "kỳ", "lần", "loại", "số")
_RATE = ("tỷ lệ", "tỉ lệ")
# "… chỉ chiếm khoảng": the verb of a share and its qualifiers at the end of the text before it
_CHIEM_END = re.compile(r"\s+(?:(?:chỉ|đã|đều|cũng|vẫn)\s+)?chiếm(?:\s+(?:khoảng|gần|hơn|trên|tới|"
                        r"đến|xấp xỉ))*\s*$", re.I)
_SHARES = ("tỷ trọng", "tỉ trọng", "tốc độ", "thị phần", "mức tăng", "mức giảm", "cơ cấu")
# units of amounts, not counts: no "số" before their names
_NO_COUNT = frozenset({"ha", "tonne", "MW", "kWh", "TEU", "point", "rank", "m2", "m3", "km",
                       "litre", "kg"})


@cache
def _classes() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for r in rows("name_extend.tsv"):
        if len(r) > 1:
            out.setdefault(r[1], set()).add(key(r[0]))
    return {k: frozenset(v) for k, v in out.items()}


def _cls(kind: str) -> frozenset[str]:
    return _classes().get(kind, frozenset())


@cache
def _unit_measures() -> dict[str, str]:
    return {r[0]: r[2] for r in rows("name_extend.tsv") if len(r) > 2 and r[1] == "unit_measure"}


@cache
def _tails() -> str:
    """The tail words as a regex group: one or more of them, each after optional spaces."""
    return rf"(?:\s*{word_re(_cls('tail'), flags=re.I).pattern})+"


@cache
def _tail_re() -> re.Pattern[str]:
    return re.compile(rf"{_tails()}\s*$", re.I)


@cache
def _target_re() -> re.Pattern[str]:
    return word_re(_cls("target"), flags=re.I)


def _cut_tail(phrase: str) -> str:
    """The phrase without the verbs and qualifiers written between it and its figure."""
    return _tail_re().sub("", phrase).strip(" ,")


def _clean_phrase(words: list[str], head_words: int) -> bool:
    """Whether a written phrase can be a name: at most 14 words, no punctuation but "-", "&" and
    "/", and digits only as a code ("RON 92", "năm 2016")."""
    if not head_words < len(words) <= 14:
        return False
    for i, w in enumerate(words):
        if re.search(r"[^\w\-&/.%]", w) or w.endswith("."):
            return False
        if (w.isdigit() or re.fullmatch(r"[\d.,]+", w)) and not (i and (words[i - 1][:1].isupper() or key(
                words[i - 1]) in _CODE_BEFORE or words[i - 1].isupper())):
            return False
    return True


def _share_of(text: str, name: str) -> bool:
    """Whether ``text`` ends with "<name> chiếm (khoảng)": the figure after it is the share of
    the name."""
    m = _CHIEM_END.search(text)
    return m is not None and _ends_with_word(text[: m.start()], name)


def _ends_with_word(text: str, word: str) -> bool:
    """Whether ``text`` ends with ``word`` as whole words (case folded)."""
    low, w = text.lower(), word.lower()
    return low.endswith(w) and (len(low) == len(w) or not low[-len(w) - 1].isalnum())


def _word_spans(text: str, word: str) -> list[tuple[int, int]]:
    """Where ``word`` occurs in ``text`` as whole words (no pattern compiled per name)."""
    out: list[tuple[int, int]] = []
    at = text.find(word)
    while at >= 0 and word:
        end = at + len(word)
        if (not at or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            out.append((at, end))
        at = text.find(word, at + 1)
    return out


def written_phrase(left: str, kind: str, head: str = "") -> str:
    """The measure phrase written in the last clause of ``left`` (the sentence before a figure),
    from its last measure head that fits ``kind`` (or from ``head``) to the figure, without the
    tail words and without an aside in brackets; "" when the words do not make a name."""
    text = _BRACKET.sub("", left[-300:])  # a clause and its asides fit in the last 300 characters
    clause = _BREAK.split(text)[-1].strip()
    low = clause.lower()
    if head:
        found = _word_spans(low, head.lower())
    else:
        found = [m.span() for m in _measure_re().finditer(key(clause)) if _fits(m.group(), kind)]
        if len(key(clause)) != len(clause):
            return ""
    if not found:
        return ""
    start, end = found[-1]
    phrase = re.split(r"\s+so với(?!\w)", clause[start:])[0]  # "… so với năm trước giảm"
    phrase = _without_participle(_cut_tail(phrase))
    words = phrase.split()
    head_words = len(clause[start:end].split())
    if not _clean_phrase(words, head_words) or key(phrase) in _measures() or bad_name(phrase):
        return ""
    if _clause_word(words[head_words:]):
        return ""  # "giá vàng có thể sẽ mất mốc", "nợ thuế … mặc dù": a clause, no name
    return phrase


@cache
def _participle_end() -> re.Pattern[str]:
    return re.compile(rf"\s+{word_re(_cls('participle'), flags=re.I).pattern}$", re.I)


@cache
def _participle_re() -> re.Pattern[str]:
    verbs = word_re(_cls("participle"), flags=re.I).pattern
    return re.compile(rf"\s+{verbs}(?:\s+\S+){{0,6}}?\s+(?=(?:đối với|với)\s)", re.I)


def _without_participle(phrase: str) -> str:
    """ "Thuế nhập khẩu … áp dụng cho kỳ này đối với xăng" → "Thuế nhập khẩu … đối với xăng": a
    clause of application between the measure and its item is dropped."""
    return _participle_re().sub(" ", phrase, count=1)


def _clause_word(words: list[str]) -> bool:
    """Whether ``words`` hold a word that makes them a clause: a copula, a conjunction, a modal
    or clause adverb (``not_in_phrase``); "hiện nay" is a time, not the adverb "hiện"."""
    low = [key(w) for w in words]
    skip = False
    for i, w in enumerate(low):
        if skip:
            skip = False
            continue
        pair = " ".join(low[i : i + 2])
        if pair in _cls("not_in_phrase"):
            return True
        if pair in _cls("tail") or pair in _cls("keep_pair"):
            skip = True
            continue
        if w in _cls("not_in_phrase"):
            return True
    return False


def _owner_like(name: str) -> bool:
    """A short proper name that can own a figure: "Huyện Lục Ngạn", "huyện Lục Ngạn", "Công ty
    A"; not a clause opened by a capital ("Việc cấp phép đổ")."""
    words = name.split()
    return 2 <= len(words) <= 6 and any(w[:1].isupper() for w in words[1:]) and not (
        _clause_word(words))


def _undoubled(name: str) -> str:
    """ "tỷ trọng Tỷ trọng chi phí đất" → "Tỷ trọng chi phí đất": a head written twice."""
    words = name.split()
    low = [key(w) for w in words]
    for n in (3, 2, 1):
        if len(words) > 2 * n and low[:n] == low[n : 2 * n] and _has_measure(" ".join(words[:n])):
            return " ".join(words[n:])
    return name


@cache
def _item_re() -> re.Pattern[str]:
    """A list item between two figures: ", (và) (đối với) dầu diesel (là)"."""
    preps = "|".join(re.escape(w) for w in sorted(_cls("item_prep"), key=len, reverse=True))
    return re.compile(rf"\s*(?:[,;]\s*(?:và\s+)?|\s+và\s+)(?:({preps})\s+)?"
                      rf"([^\W\d][^,;:()]*?)(?:{_tails()})?\s*:?\s*", re.I)


@cache
def _sale_re() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in sorted(_cls("trade"), key=len, reverse=True))
    return re.compile(rf"(?<!\w)({verbs})\s+(?:(ra|vào)\s+)?([^\d]*?)\s*với\s+(?:mức\s+)?giá\s*$",
                      re.I)


def _bare(name: str) -> bool:
    """A bare head: a measure word alone ("giá", "tỷ lệ"), or after "mức" ("mức thuế")."""
    low = key(name.split(" của ")[0])
    return low in _measures() or low.startswith("mức ") and low[4:] in _measures()


_LEAD_END = re.compile(r"(?:\s+(?:như sau|cụ thể|bao gồm|gồm|lần lượt|lần lượt là|là|như|"
                       r"sau|đây))+\s*$", re.I)
_LEAD_STOP = frozenset({"các", "những", "mặt hàng", "được", "như", "trong", "là", "tính", "kỳ",
                        "từ", "tại", "ở"})


def _list_piece(text: str) -> str:
    """The item of a list piece: the words after the last break, without tails and "và"."""
    piece = _cut_tail(_BREAK.split(text)[-1].strip())
    piece = re.sub(r"^(?:và|hoặc)\s+", "", piece)
    words = piece.split()
    if not 1 <= len(words) <= 6 or _has_measure(piece) or bad_name(piece) or _clause_word(
            words) or not _clean_phrase(["x", *words], 1) or key(piece) in _cls("not_item"):
        return ""
    return piece


def colon_lead(text: str, kind: str) -> tuple[str, str]:
    """The lead measure of a list written before a colon and the preposition that ties it to its
    items: ("Thuế nhập khẩu bình quân gia quyền", "của") of "Thuế nhập khẩu bình quân gia quyền
    của các mặt hàng xăng dầu được tính … như sau"; ("" , "") when the clause has no measure."""
    clause = _LEAD_END.sub("", _BREAK.split(text)[-1].strip())
    low = key(clause)
    if len(low) != len(clause):
        return "", ""
    head = next((m for m in _measure_re().finditer(low) if _fits(m.group(), kind)), None)
    if head is None:
        return "", ""
    words = clause[head.start() :].split()
    lows = [key(w) for w in words]
    out: list[str] = []
    prep = ""
    i = 0
    while i < len(words) and len(out) < 10:
        pair = " ".join(lows[i : i + 2])
        if pair in _cls("item_prep") or lows[i] in _cls("item_prep") | {"của"}:
            prep = " ".join(words[i : i + 2]) if pair in _cls("item_prep") else words[i]
            break
        if pair in _LEAD_STOP or lows[i] in _LEAD_STOP | _cls("not_in_phrase") | _cls("tail") or (
                pair == "so với" or any(c.isdigit() for c in lows[i])):
            break
        out.append(words[i])
        i += 1
    before = clause[: head.start()].split()
    if len(before) >= 2 and key(" ".join(before[-2:])) == "bình quân":
        out = before[-2:] + out  # "Bình quân giá thành phẩm …"
    return " ".join(out), prep


def target_name(name: str) -> str:
    """ "Công ty đặt mục tiêu doanh thu" → "mục tiêu doanh thu"; "doanh thu của Công ty đặt mục
    tiêu" → "mục tiêu doanh thu"."""
    m = _target_re().search(name)
    if not m:
        return name
    after = name[m.end() :].strip()
    if after and _measure_re().match(key(after)):
        return name[m.start() :]
    if not after and m.start():
        core = name[: m.start()].split(" của ")[0].strip()
        core = re.sub(r"(?:\s+(?:đặt|đặt ra|đề ra|phấn đấu|theo))+$", "", core)
        if _measure_re().match(key(core)) and not _clause_word(core.split()):
            return f"{m.group()} {core}"
    return name


class ExtendMixin:
    """The round-7 extension of names (see the module docstring)."""

    doc: Document
    norm: str
    sentences: list[tuple[int, int]]

    def _extended(self, e: _Entry, before: list[_Entry], name: str) -> str:
        prev = before[-1] if before and before[-1].sent == e.sent else None
        # the figure before of the same kind ("giảm 2 USD/thùng (-3%), dầu diesel giảm …")
        same = next((p for p in reversed(before[-4:]) if p.sent == e.sent and _kind(p) == _kind(
            e)), None)
        name = self._end_cut(e, _undoubled(name))
        out = target_name(name)
        if same and out == name:
            out = self._target_item(e, same, name)
        out = self._written_head(e, out)
        if same and key(out) in _RATE and key(same.indicator).startswith(key(out) + " ") and (
                " của " not in same.indicator) and not bad_name(same.indicator):
            out = same.indicator  # "tỷ lệ lao động qua đào tạo đạt 59%; năm 2018, tỷ lệ đạt 62%"
        listed = self._colon_item(e, out, prev)
        if listed != out:
            out = listed
        elif same:
            out = self._list_item_name(e, same, out)
        out = self._unit_measure(e, out)
        out = self._counted_head(e, out)
        return self._rate_name(e, out, prev)

    def _end_cut(self, e: _Entry, name: str) -> str:
        """A verb or qualifier written between the name and the figure is no part of the name
        ("giá dao động", "Vốn FDI … chiếm" → "tỷ lệ vốn FDI …", as the gold writes "tỷ lệ lao
        động nước ngoài" for "lao động nước ngoài chiếm 3%")."""
        words = name.split()
        n = 0
        while n < len(words) - 1 and key(words[-1 - n]) in _cls("end_cut") or n < len(words) - 2 and (
                key(" ".join(words[-2 - n : len(words) - n])) in _cls("end_cut")):
            n += 2 if key(" ".join(words[-2 - n : len(words) - n])) in _cls("end_cut") else 1
        if not n:
            return name
        rest = " ".join(words[: len(words) - n])
        if e.unit == "%" and key(words[-n]) == "chiếm" and not any(r in key(rest) for r in (
                *_RATE, *_SHARES)):
            return f"tỷ lệ {rest[0].lower() if not rest[1:2].isupper() else rest[0]}{rest[1:]}"
        return rest if _has_measure(rest) or not _has_measure(name) else name

    def _left(self, e: _Entry) -> str:
        return self.norm[self.sentences[e.sent][0] : e.q.start]

    def _between(self, p: _Entry, e: _Entry) -> str:
        between = _BRACKET.sub("", self.norm[p.q.end : e.q.start])
        return _UNIT_TAIL.sub("", between)

    def _target_item(self, e: _Entry, p: _Entry, name: str) -> str:
        """ "đặt mục tiêu doanh thu 100 tỷ đồng và lãi 10 tỷ đồng": the item after a target."""
        m = _target_re().match(p.indicator)
        core = name.split(" của ")[0]
        if not m or not _measure_re().fullmatch(key(core)) or _kind(p) != _kind(e):
            return name
        between = self._between(p, e)
        bm = re.fullmatch(rf"(.*?)(?:,\s*(?:và\s+)?|\s+và\s+){re.escape(core)}\s*", between, re.I)
        if not bm or "." in bm.group(1) or _clause_word([w for w in bm.group(1).split() if key(
                w) not in ("tăng", "giảm")]) or _target_re().search(bm.group(1)):
            return name  # "…, tăng 10% so với năm trước, lãi 11 tỷ đồng": a change between
        return f"{m.group()} {core}"

    def _written_head(self, e: _Entry, name: str) -> str:
        """A bare head or a leftover takes the measure phrase written before the figure."""
        core, _, owner = name.partition(" của ")
        left = self._left(e)
        if _bare(name):
            found = written_phrase(left, _kind(e), core)
            if found and (not owner or key(owner) in key(found)):
                return found
            if found and " của " not in found:
                return f"{found} của {owner}"
            return name
        if _has_measure(name) and not bad_name(name):
            return self._cut_name(e, name, left)
        found = written_phrase(left, _kind(e))
        if not found:
            return name
        clause = _BREAK.split(left[-300:])[-1]
        if not bad_name(name) and not set(key(name).split()) <= set(key(clause).split()):
            return name
        at, head = clause.rfind(name), clause.rfind(found.split()[0])
        if _owner_like(name) and 0 <= at < head and " của " not in found and not re.search(
                r"(?<!\w)theo\s*$", clause[:at], re.I):
            return f"{found} của {name}"  # "Công ty A có giá trị …": the subject owns it
        return found  # a leftover, or a fragment of the phrase ("thế giới" of "giá … thế giới")

    def _cut_name(self, e: _Entry, name: str, left: str) -> str:
        """A name cut before the modifiers written after it ("thuế nhập khẩu bình quân gia
        quyền" of "… gia quyền (tính đến 15/5) đối với xăng là 8,5%") takes the written phrase
        the name starts."""
        if " của " in f" {name} " or not _measure_re().match(key(name)):
            return name
        found = re.sub(r"\s+(?:của|tại|trên địa bàn|vào|ở)\s+(?:toàn\s+|cả\s+)?(?:tỉnh|thành phố|"
                       r"huyện)$", "", written_phrase(left, _kind(e), name), flags=re.I)
        # a name that ends in a verb of application ("Phí … áp dụng") is compared without it
        stem = _participle_end().sub("", name)
        if not found or len(found) <= len(stem) or not key(found).startswith(key(stem) + " "):
            return name
        added = found[len(stem) :].split()
        place = re.fullmatch(r"(?:của|tại|ở|trên địa bàn|vào)\s+(?:(?:tỉnh|thành phố|tp\.?|tỉnh nhà|"
                             r"huyện|quận|xã)(?:\s+|$))?(.*)", key(" ".join(added)))
        if _clause_word(found.split()) or _has_measure(" ".join(added)) or place and (
                not place.group(1) or place.group(1) in place_keys(self.doc)):
            return name  # "giá vải … được thu hoạch và bán với giá": a clause after the name
        return found

    def _colon_item(self, e: _Entry, name: str, prev: _Entry | None) -> str:
        """ "Thuế nhập khẩu … của các mặt hàng xăng dầu như sau: xăng là 8%; dầu diesel là 1%"
        → "Thuế nhập khẩu … của dầu diesel"; "… là: 61 USD/thùng xăng RON 92; 60 USD/thùng dầu
        diesel" → "… xăng RON 92": an item of a list after a colon takes the lead's measure."""
        left = self._left(e)
        colon = left.rfind(":")
        if colon < 0:
            return name
        piece = left[max(colon + 1, len(left) - 300) :]  # the last item fits in 300 characters
        item = _list_piece(piece)
        if not item and not _BREAK.split(piece)[-1].strip():
            after = re.match(r"(?:\s*/\s*[^\W\d]+)?\s+([^\W\d][^;,.:()]*)",
                             self.norm[e.q.end : e.q.end + 80])
            item = _list_piece(re.split(r"\s+và\s+", after.group(1))[0]) if after else ""
        if not item:
            return name
        own = set(key(name).split())
        copied = prev is not None and key(name) == key(prev.indicator)
        if not (_bare(name) or not _has_measure(name) or copied or set(key(item).split()) <= own
                and len(own) - len(set(key(item).split())) <= 2):
            return name
        lead, prep = colon_lead(left[max(0, colon - 300) : colon], _kind(e))
        if not lead or key(item) in key(lead):
            return name
        if not _bare(name) and set(key(item).split()) <= own and key(name).split()[0] == key(
                lead).split()[0]:
            return name  # "giá nhóm dịch vụ ăn uống": the list head's measure already named it
        return f"{lead} {prep} {item}" if prep else f"{lead} {item}"

    def _list_item_name(self, e: _Entry, p: _Entry, name: str) -> str:
        """An item after a figure with a lead measure ("…, dầu diesel 2%") takes the lead."""
        if _kind(p) != _kind(e) or not p.indicator or bad_name(p.indicator):
            return name
        m = _item_re().fullmatch(self._between(p, e))
        if not m:
            return name
        item = m.group(2).strip()
        words = item.split()
        if re.match(r"(?:trong (?:số )?đó|gồm|bao gồm|riêng)(?!\w)", key(item)) or (
                _has_measure(name) and key(name) in key(item)) or bad_name(item) or key(
                item) in _cls("tail") | _cls("not_item") or _clause_word(words) or key(
                item) in place_keys(self.doc):
            return name  # "…, trong đó thu nội địa 27.000 tỷ đồng": a part named by itself
        if not words or len(words) > 6 or _has_measure(item) or not (
                bad_name(name) or not _has_measure(name) or _bare(name) or key(name) == key(
                p.indicator)):
            return name
        if not set(key(name).split()) & set(key(item).split()) and _has_measure(name) and not (
                _bare(name)) and key(name) != key(p.indicator):
            return name
        return self._lead_with(p.indicator, item, m.group(1)) or name

    def _lead_with(self, lead: str, item: str, prep: str | None) -> str:
        """The lead measure of ``lead`` with ``item`` in the place of its own item."""
        low = lead.lower()
        if prep:
            at = low.rfind(f" {prep.lower()} ")
            if at > 0:
                return f"{lead[: at + len(prep) + 2]}{item}"
        for p in sorted(_cls("item_prep"), key=len, reverse=True):
            at = low.rfind(f" {p} ")
            if at > 0 and _has_measure(lead[:at]):
                return f"{lead[: at + len(p) + 2]}{item}"
        hm = _measure_re().match(key(lead))
        if not hm or hm.end() == len(key(lead)) or " của " in low:
            return ""
        rest = key(lead)[hm.end() :].split()
        if rest[0] in ("và", "các", "những", "hoặc") or _has_measure(" ".join(rest)):
            return ""  # "tiền và các khoản tương đương tiền": no goods after the head to replace
        scope = next((s for s in _cls("scope") if key(lead).endswith(" " + s)), "")
        out = f"{lead[: hm.end()]} {item}"
        return f"{out} {lead[len(lead) - len(scope) :]}" if scope and not key(item).endswith(
            scope) else out

    def _unit_measure(self, e: _Entry, name: str) -> str:
        """ "Huyện A có 16.300 ha vải thiều" → "diện tích vải thiều của Huyện A"."""
        measure = _unit_measures().get(e.unit)
        if not measure or _has_measure(name) and not bad_name(name):
            return name
        goods = object_after(self.doc, e.q.end)
        if not goods or _has_measure(goods) or len(goods.split()) > 5:
            return name
        words = name.split()
        verbs = _quantity_verb_keys() | _cls("area_verb")
        verb = next((" ".join(words[-n:]) for n in (2, 1) if len(words) >= n and key(
            " ".join(words[-n:])) in verbs), "")
        if verb:
            return f"{measure} {goods} {verb}"
        low = key(name)
        if key(goods) in low:  # "vùng nguyên liệu lúa đạt chuẩn" of "14.500 ha vùng nguyên liệu …"
            return f"{measure} {name}" if low.startswith(key(goods)) else name
        if "lượng" in low.split() or _verb_re().search(low):
            return name  # "lượng xuất khẩu của cả nước", "xuất khẩu gạo": named by the activity
        owner = name if _owner_like(name) and not bad_name(name) else ""
        return f"{measure} {goods} của {owner}" if owner else f"{measure} {goods}"

    def _counted_head(self, e: _Entry, name: str) -> str:
        """A count or a share named by the noun written with the figure takes "số" or "tỷ lệ":
        "281.402 công nhân có nhu cầu thuê nhà" → "số công nhân có nhu cầu thuê nhà"; "75% doanh
        nghiệp hài lòng" → "tỷ lệ doanh nghiệp hài lòng" (as the gold writes "tỷ lệ lao động
        nước ngoài")."""
        low = key(name).split()
        if not low or low[0] in ("số", "lượt", "tổng", "lượng", "tỷ", "tỉ", "tốc") or _has_measure(
                name) or bad_name(name) or "/" in e.unit or e.unit in _NO_COUNT or not (
                name[:1].islower() or name.split()[0].isupper()) or len(low) > 10 or low[
                0] in _cls("not_item"):
            return name
        if e.unit == "%":
            after = key(self.norm[e.q.end : e.q.end + len(name) + 4]).split()
            return f"tỷ lệ {name}" if after[:1] == low[:1] and not _clause_word(
                name.split()[:1]) else name
        if _kind(e) != "quantity":
            return name
        written = key(self.norm[e.q.start : e.q.end]).split()
        for n in (3, 2, 1):
            if len(low) >= n and written[-n:] == low[:n]:
                return f"số {name}"
        return name

    def _rate_name(self, e: _Entry, name: str, prev: _Entry | None) -> str:
        """A percentage named by a dividend, a bare rate after "chiếm", a price after a sale."""
        low = key(name)
        if e.unit == "%" and "cổ tức" in low and not any(r in low for r in _RATE):
            rest = name[low.index("cổ tức") + len("cổ tức") :].strip()
            return f"tỷ lệ cổ tức {rest}".strip()
        left = self._left(e)
        if e.unit == "%" and low in _RATE and prev and prev.indicator and not bad_name(
                prev.indicator) and prev.unit != "%" and re.fullmatch(
                r"(?:\s*/\s*[^\W\d]+)?\s*\(\s*[+-]?\s*", self.norm[prev.q.end : e.q.start]):
            return prev.indicator  # "tăng 5,32 điểm (+4,79%)": the same measure in per cent
        if e.unit == "%" and "chiếm" in left[-len(name) - 40 :] and not any(
                r in low for r in (*_RATE, *_SHARES)) and name[:1].isalpha() and _share_of(
                left[-len(name) - 60 :], name):
            return f"tỷ lệ {name[0].lower() if not name[1:2].isupper() else name[0]}{name[1:]}"
        if e.unit == "%" and low in _RATE and "chiếm" in left[-120:]:
            m = re.search(r"([^\W\d][^,;:()\d]*?)\s+(?:(?:chỉ|đã|đều|cũng)\s+)?chiếm\s+"
                          r"(?:tỷ lệ|tỉ lệ)\s*(?:khoảng|gần|hơn|trên)?\s*$", left[-200:]) or re.search(
                r"([^\W\d][^,;:()\d]*?)\s+(?:là|đạt|có)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?"
                r"\d[\d.,]*(?:\s+[^\W\d]+){0,2}\s*,\s*chiếm\s+(?:tỷ lệ|tỉ lệ)\s*(?:khoảng|gần|hơn|"
                r"trên)?\s*$", left[-200:])
            subject = m.group(1).strip() if m else ""
            if subject and len(subject.split()) <= 8 and not bad_name(subject):
                return f"{name} {subject[0].lower() if not subject[1:2].isupper() else subject[0]}" \
                       f"{subject[1:]}"
        if _kind(e) == "money" and key(name.split(" của ")[0]) in ("giá", "mức giá"):
            tail = left[-300:]
            return _sale_price(_BREAK.split(tail)[-1].strip()) or _bracket_price(tail) or name
        return name


def _bracket_price(left: str) -> str:
    """ "2 loại thuốc là Crocin 100 (giá" → "giá Crocin 100": a price in brackets after the goods,
    the words after the last "là", "và", "gồm", "như" or break, at most five, no verb."""
    if "(" not in left[-12:]:
        return ""  # no bracket opens the price: the pattern below is not tried (speed)
    m = re.search(r"([^,;:()]+?)\s*\(\s*(?:giá|mức giá)\s*$", left, re.I)
    if not m:
        return ""
    goods = re.split(r"(?<!\w)(?:là|và|gồm|như|hoặc)\s+", m.group(1))[-1].strip()
    words = goods.split()
    if not 1 <= len(words) <= 5 or bad_name(goods) or _has_measure(goods) or _clause_word(words):
        return ""
    return f"giá {goods}"


def _sale_price(clause: str) -> str:
    """ "Amazon mua lại Whole Foods với giá" → "giá mua lại Whole Foods"; "Vải đóng hộp được bán
    với giá" → "giá vải đóng hộp"; "mỗi kg chuối sẽ bán với giá" → "giá chuối"."""
    m = _sale_re().search(clause) if "giá" in clause else None
    if not m:
        return ""
    obj = m.group(3).strip()
    if obj:
        if len(obj.split()) > 6 or key(obj) in ("mình", "nó", "lại", "đi"):
            return ""
        return f"giá {m.group(1).lower()} {obj}"
    if m.group(2) or not key(m.group(1)).endswith("bán"):
        return ""  # "thương lái thu mua với giá": the buyer is no goods
    subject = re.sub(r"(?:\s+(?:sẽ|được|đã|đang|đều|cũng|chỉ|vẫn))+$", "", clause[: m.start()].rstrip())
    # the words after a number, a date or a conjunction ("Đến cuối tháng 6/2017 vải thiều",
    # "tính bình quân thì mỗi kg chuối")
    subject = re.split(r"\S*\d\S*\s+|(?<!\w)(?:thì|mà|nhưng|và|khi)\s+", subject)[-1]
    subject = re.sub(r"^(?:mỗi|một|1)\s+[^\W\d]+\s+", "", subject.strip(), flags=re.I)
    words = subject.split()
    if not words or len(words) > 8 or bad_name(subject) or _has_measure(subject) or re.search(
            r"\d", subject) or {key(w) for w in words} & _word_class("time"):
        return ""
    lead = subject if words[0][1:2].isupper() or len(words) > 1 and words[1][:1].isupper() and (
        words[0][:1].isupper()) else subject[0].lower() + subject[1:]
    return f"giá {lead}"


@cache
def _verb_re() -> re.Pattern[str]:
    return word_re(_quantity_verb_keys() | _cls("area_verb"))


@cache
def _quantity_verb_keys() -> frozenset[str]:
    return frozenset(key(r[0]) for r in rows("name_verbal_quantity.tsv") if r)
