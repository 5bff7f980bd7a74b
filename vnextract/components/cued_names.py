"""People named the way news names everyone: by the words around the name, not by its surname.

Foreign players and coaches, heads of state, artists and stage names have no Vietnamese surname and
often no office, so the surname-and-office rules of the names component miss them. Here a
capitalised run is a person when the text shows it: a cue before it ("HLV Jose Mourinho",
"Tổng thống Mỹ Donald Trump", "ca sĩ Mỹ Tâm"), a speech verb after it ("… John Gruber nói"), or
its last word used with an honorific elsewhere ("ông Gruber"), or a foreign given name that
starts it ("Harry Kane", "Giám đốc FBI James Comey": ``foreign_given_names.txt``), unless a
company, brand or film-character word stands a few words before (``near_blockers.tsv``). Cues and
blockers are data (``person_cues.tsv``, ``name_blockers.txt``, ``countries.txt``, ``regions.txt``).

What is not a person, though capitalised: a run after a place or organisation word ("đường Phạm
Ngũ Lão", "trường Trần Đại Nghĩa", "Công ty Hoàng Gia Phát"), a country or province, an
abbreviation, a partly anonymised name ("Nguyễn H", "Lê Văn T"), "xã" inside "bà xã/ông xã".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ..document import Document
from ..lexicon import key, rows, words

__all__ = ["SYLLABLE", "CuedName", "find_cued_names", "foreign_places", "foreign_word",
           "initials_ok", "camel_case", "known_places", "looks_like_name", "name_runs", "named_after", "not_a_person_here", "org_words",
           "runs_into_word", "strip_initials", "surnames"]


@dataclass(frozen=True, slots=True)
class CuedName:
    name: str
    nstart: int
    nend: int
    cue: str  # the cue phrase (key form) that showed the person, "" when shown by a later mention
    title: str | None = None  # the office the cue gives ("Tổng thống Pháp"), abbreviations expanded


@dataclass(frozen=True)
class _Lex:
    before: dict[str, str]  # cue key -> strength
    offices: frozenset[str]  # cue keys that are the person's office
    expand: dict[str, str]  # abbreviation -> words ("HLV" -> "Huấn luyện viên")
    after: frozenset[str]
    before_max: int
    blockers: frozenset[str]
    places: frozenset[str]
    surnames: frozenset[str]
    honorifics: frozenset[str]
    given: frozenset[str]  # syllables Vietnamese names use (surnames, middle and given names)
    org_words: frozenset[str]  # words that make a run an organisation, team or event
    office_heads: frozenset[str]  # first words of an office ("Trưởng", "Phó Giám đốc")
    foreign_given: frozenset[str]  # foreign given names ("Harry", "Julie"): the run is a person


@lru_cache(maxsize=1)
def foreign_places() -> frozenset[str]:
    """Keys of places that are no Vietnamese province: countries and regions (``countries.txt``,
    ``regions.txt``: foreign cities, Vietnamese regions, institutions)."""
    return frozenset({key(w) for w in words("countries.txt")} | {key(w) for w in words("regions.txt")})


@lru_cache(maxsize=1)
def known_places() -> frozenset[str]:
    """Keys of every place name a capitalised run may be instead of a person: the foreign places
    and the provinces' spellings (``province_aliases.tsv``)."""
    aliases = {key(r[0]) for r in rows("province_aliases.tsv") if r[0] != "alias"}
    return foreign_places() | aliases


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    before: dict[str, str] = {}
    after: set[str] = set()
    offices: set[str] = set()
    for r in rows("person_cues.tsv"):
        if len(r) >= 2 and r[1] == "before":
            before[key(r[0])] = r[2] if len(r) > 2 else "weak"
            if len(r) > 3 and r[3] == "office":
                offices.add(key(r[0]))
        elif len(r) >= 2 and r[1] == "after":
            after.add(key(r[0]))
    blockers = {key(w) for w in words("name_blockers.txt")}
    blockers |= {key(r[0]) for r in rows("name_context.tsv") if len(r) > 1 and r[1] == "place"}
    places = known_places()
    surnames = {key(w) for w in words("surnames.txt")}
    hons = {key(r[0]) for r in rows("honorifics.txt") if len(r) > 1 and r[1] == "honorific"}
    given = surnames | {key(r[0]) for r in rows("name_context.tsv") if len(r) > 1 and r[1] == "middle"}
    org = {key(w) for w in words("org_words.txt")}
    expand = {r[0]: r[1] for r in rows("abbreviations.tsv") if len(r) > 1}
    return _Lex(before, frozenset(offices), expand, frozenset(after), max(len(k.split()) for k in before),
                frozenset(blockers), places, frozenset(surnames), frozenset(hons),
                frozenset(given), frozenset(org),
                frozenset(key(w) for w in words("office_words.txt")),
                frozenset(key(w) for w in words("foreign_given_names.txt")))


_WORD = re.compile(r"[^\W\d_][\w'’-]*|\S")
_LETTERS = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*$")


def looks_like_name(ws: list[str]) -> bool:
    """Capitalised words of letters (hyphens and apostrophes inside), none an abbreviation or a
    lone initial, not a place; ``["Nguyễn", "H"]`` (anonymised) is no name."""
    if not ws or len(ws) > 4 or not initials_ok(ws):
        return False
    for w in ws:
        if w in _PARTICLES and w is not ws[0] and w is not ws[-1]:
            continue
        if "." in w:
            w = w.rsplit(".", 1)[-1]  # initials checked above; the name glued after them
            if not w:
                continue
        if w is not ws[0] and re.fullmatch(_ARTICLED, w):
            continue
        if not _LETTERS.match(w) or not w[0].isupper() or len(w) < 2:
            return False
        if w.isupper():
            return False
    k = key(" ".join(ws))
    lex = _lex()
    if k in lex.places or key(ws[0]) in lex.blockers or k in lex.blockers or key(ws[0]) in _thing_heads():
        return False
    if any(key(w) in lex.org_words for w in ws):
        return False
    if any(key(" ".join(ws[:n])) in lex.office_heads for n in (1, 2)):
        return False
    return not any(key(" ".join(ws[:n])) in lex.blockers for n in (2, 3))


