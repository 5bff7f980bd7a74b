"""Provinces and centrally-run cities (63 before, 34 after 1 July 2025), and the places below them.

The component finds every mention of a province in the normalized view of the text
(``doc.lower`` for matching, ``doc.norm`` for the capitalisation checks), drops the look-alikes
(a person's name, a street, a school or company named after a place, a district or commune that
shares a province's name, "Thái Bình Dương", "Điện Biên Phủ"), and groups the rest into
:class:`~vnextract.document.Province` records in order of first mention. ``since_2025`` is the unit
after the merger, read from underthesea's bundled address data (``province_mapping``), loaded once
per process and only when first needed.

Districts, towns, wards and communes named with their level word ("huyện Kỳ Anh", "phường Gia
Sàng", "TP. Quy Nhơn") become :class:`~vnextract.document.Place` records, resolved against the
data's ``ward_mapping`` and the provinces the article names.

Other components can use:

- ``doc.spans["provinces"]``: every province mention, data ``{"name", "since_2025", "role"}``
  (role ``"city"`` for a city named like its province: "TP Thanh Hóa");
- ``doc.spans["places"]``: every place mention, data ``{"name", "level", "province", "since_2025"}``;
- ``doc.focus_province``: the province the article is mostly about;
- :func:`lookup_province`: alias text → ``(canonical name, since_2025)``.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import marshal
import os
import re
import sys
import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from ..document import Document, Place, Province, Span
from ..text import fold, normalize

__all__ = ["ProvincesComponent", "lookup_province", "load_surnames", "CENTRAL_CITIES"]

# Centrally-run cities (before and after 2025): "TP. X" names the province itself.
CENTRAL_CITIES = frozenset({"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"})

_LOCK = threading.RLock()


def _data_text(name: str) -> str:
    return resources.files("vnextract").joinpath("data", name).read_text(encoding="utf-8")


def _key(text: str) -> str:
    """Matching key: normalized, lower-case, single spaces, dashes as " - ", no space after "."."""
    norm, _ = normalize(text)
    low = fold(norm)
    low = re.sub(r"\s*[-–—]\s*", " - ", low)
    low = re.sub(r"\.\s*", ".", low)
    return " ".join(low.split())


# ------------------------------------------------------------------------------------------
# underthesea's address data


def _mapping_path() -> Any:
    """underthesea's ``address/data/mapping.json``, found without importing underthesea (whose
    ``__init__`` imports much of its pipeline, ~0.3 s)."""
    spec = importlib.util.find_spec("underthesea")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "address" / "data" / "mapping.json"
        if path.is_file():
            return path
    return resources.files("underthesea.address") / "data" / "mapping.json"


class _AddressData:
    """The parts of underthesea's ``mapping.json`` we use, loaded once (or restored from the
    cache of derived data, see :func:`_load`)."""

    def __init__(self, state: dict[str, Any] | None = None) -> None:
        if state is not None:
            self._restore(state)
            return
        raw = json.loads(_mapping_path().read_text(encoding="utf-8"))
        self.old_short: dict[str, str] = {}  # old key -> short name (normalized)
        for key, item in raw["old_province_names"].items():
            self.old_short[key] = normalize(item["short"])[0]
        self.new_short: dict[str, str] = {
            key: normalize(item["short"])[0] for key, item in raw["province_names"].items()
        }
        self.mapping: dict[str, str] = dict(raw["province_mapping"])  # old key -> new key
        self.short_to_key: dict[str, str] = {_key(v): k for k, v in self.old_short.items()}
        self._wards: list[dict[str, str]] = raw["ward_mapping"]
        self._place_index: dict[tuple[str, str], list[_PlaceEntry]] | None = None

    # -- the cache of derived data (plain tuples, dicts and strings, for marshal) ----------
    def to_state(self) -> dict[str, Any]:
        index = self.place_index()
        return {
            "old_short": self.old_short,
            "new_short": self.new_short,
            "mapping": self.mapping,
            "short_to_key": self.short_to_key,
            "places": [
                (tier, name, [(e.province, e.new_province, e.district, e.new_ward, e.level) for e in entries])
                for (tier, name), entries in index.items()
            ],
        }

    def _restore(self, state: dict[str, Any]) -> None:
        self.old_short = dict(state["old_short"])
        self.new_short = dict(state["new_short"])
        self.mapping = dict(state["mapping"])
        self.short_to_key = dict(state["short_to_key"])
        self._wards = []
        self._place_index = {
            (tier, name): [_PlaceEntry(*e) for e in entries] for tier, name, entries in state["places"]
        }

    def since_2025(self, old_short: str) -> str:
        key = self.short_to_key[_key(old_short)]
        return self.new_short[self.mapping[key]]

    # -- places ---------------------------------------------------------------------------
    def place_index(self) -> dict[tuple[str, str], list[_PlaceEntry]]:
        """(tier, folded name) -> entries; tier is "district" or "ward"."""
        if self._place_index is None:
            index: dict[tuple[str, str], list[_PlaceEntry]] = {}
            seen: set[tuple[Any, ...]] = set()
            # the same district and ward names come back thousands of times: compute once
            norm_memo: dict[str, str] = {}
            split_memo: dict[str, tuple[str, str, str]] = {}

            def norm(text: str) -> str:
                out = norm_memo.get(text)
                if out is None:
                    out = norm_memo[text] = normalize(text)[0]
                return out

            def put(tier: str, full: str, entry: _PlaceEntry) -> None:
                split = split_memo.get(full)
                if split is None:
                    level, name = _split_level(full)
                    split = split_memo[full] = (level, name, _key(name) if name else "")
                level, name, key = split
                if not name:
                    return
                marker = (tier, level, key, entry.province, entry.new_province, entry.district, entry.new_ward)
                if marker in seen:
                    return
                seen.add(marker)
                entry.level = level
                index.setdefault((tier, key), []).append(entry)

            for w in self._wards:
                old_p = self.old_short.get(w["old_province_key"])
                new_p = self.new_short.get(w["new_province_key"])
                if old_p is None or new_p is None:
                    continue
                district = norm(w["old_district"])
                new_ward = norm(w["new_ward"]) if w.get("new_ward") else None
                put("district", district, _PlaceEntry(old_p, new_p, None, None))
                if w.get("old_ward"):
                    put("ward", norm(w["old_ward"]), _PlaceEntry(old_p, new_p, district, new_ward))
                if new_ward:
                    put("ward", new_ward, _PlaceEntry(None, new_p, None, new_ward))
            self._place_index = index
            self._wards = []
        return self._place_index


@dataclass
class _PlaceEntry:
    province: str | None  # old (63) province; None for a unit that exists only since 2025
    new_province: str
    district: str | None  # old district of a ward ("Huyện Kỳ Anh")
    new_ward: str | None
    level: str = ""


_LEVEL_WORDS = {
    "huyện": "district",
    "quận": "district",
    "thị xã": "town",
    "thành phố": "city",
    "thị trấn": "township",
    "phường": "ward",
    "xã": "commune",
    "đặc khu": "special zone",
}


def _split_level(full: str) -> tuple[str, str]:
    low = fold(full)
    for word in sorted(_LEVEL_WORDS, key=len, reverse=True):
        if low.startswith(word + " "):
            return _LEVEL_WORDS[word], full[len(word) + 1 :].strip()
    return "", full


_ADDRESS: _AddressData | None = None
_ALIASES: dict[str, _Alias] | None = None


def _address() -> _AddressData:
    if _ADDRESS is None:
        _load()
    assert _ADDRESS is not None
    return _ADDRESS


def _load() -> None:
    """Set ``_ADDRESS`` and ``_ALIASES``: from the cache when it is current, else built from
    underthesea's file and our alias list (then cached for the next process)."""
    global _ADDRESS, _ALIASES
    with _LOCK:
        if _ADDRESS is not None and _ALIASES is not None:
            return
        cache = _cache_file()
        state = _cache_read(cache) if cache is not None else None
        if state is not None:
            try:
                address = _AddressData(state["address"])
                aliases = {key: _Alias(*fields) for key, fields in state["aliases"]}
            except Exception:  # noqa: BLE001 - a damaged cache is rebuilt
                state = None
            else:
                _ADDRESS, _ALIASES = address, aliases
                return
        address = _AddressData()
        aliases = _build_aliases(address)
        _ADDRESS, _ALIASES = address, aliases
        if cache is not None:
            _cache_write(cache, {
                "address": address.to_state(),
                "aliases": [
                    (k, (a.name, a.unit, a.since_2025, a.weak, a.needs_prefix, a.stop, a.person))
                    for k, a in aliases.items()
                ],
            })


