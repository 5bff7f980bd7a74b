"""The last repair of figure names: a name must be the measure the number is of, with its owner
when the sentence states one, never words left over around the figure.

Runs on the finished, merged figures (in text order), after ``_tidy`` (``_repaired``):

1. a list's item takes the list head's measure ("giá … nhóm hàng … như: thực phẩm tăng 0,75%"
   → "giá nhóm thực phẩm"; "… đối với xăng là 9,31%, dầu diesel 2,57%" → "… đối với dầu
   diesel"); a "tương đương" figure shares the name of the figure before; a verb whose figure is a
   sum of money names it ("126 doanh nghiệp nợ thuế" → "số nợ thuế của 126 doanh nghiệp");
2. a leftover name (an edge verb/adverb/connective, a unit's tail "/lượng", a bare "mức") gives
   way to the measure noun phrase nearest before the figure, else the figure before in the same
   sentence, else the price of the clause's goods, else the unit's generic name;
3. a name without a measure of the figure's kind gives way to a measure phrase right before the
   figure ("giá thịt heo giảm 2,2%") or a measure right after it ("ITA đạt 22,87 tỷ đồng lợi nhuận
   sau thuế" → "lợi nhuận sau thuế của ITA"); a name cut by the first pass is completed;
4. a bare measure ("số nợ", "công suất") takes its owner: "<owner> với <measure> N", the proper
   name heading a ";"-item, the named subject of "nâng", else the owner of the figure before.

Vocabularies (data, ``vnextract/data/``): ``name_measures.tsv`` (measure head nouns and the kinds
of figure they name), ``name_edges.tsv`` (words that never start/end a name, words that end a
measure phrase, owner cues), ``name_verbal.tsv`` (money verbs and their measures),
``name_abbreviations.tsv`` and ``name_words.tsv`` (generic heads, unit words, pronouns).
"""

from __future__ import annotations

import re
from functools import cache

from ...document import Document
from ...lexicon import compiled, key, rows, word_re
from .model import _Entry
from .name_checks import dealer_in, dealer_quote, place_keys, quote_head
from .vocab import _MONEY

_WORD = re.compile(r"[^\W_]+(?:[-.][^\W_]+)*|[^\w\s]", re.UNICODE)
_CLAUSE_NUMBER = re.compile(r"(?<!\w)\d(?:[\d.,]*\d)?")
_LABEL_WORD_BEFORE = re.compile(r"(?:năm|quý|tháng|ngày|đợt|lúc|số|[/-])\s*$", re.I)
_TIME_WORD_AFTER = re.compile(r"\s*(?:tháng|năm|quý|ngày|tuần|giờ|phút)(?!\w)")
_PERCENT_BRACKET = re.compile(r"\s*%\s*\(\s*")
_GROWTH_PREFIX = "tốc độ tăng trưởng "
_STOPS = ("both", "stop")


def _words_of(kind: str) -> frozenset[str]:
    return frozenset(key(r[0]) for r in rows("name_words.tsv") if len(r) > 1 and r[1] == kind)


_GENERIC = _words_of("generic")
_UNIT_WORDS = _words_of("unit")
_PRONOUNS = _words_of("pronoun")


@cache
def _measures() -> dict[str, frozenset[str]]:
    return {key(r[0]): frozenset(r[1].split(",")) for r in rows("name_measures.tsv") if len(r) > 1}


@cache
def _edges() -> dict[str, str]:
    return {key(r[0]): r[1] for r in rows("name_edges.tsv") if len(r) > 1}


@cache
def _measure_re() -> re.Pattern[str]:
    return word_re(_measures(), flags=re.I)


def _kind(e: _Entry) -> str:
    if e.unit in _MONEY or e.unit.split("/")[0] in _MONEY:
        return "money"
    return "percent" if e.unit == "%" else "quantity"


def _fits(head: str, kind: str) -> bool:
    kinds = _measures().get(key(head), frozenset())
    return kind in kinds or "any" in kinds


def _fitting(name: str, kind: str) -> bool:
    return any(_fits(m.group(), kind) for m in _measure_re().finditer(key(name)))


def _has_measure(name: str) -> bool:
    return bool(_measure_re().search(key(name)))


def _edge_at(words: list[str], start: bool) -> bool:
    """True when the first (last) one or two words are in the start (end) list."""
    edges = _edges()
    if len(words) >= 2 and " ".join(words[:2] if start else words[-2:]) in _measures():
        return False  # "chỉ số …": a measure, not the adverb "chỉ"
    if len(words) >= 2 and edges.get(" ".join(words[:2] if start else words[-2:])) == "keep":
        return False  # "lượt hành khách đi và đến"
    for n in (2, 1):
        if len(words) < n:
            continue
        w = " ".join(words[:n] if start else words[-n:])
        where = edges.get(w)
        if where in ("both", "start" if start else "end"):
            return True
    return False


def bad_name(name: str) -> bool:
    """A name made of leftovers: an edge verb/adverb/connective, a unit tail, a bare generic."""
    low = key(name)
    if not low or not low[0].isalnum() or low in _GENERIC:
        return True
    words = low.split()
    if all(w in _UNIT_WORDS for w in words):
        return True  # "lượng" of "36,58 triệu đồng/lượng"
    return _edge_at(words, True) or _edge_at(words, False)


@cache
def _abbreviations() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {r[0]: r[1] for r in rows("name_abbreviations.tsv") if len(r) > 1}
    alts = "|".join(re.escape(a) for a in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)"), table


def _spelled(name: str) -> str:
    """ "Tổng số nợ BHXH, BHYT" → "Tổng số nợ bảo hiểm xã hội, bảo hiểm y tế"."""
    pattern, table = _abbreviations()
    return pattern.sub(lambda m: table[m.group()], name)


@cache
def _verbs() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {key(r[0]): r[1] for r in rows("name_verbal.tsv") if len(r) > 1}
    return word_re(table), table