# lower-case particles inside foreign names ("Antonio da Costa", "Virgil van Dijk")
_PARTICLES = frozenset({"da", "de", "di", "do", "dos", "das", "del", "della", "van", "von", "der",
                        "den", "la", "le", "bin", "al", "el", "ibn"})


_UPPER = "".join(chr(i) for i in (*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00))
                 if chr(i).isupper())
# an Arabic family name with its article glued: "al-Abadi", "el-Sisi"
_ARTICLED = r"(?:al|el|ad|ar|as|an|ash)-[A-Z][\w'’-]*"
# initials before a foreign name, glued or not: "A.Conte", "J.K. Rowling", "George W. Bush"
_INITIALS = r"(?:[A-Z]\.){1,2}"
_INITIAL_WORD = re.compile(rf"^{_INITIALS}(?:[A-Z][^\W\d_]+(?:[-'’][^\W\d_]+)*)?$")
_RUN = re.compile(
    rf"(?<![\w'’-])(?:{_INITIALS}(?:[{_UPPER}][\w'’-]*|(?= [A-Z]))|[{_UPPER}][\w'’-]*)"
    rf"(?: (?:{_INITIALS}(?:[A-Z][\w'’-]*|(?= [A-Z]))"
    rf"|(?:(?:{'|'.join(sorted(_PARTICLES))}) (?=[A-Z]))?[{_UPPER}][\w'’-]*|{_ARTICLED}))*"
)


def initials_ok(ws: list[str]) -> bool:
    """Initials in a name are a foreign name's ("A.Conte", "George W. Bush"): a lone initial is
    never last, and every other syllable is no Vietnamese one ("Q. Bình Thạnh" is a district)."""
    init = [w for w in ws if "." in w]
    if not init:
        return True
    if not all(_INITIAL_WORD.match(w) for w in init) or ws[-1].endswith("."):
        return False
    rest = [w.rsplit(".", 1)[-1] for w in ws]
    return all(SYLLABLE.match(w.lower()) is None for w in rest if w)


def strip_initials(name: str) -> str:
    """The name without its initials: "A.Conte" -> "Conte", "George W. Bush" -> "George Bush"."""
    ws = [w.rsplit(".", 1)[-1] for w in name.split()]
    return " ".join(w for w in ws if w)