# ------------------------------------------------------------------------------------------
# the cache of derived data
#
# Building the indexes from underthesea's 4.8 MB mapping.json takes ~0.3 s, every process. The
# result (plain dicts, tuples and strings) is kept in the user's cache folder as a marshal file,
# keyed by everything it is derived from: mapping.json (path, size, mtime), this module and
# ``vnextract/text.py`` (size, mtime), the alias list (its content) and the Python version. Any
# change makes a new key; a cache folder that cannot be written is simply not used.
# ``VNEXTRACT_CACHE_DIR`` sets the folder; ``VNEXTRACT_NO_CACHE=1`` turns the cache off.

_CACHE_FORMAT = 1
_CACHE_KEEP = 4  # cache files kept per folder (several installs may share it)


def _cache_dir() -> Path | None:
    if os.environ.get("VNEXTRACT_NO_CACHE", "") not in ("", "0"):
        return None
    folder = os.environ.get("VNEXTRACT_CACHE_DIR")
    if folder:
        return Path(folder)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "vnextract"


def _cache_file() -> Path | None:
    try:
        folder = _cache_dir()
        if folder is None:
            return None
        from .. import text as text_module

        digest = hashlib.sha256()
        digest.update(f"{_CACHE_FORMAT} {sys.version_info[:2]} {marshal.version}".encode())
        for path in (_mapping_path(), __file__, text_module.__file__):
            st = os.stat(str(path))
            digest.update(f"|{path}|{st.st_size}|{st.st_mtime_ns}".encode())
        digest.update(_data_text("province_aliases.tsv").encode("utf-8"))
        return folder / f"provinces-{digest.hexdigest()[:20]}.marshal"
    except Exception:  # noqa: BLE001 - no cache, never an error
        return None