def _verbal(name: str, clause: str) -> str:
    """ "ông Phú đòi bồi thường" → "số tiền đòi bồi thường của ông Phú"; "nợ thuế, phí" after
    "126 doanh nghiệp" → "số nợ thuế, phí của 126 doanh nghiệp"."""
    pattern, table = _verbs()
    low = key(name)
    if len(low) != len(name):
        return ""
    # "chi" of "chi phí" is a measure, not the verb
    m = pattern.search(_measure_re().sub(lambda h: "#" * len(h.group()), low))
    if not m:
        # "Bộ Công Thương sẽ thu về trên 3.160 tỉ đồng": the verb between the name and the figure
        named = sum(1 for w in name.split() if w[:1].isupper()) >= 2 or name.isupper()
        if not named or key(name) in _PRONOUNS:
            return ""  # no owner to name: the verb is not looked for (no pattern to build)
        text = clause.rstrip() + " "
        tail = compiled(rf"{re.escape(name)}\s+(?:(?:sẽ|đã|đang|còn)\s+)*(\w+(?:\s\w+)?)\s*"
                        rf"(?:được\s*)?$").search(text) if name in text else None
        verb = key(tail.group(1)) if tail else ""
        if verb in table:
            return f"{table[verb]} của {name}"
        return ""
    subject = _strip_edges(name[: m.start()].strip())
    obj = _strip_edges(name[m.end() :].strip(" ,"))
    if not subject and clause.rstrip().endswith(name):
        cm = re.search(r"(?<![\w,.])(\d[\d.,]*\s+[^\W\d]+(?:\s+[^\W\d]+)?)\s*$",
                       clause.rstrip()[: -len(name)])
        subject = cm.group(1) if cm else ""
    measure = table[m.group()] + (f" {obj}" if obj and len(obj.split()) <= 6 else "")
    subject = _strip_edges(subject)
    if re.match(r"(?:(?:năm|quý|tháng)\s+)?\d{4}(?!\d)", subject):
        subject = ""  # "năm 2025 sẽ phải chi": a year is no owner
    if subject and key(subject) not in _PRONOUNS and len(subject.split()) <= 6:
        return f"{measure} của {subject}"
    return measure


def _owner_subject(left: str, name: str) -> str:
    """ "TGĐ LienVietPostBank sẽ nâng tỷ lệ sở hữu tại đây từ 0,212%": the named subject that
    raises or lowers the measure owns it."""
    if "nâng" not in left and "hạ" not in left:
        return ""  # literal pre-filter: the pattern below needs one of them
    m = compiled(rf"(?:^|[,;:]\s*)([A-ZĐÀ-Ỹ][^,;:]*?)\s+(?:(?:sẽ|đã|đang|dự kiến|tiếp tục)\s+)*"
                 rf"(?:nâng|hạ)\s+{re.escape(name)}(?!\w)[^,;:]*$").search(left)
    if not m:
        return ""
    owner = _strip_edges(m.group(1).strip())
    words = owner.split()
    if not words or len(words) > 6 or key(words[0]) in _edges() or _has_measure(owner):
        return ""
    return owner


# a space that is not one plain space: another space character, or two in a row
_ODD_SPACE = re.compile(r"[^\S ]| {2}")


def _as_written(name: str, left: str) -> str:
    """ "với số thuế đã nộp hơn 5 tỷ": the name as the text writes it right before the figure, when
    only an adverb ("đã", "được") was dropped from it."""
    words = name.split()
    if len(words) < 2:
        return ""
    # the match ends the text (but for "là", "đạt", "ở mức"): no regex to build when it cannot
    tail = left.rstrip()
    if not tail.endswith(words[-1]) and not any(
            tail.endswith(t) and tail[: -len(t)].rstrip().endswith(words[-1])
            for t in ("là", "đạt", "ở mức")):
        return ""
    if tail.endswith(name) and name == " ".join(words) and not tail.endswith(
            ("là", "đạt", "ở mức")) and not {"đã", "được", "sẽ"} & set(words):
        return ""  # written as it is: the one match the pattern below can find is the name
    if name == " ".join(words) and not any(a in left for a in ("đã", "được", "sẽ")) and (
            _ODD_SPACE.search(left) is None):
        return ""  # the pattern below could only find the name itself, written as it is
    body = r"\s+(?:(?:đã|được|sẽ)\s+)?".join(re.escape(w) for w in words)
    m = compiled(rf"(?<!\w)({body})\s*(?:là|đạt|ở mức)?\s*$").search(left)
    return m.group(1) if m and m.group(1) != name else ""


def _reordered(name: str) -> str:
    """ "Cam xoàn có mức giá" → "giá Cam xoàn"; "ACV lãi" → "lãi của ACV": the measure at the
    end of a name goes first."""
    m = re.fullmatch(r"(.+?)\s+có\s+(?:mức\s+)?(giá(?:\s+bán)?)", name, re.I)
    if m and not _has_measure(m.group(1)):
        return f"{m.group(2)} {m.group(1)}"
    m = re.fullmatch(r"(.+?)\s+có\s+(.+)", name)
    if m and key(m.group(2)) in _measures() and not _has_measure(m.group(1)) and (
            len(m.group(1).split()) <= 6 and key(m.group(1)) not in _PRONOUNS):
        return f"{m.group(2)} của {m.group(1)}"  # "tàu này có lượng giãn nước" (650 tấn)
    words = name.split()
    if len(words) >= 2 and all(w[:1].isupper() for w in words[:-1]) and key(words[-1]) in (
            _measures()) and not _has_measure(" ".join(words[:-1])):
        return f"{words[-1]} của {' '.join(words[:-1])}"
    return name


@cache
def _clause_words() -> dict[str, str]:
    return {key(r[0]): (r[1] if len(r) > 1 else "") for r in rows("measure_clause_words.txt")}


def _first_clause_word(ws: list[str]) -> int:
    """The index of the first verb, time or quote word in ``ws`` (key form), else -1."""
    table = _clause_words()
    for i in range(len(ws)):
        if " ".join(ws[i : i + 3]) in table or " ".join(ws[i : i + 2]) in table or ws[i] in table:
            return i
    return -1


@cache
def _object_words() -> frozenset[str]:
    return frozenset(key(r[0]) for r in rows("name_object_words.txt"))


_VALUE_HEAD = re.compile(r"(?<!\w)(trị giá|giá trị)\s*(?:là|khoảng|lên tới|lên đến|tới|hơn|gần|"
                         r"ước tính|ước|chỉ|vào khoảng)?\s*$", re.I)