def _runs(norm: str, start: int, end: int) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised words in ``norm[start:end]`` separated by single spaces (a foreign
    particle between two capitalised words stays inside the run)."""
    runs: list[list[tuple[int, int, str]]] = []
    for m in _RUN.finditer(norm, start, end):
        pos = m.start()
        run = []
        for w in m.group(0).split(" "):
            run.append((pos, pos + len(w), w))
            pos += len(w) + 1
        runs.append(run)
    return runs


def _strip_lead(run: list[tuple[int, int, str]], opens: bool = True) -> tuple[list[tuple[int, int, str]], str]:
    """Drop capitalised cue words and countries at the head of a run ("HLV", "Mỹ" in "Tổng thống
    Mỹ Donald Trump"); a country stays when it could be a given name ("Đức Phúc") or when only
    one word would be left ("Mỹ Tâm"). A form of address is a cue only where the run opens the
    sentence: inside it, "Anh Ngọc" and "Em Đẹp" are names. Returns the run left and the cue seen."""
    lex = _lex()
    cue = ""
    changed = True
    while changed and run:
        changed = False
        for n in range(min(len(run), lex.before_max + 1), 0, -1):
            k = key(" ".join(w for _, _, w in run[:n]))
            hit = k in lex.before and (opens or lex.before[k] != "address")
            if not hit and k in lex.places:
                rest_ascii = len(run) > n and all(
                    w.isascii() and key(w) not in lex.given for _, _, w in run[n:]) and not (
                    len(run) == n + 1 and SYLLABLE.match(run[n][2].lower()))  # "Mỹ Linh": a stage name
                hit = rest_ascii or (len(run) - n >= 2 and k not in lex.given)
            if hit:
                cue = k if k in lex.before else cue
                run = run[n:]
                changed = True
                break
    return run, cue


_NAMING = frozenset({"mang", "đặt", "lấy"})  # "mang tên X": a thing named after X
_HOME = frozenset({"bà xã", "ông xã"})  # "bà xã Tuấn Hưng": his wife; "xã" is no commune here


def _from_surname(run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop leading words no Vietnamese name has when a surname follows ("Bkav Nguyễn Tử Quảng")."""
    lex = _lex()
    for i, (_, _, w) in enumerate(run[:2]):
        if key(w) in lex.given:
            return run[i:] if i and key(w) in lex.surnames and len(run) - i >= 2 else run
    return run


_QUOTES = "\"“”'‘’"


def _cue_before(lower: str, pos: int, floor: int, national: bool = False) -> str:
    """The cue phrase ending right before ``pos`` within the sentence (from ``floor``); none when
    the cue itself stands after a blocker ("công ty người mẫu Ford") or names a thing ("mang tên").
    ``national``: the run starts with a country, so a "người" before it is a nationality ("nữ
    diễn viên người Pháp Léa Seydoux", "HLV người Bồ Đào Nha Jose Mourinho")."""
    lex = _lex()
    head = lower[max(floor, pos - 60):pos].split()
    if national and head and head[-1] == "người":
        head = head[:-1]
    if head and head[-1][-1] in _QUOTES:
        # a cue in quotes ('"tình cũ" Lý Hùng'), not a name in quotes
        head = [w for w in (x.strip(_QUOTES) for x in head) if w]
    if len(head) >= 2 and head[-1] == _AGE and head[-2].isdigit() and len(head[-2]) <= 3:
        return _AGE  # "cổ động viên 37 tuổi João Silva": an age before the name
    fill = _fillers()
    for n in (2, 1):
        if len(head) > n and " ".join(head[-n:]) in fill:
            head = head[:-n]  # "tiền đạo chủ lực Solanke": a word of praise between cue and name
            break
    for n in range(min(len(head), lex.before_max), 0, -1):
        k = " ".join(head[-n:])
        if k in lex.before:
            rest = head[:-n]
            if k in _HOME:
                return k
            if rest and rest[-1] == "đàn" and k in ("ông", "bà"):
                return ""  # "người đàn ông Thái": a man, and Thai
            joined = " ".join(rest) + " "
            # a count before the cue is no house number ("bắt 2 đối tượng Trần Văn Thọ")
            if rest and (rest[-1] in _NAMING or rest[-1] in ("các", "những")
                         or _blocked_before(joined, len(joined), numbers=False)):
                return ""
            return k
    return ""


def _said(doc: Document, run: list[tuple[int, int, str]]) -> bool:
    """A Vietnamese full name followed by a speech verb ("… quận 2 Bùi Thanh Khiết nói"): a person
    even after a number, which otherwise makes the run a street of an address."""
    return len(run) >= 2 and key(run[0][2]) in _lex().surnames and _cue_after(doc.lower, run[-1][1])


def named_after(doc: Document, nstart: int, name: str) -> bool:
    """A name that is a thing's: its first word is an organisation or place word ("Chúa Xứ", "The
    Voice"), or such a word stands right before it ("văn phòng luật sư Nguyễn Anh")."""
    first = key(name.split()[0])
    return first in _thing_heads() or _blocked_before(doc.lower, nstart, numbers=False)


@lru_cache(maxsize=1)
def _thing_heads() -> frozenset[str]:
    return frozenset(key(r[0]) for r in rows("name_context.tsv") if len(r) > 1 and r[1] == "thing_head")


# a number after one of these and a comma is a time or a count, no house number ("Phút 17, X …")
_COUNTED = frozenset({"phút", "giây", "ngày", "tháng", "năm", "lúc", "vòng", "hiệp", "chặng", "ván"})
# a house number, also right after an opening bracket or quote: "466", "12a,", "(181", "13/2/9"
_HOUSE_NUMBER = re.compile(r"[(\[\"“']?\d+[a-z]?(?:/\d+[a-z]?)*[,/]?")
_HOUSE_RANGE = re.compile(r"\d+[a-z]?-\d+[a-z]?")  # "446-448", not after a day word ("ngày 30-4")
_DAY_WORDS = frozenset({"ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "từ", "đến"})


def _house_number(head: list[str]) -> bool:
    """The word before a name is a house number ("số 7", "466", "446-448")."""
    if not head:
        return False
    if _HOUSE_NUMBER.fullmatch(head[-1]):
        return True
    return bool(_HOUSE_RANGE.fullmatch(head[-1])) and (len(head) < 2 or head[-2] not in _DAY_WORDS)


def _blocked_before(lower: str, pos: int, numbers: bool = True) -> bool:
    head = lower[max(0, pos - 40):pos].split()
    if numbers and _house_number(head) and not (
            len(head) >= 2 and head[-2] in _COUNTED and head[-1].endswith(",")):
        return True  # "số 7 Nguyễn Văn Linh", "tại 466 Hoàng Hoa Thám"; not "Phút 17, X"
    lex = _lex()
    if len(head) >= 2 and head[-1] == "xã" and head[-2] in ("bà", "ông"):
        return False  # "bà xã Tuấn Hưng": the wife, not a commune
    return any(" ".join(head[-n:]) in lex.blockers for n in (1, 2, 3, 4) if len(head) >= n)


_SEP = re.compile(r"(?:,|\svà)\s*$")
# the capital letters only: the range À-Ỹ also holds lower-case letters ("đ", "ư", "ơ"), which made
# "đường Tân Sơn" one capitalised item of a list
_UPPER = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x1EFA)) if ch.isupper())
_CAP_ITEM = re.compile(rf"(?:(?<=\s)|^)(?:[{_UPPER}][\w'’-]*\s+)*[{_UPPER}][\w'’-]*\s*$")


def _sep_start(head: str) -> int:
    """Where :data:`_SEP` matches in ``head`` (right-stripped, so only at its very end): the
    start of a final "," or " và"; -1 when there is none. A string test, not a regex scan."""
    if head.endswith(","):
        return len(head) - 1
    if head.endswith(_AND) and len(head) > 2 and head[-3].isspace():
        return len(head) - 3
    return -1


_AND = "và"


def _in_place_list(norm: str, pos: int) -> bool:
    """A run inside a list whose head is a place or organisation word ("các quận Đống Đa, Hai
    Bà Trưng, Hoàng Mai"): walk back over ", Capitalised …" items to the list's head."""
    head = norm[max(0, pos - 300):pos].rstrip()
    steps = 0
    while steps < 12:
        cut = _sep_start(head)
        if cut < 0:
            break
        item = _CAP_ITEM.search(head[:cut].rstrip())
        if not item:
            return False
        head = head[: item.start()].rstrip()
        steps += 1
    low = head.lower()
    return steps > 0 and _blocked_before(low + " ", len(low) + 1)