def _cache_read(path: Path) -> dict[str, Any] | None:
    try:
        with open(path, "rb") as fh:
            state = marshal.load(fh)
    except Exception:  # noqa: BLE001 - missing or damaged: rebuild
        return None
    return state if isinstance(state, dict) else None


def _cache_write(path: Path, state: dict[str, Any]) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            marshal.dump(state, fh)
        os.replace(tmp, path)  # atomic: parallel workers may write the same file
        old = sorted(path.parent.glob("provinces-*.marshal"), key=lambda p: p.stat().st_mtime)
        for stale in old[:-_CACHE_KEEP]:
            stale.unlink()
    except Exception:  # noqa: BLE001 - a read-only or full disk: run without the cache
        try:
            tmp.unlink()
        except OSError:
            pass


# ------------------------------------------------------------------------------------------
# the alias table and its regex


@dataclass(frozen=True)
class _Alias:
    name: str  # canonical name to report ("" for a stop phrase)
    unit: str  # the old (63) short name in the data
    since_2025: str
    weak: bool = False
    needs_prefix: bool = False
    stop: bool = False
    person: bool = False


def _build_aliases(data: _AddressData) -> dict[str, _Alias]:
    aliases: dict[str, _Alias] = {}
    for short in data.old_short.values():
        aliases[_key(short)] = _Alias(short, short, data.since_2025(short))
    for line in _data_text("province_aliases.tsv").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("alias\t"):
            continue
        cols = (line.split("\t") + ["", "", ""])[:4]
        alias, name, unit, flags = (c.strip() for c in cols)
        flagset = {f.strip() for f in flags.split(",") if f.strip()}
        if "stop" in flagset or name == "-":
            aliases[_key(alias)] = _Alias("", "", "", stop=True)
            continue
        name = normalize(name)[0]
        unit = normalize(unit)[0] if unit else name
        aliases[_key(alias)] = _Alias(
            name, unit, data.since_2025(unit), "weak" in flagset, "prefix" in flagset,
            person="person" in flagset,
        )
    # Units of the data whose names contain a province's name and more ("Hiệp Bình Phước",
    # "Phú Thọ Hòa", "Điện Biên Đông"): matched as stop phrases so the province inside is not.
    province_keys = [k for k, a in aliases.items() if not a.stop]
    inner = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, province_keys)) + r")(?!\w)")
    for _tier, name_key in data.place_index():
        if name_key in aliases or re.search(r"\d", name_key):
            continue
        if inner.search(name_key):
            aliases[name_key] = _Alias("", "", "", stop=True)
    return aliases


class _Table:
    def __init__(self) -> None:
        if _ALIASES is None:
            _load()
        assert _ALIASES is not None
        self.aliases: dict[str, _Alias] = _ALIASES
        self.regex = self._compile()

    def _compile(self) -> re.Pattern[str]:
        parts = sorted(self.aliases, key=len, reverse=True)
        alt = "|".join(_alias_pattern(a) for a in parts)
        prefix = r"(?P<pre>(?:tỉnh|thành\s+phố)\s+|(?:tp|t\.\s?p)(?:\.\s*|\s+))"
        return re.compile(r"(?<!\w)" + prefix + r"?(?P<name>" + alt + r")(?!\w)")

    def lookup(self, matched: str) -> _Alias | None:
        return self.aliases.get(_key(matched))


def _alias_pattern(key: str) -> str:
    out = []
    for piece in re.split(r"( - |\.| )", key):
        if piece == " - ":
            out.append(r"\s*[-–—]\s*")
        elif piece == ".":
            out.append(r"\.\s*")
        elif piece == " ":
            out.append(r"\s+")
        elif piece:
            out.append(re.escape(piece))
    return "".join(out)