# where a clause ends, walking back from a figure: a comma between words (not "1,5"), a full stop
# before a space, brackets, quotes, other punctuation, a spaced dash
_CLAUSE_BREAK = re.compile(r"(?<!\d),(?!\d)|\.(?=\s|$)|[;:()\[\]\"“”!?\n–]|\s-\s")


def _last_clause_words(text: str) -> list[str]:
    """The words of the last clause of ``text`` (shared by the value-object and goods walks)."""
    return _CLAUSE_BREAK.split(text)[-1].split()


def _value_object(name: str, left: str) -> str:
    """A bare value head takes the object written right before it: "ký một thỏa thuận vũ khí
    trị giá 110 tỷ USD" → "trị giá thỏa thuận vũ khí"; "Giải nhất trị giá" → "trị giá Giải nhất".
    The object runs back to a verb, determiner or connective (``name_object_words.txt``, the clause
    words and edge words), a number or a punctuation mark, and holds at most 6 words."""
    m = _VALUE_HEAD.search(left)
    if not m or key(m.group(1)) != key(name):
        return ""
    seg = _last_clause_words(left[: m.start()])
    stops, table, edges = _object_words(), _clause_words(), _edges()
    out: list[str] = []
    while seg:
        w = seg[-1]
        pair = key(" ".join(seg[-2:])) if len(seg) > 1 else ""
        if key(w) == "của" and out:  # "Giải đặc biệt của cuộc thi": the owner goes on
            out.insert(0, seg.pop())
            continue
        if any(c.isdigit() for c in w) or key(w) in stops or key(w) in table or pair in stops or (
                pair in table) or edges.get(key(w)) in ("both", "start", "end") or (
                edges.get(pair) in ("both", "start", "end")):
            break
        out.insert(0, seg.pop())
    obj = " ".join(out)
    if not out or len(out) > 6 or _has_measure(obj) or key(obj) in _PRONOUNS or key(obj) in _GENERIC:
        return ""
    return f"{m.group(1)} {obj}"


@cache
def _quantity_verbs() -> dict[str, str]:
    return {key(r[0]): r[1] for r in rows("name_verbal_quantity.tsv") if len(r) > 1}


def _quantity_verbal(name: str) -> str:
    """ "Nhật Bản sản xuất" (805.000 tấn) → "sản lượng của Nhật Bản": a short subject and a verb
    of output, trade or use (``name_verbal_quantity.tsv``) name the amount."""
    words = name.split()
    for n in (2, 1):
        if len(words) <= n:
            continue
        measure = _quantity_verbs().get(key(" ".join(words[-n:])))
        if not measure:
            continue
        subject = words[:-n]
        while subject and key(subject[-1]) in ("đã", "sẽ", "đang", "chỉ", "cũng", "vẫn", "còn"):
            subject.pop()
        owner = " ".join(subject)
        if not subject or len(subject) > 5 or _has_measure(owner) or key(owner) in _PRONOUNS or (
                _edge_at([key(w) for w in subject], True)) or not (
                subject[0][:1].isupper() or key(owner) in ("thế giới", "cả nước", "toàn cầu")):
            return ""
        return f"{measure} của {owner}"
    return ""


_PRICE_TAIL = re.compile(r"\s+(?:(?:có|với|ở)\s+)?(?:mức\s+)?(?:giá\s+)?(?:là|ở mức|tăng|giảm|"
                         r"chỉ|khoảng|từ|:)?\s*$")


def _goods_before(left: str) -> str:
    """The goods of a bare price: the words before "ở mức", "giá", "tăng", "giảm" in the clause
    ("lúa OM 1490 ở mức 4.700 đồng/kg" → "lúa OM 1490"; "dầu hỏa giảm 80 đồng/lít" → "dầu hỏa"),
    back to a verb, determiner, number or punctuation mark, at most 6 words and no measure."""
    m = _PRICE_TAIL.search(left)
    if not m or not m.group().strip():
        return ""
    seg = _last_clause_words(left[: m.start()])
    stops, table, edges = _object_words(), _clause_words(), _edges()
    out: list[str] = []
    while seg:
        w = seg[-1]
        pair = key(" ".join(seg[-2:])) if len(seg) > 1 else ""
        code = re.fullmatch(r"[\d.,]+", w) and len(seg) > 1 and seg[-2].isupper()  # "OM 1490"
        if re.fullmatch(r"[\d.,]+", w) and not code or key(w) in stops or key(w) in table or (
                pair in stops or pair in table or edges.get(key(w)) or edges.get(pair)):
            break
        out.insert(0, seg.pop())
    goods = " ".join(out)
    if not out or len(out) > 6 or _has_measure(goods) or key(goods) in _PRONOUNS or (
            key(goods) in _GENERIC or key(goods) in _UNIT_WORDS):
        return ""
    return goods


