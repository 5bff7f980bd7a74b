"""Last checks of figure names (issue 13, round 5), run after the measure repair of
``measures.py`` on each finished name:

1. a sentence opener glued into a name ("tốc độ tăng trưởng Mặc dù doanh thu", "Như vậy VNM tăng
   trưởng") is dropped (``name_openers.txt``);
2. an anaphor as the name ("chỉ số này", "con số đó", "mức này") takes the name of the figure it
   points back to: the figure before, in the same or the previous sentence;
3. the owner after "của" must be a noun phrase (POS tags of the Document): an owner whose first
   word is an adverb, conjunction or preposition is dropped ("số tiền nộp của rất ít hộ …", "trọng
   tải của theo thiết kế tàu"); one whose first word is a verb is a relative clause and loses the
   "của" ("hành khách của đáp ứng nhu cầu" → "hành khách đáp ứng nhu cầu"; "số DN của thành lập
   mới" → "số DN thành lập mới", as the gold writes "cổ tức Bộ Công Thương thu về"); an owner that
   runs on into a clause adverb (``name_words.tsv``: sẽ, không, từng …) is cut before it ("vốn hóa
   của thị trường sẽ không" → "vốn hóa của thị trường"); a pronoun owns nothing;
4. a stock index's points are named by the index, written as one word ("điểm VN - Index" →
   "VN-Index").

Vocabularies: ``name_openers.txt`` (discourse words that open a sentence), the ``anaphor``,
``adverb`` and ``pronoun`` classes of ``name_words.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ...document import Document, Token
from ...lexicon import key, rows, word_re

# POS tags (pyvi's tag set) that never begin an owner noun phrase: adverbs, conjunctions,
# prepositions (an owner that begins with a verb is a relative clause: "số DN thành lập mới")
_NO_OWNER_TAGS = frozenset({"R", "C", "CC", "E"})
# "điểm VN - Index", "Chỉ số HNX - Index", "VN - Index nằm": the index and at most one word after it
_INDEX = re.compile(r"^(?:điểm\s+)?(?:chỉ số\s+)?([A-Za-z0-9]+)\s*-\s*(Index)(?:\s+[^\W\d]+)?$",
                    re.I)


@cache
def _openers() -> re.Pattern[str]:
    return word_re(frozenset(key(r[0]) for r in rows("name_openers.txt")), flags=re.I)


@cache
def _anywhere() -> frozenset[str]:
    return frozenset(key(r[0]) for r in rows("name_openers.txt") if r[1:] == ("anywhere",))


@cache
def _word_class(kind: str) -> frozenset[str]:
    return frozenset(key(r[0]) for r in rows("name_words.tsv") if len(r) > 1 and r[1] == kind)


def without_opener(name: str) -> str:
    """The name without a sentence opener at its start or written capitalised inside it: "Như
    vậy VNM tăng trưởng" → "VNM tăng trưởng"; "tốc độ tăng trưởng Mặc dù doanh thu" → "tốc độ
    tăng trưởng doanh thu"; "giá thậm chí một bát phở" → "giá một bát phở" (an opener marked
    "anywhere"). Another lowercase opener inside a name ("khu kinh tế đặc biệt") stays."""
    out = name
    for m in reversed(list(_openers().finditer(name))):
        if m.start() and not name[m.start()].isupper() and key(m.group()) not in _anywhere():
            continue
        rest = out[m.end() :].lstrip(" ,–-:")
        if not rest:
            continue  # the opener alone: left to the leftover repair
        out = (out[: m.start()] + rest).strip()
    return out


def anaphor(name: str) -> bool:
    """ "chỉ số này", "con số đó", "tốc độ tăng trưởng mức này": a name that points back."""
    low = key(name)
    low = re.sub(r"^tốc độ tăng trưởng\s+", "", low)
    return low in _word_class("anaphor")


def index_name(name: str) -> str:
    """ "điểm VN - Index" → "VN-Index" (a stock index's points are named by the index)."""
    m = _INDEX.match(name.strip())
    return f"{m.group(1)}-{m.group(2)}" if m else name


def _owner_tokens(doc: Document, start: int, end: int) -> list[tuple[int, int, str]]:
    """(nstart, nend, pos) of the front-end tokens in ``norm[start:end]``."""
    sent = doc.sentence_at(start)
    if sent is None:
        return []
    return [(t.nstart, t.nend, t.pos or "") for t in sent.tokens
            if t.nstart >= start and t.nend <= end]


def checked_owner(doc: Document, name: str, ns: int, qs: int) -> str:
    """The name with its owner checked against the POS tags of the sentence (see the module
    docstring, 3.). ``ns``/``qs``: where the figure's sentence and the figure start in ``norm``.
    A name whose owner is not written in the sentence before the figure is left as it is."""
    cut = name.find(" của ")
    if cut < 0:
        return name
    measure, owner = name[:cut], name[cut + len(" của ") :]
    at = doc.norm.rfind(owner, ns, qs + 200) if owner else -1
    toks = _owner_tokens(doc, at, at + len(owner)) if at >= 0 else []
    if not toks or toks[0][0] != at or doc.norm[toks[0][0] : toks[0][1]].isupper():
        return name  # not written as it is, or an abbreviation ("BHS") whatever its tag
    if toks[0][2] in _NO_OWNER_TAGS or key(owner).startswith("theo ") or _openers().match(
            key(owner)):
        return measure  # "của rất ít hộ …", "của Theo bà Quy": no owner
    if toks[0][2] == "V":
        return f"{measure} {owner}"  # "hành khách của đáp ứng …": a relative clause, not an owner
    for k, (s, e, pos) in enumerate(toks[1:], 1):
        # "không kỳ hạn" (an adjective or noun after it): a word of the owner, not a clause adverb
        clause_after = k + 1 == len(toks) or toks[k + 1][2] in _NO_OWNER_TAGS | {"V"}
        if pos == "R" and key(doc.norm[s:e]) in _word_class("adverb") and clause_after:
            kept = doc.norm[at:s].strip(" ,")  # "thị trường sẽ không", "anh không muốn"
            return measure if key(kept) in _word_class("pronoun") else f"{measure} của {kept}"
    return measure if key(owner) in _word_class("pronoun") else name


_GROWTH = "tốc độ tăng trưởng"


def growth_name(name: str) -> str:
    """ "tốc độ tăng trưởng" before a measure, without a sentence opener and without repeating
    the words the measure starts with ("trưởng" of a split "mức tăng trưởng" → "tốc độ tăng
    trưởng", not "tốc độ tăng trưởng trưởng")."""
    name = without_opener(name)
    head, low = _GROWTH.split(), key(name).split()
    for n in range(len(head), 0, -1):
        if low[:n] == head[-n:]:
            rest = " ".join(name.split()[n:])
            return f"{_GROWTH} {rest}".strip()
    return f"{_GROWTH} {name}".strip()


_SIDE = re.compile(r"(?<!\w)(mua|bán)(?!\w)", re.I)


def _dealer(name: str) -> tuple[int, str]:
    """Where "tại" starts and the dealer after it: capitalised words, with runs of at most five
    lowercase words between two of them ("tại Công ty vàng bạc đá quý Sài Gòn"), up to a
    punctuation mark; (-1, "")."""
    words = name.split()
    for i, w in enumerate(words[:-1]):
        if key(w) != "tại" or not words[i + 1][:1].isupper():
            continue
        end = i + 2
        j = end
        while j < len(words) and j - end <= 5 and not re.search(r"[,;:.()]$", words[j - 1]):
            if words[j][:1].isupper():
                end = j + 1
            j += 1
        dealer = " ".join(words[i + 1 : end]).rstrip(",;:.(")
        return len(" ".join(words[:i])) + (1 if i else 0), dealer
    return -1, ""


_QUOTE_TAIL = re.compile(r"(?:\s*(?:được niêm yết|niêm yết|mua vào|bán ra|mua|bán|chiều|ở|là|[-–/,]))+$")


def quote_head(name: str) -> str:
    """The name of a quote without its side, its verb and its dashes at the end: "giá vàng SJC
    được niêm yết mua vào – bán ra" → "giá vàng SJC"."""
    return _QUOTE_TAIL.sub("", name).strip()


def dealer_quote(name: str, measure: str, fitting: Callable[[str], bool]) -> str:
    """A per-unit quote whose name holds a dealer after "tại" is the quote's measure, its side and
    the dealer ("tại Vietcombank giá mua" of "… đồng/USD" → "tỷ giá USD mua vào tại Vietcombank";
    "Tỷ giá tại Eximbank được niêm yết" → "tỷ giá USD tại Eximbank"); a name that states its own
    measure before "tại" keeps it ("Giá vàng SJC tại Doji niêm yết" → "Giá vàng SJC tại Doji").
    ``measure``: the quote's measure for the unit (``name_quotes.tsv``); ``fitting``: whether
    words hold a money measure of their own."""
    at, dealer = _dealer(name)
    if not measure or at < 0:
        return ""
    before = name[:at].strip(" ,")
    side = _SIDE.search(name) if len({key(m) for m in _SIDE.findall(name)}) == 1 else None
    sides = {"mua": " mua vào", "bán": " bán ra"}  # both sides: a range the buy/sell split names
    bare = quote_head(before)
    own = before and fitting(before) and key(bare) not in (key(measure), "tỷ giá", "tỉ giá", "giá")
    head = bare if own else measure
    head += sides[key(side.group(1))] if side else ""
    return f"{head} tại {dealer}"


def same_dealer(name: str, before: str) -> str:
    """ "…, bán ra 22.610 đồng/USD" after "tỷ giá USD mua vào tại Vietcombank" in one sentence: the
    quote of the other side at the same dealer ("tỷ giá USD bán ra tại Vietcombank")."""
    at, dealer = _dealer(before)
    if at < 0 or " tại " in f" {name} " or any(w[:1].isupper() for w in name.split()[1:]) or (
            not _SIDE.search(name)):
        return name
    return f"{name} tại {dealer}"


def dealer_in(text: str) -> tuple[int, str]:
    """The last dealer ("tại Eximbank") written in ``text``: (where "tại" starts, the dealer)."""
    at = max(text.rfind("tại "), text.rfind("Tại "))
    while at >= 0:
        found = _dealer(text[at:])
        if found[0] == 0:
            return at, found[1]
        at = max(text.rfind("tại ", 0, at), text.rfind("Tại ", 0, at))
    return -1, ""


def dealer_only(name: str, before: str, dealer: str, has_measure: Callable[[str], bool]) -> str:
    """A name that is only a dealer ("tại Vietcombank", of a change "giảm 25 đồng" after a quote)
    takes the measure of the figure before in the sentence, without its side, and the dealer
    nearest before the figure ("tỷ giá USD tại Vietcombank")."""
    if _dealer(name)[0] != 0 or " tại " not in before:
        return name
    head = re.sub(r"(?:\s+(?:mua vào|bán ra|mua|bán))+$", "", before.split(" tại ")[0])
    if not has_measure(head):
        return name
    return f"{head} tại {dealer or _dealer(name)[1]}"



def counted_name(name: str, generic: str) -> str:
    """A count named by the counted noun alone takes "số" ("hành khách mỗi ngày" of a passenger
    count → "số hành khách mỗi ngày"), as the unit's generic name does ("số doanh nghiệp");
    ``generic``: that name ("lượt hành khách", "số doanh nghiệp")."""
    words = generic.split()
    if len(words) < 3 or key(words[0]) not in ("số", "lượt"):
        return name
    noun = " ".join(words[1:])
    low = key(name)
    if low == noun or low.startswith(noun + " ") and not low.startswith(noun + " của "):
        return f"số {name}"
    return name


_NOUN_TAGS = frozenset({"N", "Np", "Ny", "Nc"})


def object_after(doc: Document, end: int) -> str:
    """The noun phrase right after a sum of money (POS tags of the Document), when the sum is the
    amount of it: "phát hành 500 tỷ đồng trái phiếu chính quyền địa phương" → "trái phiếu chính
    quyền địa phương". Nouns, then adjectives, up to six words; a time noun ("năm", ``time`` class
    of ``name_words.tsv``) or a number after the sum is no object."""
    sent = doc.sentence_at(max(end - 1, 0))
    if sent is None:
        return ""
    toks = [t for t in sent.tokens if t.nstart >= end]
    if not toks or toks[0].nstart - end > 1 or toks[0].pos not in _NOUN_TAGS or key(
            toks[0].text.replace("_", " ")) in _word_class("time"):
        return ""
    out: list[str] = []
    for t in toks:
        if t.pos not in _NOUN_TAGS and not (out and t.pos == "A") or len(out) >= 6 or key(
                t.text.replace("_", " ")) in _word_class("time"):
            break
        out.append(doc.norm[t.nstart : t.nend])
    return " ".join(out)


def place_keys(doc: Document) -> frozenset[str]:
    """The keys of the provinces and places the Document names: a place is no dealer ("Tại Hà
    Nội, vàng miếng ở chiều mua …" names no dealer)."""
    out: set[str] = set()
    for label in ("provinces", "places"):
        for sp in doc.spans.get(label, []):
            out.add(key(sp.text))
            name = getattr(sp.attrs, "name", None)
            if isinstance(name, str):
                out.add(key(name))
    return frozenset(out)


def subject_org(doc: Document, ns: int, qs: int) -> str:
    """The organisation or project that opens the sentence before the figure, as the subject of
    its first verb ("Dự án xơ sợi Đình Vũ (PVTex) có vốn đầu tư 7.000 tỉ đồng, nhưng lỗ 1.700 tỉ
    đồng" → "Dự án xơ sợi Đình Vũ (PVTex)"): an ``org`` head of ``name_words.tsv``, then nouns,
    proper nouns and brackets, with a capitalised word after the head; "" when there is none."""
    sent = doc.sentence_at(ns)
    if sent is None:
        return ""
    toks = [t for t in sent.words if t.nstart < qs]
    low = key(doc.norm[toks[0].nstart : qs]).lstrip(" ,") if toks else ""
    if not any(low.startswith(h + " ") for h in _word_class("org")):
        return ""  # no ``org`` head opens the sentence: its POS tags are not read (speed)
    toks = [t for t in sent.tokens if t.nstart < qs]
    end = next((i for i, t in enumerate(toks) if t.pos in ("V", "R", "C", "CC", "E")), len(toks))
    if not 2 <= end <= 10 or end == len(toks):
        return ""
    text = doc.norm[toks[0].nstart : toks[end - 1].nend].strip(" ,")
    words = text.split()
    heads = sorted(_word_class("org"), key=len, reverse=True)
    head = next((h for h in heads if key(text).startswith(h + " ")), "")
    rest = words[len(head.split()) :]
    if not head or not any(w[:1].isupper() for w in rest) or any(
            t.pos not in ("N", "Np", "Nc", "Ny", "M", "F", "A") for t in toks[:end]):
        return ""
    between = key(doc.norm[toks[end - 1].nend : qs])
    if any(re.search(rf"(?<!\w){re.escape(h)}(?!\w)", between) for h in heads):
        return ""  # "Công ty A … với giá 19 USD, Công ty B … với giá 20 USD": B's, not A's
    return text


_SUBJECT_TAGS = frozenset({"N", "Np", "Nc", "Ny", "M", "A"})


def _clause_before(toks: list[Token]) -> list[Token]:
    """The tokens of the clause that ``toks`` end with: after the last comma, semicolon, colon or
    conjunction, without a bracketed aside ("JX Oil (nhà đầu tư Nhật Bản) nắm giữ")."""
    start = max((i + 1 for i, t in enumerate(toks) if t.pos in ("C", "CC") or t.pos == "F" and (
        t.text in ",;:")), default=0)
    out: list[Token] = []
    depth = 0
    for t in toks[start:]:
        depth += t.text == "("
        if not depth and t.text != ")":
            out.append(t)
        depth -= t.text == ")" and depth > 0
    if depth or any(t.pos == "F" and t.text not in "&-" for t in out):
        return []  # an open bracket, a quote or a dash: no plain clause
    return out


def _may_name(span: str) -> bool:
    """Whether the words before a figure can hold a named subject: a capital letter or an
    ``each`` word ("mỗi"); the cheap test run before the POS tags are read."""
    return any(c.isupper() for c in span) or bool(
        _word_class("each") & set(key(span).split()))


def subject_verb(doc: Document, ns: int, qs: int) -> tuple[str, str]:
    """The subject and the verb of the clause that ends right before the figure, read from the POS
    tags (round 6): "Bến xe Minh Sơn dự kiến phục vụ 50.000 hành khách" → ("Bến xe Minh Sơn",
    "phục vụ"); "Bộ Tài chính vừa tạm cấp thêm 1.680 tỷ đồng" → ("Bộ Tài chính", "tạm cấp thêm").
    The subject is the whole clause before the verbs: nouns, numbers and adjectives, at most six
    words, named (a proper noun or a capitalised word after its first) or opened by "mỗi" (``each``
    of ``name_words.tsv``); adverbs and verbs of intent (``modal``) are dropped from the verbs.
    ("", "") when the clause is not written so."""
    sent = doc.sentence_at(ns)
    if sent is None:
        return "", ""
    toks = [t for t in sent.words if t.nstart >= ns and t.nend <= qs]
    if not toks or qs - toks[-1].nend > 1 or not _may_name(doc.norm[toks[0].nstart : qs]):
        return "", ""  # checked on the untagged words: the sentence is tagged only when needed
    toks = [t for t in sent.tokens if t.nstart >= ns and t.nend <= qs]
    clause = _clause_before(toks)
    adverbs = _word_class("adverb")
    v = len(clause)
    while v and (clause[v - 1].pos in ("V", "R") or clause[v - 1].pos == "A" and v > 1 and (
            clause[v - 2].pos in ("V", "R")) or key(clause[v - 1].text.replace("_", " ")) in (
            adverbs)):  # "vừa tạm cấp": an adjective inside the verbs; "hiện" tagged a noun
        v -= 1
    lead = 0
    while lead < v and key(doc.norm[clause[lead].nstart : clause[lead].nend]) in _word_class(
            "adverb"):
        lead += 1  # "Hiện Lào Cai có …": a clause adverb tagged as a noun opens no subject
    subject, verbs = clause[lead:v], [t for t in clause[v:] if t.pos in ("V", "A") and key(
        t.text.replace("_", " ")) not in _word_class("modal")]
    if not subject or not verbs or any(t.pos not in _SUBJECT_TAGS and not (
            t.pos == "F" and t.text in "&-") for t in subject) or any(
            key(t.text.replace("_", " ")) in _word_class("copula") for t in verbs):
        return "", ""
    text = doc.norm[subject[0].nstart : subject[-1].nend]
    words = text.split()
    named = any(t.pos == "Np" for t in subject) or any(w[:1].isupper() for w in words[1:])
    if len(words) > 6 or not (named or key(words[0]) in _word_class("each")) or key(
            text) in _word_class("pronoun") or key(words[0]) in _word_class("time"):
        return "", ""
    if any(ch.isdigit() for ch in text):
        return "", ""  # "năm 2016", "126 doanh nghiệp": left to the other rules
    verb = " ".join(doc.norm[t.nstart : t.nend] for t in clause[v:] if t in verbs)
    return text, verb