_TABLE: _Table | None = None


def _table() -> _Table:
    global _TABLE
    if _TABLE is None:
        with _LOCK:
            if _TABLE is None:
                _TABLE = _Table()
    return _TABLE


# ------------------------------------------------------------------------------------------
# word lists


_SURNAMES: frozenset[str] | None = None


def load_surnames() -> frozenset[str]:
    """The family names in ``vnextract/data/surnames.txt`` (NFC, tone-normalized)."""
    global _SURNAMES
    if _SURNAMES is None:
        names = set()
        for line in _data_text("surnames.txt").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                names.add(normalize(line)[0])
        _SURNAMES = frozenset(names)
    return _SURNAMES


# Surnames that are also ordinary capitalised words at a sentence start ("Đoàn Hà Nội làm việc").
_NOUN_SURNAMES = frozenset(
    "Hồ Đoàn Mai Cao Lâm Hà Đồng Châu Kim Tăng Lương Nông Phí Giang Triệu Thân Chu Bạch Hàn Lạc "
    "Danh Kiên Quan Ninh Thái La Từ Lã Âu".split()
)
_HONORIFICS = frozenset("ông bà anh chị cô chú em cháu cụ bé thầy o dì bác".split())
# A street, river, bridge ... named after a province is not the province.
_PLACE_NOUNS = frozenset(
    "đường phố đại lộ ngõ hẻm ngách kiệt sông kênh rạch cầu chợ ga công viên nhà hát".split()
)
_PLACE_NOUN_PAIRS = frozenset({"đại lộ", "công viên", "nhà hát", "bến xe", "quảng trường", "tuyến phố"})
# Heads of organisation names: "Trường Tiểu học Hà Nội", "Đại học Quốc gia Hà Nội", "Báo Quảng Ninh".
_ORG_HEADS = (
    ("trường",),
    ("đại", "học"),
    ("học", "viện"),
    ("ngân", "hàng"),
    ("công", "ty"),
    ("tập", "đoàn"),
    ("câu", "lạc", "bộ"),
    ("clb",),
    ("báo",),
    ("tạp", "chí"),
)
_ORG_FILLERS = frozenset(
    "học cơ sở phổ thông non trung cổ phần trách nhiệm hữu hạn gia lực nghiệp tế mại dục tạo "
    "thuật dựng viên bảo hiểm dịch vụ khoa đa tư chính bóng đá".split()
)
# A bare "Sài Gòn" (and "Huế" after a capitalised word) is the city only after words like these
# (or punctuation).
_WEAK_OK_BEFORE = frozenset(
    "tại ở về và với từ đến tới giữa của cho thuộc ra vào khắp như gồm là sang trên hay hoặc "
    "ủy quanh dân bàn".split()
)
_REGION_BEFORE = frozenset({"miền", "vùng"})
# Words after which a name is a place, not a person ("tại Hồ Chí Minh").
_PLACE_WORDS = frozenset("tại ở khắp thuộc".split())
_LIST_GAP = re.compile(r"[ \t\u00a0]*(?:[,;/–—-]|và|với|hay|hoặc)[ \t\u00a0]*")

_WORD_RE = re.compile(r"[\w'’]+")
_NEXT_WORD_RE = re.compile(r"[ \t\u00a0]+([\w'’]+)")
_FOREIGN_AFTER = re.compile(r"\s*[(,–-]\s*(?:Trung Quốc|TQ)\b")


def _after_place_word(norm: str, pos: int) -> bool:
    words = _words_before(norm, pos, 1)
    return bool(words) and fold(words[0][1]) in _PLACE_WORDS


def _is_title(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower() or word[1:] in ("'", "’"))


def _capitalised(text: str) -> bool:
    """Every word of a province name starts with a capital (or the name is written in capitals)."""
    words = _WORD_RE.findall(text)
    return bool(words) and all(w[:1].isupper() for w in words)


def _words_before(text: str, pos: int, n: int = 4) -> list[tuple[int, str]]:
    """Up to ``n`` words right before ``pos`` separated by plain spaces only (nearest first)."""
    out: list[tuple[int, str]] = []
    i = pos
    while len(out) < n:
        j = i
        while j > 0 and text[j - 1] in " \t\u00a0":
            j -= 1
        if j == i or j == 0:
            break
        k = j
        while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "'’"):
            k -= 1
        if k == j:
            break
        out.append((k, text[k:j]))
        i = k
    return out


def _word_after(text: str, pos: int) -> str:
    m = _NEXT_WORD_RE.match(text, pos)
    return m.group(1) if m else ""


def _sentence_start(text: str, pos: int) -> bool:
    j = pos
    while j > 0 and text[j - 1] in " \t\u00a0\"“'‘(":
        j -= 1
    return j == 0 or text[j - 1] in ".!?\n:;…"