def _clause_measure(name: str, kind: str) -> str:
    """A clause that ends in the measure: "dự án được đánh giá có tổng trữ lượng" → "tổng trữ
    lượng của dự án"; "thanh toán và ghi nhận chi phí đầu tư" → "chi phí đầu tư"; "sáng nay giá
    vàng thế giới" → "giá vàng thế giới"; "mua nhà ở xã hội giá" → "giá nhà ở xã hội"."""
    low = key(name)
    heads = list(_measure_re().finditer(low))
    if len(low) != len(name) or not heads or heads[0].start() == 0 or any(
            v == "keep" and compiled(rf"(?<!\w){re.escape(w)}(?!\w)").search(low)
            for w, v in _clause_words().items()):
        return ""  # "khu vực có vốn đầu tư nước ngoài": "có" of a fixed phrase
    vm = _verbs()[0].search(low[: heads[0].start()]) if kind == "money" else None
    if vm and f"{(low[: vm.start()].split() or [''])[-1]} {vm.group()}" not in _clause_words() and (
            not _verbs()[1][vm.group()].startswith("giá")):
        return _verbal(name, "")  # "các doanh nghiệp đã nộp ngân sách": a sum paid
    for m in heads:
        if not _fits(m.group(), kind):
            continue
        prefix = name[: m.start()].split()
        at = _first_clause_word([key(w) for w in prefix])
        rest = [key(w) for w in name[m.start() :].split()]
        if at < 0 or prefix and f"{key(prefix[-1])} {rest[0]}" in _clause_words() or (
                _first_clause_word(rest) >= 0):
            continue  # "đánh giá" is no price; "giá có tổng trữ lượng" is no measure phrase
        measure = _strip_edges(name[m.start() :]) or name[m.start() :].strip()
        subject = _strip_edges(" ".join(prefix[:at]))
        sw = subject.split()
        owns = any(_clause_words().get(key(w)) == "owner" for w in prefix[at:]) or any(
            _clause_words().get(key(" ".join(prefix[i : i + 2]))) == "owner"
            for i in range(at, len(prefix) - 1))
        if owns and sw and len(sw) <= 6 and key(subject) not in _PRONOUNS and not _has_measure(subject) and (
                subject[0].isupper() or _edges().get(key(sw[0])) == "owner"):
            return f"{measure} của {subject}"
        if key(measure) == key(m.group()):
            n = next(n for n in (3, 2, 1) if " ".join(key(w) for w in prefix[at : at + n]) in (
                _clause_words()))
            obj = _strip_edges(" ".join(prefix[at + n :]))  # "mua nhà ở xã hội giá"
            if obj and len(obj.split()) <= 5 and not any(
                    _first_clause_word([key(w)]) == 0 for w in obj.split()):
                return f"{measure} {obj}"
        return "" if key(measure) in _GENERIC or key(measure) in _measures() and subject else (
            measure)
    return ""


@cache
def _quotes() -> dict[str, str]:
    return {r[0]: r[1] for r in rows("name_quotes.tsv") if len(r) > 1}


def _quote_name(per: str, name: str, after: str = "") -> str:
    """A per-unit quote whose name holds no measure: the unit's measure and the side ("ngân hàng
    này mua" of "… đồng/USD" → "tỷ giá USD mua vào"; "lượng chiều mua" → "giá vàng mua vào")."""
    measure = _quotes().get(key(per), "")
    bracket = re.match(r"\s*/\s*[^\W\d]+\s*(?:\(\s*|(?:ở\s+)?chiều\s+)(mua|bán)|\s*mỗi\s+[^\W\d]+\s+"
                       r"(mua|bán)", key(after))
    sides = {"mua": " mua vào", "bán": " bán ra"}
    if measure and bracket and name.endswith(sides["bán" if bracket.group(1) == "mua" else "mua"]):
        # "… (bán ra)" after a figure named after the buying side before it
        return name[: -len(sides["mua"])].rstrip() + sides[bracket.group(1) or bracket.group(2)]
    if not measure or _fitting(name, "money") and not bad_name(name) or any(
            w[:1].isupper() and key(w) not in _quotes() for w in name.split()):
        return ""  # "tại Doji": the goods and the dealer are named later
    low = (bracket.group(1) or bracket.group(2)) if bracket else key(name)  # "36,50 triệu đồng/lượng (mua vào)"
    side = " mua vào" if re.search(r"(?<!\w)mua(?!\w)", low) else (
        " bán ra" if re.search(r"(?<!\w)bán(?!\w)", low) else "")
    return measure + side


def _strip_edges(name: str) -> str:
    words = name.split()
    while words and (_edge_at([key(w) for w in words], True) or not words[0][0].isalnum()):
        words = words[2:] if len(words) > 1 and _edges().get(key(" ".join(words[:2]))) else words[1:]
    while words and _edge_at([key(w) for w in words], False):
        words = words[:-2] if len(words) > 1 and _edges().get(key(" ".join(words[-2:]))) else (
            words[:-1])
    out = " ".join(words)
    return "" if key(out) in _GENERIC else out


def _np_forward(text: str, start: int) -> str:
    """The measure noun phrase from ``start`` (a head's start) to a stop word or punctuation."""
    out: list[str] = []
    edges = _edges()
    toks = list(_WORD.finditer(text, start))
    i = 0
    while i < len(toks):
        w = toks[i].group()
        if not w[0].isalnum():
            break
        two = key(" ".join(t.group() for t in toks[i : i + 2]))
        three = key(" ".join(t.group() for t in toks[i : i + 3]))
        if edges.get(two) == "keep":
            out.extend(t.group() for t in toks[i : i + 2])  # "đối với"
            i += 2
            continue
        if out and (edges.get(two) in _STOPS or edges.get(three) in _STOPS
                    or edges.get(key(w)) in _STOPS
                    or edges.get(key(w)) == "end" and key(w) not in ("của", "và")):
            break
        if w[0].isdigit() and out and not re.fullmatch(r"\d{1,2}", w) and key(out[-1]) not in (
                "năm", "quý", "tháng", "đợt"):
            break
        out.append(w)
        i += 1
        if len(out) >= 12:
            break
    while out and edges.get(key(out[-1])) in ("end", "both"):
        out.pop()
    return " ".join(out)


def _place_row(seg: str, row: int, size: int) -> str:
    """ "Xuất khẩu sang Hoa Kỳ, EU và Nhật Bản tăng lần lượt 7,9%, 9,4% và 2,7%": with no measure
    head before "lần lượt", a list of places or partners after a preposition names the row in turn
    ("xuất khẩu sang EU"), when it holds as many items as the row has figures."""
    seg = re.sub(r"(?:\s+(?:đều|cũng|đã|lại|có))*\s+(?:tăng(?:\s+trưởng)?|giảm|đạt|là|chiếm|ở mức)"
                 r"\s*$", "", seg.rstrip(" ,"))
    m = list(re.finditer(r"(?<!\w)(?:sang|tại|ở|của|từ|đối với|cho|vào)\s+", seg))
    if not m or size < 2:
        return ""
    prefix = seg[: m[-1].end()].split(",")[-1].strip()
    parts = [x.strip() for x in re.split(r",\s*(?:và\s+)?|\s+và\s+", seg[m[-1].end() :]) if x.strip()]
    pw = prefix.split()
    if len(parts) != size or not 2 <= len(pw) <= 7 or any(
            len(x.split()) > 4 or re.search(r"\d", x) for x in parts) or _edge_at(
            [key(w) for w in pw], True) or any(_clause_words().get(key(w)) is not None for w in pw):
        return ""
    return f"{prefix} {parts[row]}"