_AGE = "tuổi"
# an age right after the name: "X, 35 tuổi, …", "X (35 tuổi)"
_AGE_AFTER = re.compile(r"\s*[-–,(]\s*\d{1,3}\s+tuổi\b")  # "X - 27 tuổi", "X, 35 tuổi", "X (60 tuổi)"
# a word of tense or aspect between the name and its verb ("X đã ghi bàn", "X cũng cho biết")
_AUX = frozenset({"đã", "cũng", "vừa", "sẽ", "đang", "mới", "liền"})


def _cue_after(lower: str, pos: int) -> bool:
    return bool(_after_kind(lower, pos))


def _after_kind(lower: str, pos: int) -> str:
    """"after" when a speech verb or a role follows the name ("… X nói rằng", "X, 35 tuổi,"),
    "loose" when it follows only past a word of tense or with punctuation after it ("X đã ghi
    bàn", "X cho biết:"), "" otherwise."""
    if _AGE_AFTER.match(lower, pos):
        return "after"
    after = _lex().after
    raw = lower[pos:pos + 30].lstrip(" ,").split()
    if any(" ".join(raw[:n]) in after for n in (1, 2) if len(raw) >= n) or _role_after(lower, pos):
        return "after"
    tail = [w.rstrip(".,;:!?\"”’)") for w in raw]
    if tail and tail[0] in _AUX:
        tail = tail[1:]
    return "loose" if any(" ".join(tail[:n]) in after for n in (1, 2) if len(tail) >= n) else ""


_APPOSITION_SEP = re.compile(r" ?[-–,] ?")


def _role_after(lower: str, pos: int) -> bool:
    """A person's role in apposition after the name: "Myer Bevan – tiền đạo của …", "…, ca sĩ"."""
    m = _APPOSITION_SEP.match(lower[pos:pos + 3])
    if not m:
        return False
    tail = lower[pos + m.end():pos + 40].split()
    before = _lex().before
    if tail and tail[0] == "một":  # "Bryan Ray, một người đàn ông 31 tuổi"
        tail = tail[1:]
        if any(" ".join(tail[:n]) in _appositions() for n in (1, 2, 3) if len(tail) >= n):
            return True
    return any(before.get(" ".join(tail[:n])) == "strong" for n in (1, 2) if len(tail) >= n)


@lru_cache(maxsize=1)
def _appositions() -> frozenset[str]:
    return frozenset(key(r[0]) for r in rows("person_cues.tsv") if len(r) > 1 and r[1] == "apposition")


def _taken(doc: Document) -> list[tuple[int, int]]:
    """Norm ranges of provinces and places found by the earlier components."""
    return sorted((sp.nstart, sp.nend) for label in ("provinces", "places")
                  for sp in doc.spans.get(label, []))


def _split_word(doc: Document, e: int) -> bool:
    """True when the front-end reads the run's last syllable as the start of a longer word
    ("Thường" of "Thường trực", "Chính" of "Chính phủ"): the run is no name. A last word that is
    no Vietnamese syllable ("Kane", "Berizzo") starts no Vietnamese word: pyvi's "Harry_Kane_tỏa"
    is its own slip, and the name stands."""
    if doc.norm[e : e + 1] in _NEVER_GLUED and not doc.norm[e - 1 : e].isdigit():
        return False  # the front-end never glues a syllable to "," or ";": no need to segment
    last = _LAST_WORD.search(doc.norm, max(0, e - 40), e)
    if last and last.end() == e and not SYLLABLE.match(last.group(0).lower()):
        return False
    tok = doc.token_at(e, pos=False)  # segments only the sentence holding ``e``
    return tok is not None and tok.nstart < e


_LAST_WORD = re.compile(r"[^\W\d_]+$")
# marks the front-end keeps apart from the syllable before them (pyvi joins no syllable to a
# mark of ``string.punctuation``; "," after a digit may belong to a number: "19,5")
_NEVER_GLUED = frozenset({",", ";"})