# ------------------------------------------------------------------------------------------
# the component


_PLACE_RE = re.compile(
    r"(?<!\w)(?P<lvl>huyện|quận|thị\s+xã|thị\s+trấn|thành\s+phố|phường|xã|tp\.?|t\.p\.?|tx\.|q\.)"
    r"(?:\s+|(?<=\.)\s*)"
    r"(?=(?P<name>(?:[\w'’]+)(?:[ \t\u00a0]+[\w'’]+){0,4}))",
    re.IGNORECASE,
)
_PLACE_LEVEL = {
    "huyện": "district",
    "quận": "district",
    "q.": "district",
    "thị xã": "town",
    "tx.": "town",
    "thị trấn": "township",
    "thành phố": "city",
    "tp": "city",
    "tp.": "city",
    "t.p": "city",
    "t.p.": "city",
    "phường": "ward",
    "xã": "commune",
}
_NOT_PLACE_BEFORE = frozenset({"tác", "tấn", "làng"})
_NUMBERED_LABEL = {"quận": "Quận", "q.": "Quận", "phường": "Phường", "xã": "Xã", "huyện": "Huyện"}
_TIER = {"district": "district", "town": "district", "city": "district",
         "ward": "ward", "commune": "ward", "township": "ward"}


@dataclass
class _Mention:
    nstart: int
    nend: int
    alias: _Alias
    prefix: str | None  # "tỉnh" | "thành phố" | None
    role: str | None = None
    in_title: bool = False
    needs_company: bool = False