class RowsMixin:
    """ "lần lượt" rows: the measures before it name the figures of the row in turn."""

    norm: str
    sentences: list[tuple[int, int]]

    def _in_turn(self, e: _Entry, before: list[_Entry], left: str, kind: str) -> str:
        """ "phần thưởng cho các đội Nhất, Nhì và Ba lần lượt là 10.000 USD, 7.000 USD và 5.000
        USD": the measure before "lần lượt" names every figure of the row."""
        m = re.search(r"(?<!\w)lần lượt(?:\s+(?:là|đạt|ở mức|bằng|chiếm|tăng|giảm))?\s*$", left)
        if m:
            seg = left[: m.start()]
            seg = seg[max(seg.rfind(";"), seg.rfind(":"), seg.rfind("(")) + 1 :]
            heads = [h for h in _measure_re().finditer(seg) if _fits(h.group(), kind)]
            if not heads:
                return _place_row(seg, 0, self._row_size(e))
            phrase = _strip_edges(seg[heads[0].start() :].strip(" ,"))
            return _spelled(self._respective(phrase, 0, self._row_size(e))) if phrase and len(
                phrase.split()) <= 16 else ""
        if not before or before[-1].sent != e.sent or _kind(before[-1]) != kind:
            return ""
        row = 1
        for p, q in zip(reversed(before), [e, *reversed(before)], strict=False):
            between = self.norm[p.q.end : q.q.start]
            if p.sent != e.sent or not re.fullmatch(
                    r"(?:\s*/\s*[^\W\d]+)?\s*(?:,\s*(?:và\s+)?|\s+và\s+)", between):
                return ""
            m = re.search(r"(?<!\w)lần lượt(?:\s+(?:là|đạt|ở mức|bằng|chiếm|tăng|giảm))?\s*$",
                          self.norm[self.sentences[e.sent][0] : p.q.start])
            if m:
                return self._in_turn(p, [], self.norm[self.sentences[e.sent][0] : p.q.start],
                                     kind) and self._row_name(p, row)
            row += 1
        return ""

    def _row_name(self, first: _Entry, row: int) -> str:
        left = self.norm[self.sentences[first.sent][0] : first.q.start]
        seg = left[: left.rfind("lần lượt")]
        seg = seg[max(seg.rfind(";"), seg.rfind(":"), seg.rfind("(")) + 1 :]
        heads = [h for h in _measure_re().finditer(seg) if _fits(h.group(), _kind(first))]
        if not heads:
            return _place_row(seg, row, self._row_size(first))
        phrase = _strip_edges(seg[heads[0].start() :].strip(" ,"))
        return _spelled(self._respective(phrase, row, self._row_size(first))) if phrase else ""

    def _row_size(self, first: _Entry) -> int:
        """How many figures the row after "lần lượt" holds (numbers up to ";" or the end)."""
        end = self.sentences[first.sent][1]
        tail = re.split(r"[;:]", self.norm[first.q.start : end])[0]
        return len(re.findall(r"(?<![\w.,/])\d(?:[\d.,]*\d)?(?![\d/])", tail))

    def _respective(self, phrase: str, row: int, size: int) -> str:
        """ "Doanh thu và lợi nhuận của công ty A", item 1 → "lợi nhuận của công ty A";
        "Tỷ lệ hộ nghèo và cận nghèo", item 1 → "Tỷ lệ cận nghèo"."""
        owner = re.search(r"\s(của\s.+)$", phrase)
        body = phrase[: owner.start()] if owner else phrase
        parts = [x.strip() for x in re.split(r",\s*(?:và\s+)?|\s+và\s+", body) if x.strip()]
        if len(parts) != size:
            return phrase
        part = parts[row]
        if not _measure_re().match(key(part)):
            hm = _measure_re().match(key(parts[0]))
            pm = list(re.finditer(r"(?<!\w)(?:sang|tại|ở|từ|đối với|vào)\s+", parts[0]))
            if hm and pm and pm[-1].start() >= hm.end():  # "vốn đầu tư vào A và B": "… vào B"
                part = f"{parts[0][: pm[-1].end()]}{part}"
            else:
                part = f"{parts[0][: hm.end()]} {part}" if hm else part
        return f"{part} {owner.group(1)}" if owner else part


