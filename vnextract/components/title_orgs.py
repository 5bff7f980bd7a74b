"""Offices of an organisation named only by its kind ("Phó Tổng giám đốc Công ty"): the name the
text gives that organisation before the office ("Công ty ô tô Trường Hải") is filled in.

A step of the titles component, run after :meth:`TitleFinds.board_of`; the words that name a kind
of organisation and may stand alone for the one the story is about are ``people_words.tsv``, class
named_org_word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .words import word_set

if TYPE_CHECKING:
    from .titles import Title, TitleFinds


def _bare_org_at(finds: TitleFinds, t: Title) -> int | None:
    """Where the organisation word that ends ``t`` bare starts ("… Công ty" at the end of the
    office), else None."""
    keys, toks = finds.keys, finds.toks
    for k in range(t.start + 1, t.end):
        m = finds.lex.titles.match(keys, k)
        if m and k + m[0] == t.end and m[1][0] == "org" and toks[k].kind == "cap" \
                and " ".join(keys[k : t.end]) in word_set("named_org_word"):
            return k
    return None


def _named_before(finds: TitleFinds, k: int, org: list[str]) -> tuple[str, str | None] | None:
    """The last organisation of the kind ``org`` named with its own name before token ``k``:
    its expanded name and province."""
    from .titles import _Scan  # (the scan state of the title grammar)

    keys, toks, size = finds.keys, finds.toks, len(org)
    for q in range(k - 1, -1, -1):
        if keys[q : q + size] != org or toks[q].kind != "cap":
            continue
        sub = _Scan(q, q, q, "dept", False, False, end=q, generic=True)
        while sub.j < finds.n and finds.tp._step(sub):
            pass
        if sub.end > q + size and not (sub.end - q == size + 1 and toks[q + size].kind == "low"):
            return finds.tp.expand(q, sub.end), sub.province, sub.place
    return None


def name_generic_orgs(finds: TitleFinds) -> None:
    """An office whose organisation is a bare word of its kind ("Giám đốc Công ty", "Phó Giám
    đốc Bệnh viện") takes the name given to the last organisation of that kind before it."""
    for t in finds.titles:
        if t.bare or t.has_place():
            continue
        k = _bare_org_at(finds, t)
        if k is None or not finds._ends_bare(t.end):
            continue  # (not "Công ty vàng bạc đá quý Phú Quý": its name goes on in lower case)
        named = _named_before(finds, k, finds.keys[k : t.end])
        if named is None:
            continue
        t.expanded = f"{finds.tp.expand(t.start, k)} {named[0]}"
        t.province = t.province or named[1]


def _council_before(finds: TitleFinds, t: Title) -> tuple[str, str | None, str | None] | None:
    """The People's Committee or Council named last before ``t`` in its paragraph ("Quyết định
    của UBND tỉnh Quảng Bình … do Phó Chủ tịch X ký"), with nothing else that has a chair named
    between: its expanded name, province and district (or commune)."""
    from .titles import _Scan

    keys, toks, pid, lex = finds.keys, finds.toks, finds.view.pid, finds.lex
    councils = word_set("chaired_council")
    for q in range(t.start - 1, -1, -1):
        if pid[q] != pid[t.start]:
            return None
        if toks[q].kind not in ("cap", "abbr"):
            continue
        m = lex.titles.match(keys, q)
        phrase = " ".join(keys[q : q + m[0]]) if m else keys[q]
        if phrase in councils:
            sub = _Scan(q, q, q, "dept", False, False, end=q, generic=True)
            while sub.j < finds.n and finds.tp._step(sub):
                pass
            if sub.province is None and sub.place is None:
                return None
            return finds.tp.expand(q, sub.end), sub.province, sub.place
        if m and m[1][0] in ("org", "name") or toks[q].kind == "abbr" and finds.tp.org_name(toks[q].text):
            return None  # another body with a chair of its own is nearer
    return None


def chair_of_council(finds: TitleFinds) -> None:
    """A chair or deputy chair named alone ("do Phó Chủ tịch Trần Tiến Dũng ký") is of the
    People's Committee or Council its paragraph names before it, when that body has its place."""
    for t in finds.titles:
        if not t.bare or t.past or finds.keys[t.start : t.end] not in (["chủ", "tịch"], ["phó", "chủ", "tịch"]) \
                or finds.keys[t.end : t.end + 3] == ["hồ", "chí", "minh"]:
            continue  # (not "Chủ tịch Hồ Chí Minh": the President)
        body = _council_before(finds, t)
        if body is None:
            continue
        t.expanded = f"{t.expanded} {body[0]}"
        t.bare = False
        t.borrowed = True
        t.province, t.place = body[1], body[2]
        t.local = body[2] is None


def _hospitals(finds: TitleFinds) -> dict[str, str | None]:
    """The hospitals the text names with their own name ("Bệnh viện Nhi đồng 1"), expanded,
    with the province each names."""
    from .titles import _Scan

    keys, toks = finds.keys, finds.toks
    out: dict[str, str | None] = {}
    for q in range(finds.n - 2):
        size = 2 if keys[q : q + 2] == ["bệnh", "viện"] else 1 if toks[q].text in ("BV", "BVĐK") else 0
        if size and toks[q].kind in ("cap", "abbr") and toks[q + size].kind in ("cap", "abbr", "num") \
                and not toks[q + size].nl:
            sub = _Scan(q, q, q, "dept", False, False, end=q, generic=True)
            while sub.j < finds.n and finds.tp._step(sub):
                pass
            if sub.end > q + size:
                out[finds.tp.expand(q, sub.end)] = sub.province
    return out


def _ward_head(finds: TitleFinds, t: Title) -> bool:
    """``t`` is the head of a ward named alone: "Trưởng khoa Sản", "Phó Trưởng khoa Hồi sức"
    (no organisation, no place after the ward's name)."""
    keys = finds.keys
    k = t.start + (keys[t.start] == "phó")
    if keys[k : k + 2] != ["trưởng", "khoa"] or t.end <= k + 2 or t.has_place() or t.past:
        return False
    for q in range(k + 2, t.end):
        m = finds.lex.titles.match(keys, q)
        if m and m[1][0] in ("org", "name", "level") or finds.toks[q].kind in ("abbr", "num", "punct"):
            return False
    return True


def unit_of_hospital(finds: TitleFinds) -> None:
    """The head of a hospital's ward named alone ("Trưởng khoa Sản") is of the one hospital the
    story names with its own name ("Bệnh viện Đa khoa tỉnh Hòa Bình"); with two or more, it
    stays as written."""
    wards = [t for t in finds.titles if _ward_head(finds, t)]
    if not wards:
        return
    hospitals = _hospitals(finds)
    if len(hospitals) != 1:
        return
    ((name, province),) = hospitals.items()
    for t in wards:
        t.expanded = f"{t.expanded} {name}"
        t.province = t.province or province
        t.borrowed = True


def _after_level(finds: TitleFinds, k: int) -> int:
    """``k``, or the token after a level word at ``k`` ("tỉnh", "Thành phố")."""
    lv = finds.lex.titles.match(finds.keys, k) if k < finds.n else None
    return k + lv[0] if lv and lv[1][0] == "level" else k


def _province_after_name(finds: TitleFinds, e: int) -> bool:
    """A province right after the name that ends before ``e``: "(TP.HCM)", "- Bình Dương",
    ", Bà Rịa-Vũng Tàu" (then no more of a list)."""
    keys, prov_at, n = finds.keys, finds.view.prov_at, finds.n
    if e + 1 >= n or keys[e] not in ("(", ",", "-", "–"):
        return False
    q = _after_level(finds, e + 1)
    if q not in prov_at:
        return False
    after = q + prov_at[q][0]
    if keys[e] == "(":
        return after < n and keys[after] == ")"
    return after >= n or finds.toks[after].kind in ("low", "punct") and keys[after] not in (",", "và")


def delegates_with_province(finds: TitleFinds) -> None:
    """ "đại biểu Trần Văn A (TP.HCM)": a deputy written lower-case with the province of the
    delegation after the name is a title (a deputy of the National Assembly; the people step
    fills in the province)."""
    toks, keys = finds.toks, finds.keys
    for i in range(finds.n - 3):
        if keys[i] != "đại" or keys[i + 1] != "biểu" or toks[i].kind != "low" \
                or i in finds.covered or toks[i + 2].kind != "cap":
            continue
        e = i + 2 + finds.tp.name_run(i + 2)
        if not _province_after_name(finds, e):
            continue
        title = finds.tp.parse(i, lower_ok=True)
        if title is None or title.end != i + 2:
            continue
        at = next((n for n, t in enumerate(finds.titles) if t.start > i), len(finds.titles))
        finds.titles.insert(at, title)
        finds.title_at[i] = title
        finds.title_end[title.end] = title
        finds.covered.update(range(i, title.end))


def _org_ending_at(finds: TitleFinds, e: int) -> tuple[str, str | None] | None:
    """The organisation whose name ends right before token ``e`` (at most 12 words back, in its
    sentence): its expanded name and province."""
    from .titles import _Scan

    keys, toks, sid = finds.keys, finds.toks, finds.view.sid
    for q in range(e - 2, max(-1, e - 13), -1):
        if sid[q] != sid[e] or toks[q].kind == "punct" and keys[q] not in ("-", "&"):
            return None
        m = finds.lex.titles.match(keys, q)
        if not m or m[1][0] != "org" or toks[q].kind not in ("cap", "abbr"):
            continue
        sub = _Scan(q, q, q, "dept", False, False, end=q, generic=True)
        while sub.j < finds.n and finds.tp._step(sub):
            pass
        if e > q + m[0] and q + m[0] <= sub.end <= e \
                and all(toks[x].kind in ("cap", "abbr", "num") for x in range(sub.end, e)):
            return finds.tp.expand(q, e), sub.province  # (its own name may read as a person's)
    return None


def office_in_do_clause(finds: TitleFinds) -> None:
    """ "Công ty TNHH Trần Thái do ông Trần Minh Chí làm Chủ tịch HĐQT": an office held in the
    organisation named before "do … làm" is of it."""
    keys, lex = finds.keys, finds.lex
    for t in finds.titles:
        if t.has_place() or t.start < 4 or keys[t.start - 1] not in ("làm", "giữ") \
                or not (t.bare or " ".join(keys[t.end - 4 : t.end]) == "hội đồng quản trị"
                        or keys[t.end - 1] == "hđqt"):
            continue
        k = t.start - 1
        while k > 0 and finds.toks[k - 1].kind == "cap":
            k -= 1  # the holder's name
        h = lex.honorifics.match_ending(keys, k)
        k -= h[0] if h else 0
        if k < 2 or k == t.start - 1 or keys[k - 1] != "do":
            continue
        org = _org_ending_at(finds, k - 1)
        if org is None:
            continue
        t.expanded = f"{t.expanded} {org[0]}"
        t.bare = False
        t.province = t.province or org[1]


def _delegations(finds: TitleFinds) -> set[str]:
    """The provinces of the National Assembly delegations the text names ("Đoàn ĐBQH tỉnh
    Quảng Nam", "Đoàn đại biểu Quốc hội TP Hà Nội")."""
    keys, prov_at, out = finds.keys, finds.view.prov_at, set()
    for q in range(finds.n - 2):
        if keys[q] != "đoàn":
            continue
        k = q + 1
        if keys[k] == "đbqh":
            k += 1
        elif keys[k : k + 4] == ["đại", "biểu", "quốc", "hội"]:
            k += 4
        else:
            continue
        lv = finds.lex.titles.match(keys, k)
        if lv and lv[1][0] == "level":
            k += lv[0]
        if k in prov_at:
            out.add(prov_at[k][1])
    return out


def deputies_of_the_delegation(finds: TitleFinds) -> None:
    """A deputy of the National Assembly named without a province ("ĐBQH Trần Văn Lâm") in a
    story that names one delegation ("Đoàn ĐBQH tỉnh Quảng Nam") is of it."""
    bare = [t for t in finds.titles if not t.has_place() and not t.past
            and t.expanded.lower() == "đại biểu quốc hội"]
    for t in list(bare):
        q = _after_level(finds, t.end + 1) if t.end + 1 < finds.n and finds.keys[t.end] == "đoàn" else -1
        if q in finds.view.prov_at:  # "đại biểu Quốc hội đoàn Hà Nội"
            _fill_deputy(finds, t, finds.view.prov_at[q][1])
            bare.remove(t)
    if not bare:
        return
    provinces = _delegations(finds)
    if len(provinces) != 1:
        return
    province = provinces.pop()
    for t in bare:
        if t.end < finds.n and _province_after_name(finds, t.end + finds.tp.name_run(t.end)):
            continue  # "ĐBQH X (Nghệ An)": the province written with the name
        _fill_deputy(finds, t, province)
        t.borrowed = True


def _fill_deputy(finds: TitleFinds, t: Title, province: str) -> None:
    level = "thành phố" if finds.lex.place_kind.get(province) == "city" else "tỉnh"
    t.expanded = f"{t.expanded} {level} {province}"
    t.province = province
    t.bare = False