class ProvincesComponent:
    """Finds provinces and places; sets ``doc.provinces``, ``doc.places``, ``doc.focus_province``."""

    name = "provinces"

    def __call__(self, doc: Document) -> Document:
        table = _table()
        mentions = self._find_mentions(doc, table)
        self._build_provinces(doc, mentions)
        self._find_places(doc)
        doc.focus_province = self._focus(doc, mentions)
        return doc

    # -- province mentions ------------------------------------------------------------------
    def _find_mentions(self, doc: Document, table: _Table) -> list[_Mention]:
        norm, low = doc.norm, doc.lower
        title_end = _title_end(norm)
        out: list[_Mention] = []
        for m in table.regex.finditer(low):
            alias = table.lookup(m.group("name"))
            if alias is None or alias.stop:
                continue
            ns, ne = m.start("name"), m.end("name")
            if not _capitalised(norm[ns:ne]):
                continue
            pre = m.group("pre")
            prefix = None
            if pre:
                p = fold(pre).strip().rstrip(".").replace(" ", "")
                prefix = "tỉnh" if p == "tỉnh" else "thành phố"
            if alias.needs_prefix and prefix != "thành phố":
                continue
            if prefix is None and not self._accept_bare(norm, low, ns, ne, alias):
                continue
            if _FOREIGN_AFTER.match(norm, ne):
                continue  # "Hà Nam (Trung Quốc)" is Henan
            role = None
            if prefix == "thành phố" and alias.unit not in CENTRAL_CITIES and _has_city(alias.unit):
                role = "city"  # "TP Thanh Hóa": the province's city, counted for the province
            start = m.start() if pre else ns
            mention = _Mention(start, ne, alias, prefix, role, start < title_end)
            if prefix is None and alias.person:
                mention.needs_company = not _after_place_word(norm, ns)
            out.append(mention)
        # "Hồ Chí Minh" alone is also the person: keep it after tại/ở ..., or in a list of places
        # ("Hà Nội, Hồ Chí Minh và Đà Nẵng")
        kept = []
        for i, mention in enumerate(out):
            if mention.needs_company:
                prev_m = out[i - 1] if i > 0 else None
                next_m = out[i + 1] if i + 1 < len(out) else None
                if not (
                    (prev_m and _LIST_GAP.fullmatch(norm, prev_m.nend, mention.nstart))
                    or (next_m and _LIST_GAP.fullmatch(norm, mention.nend, next_m.nstart))
                ):
                    continue
            kept.append(mention)
        return kept

    def _accept_bare(self, norm: str, low: str, ns: int, ne: int, alias: _Alias) -> bool:
        """Context checks for a province name written without tỉnh/TP before it."""
        before = _words_before(norm, ns, 4)
        prev = fold(before[0][1]) if before else ""
        prev2 = fold(before[1][1]) + " " + prev if len(before) > 1 else ""
        # a district, commune ... sharing the name ("xã Hòa Bình", "huyện Điện Biên")
        if prev in ("huyện", "quận", "xã", "phường", "trấn") or prev2 in ("thị xã", "thị trấn"):
            return False
        if prev in ("tx", "tt", "q", "p") and norm[ns - 1 : ns] == ".":
            return False
        # streets, rivers, bridges ...
        if prev2 in _PLACE_NOUN_PAIRS:
            return False
        if prev in _PLACE_NOUNS and not (prev == "phố" and prev2 == "thành phố"):
            return False
        if prev in _REGION_BEFORE:
            return False
        # a person: "ông Hà Nam", "Nguyễn Thái Bình", "Nguyễn Thị Hà Giang"
        if prev in _HONORIFICS or prev2 == "đồng chí":
            return False
        if self._person_before(norm, before):
            return False
        # an organisation named after the place
        if _org_before(_words_before(norm, ns, 8)):
            return False
        if before and " " not in low[ns:ne].strip() and ne - ns <= 4:
            # one short syllable ("Huế") after a capitalised word is a given name: "Thu Huế"
            w = before[0][1]
            if _is_title(w) and fold(w) not in _WEAK_OK_BEFORE:
                return False
        if alias.weak:
            caps = _capitalised_line(norm, ns)
            nxt = _word_after(norm, ne)
            if nxt and nxt[:1].isupper() and not caps:
                return False  # "Sài Gòn Tourist", "Hồ Chí Minh Nguyễn ..."
            if before:
                w = before[0][1]
                acronym = w.isupper() and len(w) > 1 and not caps  # "UBND Hồ Chí Minh"
                if not (fold(w) in _WEAK_OK_BEFORE or acronym):
                    return False  # "Chủ tịch Hồ Chí Minh", "tư tưởng Hồ Chí Minh", "Tân Cảng Sài Gòn"
        return True

    @staticmethod
    def _person_before(norm: str, before: list[tuple[int, str]]) -> bool:
        surnames = load_surnames()
        chain: list[tuple[int, str]] = []
        for pos, w in before[:3]:
            if _is_title(w):
                chain.append((pos, w))
            elif w.isupper() and not w.isdigit():
                chain.append((pos, w[0] + w[1:].lower()))  # a line in capitals
            else:
                break
        for i, (pos, w) in enumerate(chain):
            if w in surnames:
                if i == 0 and w in _NOUN_SURNAMES and _sentence_start(norm, pos):
                    continue
                # "Phan Thiết Bình Thuận", "Nha Trang Khánh Hòa": a place, not a name
                index = _address().place_index()
                place = False
                for j in range(i, len(chain)):
                    words = _key(" ".join(x for _, x in reversed(chain[: j + 1])))
                    if ("district", words) in index or ("ward", words) in index:
                        place = True
                        break
                if place:
                    continue
                return True
        return False

    # -- grouping ---------------------------------------------------------------------------
    def _build_provinces(self, doc: Document, mentions: list[_Mention]) -> None:
        groups: dict[str, list[_Mention]] = {}
        for m in mentions:
            groups.setdefault(m.alias.unit, []).append(m)
        provinces: list[Province] = []
        spans: list[Span] = []
        for unit, ms in groups.items():
            names = [m.alias.name for m in ms if m.role is None] or [m.alias.name for m in ms]
            name = max(names, key=lambda n: (len(n), -names.index(n)))
            since = ms[0].alias.since_2025
            if name != unit:  # "Thừa Thiên Huế": "TP Huế" is then its city
                for m in ms:
                    if m.prefix == "thành phố" and m.alias.name == unit:
                        m.role = "city"
            prov = Province(name=name, since_2025=since)
            for m in ms:
                span = doc.span(m.nstart, m.nend, "province", name=name, since_2025=since, role=m.role)
                prov.mentions.append(span)
                spans.append(span)
            provinces.append(prov)
        spans.sort(key=lambda s: s.nstart)
        doc.provinces = provinces
        doc.spans["provinces"] = spans

    # -- focus ------------------------------------------------------------------------------
    @staticmethod
    def _focus(doc: Document, mentions: list[_Mention]) -> str | None:
        """The province the article is mostly about: mention count, plus the title and the lead."""
        if not doc.provinces:
            return None
        score: dict[str, float] = {}
        lead_seen = False
        for m in mentions:
            name = _report_name(doc, m.alias.unit)
            score[name] = score.get(name, 0.0) + 1.0
            if m.in_title:
                score[name] += 3.0
                words = _words_before(doc.norm, m.nstart, 1)
                if words and fold(words[0][1]) in ("tại", "ở"):
                    score[name] += 1.0
            elif not lead_seen:
                lead_seen = True
                score[name] += 1.0
        order = [p.name for p in doc.provinces]
        return max(order, key=lambda n: (score.get(n, 0.0), -order.index(n)))

    # -- places -----------------------------------------------------------------------------
    def _find_places(self, doc: Document) -> None:
        norm = doc.norm
        found: list[_Found] = []
        index: dict[tuple[str, str], list[_PlaceEntry]] | None = None
        surnames = load_surnames()
        for m in _PLACE_RE.finditer(norm):
            lvl_raw = " ".join(fold(m.group("lvl")).split())
            level = _PLACE_LEVEL.get(lvl_raw)
            if level is None:
                continue
            # the capitalised words (or numbers) right after the level word
            cap: list[re.Match[str]] = []
            for w in _WORD_RE.finditer(m.group("name")):
                t = w.group()
                if not (t[:1].isupper() or t.isdigit()):
                    break
                cap.append(w)
            if not cap:
                continue
            if index is None:
                index = _address().place_index()
            tier = _TIER[level]
            text, entries = "", []
            for k in range(len(cap), 0, -1):  # the longest known name
                candidate = m.group("name")[: cap[k - 1].end()]
                entries = index.get((tier, _key(candidate)), [])
                if entries:
                    text = candidate
                    break
            prev = _words_before(norm, m.start(), 1)
            if prev and fold(prev[0][1]) in _NOT_PLACE_BEFORE:
                continue  # "hợp tác xã", "Thông tấn xã", "làng xã"
            if not entries:
                if level == "city" or lvl_raw in ("q.", "tx.") or _key(m.group("name")).startswith("việt nam"):
                    continue  # "thành phố Gyeongju", "TP. Okayama": not a Vietnamese unit we know
                # a unit the data lacks (renamed or merged before 2025): up to three words, cut
                # before a family name that starts a person's name ("huyện X Nguyễn Văn A")
                words = [w.group() for w in cap[:3]]
                n = len(words)
                for i in range(2, n):
                    if words[i] in surnames:
                        n = i
                        break
                if n < 2 or any(w.isdigit() for w in words[1:n]) or _capitalised_line(norm, m.start()):
                    continue  # "Xã Hội", a headline in capitals
                if prev and _is_title(prev[0][1]) and not _sentence_start(norm, prev[0][0]):
                    continue  # inside a Title-Cased name ("Cộng Hòa Xã Hội Chủ Nghĩa")
                text = m.group("name")[: cap[n - 1].end()]
            name = " ".join(normalize(text)[0].split())
            if name.isdigit():  # "quận 1" -> "Quận 1"
                name = f"{_NUMBERED_LABEL.get(lvl_raw, lvl_raw.capitalize())} {name}"
            if level == "city":
                alias = _table().lookup(name)
                if alias is not None and not alias.stop and alias.unit in CENTRAL_CITIES:
                    continue  # "TP. Cần Thơ" is the province itself
            same = [e for e in entries if e.level == level]  # the level as written, if it fits
            found.append(_Found(m.start("lvl"), m.start("name") + len(text), name, level, same or entries))
        if found:
            self._resolve_places(doc, found)
        else:
            doc.places = []
            doc.spans["places"] = []

    def _resolve_places(self, doc: Document, found: list[_Found]) -> None:
        article_units = {_unit_of(p.name) for p in doc.provinces}
        article_new = {p.since_2025 for p in doc.provinces}
        prov_spans = doc.spans.get("provinces", [])
        norm = doc.norm
        # districts first, so that a ward named before its district can use it
        for f in sorted(found, key=lambda f: _TIER[f.level] != "district"):
            end = f.nend
            window_end = min(len(norm), end + 80)
            stop = re.search(r"[.!?\n]", norm[end:window_end])
            if stop:
                window_end = end + stop.start()
            chosen = f.entries
            context: tuple[str | None, str] | None = None  # (old province, new province) named after it
            # 1. its district named right after it ("xã Kỳ Lâm, huyện Kỳ Anh")
            if _TIER[f.level] == "ward":
                for g in found:
                    if g is f or not (end <= g.nstart < window_end) or _TIER[g.level] != "district":
                        continue
                    cands = [e for e in chosen if e.district and _key(_split_level(e.district)[1]) == _key(g.name)]
                    if cands:
                        chosen = cands
                    elif not chosen and g.province_pair:
                        context = g.province_pair
                    break
            # 2. the province named right after it ("huyện Kỳ Anh, tỉnh Hà Tĩnh")
            for s in prov_spans:
                if end <= s.nstart < window_end:
                    cands = [e for e in chosen if _matches_province(e, s.data["name"], s.data["since_2025"])]
                    if cands:
                        chosen = cands
                    elif not chosen and context is None:
                        context = (_unit_of(s.data["name"]), s.data["since_2025"])
                    break
            # 3. the provinces the article names
            if len({(e.province, e.new_province) for e in chosen}) > 1:
                cands = [e for e in chosen if e.province and _unit_of(e.province) in article_units]
                if not cands:
                    cands = [e for e in chosen if e.new_province in article_new]
                if cands:
                    chosen = cands
            if chosen:
                olds = {e.province for e in chosen if e.province}
                news = {e.new_province for e in chosen}
                if len(olds) <= 1 and len(news) == 1:
                    f.province_pair = (next(iter(olds)) if olds else None, next(iter(news)))
                elif len(news) == 1:
                    f.province_pair = (None, next(iter(news)))
                    f.province_known = False
                wards = {e.new_ward for e in chosen if e.new_ward}
                if _TIER[f.level] == "ward" and len(wards) == 1:
                    f.new_ward = next(iter(wards))
            elif context is not None:
                f.province_pair = context
        places: dict[tuple[str, str, str | None], Place] = {}
        spans: list[Span] = []
        for f in found:
            province = since = None
            if f.province_pair is not None:
                old, since = f.province_pair
                if f.province_known:
                    province = _report_name(doc, old) if old else since
            key = (f.name, f.level, province)
            place = places.get(key)
            if place is None:
                place = places[key] = Place(f.name, f.level, province, since)
            span = doc.span(
                f.nstart, f.nend, "place", name=f.name, level=f.level,
                province=province, since_2025=since, new_ward=f.new_ward,
            )
            place.mentions.append(span)
            spans.append(span)
        doc.places = list(places.values())
        doc.spans["places"] = spans