class MeasureMixin(RowsMixin):
    """The last repair of names (see the module docstring)."""

    doc: Document
    norm: str
    sentences: list[tuple[int, int]]

    def _is_verb(self, name: str) -> bool:  # NamingMixin's, when mixed in
        return False

    def _rank_owner(self, e: _Entry, name: str) -> str:
        """ "Xếp thứ hai trong danh sách này là Công ty A với …": the rank of Công ty A."""
        after = self.norm[e.q.end : e.q.end + 160]
        m = re.match(r"[^.;]*?\slà\s+([A-ZĐÀ-Ỹ][^,.;()]{2,80}?)(?=\s+với\s|[,.;(]|$)", after)
        if not m or len(m.group(1).split()) > 12:
            return name
        return f"{name} của {m.group(1)}"

    def _repaired(self, e: _Entry, before: list[_Entry]) -> str:
        """The repaired name; a per-unit quote still without a measure takes the unit's."""
        name = self._repaired_name(e, before)
        if _kind(e) == "quantity":
            return _quantity_verbal(name or e.indicator) or name
        if _kind(e) != "money":
            return name
        if key(name or e.indicator) in ("trị giá", "giá trị"):
            valued = _value_object(name or e.indicator,
                                   self.norm[self.sentences[e.sent][0] : e.q.start])
            if valued:
                return _spelled(valued)
        if key(name or e.indicator) == "giá" and (self._per_unit(e)):
            goods = _goods_before(self.norm[self.sentences[e.sent][0] : e.q.start])
            if goods:
                return _spelled(f"giá {goods}")
        # "giảm 300.000 đồng mỗi lượng mua vào": "mỗi" writes the unit as "/" does
        per = re.match(r"\s*(?:/|mỗi)\s*([^\W\d]+)", self.norm[e.q.end : e.q.end + 14])
        unit = per.group(1) if per else e.unit.partition("/")[2]
        named = name or e.indicator
        if " tại " not in f" {named} " and _quotes().get(key(unit)):
            # "Tại Eximbank, giá mua vào 22.520 đồng/USD": the dealer of the clause before; a
            # name with a measure of its own takes only a dealer that opens a clause ("Tại …")
            left = self.norm[self.sentences[e.sent][0] : e.q.start]
            at, dealer = dealer_in(left)
            bare = key(quote_head(named)) in ("giá", "tỷ giá", "tỉ giá", "giá vàng") or (
                not _has_measure(named))
            if dealer and key(dealer) not in place_keys(self.doc) and (bare or left[at] == "T"):
                named = f"{named} tại {dealer}"
        dealt = dealer_quote(named, _quotes().get(key(unit), ""), lambda w: _fitting(w, "money"))
        if dealt:
            return dealt
        return _quote_name(per.group(1) if per else e.unit.partition("/")[2], name or e.indicator,
                           self.norm[e.q.end : e.q.end + 30]) or name

    def _per_unit(self, e: _Entry) -> bool:
        """A money figure per unit ("… đồng/kg") or per item ("… đồng một bát")."""
        return "/" in e.unit or re.match(r"\s*(?:/\s*[^\W\d]|(?:một|mỗi)\s)",
                                         self.norm[e.q.end : e.q.end + 12]) is not None

    def _repaired_name(self, e: _Entry, before: list[_Entry]) -> str:
        kind = _kind(e)
        name = _reordered(e.indicator)
        name = _clause_measure(name, kind) or name
        if key(name) in ("xếp hạng", "thứ hạng", "hạng"):
            return self._rank_owner(e, name)
        ns, _ = self.sentences[e.sent]
        left = self.norm[ns : e.q.start]
        listed = self._list_item(name, left, kind) or self._in_turn(e, before, left, kind)
        if listed:
            return listed
        if re.search(r"(?<!\w)tương đương(?:\s+(?:với|khoảng|gần|hơn|trên))?\s*$", left) and before:
            p = before[-1]  # "…, tương đương 183 triệu USD": the same measure in another unit
            if p.sent == e.sent and p.indicator:
                return p.indicator
        if kind == "money" and (_verbs()[0].match(key(name)) and not _measure_re().match(
                key(name)) or not _fitting(name, kind)):
            verbal = _verbal(name, left)
            if verbal:
                return _spelled(self._with_owner(verbal, left))
        listed = self._list_next(e, name, before, kind)
        if listed:
            return _spelled(listed)
        if bad_name(name):
            name = (self._near_measure(left, kind, 20) or self._prev_name(e, before, left)
                    or self._price_of(e, ns) or _strip_edges(name) or self._generic(e, ""))
        elif not _fitting(name, kind):
            name = self._unfit(e, name, left, kind)
            if kind == "percent" and _fitting(name, "money") and key(
                    self.norm[e.q.end : e.q.end + len(name) + 2]).strip().startswith(key(name)):
                name = "tỷ lệ " + name  # "nắm giữ 49% vốn điều lệ": a share of the capital
        else:
            written = _as_written(name, left)
            if written:
                return _spelled(written)
            near = self._near_measure(left, kind, 4)
            ws = _measure_re().sub(" ", key(name)).split()  # "chỉ" of "chỉ số" is no verb
            verbs = [w for w in ws + [" ".join(ws[i : i + 2]) for i in range(len(ws) - 1)]
                     if _edges().get(w) in ("both", "start")]
            if near and len(near) < len(name) and verbs and (
                    name.endswith(near) or key(near) not in key(name)):
                # "người và tăng tiền thâm niên mỗi năm" → "tiền thâm niên mỗi năm"
                name = near
            elif near and len(near) > len(name) and key(near).startswith(key(name)) and (
                    compiled(rf"{re.escape(near)}\s*$").search(left) or key(name) in _measures()
                    and self._near_measure(left, kind, 2) == near):
                name = near  # a cut name: "tỉ lệ chi" of "tỉ lệ chi trả 32,24%"
        owned = self._with_owner(name, left)
        return _spelled(owned if owned != name else self._shared_owner(e, name, before))

    def _shared_owner(self, e: _Entry, name: str, before: list[_Entry]) -> str:
        """ "tổng doanh thu thuần của ITA chỉ đạt …, tuy nhiên lợi nhuận gộp lại đạt …": a measure
        with no owner in a sentence whose figure before has one takes it."""
        low = key(name)
        hm = _measure_re().match(low)
        if not hm or " của " in f" {low} " or len(low.split()) > 5:
            return name
        for p in reversed(before[-3:]):
            if p.sent != e.sent and re.search(r"[.!?\n]", self.norm[p.q.end : e.q.start]):
                break  # clauses after ";" share the owner too
            m = re.search(r"\scủa\s+([^,;()]{2,60})$", p.indicator)
            if m and key(p.indicator[: m.start()]) in {key(v) for v in _verbs()[1].values()}:
                continue  # the subject of a verb ("số tiền thu hồi của X") owns no other sum
            if m and (not _measure_re().match(key(p.indicator))
                      or m.group(1).islower() and len(m.group(1).split()) < 2):
                continue
            if m and key(m.group(1)) not in low:
                return f"{name} của {m.group(1)}"
        return name

    def _unfit(self, e: _Entry, name: str, left: str, kind: str) -> str:
        """A name with no measure of the figure's kind: the measure noun phrase right before the
        figure, when it stands nearer than the name or the name has a measure of another kind
        ("dân số" of "tỷ lệ bao phủ … là 82,4% dân số")."""
        clause = left[self._clause_start(left):]
        if name[:1].isupper() and len(name.split()) <= 6 and name in clause:
            after = self._after_measure(e, name)  # "ITA đạt 22,87 tỷ đồng lợi nhuận"
            if after:
                return after
        near = self._near_measure(left, kind, 8)
        if not near:
            return name
        if key(name) in key(near):
            return near  # a fragment of the measure phrase
        at_name, at_near = key(clause).rfind(key(name)), key(clause).rfind(key(near))
        short_verb = len(name.split()) <= 2 and name.islower() or self._is_verb(name)
        if at_name < 0 or at_near > at_name or _has_measure(name) or short_verb:
            return near
        return name

    # -- the measure phrase ----------------------------------------------------------------
    def _clause_start(self, left: str) -> int:
        """Where the clause of a figure starts in ``left``: after the last figure, ";" or ":"."""
        cut = max(left.rfind(";"), left.rfind(":"))
        for m in _CLAUSE_NUMBER.finditer(left):
            if _LABEL_WORD_BEFORE.search(left[: m.start()]) or (
                    left[m.end() : m.end() + 1] == "/") or _TIME_WORD_AFTER.match(left[m.end():]):
                continue  # a date or a label, not a figure
            if m.end() < len(left) - 1 and not _PERCENT_BRACKET.fullmatch(left[m.end():]):
                cut = max(cut, m.end())  # "… tăng 39% (89 tỷ đồng)": the clause goes on
        return cut + 1

    def _near_measure(self, left: str, kind: str, gap: int) -> str:
        """The measure noun phrase nearest before the figure in its clause, when no more than
        ``gap`` words stand between its end and the figure."""
        start = self._clause_start(left)
        clause = left[start:]
        heads = [m for m in _measure_re().finditer(clause)
                 if _fits(m.group(), kind)]
        for m in reversed(heads):
            # a head inside a longer head ("giá" of "giá trị") was already tried
            phrase = _np_forward(clause, m.start())
            if not phrase or key(phrase) in _GENERIC:
                continue
            rest = clause[m.start() + len(phrase):]
            n = len([w for w in _WORD.findall(rest) if w[0].isalnum()])
            if n > gap or re.search(r"[;:.]", rest):
                return ""
            if key(phrase) == key(m.group()) and re.search(r"(?:mức|có)\s*$", key(clause[: m.start()])):
                # "Giá sầu riêng … có mức giá 60.000": the phrase that names the goods
                longer = self._near_measure(clause[: m.start()], kind, gap + n + 2)
                if longer:
                    return longer
            return phrase
        return ""

    def _prev_name(self, e: _Entry, before: list[_Entry], left: str) -> str:
        """The name of the figure just before in the same sentence, of the same kind."""
        for p in reversed(before[-3:]):
            if p.sent != e.sent or _kind(p) != _kind(e) or not p.indicator or bad_name(
                    p.indicator) or _kind(e) == "quantity" and p.unit != e.unit:
                continue
            between = [w for w in _WORD.findall(self.norm[p.q.end : e.q.start])
                       if w[0].isalnum() and _edges().get(key(w), "owner") == "owner"
                       and key(w) not in _UNIT_WORDS]
            if len(between) > 2:
                return ""
            if re.match(r"\s*\(\s*cùng kỳ", self.norm[p.q.end : e.q.start]) and (
                    "cùng kỳ" not in p.indicator):
                return p.indicator + " cùng kỳ"
            return p.indicator
        return ""

    def _price_of(self, e: _Entry, ns: int) -> str:
        """A money figure per unit ("giảm 435 đồng/lít") is a price: "giá" and the goods of its
        clause, else "giá" alone."""
        if _kind(e) != "money" or not re.match(r"\s*/\s*[^\W\d]", self.norm[e.q.end : e.q.end + 12]
                                                 ) and "/" not in e.unit:
            return ""
        found = self._price_name(ns, e.q.start)
        if found:
            return _strip_edges(found) or "giá"  # "giá chỉ trên 5 triệu đồng" → "giá"
        left = self.norm[ns : e.q.start]
        part = re.split(r"[,;:(]", left[self._clause_start(left):])[-1]
        goods = _strip_edges(part.strip())  # "xăng A95 giảm 320 đồng/lít"
        return f"giá {goods}" if goods and len(goods.split()) <= 5 else "giá"

    def _price_name(self, ns: int, qs: int) -> str:  # LevelsMixin's, when mixed in
        return ""

    def _generic(self, e: _Entry, verb: str) -> str:  # NamingMixin's, when mixed in
        return ""

    def _after_measure(self, e: _Entry, name: str) -> str:
        """ "ITA đạt 22,87 tỷ đồng lợi nhuận sau thuế": the measure after the figure, owned by
        the name before it when that is a proper name."""
        after = self.norm[e.q.end : e.q.end + 80]
        m = re.match(r"\s+", after)
        if not m:
            return ""
        hm = _measure_re().match(after, m.end())
        if not hm or not _fits(hm.group(), _kind(e)):
            return ""
        phrase = _np_forward(after, m.end())
        if not phrase:
            return ""
        if name and name[0].isupper() and len(name.split()) <= 6:
            return f"{phrase} của {name}"
        return phrase

    # -- lists -----------------------------------------------------------------------------
    def _list_item(self, name: str, left: str, kind: str) -> str:
        """ "giá một số nhóm hàng tăng như: đồ uống, thuốc lá tăng 1,7%; thực phẩm tăng 0,75%":
        the head's measure and the item."""
        colon = left.rfind(":")
        if colon < 0 or kind != "percent" or not (
                name.startswith(_GROWTH_PREFIX) or not _has_measure(name)):
            return ""
        head = left[:colon]
        found = [m for m in _measure_re().finditer(head) if _fits(m.group(), kind)]
        if not found:
            return ""
        m = found[-1]
        measure = head[m.start() : m.end()].lower()
        if re.match(r"\s+(?:(?:một số|các|những|nhiều)\s+)?nhóm(?!\w)", head[m.end():]):
            measure += " nhóm"
        item = left[max(left.rfind(";"), colon) + 1 :]
        item = re.sub(r"^\s*(?:các|những)\s+", "", item)
        item = _strip_edges(item.strip(" ,"))
        if not item or len(item.split()) > 8 or re.search(r"\d", item) or (
                _has_measure(item) and not name.startswith(_GROWTH_PREFIX)):
            return ""
        return f"{measure} {item}"

    def _list_next(self, e: _Entry, name: str, before: list[_Entry], kind: str) -> str:
        """ "thuế … đối với xăng là 9,31%, dầu diesel 2,57%": an item after a figure of a list
        takes the measure of the figure before ("thuế … đối với dầu diesel")."""
        if not before:
            return ""
        p = before[-1]
        if _fitting(name, kind) and not bad_name(name) and name != p.indicator:
            return ""
        between = self.norm[p.q.end : e.q.start]
        if p.sent != e.sent and re.search(r"[.!?\n]", between) or _kind(p) != kind or (
                not p.indicator):
            return ""
        m = re.fullmatch(r"(?:\s*/\s*[^\W\d]+)?\s*(?:[,;]\s*(?:và\s+)?|\s+và\s+)"
                         r"([^\W\d][^,;:()]*?)\s*(?:là\s*|ở mức\s*|đạt\s*)?", between)
        if not m:
            return ""
        item = m.group(1).strip()
        words = item.split()
        pairs = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
        if not words or len(words) > 12 or _has_measure(item) or any(
                _edges().get(key(w)) in _STOPS for w in words + pairs):
            return ""
        cut = re.search(r"^(.*?\s(?:đối với|của|với|cho|(?<!mua )vào))\s", p.indicator)
        if cut:
            head = cut.group(1)
        else:
            hm = _measure_re().match(key(p.indicator))
            if not hm or hm.end() == len(key(p.indicator)):
                return ""
            head = p.indicator[: hm.end()]
        return f"{head} {item}"

    # -- owners ----------------------------------------------------------------------------
    def _with_owner(self, name: str, left: str) -> str:
        """A bare measure takes its owner stated in the clause."""
        bare = re.sub(r"\s+(?:dự kiến|bình quân|thiết kế)$", "", key(name))
        if bare not in _measures():
            return name
        owner = (self._owner_with(left, name) or self._item_owner(left, name)
                 or _owner_subject(left, name))
        if not owner:
            return name
        measure = self._measure_text(left, name)
        return f"{measure} của {owner}"

    def _measure_text(self, left: str, name: str) -> str:
        """The measure as written right before the figure ("công suất dự kiến")."""
        m = compiled(rf"({re.escape(name)}(?:\s+(?:dự kiến|bình quân|thiết kế))?)\s*(?:là\s*)?$",
                     re.I).search(left.rstrip())
        return m.group(1) if m else name

    def _owner_with(self, left: str, name: str) -> str:
        """ "là Công ty A với số nợ hơn 3 tỷ đồng": the phrase before "với"."""
        m = compiled(rf"^(.*\S)\s+với\s+{re.escape(name)}(?:\s+\w+){{0,2}}\s*(?:là\s*)?$",
                     re.I).search(left.rstrip())
        if not m:
            return ""
        seg = m.group(1)
        seg = seg[max(seg.rfind(";"), seg.rfind(":")) + 1 :]
        text = seg[seg.rfind(",") + 1 :]
        lm = list(re.finditer(r"(?<!\w)(?:là|của|gồm)\s+", text))
        if lm:
            text = text[lm[-1].end() :]
        else:
            # a counted owner may hold a list: "134 đơn vị nợ thuế, phí và tiền thuê đất"
            counted = [x for x in re.finditer(r"(?<![\w/.,])\d+(?=\s+[^\W\d])", seg)
                       if not re.search(r"(?:năm|đợt|tháng|quý|số|ngày)\s*$", seg[: x.start()])]
            if counted and "," in seg[counted[-1].start() :]:
                text = seg[counted[-1].start() :]
            nm = list(re.finditer(r"(?<![\w/.,])\d+(?=\s+[^\W\d])", text))
            nm = [x for x in nm if not re.search(r"(?:năm|đợt|tháng|quý|số|ngày)\s*$",
                                                 text[: x.start()])]
            if nm:
                # "quy hoạch … có 32 dự án với tổng công suất …": the subject that has them
                sm = re.search(r"([^,;:]+?)\s+có\s*$", text[: nm[-1].start()])
                text = sm.group(1) if sm else text[nm[-1].start() :]
        text = re.split(r"\s+(?:tại|ở|nằm|thuộc|trên địa bàn|có)(?!\w)", text)[0].strip(" ,")
        words = text.split()
        if not words or len(words) > 14 or _edge_at([key(w) for w in words], True):
            return ""
        if not (text[0].isupper() or text[0].isdigit() or _edges().get(key(words[0])) == "owner"
                or len(words) > 1 and _edges().get(key(" ".join(words[:2]))) == "owner"):
            return ""  # "…, trúng giải kỳ quay 85 với giá trị giải thưởng": no owner
        if any(_edges().get(key(w)) in ("both", "start") for w in words) or any(
                _clause_words().get(" ".join(key(w) for w in words[i : i + 2])) is not None
                for i in range(len(words) - 1)):
            return ""  # "tỉnh đã cấp mới … với tổng vốn", "A rao bán …": a clause, no owner
        return text

    def _item_owner(self, left: str, name: str) -> str:
        """ "; Thủy điện A tại xã B, công suất dự kiến 26,2MW": the proper name heading the
        item."""
        cut = max(left.rfind(";"), left.rfind(":"))
        seg = left[cut + 1 :]
        items = [m for m in re.finditer(r"\svà\s+(?=[A-ZĐÀ-Ỹ])", seg) if "," in seg[: m.start()]]
        if items:  # "…; A tại …, công suất 11MW và B tại …, công suất 30MW": the last item
            seg = seg[items[-1].end() :]
        m = re.match(r"\s*((?:và\s+)?[A-ZĐÀ-Ỹ][\w.&-]*(?:\s+(?:[A-ZĐÀ-Ỹ0-9][\w.&-]*|\w+))"
                     r"{0,7}?)\s*(?:,|\s+(?:tại|ở|thuộc)\s)", seg)
        if not m or not compiled(rf",\s*{re.escape(name)}(?:\s+\w+){{0,2}}\s*(?:là\s*)?$",
                                 re.I).search(seg.rstrip()):
            return ""
        owner = re.sub(r"^và\s+", "", m.group(1))
        words = owner.split()
        if sum(1 for w in words if w[0].isupper()) < 2 or key(words[0]) in _edges():
            return ""
        return owner