def _candidates(doc: Document) -> list[tuple[CuedName, str]]:
    """(candidate, strength) for every capitalised run with a cue before or after it."""
    lex = _lex()
    taken = _taken(doc)
    starts = [a for a, _ in taken]
    provinces = {key(p.name) for p in doc.provinces}
    out: list[tuple[CuedName, str]] = []
    # the word check depends on the words only: each distinct run is checked once per document
    name_like: dict[tuple[str, ...], bool] = {}
    for sent in doc.sentences:
        for run in _runs(doc.norm, sent.nstart, sent.nend):
            at = run[0][0]
            first = run[0][0]
            run, lead_cue = _strip_lead(run, at == sent.nstart)
            if (at == sent.nstart and len(run) > 1 and key(run[0][2]) in _openers()
                    and key(run[0][2]) not in lex.foreign_given):
                run = run[1:]  # "Theo Marca, HLV …": the sentence's opener, no name's word
            if lead_cue in lex.honorifics and _street_before(doc.lower[max(0, at - 40):at].split(),
                                                             _place_words()):
                continue  # "đường Ông Ích Khiêm", "2 Bà Triệu": a street, its "Ông" capitalised
            national = bool(run) and run[0][0] != first and key(doc.norm[first:run[0][0]]) in lex.places
            if national:  # "Tổng thống Liên bang Nga X": the country's lower-case head goes too
                at = _country_head(doc.lower, first, doc.norm[first:run[0][0]], sent.nstart)
            cue = (lead_cue or _cue_before(doc.lower, at, sent.nstart, national)
                   or _body_cue(doc, at, sent.nstart))
            if cue in lex.offices:
                run = _after_body(run)  # "Chủ tịch FIFA Gianni Infantino"
            if not run or len(run) > 4:
                continue
            if key(" ".join(w for _, _, w in run)) in lex.places:
                continue  # "người Bồ Đào Nha cho biết": a country, not "Đào Nha"
            run = _from_surname(run)
            if (g := _foreign_given(run)) and g[0] is not run[0]:
                if _school_glued(run, g):
                    continue
                run = g  # a company glued before the name ("CEO PepsiCo Indra Nooyi")
            while len(run) > 1 and key(run[-1][2]) in _openers():
                run = run[:-1]  # a glued sub-heading's first word ("Thủ môn Neuer Nhiều năm …")
            s, e = run[0][0], run[-1][1]
            # a number before a foreign given name is a rank or a count, never a house number
            # ("mục tiêu số 1 Kylian Mbappe"): streets are named after Vietnamese people
            numbers = not (_said(doc, run) or (_foreign_given(run) or [None])[0] is run[0])
            if not cue and (_blocked_before(doc.lower, at, numbers=numbers)
                            or _in_place_list(doc.norm, at)):
                continue
            ws = [w for _, _, w in run]
            wt = tuple(ws)
            if (like := name_like.get(wt)) is None:
                like = name_like[wt] = looks_like_name(ws)
            if not like and cue and (caps := _caps_name(ws)):
                if not _overlaps(taken, starts, s, e):  # "Ông NGUYỄN NGỌC DŨNG, Trưởng đại diện …"
                    out.append((CuedName(caps, s, e, cue, _title(doc, cue, sent.nstart, s)), "caps"))
                continue
            if not like:
                given = _foreign_given(run)  # "Giám đốc FBI James Comey", "Microsoft Bill Gates"
                if (given and not _school_glued(run, given) and not _near_blocker(doc.lower, given[0][0], sent.nstart)
                        and not _overlaps(taken, starts, given[0][0], given[-1][1])):
                    gname = CuedName(" ".join(w for _, _, w in given), given[0][0], given[-1][1], "")
                    out.append((gname, "given"))
                continue
            if cue not in _HOME and _overlaps(taken, starts, s, e):
                continue
            if key(" ".join(ws)) in provinces:
                continue
            if cue in _team_roles() and _province_name(ws):
                continue  # "cựu tiền đạo Bình Định": a player of the province's team
            strength = lex.before.get(cue, "weak") if cue else _after_kind(doc.lower, e)
            given = None if strength else _foreign_given(run)
            if given and (_near_blocker(doc.lower, given[0][0], sent.nstart) or _school_glued(run, given)):
                given = None
            # the front-end's word check comes last (it segments the sentence): here for a given
            # name, in find_cued_names for the others once the rest has kept them
            if not (strength or given) or given and _split_word(doc, e):
                continue
            if given:
                gs, ge = given[0][0], given[-1][1]
                out.append((CuedName(" ".join(w for _, _, w in given), gs, ge, ""), "given"))
            else:
                out.append((CuedName(" ".join(ws), s, e, cue, _title(doc, cue, sent.nstart, s)), strength))
    return out


def _country_head(lower: str, first: int, country: str, floor: int) -> int:
    """Where a country's name starts when its first words are in lower case before the capitalised
    run ("liên bang" of "Liên bang Nga", "cộng hòa" of "Cộng hòa Séc"): ``first`` otherwise."""
    head = lower[max(floor, first - 30):first].split()
    places = _lex().places
    for n in (2, 1):
        if len(head) >= n and key(" ".join([*head[-n:], country.strip()])) in places:
            return lower.rfind(head[-n], floor, first)
    return first


def _caps_name(ws: list[str]) -> str:
    """A Vietnamese full name written in capitals ("NGUYỄN NGỌC DŨNG"), title-cased; "" when the
    words are no such name (two to four syllables, a family name first)."""
    if not 2 <= len(ws) <= 4 or not all(w.isupper() and w.isalpha() for w in ws):
        return ""
    low = [w.lower() for w in ws]
    if low[0] not in _lex().surnames or not all(SYLLABLE.match(w) for w in low):
        return ""
    return " ".join(w.capitalize() for w in low)


def _school_glued(run: list[tuple[int, int, str]], given: list[tuple[int, int, str]]) -> bool:
    """A place word glued before the foreign name in one capitalised run ("Trường THPT Marie
    Curie", "Bệnh viện Pasteur"): the place is named after the person, no mention of him."""
    pre = [w.lower() for a, _, w in run if a < given[0][0]]
    return bool(pre) and _place_head(pre, _place_words())


@lru_cache(maxsize=1)
def _fillers() -> frozenset[str]:
    return frozenset(key(r[0]) for r in rows("person_cues.tsv") if len(r) > 1 and r[1] == "filler")


@lru_cache(maxsize=1)
def _team_roles() -> frozenset[str]:
    return frozenset(key(r[0]) for r in rows("person_cues.tsv") if len(r) > 1 and r[1] == "team")


def _province_name(ws: list[str]) -> bool:
    """The run is a province's name that names no person too (not "Hồ Chí Minh")."""
    from ..text import fold, normalize
    from .provinces import _table

    table = _table()
    m = table.regex.fullmatch(fold(normalize(" ".join(ws))[0]))
    alias = table.lookup(m.group("name")) if m else None
    return alias is not None and not alias.stop and not alias.person


@lru_cache(maxsize=1)
def _bodies() -> frozenset[str]:
    return frozenset(key(r[0]) for r in rows("office_bodies.txt"))


@lru_cache(maxsize=1)
def _states() -> frozenset[str]:
    return frozenset(key(r[0]) for r in rows("office_bodies.txt") if len(r) > 1 and r[1] == "state")


@lru_cache(maxsize=1)
def _body_ends() -> tuple[str, ...]:
    return tuple(" " + body for body in _bodies())