@dataclass
class _Found:
    nstart: int
    nend: int
    name: str
    level: str
    entries: list[_PlaceEntry]
    province_pair: tuple[str | None, str] | None = None
    province_known: bool = True
    new_ward: str | None = None


def _capitalised_line(norm: str, pos: int) -> bool:
    """Is ``pos`` on a line written in capitals (a headline)?"""
    start = norm.rfind("\n", 0, pos) + 1
    end = norm.find("\n", pos)
    line = norm[start : end if end != -1 else len(norm)]
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


def _title_end(norm: str) -> int:
    """End of the title line (the first line, when the text has more than one)."""
    nl = norm.find("\n")
    if nl == -1 or nl > 300:
        return 0
    return nl


def _org_before(before: list[tuple[int, str]]) -> bool:
    words = [fold(w) for _, w in before]  # nearest first
    raw = [w for _, w in before]
    for i in range(len(words)):
        for head in _ORG_HEADS:
            n = len(head)
            seq = words[i : i + n]
            if len(seq) < n or tuple(reversed(seq)) != head:
                continue
            if not raw[i + n - 1][:1].isupper():
                continue
            between = raw[:i]
            if _org_words(list(reversed(between))):
                return True
    return False


def _org_words(words: list[str]) -> bool:
    """Words between an organisation head and a province name (in text order) that can be part
    of the name: capitalised, a filler ("cổ phần"), or the lower-case syllables that follow a
    capitalised one ("Cao su", "Một thành viên"), never a connective ("tại", "và", "của")."""
    run = 0  # lower-case syllables since the last capitalised word (-1: none seen yet)
    seen_cap = False
    for w in words:
        f = fold(w)
        if w[:1].isupper():
            seen_cap, run = True, 0
        elif f in _ORG_FILLERS:
            continue
        elif seen_cap and run < 2 and f not in _WEAK_OK_BEFORE and f not in _PLACE_WORDS:
            run += 1
        else:
            return False
    return True