def _body_cue(doc: Document, at: int, floor: int) -> str:
    """An office cue before a body written in lower case after its first word ("Chủ tịch Thượng
    viện Youri Latortue"): the cue before the body, when the run is a foreign name."""
    seg = doc.lower[max(floor, at - 40):at]
    head = seg.rstrip()
    if not head.endswith(_body_ends()):
        return ""  # no body ends the text before the run (the loop below would find none)
    end = at - (len(seg) - len(head))
    for body in _bodies():
        if head.endswith(" " + body):
            cue = _cue_before(doc.lower, end - len(body), floor)
            return cue if cue in _lex().offices else ""
    return ""


def _transliterated(w: str) -> bool:
    """A foreign name written in Vietnamese syllables joined by hyphens ("Xtê-phan", "Đu-gia-rích")."""
    return "-" in w and all(SYLLABLE.match(x.lower()) for x in w.split("-"))


def _acronym(w: str) -> bool:
    return len(w) >= 2 and w.isupper() and w.isalpha()


def _after_body(run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The foreign name after an office's body: an acronym ("FIFA", "LĐBĐ"), a body of
    ``office_bodies.txt`` ("Thượng viện"), then a country; the run as it is when what follows is
    not two or three foreign words ("Chủ tịch UBND Nguyễn Văn An" stays for the name rules)."""
    i = 0
    while i < len(run) - 2 and _acronym(run[i][2]):
        i += 1
    if not i:
        i = next((n for n in (3, 2, 1) if len(run) > n + 1
                  and key(" ".join(w for _, _, w in run[:n])) in _bodies()), 0)
    if not i:
        return run
    if key(run[i - 1][2]) in _states() and len(run) > i + 2:
        i += 1  # "Quốc hội Bang Hessen Norbert Kartmann": a state and its name
    rest, _ = _strip_lead(run[i:], False)
    org = _lex().org_words
    if 2 <= len(rest) <= 3 and all((_foreign_word(w) or _transliterated(w)) and key(w) not in org
                                   for _, _, w in rest):
        return rest
    return run


# letters no Vietnamese word has: a word with one of them is foreign
_FOREIGN_LETTERS = re.compile(r"[äëïöüñçåøæßčšžćłńśźőűğış]")
_VIET_LETTERS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)


def _foreign_word(w: str) -> bool:
    """A capitalised word that is no Vietnamese syllable: ASCII letters (or letters Vietnamese
    never writes), not a Vietnamese name syllable, place or sentence opener."""
    lex = _lex()
    if _VIET_LETTERS.search(w) or not (w.isascii() or _FOREIGN_LETTERS.search(w.lower())):
        return False
    k = key(w)
    return k not in lex.given and k not in lex.places and k not in _openers() and k not in lex.blockers


def _foreign_given(run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]] | None:
    """The part of a run that is a foreign given name and one or two foreign family names
    ("Harry Kane", "Pierre-Emerick Aubameyang", "Diego da Silva"); None when there is none."""
    lex = _lex()
    for i, (_, _, w) in enumerate(run):
        if key(w) in _korean_surnames() and _korean_given([x for _, _, x in run[i + 1:]]):
            return run[i:]  # "Kim Jong-un", "Ri Yong Ho": a Korean name
        if key(w) not in lex.foreign_given:
            continue
        rest = [x for x in run[i + 1:] if not _INITIAL_WORD.match(x[2])]  # "William S. Session"
        if not rest or len(rest) > 2 or any(x not in _PARTICLES and not _foreign_word(x) for _, _, x in rest):
            return None
        if rest[-1][2] in _PARTICLES or any(key(x) in lex.org_words for _, _, x in rest):
            return None
        if not looks_like_name([x for _, _, x in run[i:]]):
            return None
        return run[i:]
    return None


@lru_cache(maxsize=1)
def _korean_surnames() -> frozenset[str]:
    return frozenset(key(w) for w in words("korean_surnames.txt"))


_KOREAN_HYPHENED = re.compile(r"^[A-Z][a-z]{1,5}-[a-z]{2,5}$")  # "Jae-in", "Jong-un", "Hang-seo"
_KOREAN_SYLLABLE = re.compile(r"^[A-Z][a-z]{1,5}$")


def _korean_given(ws: list[str]) -> bool:
    """A romanised Korean given name: one hyphenated word ("Yo-jong") or two short capitalised
    words of which one is no Vietnamese syllable ("Jong Un"; "Văn An" is Vietnamese)."""
    if len(ws) == 1:
        return bool(_KOREAN_HYPHENED.match(ws[0]))
    return (len(ws) == 2 and all(_KOREAN_SYLLABLE.match(w) for w in ws)
            and any(SYLLABLE.match(w.lower()) is None for w in ws))


@lru_cache(maxsize=1)
def _near_words() -> frozenset[str]:
    return frozenset(key(r[0]) for r in rows("near_blockers.tsv"))


def _near_blocker(lower: str, pos: int, floor: int) -> bool:
    """A company, brand or film-character word among the five words before ``pos`` in the same
    clause ("Công ty công nghệ James Boat", "thủ vai Peter Parker")."""
    head = re.split(r"[,;:()\[\]\"“”–-]", lower[max(floor, pos - 50):pos])[-1].split()[-5:]
    near = _near_words()
    return any(" ".join(head[i:i + n]) in near for n in (1, 2) for i in range(len(head) - n + 1))


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    return frozenset(key(r[0]) for r in rows("sentence_openers.txt")) | frozenset(
        key(w) for w in words("name_tail_words.txt"))


def _overlaps(taken: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    i = bisect_right(starts, e) - 1
    while i >= 0 and taken[i][1] > s - 200:
        if taken[i][0] < e and s < taken[i][1]:
            return True
        i -= 1
    return False


def _honorific_surnames(doc: Document) -> set[str]:
    """Last words used after an honorific anywhere ("ông Gruber" gives "gruber")."""
    found = set()
    lower = doc.lower
    for h in _lex().honorifics:
        if h not in lower:  # a literal pre-filter: most honorifics are not in the text
            continue
        for m in _honorific_re(h).finditer(lower):
            found.add(m.group(1))
    return found


@lru_cache(maxsize=256)
def _honorific_re(h: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(h)} ([^\W\d_][\w'’-]*)")


def _title(doc: Document, cue: str, floor: int, name_start: int) -> str | None:
    """The office a cue gives, as written up to the name, abbreviations expanded."""
    lex = _lex()
    if cue not in lex.offices:
        return None
    at = doc.lower.rfind(cue, floor, name_start)
    if at < 0:
        return None
    raw = doc.norm[at:name_start].strip(" ,:")
    ws = raw.split()
    if "người" in ws[1:]:
        ws = ws[:ws.index("người", 1)]  # "HLV người Hà Lan": the nationality is no part of the office
    return " ".join(lex.expand.get(w, w) for w in ws) or None


def _word_follows(norm: str, pos: int) -> bool:
    """A lower-case word right after ``pos`` ("HLV Conte điều …", not "Thị trưởng Hamburg;")."""
    m = re.match(r" +([^\W\d_])", norm[pos:pos + 3])
    return bool(m and m.group(1).islower())


def find_cued_names(doc: Document) -> list[CuedName]:
    """People the context shows, one entry per mention, in text order."""
    lex = _lex()
    addressed = None
    keep: list[CuedName] = []
    for cand, strength in _candidates(doc):
        ws = cand.name.split()
        if strength in ("given", "caps"):
            keep.append(cand)
            continue
        if strength == "address":
            # a given name alone ("chị Hoa") is no full name (the README's people.name): only
            # where the text gives no more, and then the gold does not list it either
            if len(ws) == 1 or _split_word(doc, cand.nend):
                continue
            keep.append(cand)
            continue
        if len(ws) == 1 and (_cue_goes_on(doc, cand) or camel_case(ws[0])):
            continue  # "nữ nghị sĩ Nữ nghị sĩ X": the cue written twice, its first word capitalised
        if len(ws) == 1 and (strength in ("weak", "after", "loose")
                             or (strength == "title" and not _word_follows(doc.norm, cand.nend))
                             or not (ws[0].isascii() or key(ws[0]) in lex.given)):
            continue
        if strength in ("after", "loose"):
            if addressed is None:
                addressed = _honorific_surnames(doc)
            foreign = all(w.isascii() and key(w) not in lex.given for w in ws) and (
                strength == "after" or key(ws[0]) in lex.foreign_given)  # "First Response cho biết:"
            if key(ws[0]) not in lex.surnames and key(ws[-1]) not in addressed and not foreign:
                continue
        if _split_word(doc, cand.nend):
            continue
        keep.append(cand)
    return keep


_NAME_CAPS = re.compile(r"^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|O['’])[A-Z][a-z]")


def camel_case(w: str) -> bool:
    """A word with a capital inside that no name has ("MotoGP", "YouTube"; not "McGregor",
    "DeChambeau", "LeBron", "O'Neill"): a brand or an event."""
    w = w.rsplit(".", 1)[-1]  # "R.Valverdi": the initial is no capital inside the name
    return any(ch.isupper() for ch in w[1:]) and not w.isupper() and not _NAME_CAPS.match(w)


def _cue_goes_on(doc: Document, cand: CuedName) -> bool:
    """A cue of a person's role follows the one word found ("Nữ nghị sĩ", "Cựu ca sĩ"): the
    word is the cue's modifier, written capitalised."""
    tail = doc.lower[cand.nend:cand.nend + 40].split()
    before = _lex().before
    return any(before.get(" ".join(tail[:n])) in ("strong", "title") for n in (1, 2, 3) if len(tail) >= n)


# a Vietnamese syllable: onset, vowel nucleus, an allowed final (c, ch, m, n, ng, nh, p, t or none)
SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    r"[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]{1,3}"
    r"(?:ch|ng|nh|[cmnpt])?$")


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    return frozenset(key(r[0]) for r in rows("name_context.tsv") if len(r) > 1 and r[1] == "place")


def not_a_person_here(doc: Document, nstart: int, nend: int | None = None) -> bool:
    """True when the name at ``nstart`` is a street, a house number's street, a school, a place
    in a list of places: "số 7 Nguyễn Văn Linh", "đường Phạm Ngũ Lão, Đỗ Quang Đẩu", "trường
    Trần Đại Nghĩa", "các quận Đống Đa, Hai Bà Trưng"."""
    head = doc.lower[max(0, nstart - 40):nstart].split()
    if _house_number(head):
        # "số 7 Nguyễn Văn Linh" is an address; "quận 2 Bùi Thanh Khiết nói" a person who speaks
        return nend is None or not _cue_after(doc.lower, nend)
    places = _place_words()
    if _honoured_street(doc, nstart, head, places):
        return True
    if head[-2:] == ["đứng", "tên"]:
        return False  # "tài khoản đứng tên X": in X's name, a person
    if head and head[-1] in _AT and nend is not None and not _cue_after(doc.lower, nend):
        return True  # "khu đất ở Hoàng Hoa Thám": one is at a street, never at a person
    wide = doc.lower[max(0, nstart - 90):nstart].split()
    if _place_head(head, places) or _street_intro(wide):
        return True  # also the first item of "các tuyến phố như: A, B" / "các quận như: A, B"
    low_head = doc.norm[max(0, nstart - 300):nstart]
    return _place_list_head(low_head, places)