def _has_city(unit: str) -> bool:
    """Does the province have a city (before 2025) named like itself ("Thành phố Thanh Hóa")?"""
    index = _address().place_index()
    for e in index.get(("district", _key(unit)), ()):
        if e.level == "city" and e.province == unit:
            return True
    return False


def _unit_of(name: str) -> str:
    alias = _table().lookup(name)
    return alias.unit if alias else name


def _matches_province(e: _PlaceEntry, name: str, since: str) -> bool:
    if e.province is not None:
        return _unit_of(e.province) == _unit_of(name)
    return e.new_province == since


def _report_name(doc: Document, old_unit: str) -> str:
    for p in doc.provinces:
        if _unit_of(p.name) == old_unit:
            return p.name
    return old_unit


# ------------------------------------------------------------------------------------------
# the helper other components call


def lookup_province(text: str) -> tuple[str, str] | None:
    """Alias text → ``(canonical name, since_2025)``; ``None`` when it names no province.

    >>> lookup_province("tỉnh Cà Mau")
    ('Cà Mau', 'Cà Mau')
    >>> lookup_province("TP.HCM")
    ('Hồ Chí Minh', 'Hồ Chí Minh')
    """
    table = _table()
    norm, _ = normalize(text.strip())
    m = table.regex.fullmatch(fold(norm))
    if m is None:
        return None
    alias = table.lookup(m.group("name"))
    if alias is None or alias.stop:
        return None
    return alias.name, alias.since_2025