_AT = frozenset({"ở", "tại"})


def _honoured_street(doc: Document, nstart: int, head: list[str],
                     places: frozenset[str]) -> bool:
    """A street named with a capitalised form of address: "đường Ông Ích Khiêm", "phố Bà Triệu",
    "đường Cô Giang", "2 Ông Ích Khiêm" (the honorific is part of the street's name; "trên đường
    ông Hải về" keeps its lower-case "ông" and its person)."""
    if len(head) < 2 or head[-1] not in _lex().honorifics:
        return False
    word_start = doc.lower.rfind(head[-1], max(0, nstart - 40), nstart)
    return doc.norm[word_start:word_start + 1].isupper() and _street_before(head[:-1], places)


def _street_before(head: list[str], places: frozenset[str]) -> bool:
    """The words before a name end with a place word or a house number ("đường", "số 7", "2");
    not a year or a date ("năm 2020", "ngày 12,")."""
    if head and _BARE_NUMBER.fullmatch(head[-1]):
        return len(head) < 2 or head[-2] not in ("năm", "ngày", "tháng", "lúc", "hôm")
    return bool(head) and _place_head(head, places)


_BARE_NUMBER = re.compile(r"\d+[a-z]?(?:/\d+[a-z]?)*")


# a street segment's end: "từ đường A tới B", "đường A qua B đến đường C"
_SPAN_WORD = re.compile(r"\s(?:đến|tới|qua)$")
# a street named by a date ("đường 30-4", "3/2") as an item of a street list
_NUM_ITEM = re.compile(r"(?:(?<=\s)|^)\d+(?:[-/.]\d+)*\s*$")


def _list_sep(head: str) -> int:
    """The start of a final "," / " và", or of a final dash between two streets ("đường Hoàng
    Sa - Võ Nguyên Giáp", "nút giao Nguyễn Thái Sơn - Nguyễn Kiệm"); -1 when there is none."""
    cut = _sep_start(head)
    if cut < 0 and head.endswith(("-", "–")) and len(head) > 1 and head[-2].isspace():
        return len(head) - 1
    if cut < 0:
        m = _SPAN_WORD.search(head)
        if m:
            return m.start() + 1  # "đoạn từ đường Lê Quang Đạo tới Châu Văn Liêm"
    return cut


def _place_list_head(head: str, places: frozenset[str]) -> bool:
    head = head.rstrip()
    steps = 0
    while steps < 12:
        cut = _list_sep(head)
        if cut < 0:
            break
        before = head[:cut].rstrip()
        item = _CAP_ITEM.search(before) or _NUM_ITEM.search(before)
        if not item:
            return False
        head = head[: item.start()].rstrip()
        steps += 1
    words = head.lower().split()
    if not steps or not words:
        return False
    if re.fullmatch(r"\d+[a-z]?[,/]?", words[-1]):
        return True
    return _place_head(words, places) or _street_intro(words)


@lru_cache(maxsize=1)
def _street_intros() -> frozenset[str]:
    return frozenset(key(r[0]) for r in rows("name_context.tsv") if len(r) > 1 and r[1] == "streets")


def _street_intro(head: list[str]) -> bool:
    """A list introduced by "như:" or ":" a few words after a streets word: "ngập các tuyến phố
    nội thành Hà Nội như: Hoa Bằng, Thái Hà, Nguyễn Trãi"."""
    if not head or not (head[-1].endswith(":") or head[-1] == "như"):
        return False
    if _areas_intro(head[-12:-1]):
        return True
    window = head[-9:-1]
    cuts = [i for i, w in enumerate(window) if w[-1] in ",;.)"]
    window = [w.rstrip(":") for w in window[cuts[-1] + 1 if cuts else 0:]]
    intros = _street_intros()
    return any(" ".join(window[i:i + 2]) in intros for i in range(len(window) - 1))


@lru_cache(maxsize=1)
def _area_pairs() -> frozenset[str]:
    return frozenset(key(r[0]) for r in rows("name_context.tsv") if len(r) > 1 and r[1] == "areas")


def _areas_intro(window: list[str]) -> bool:
    """Several districts or communes named as one a few words before the list, in the same clause
    ("các quận, huyện có nhiều ca mắc như: Đống Đa, Hoàng Mai")."""
    flat = re.sub(r"[,/]", " ", " ".join(window)).split()
    for i in range(len(flat) - 1):
        if " ".join(flat[i:i + 2]) in _area_pairs():
            return not any(c in " ".join(window).split(flat[i + 1], 1)[-1] for c in ".;")
    return False


def _place_head(head: list[str], places: frozenset[str]) -> bool:
    """The words before a name end with a place word ("đường", "quận", "các ga:", "tuyến đường
    như"), unless those words are a person cue that merely ends like one ("đối tượng" is no
    statue, "tượng")."""
    head = [w.rstrip(":") for w in head if w != ":"]
    if head and head[-1] == "như":
        head = head[:-1]
    if len(head) >= 2 and " ".join(head[-2:]) in _lex().before:
        return False
    return any(" ".join(head[-n:]) in places for n in (1, 2) if len(head) >= n)


foreign_word = _foreign_word
name_runs = _runs


def surnames() -> frozenset[str]:
    """Vietnamese surnames (key form)."""
    return _lex().surnames


def org_words() -> frozenset[str]:
    """Words that make a capitalised run an organisation, team or event (key form)."""
    return _lex().org_words


def runs_into_word(doc: Document, e: int) -> bool:
    """The front-end reads the syllable ending at ``e`` as part of a longer word ("Vẻ ngoài")."""
    return _split_word(doc, e)
