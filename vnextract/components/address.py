"""The administrative data the provinces and places components share, loaded once per process.

- underthesea's bundled address data (``underthesea/address/data/mapping.json``): the 63 old and
  34 new provinces, the 63 → 34 mapping, and every district, ward and commune before and after
  1 July 2025 (:class:`AddressData`, :meth:`AddressData.place_index`);
- our alias list (``data/province_aliases.tsv``): the other spellings news text uses
  (:class:`Alias`, :func:`aliases`);
- the level words of units below the province (``data/place_levels.tsv``).

Building the indexes from the 4.8 MB mapping.json takes ~0.3 s, every process. The result (plain
dicts, tuples and strings) is kept in the user's cache folder as a marshal file, keyed by
everything it is derived from: mapping.json (path, size, mtime), this module and
``vnextract/text.py`` (size, mtime), the alias and level lists (their content) and the Python
version. Any change makes a new key; a cache folder that cannot be written is simply not used.
``VNEXTRACT_CACHE_DIR`` sets the folder; ``VNEXTRACT_NO_CACHE=1`` turns the cache off.
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

from .. import lexicon as _lexicon
from ..lexicon import data_text, rows
from ..lexicon import key as lexicon_key
from ..text import fold, normalize

_LEXICON_FILE = _lexicon.__file__

__all__ = ["Alias", "AddressData", "PlaceEntry", "address", "aliases", "place_key", "split_level",
           "LEVELS", "TEXT_LEVELS", "NUMBERED_LABEL", "TIER"]

LOCK = threading.RLock()

_DASH = re.compile(r"\s*[-–—]\s*")
_DOT = re.compile(r"\.\s*")


def place_key(text: str) -> str:
    """The matching key of a place or province name: :func:`vnextract.lexicon.key`, with dashes
    written " - " and no space after a dot ("Bà Rịa–Vũng Tàu", "TP. HCM" → "bà rịa - vũng tàu",
    "tp.hcm")."""
    low = lexicon_key(text)
    return " ".join(_DOT.sub(".", _DASH.sub(" - ", low)).split())


# ------------------------------------------------------------------------------------------
# level words (data/place_levels.tsv)


def _levels(where: str) -> dict[str, str]:
    return {r[0]: r[1] for r in rows("place_levels.tsv") if where in r[2].split(",")}


LEVELS: dict[str, str] = _levels("data")  # level word of a unit name in the data -> level
TEXT_LEVELS: dict[str, str] = _levels("text")  # level word written in articles -> level
NUMBERED_LABEL: dict[str, str] = {
    r[0]: r[3] for r in rows("place_levels.tsv") if len(r) > 3 and r[3]
}
# the two tiers of the data: districts (and towns, cities) and wards (communes, townships)
TIER = {"district": "district", "town": "district", "city": "district",
        "ward": "ward", "commune": "ward", "township": "ward"}
_LEVEL_ORDER = sorted(LEVELS, key=len, reverse=True)


def split_level(full: str) -> tuple[str, str]:
    """A unit name of the data → (level, bare name): "Huyện Kỳ Anh" → ("district", "Kỳ Anh")."""
    low = fold(full)
    for word in _LEVEL_ORDER:
        if low.startswith(word + " "):
            return LEVELS[word], full[len(word) + 1 :].strip()
    return "", full


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


@dataclass(slots=True)
class PlaceEntry:
    province: str | None  # old (63) province; None for a unit that exists only since 2025
    new_province: str
    district: str | None  # old district of a ward ("Huyện Kỳ Anh")
    new_ward: str | None
    level: str = ""


class _IndexBuilder:
    """(tier, key of the bare name) -> entries, built from the ward rows of the data (the same
    district and ward names come back thousands of times: each is normalized and split once)."""

    def __init__(self) -> None:
        self.index: dict[tuple[str, str], list[PlaceEntry]] = {}
        self._seen: set[tuple[Any, ...]] = set()
        self._norm: dict[str, str] = {}
        self._split: dict[str, tuple[str, str, str]] = {}

    def norm(self, text: str) -> str:
        out = self._norm.get(text)
        if out is None:
            out = self._norm[text] = normalize(text)[0]
        return out

    def put(self, tier: str, full: str, entry: PlaceEntry) -> None:
        split = self._split.get(full)
        if split is None:
            level, name = split_level(full)
            split = self._split[full] = (level, name, place_key(name) if name else "")
        level, name, key = split
        if not name:
            return
        marker = (tier, level, key, entry.province, entry.new_province, entry.district, entry.new_ward)
        if marker in self._seen:
            return
        self._seen.add(marker)
        entry.level = level
        self.index.setdefault((tier, key), []).append(entry)


class AddressData:
    """The parts of underthesea's ``mapping.json`` we use, loaded once (or restored from the
    cache of derived data)."""

    def __init__(self, state: dict[str, Any] | None = None) -> None:
        if state is not None:
            self._restore(state)
            return
        raw = json.loads(_mapping_path().read_text(encoding="utf-8"))
        self.old_short: dict[str, str] = {  # old key -> short name (normalized)
            key: normalize(item["short"])[0] for key, item in raw["old_province_names"].items()
        }
        self.new_short: dict[str, str] = {
            key: normalize(item["short"])[0] for key, item in raw["province_names"].items()
        }
        self.mapping: dict[str, str] = dict(raw["province_mapping"])  # old key -> new key
        # the centrally-run cities (before and after 2025): "Thành phố Hà Nội", "Thành phố Huế"
        self.central: set[str] = {
            normalize(item["short"])[0]
            for names in (raw["old_province_names"], raw["province_names"])
            for item in names.values() if lexicon_key(item["name"]).startswith("thành phố ")
        }
        self.short_to_key: dict[str, str] = {place_key(v): k for k, v in self.old_short.items()}
        self._wards: list[dict[str, str]] = raw["ward_mapping"]
        self._place_index: dict[tuple[str, str], list[PlaceEntry]] | None = None

    def to_state(self) -> dict[str, Any]:
        """The cache of derived data (plain tuples, dicts and strings, for marshal)."""
        index = self.place_index()
        return {
            "old_short": self.old_short,
            "new_short": self.new_short,
            "mapping": self.mapping,
            "short_to_key": self.short_to_key,
            "central": sorted(self.central),
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
        self.central = set(state["central"])
        self._wards = []
        self._place_index = {
            (tier, name): [PlaceEntry(*e) for e in entries] for tier, name, entries in state["places"]
        }

    def since_2025(self, old_short: str) -> str:
        key = self.short_to_key[place_key(old_short)]
        return self.new_short[self.mapping[key]]

    def place_index(self) -> dict[tuple[str, str], list[PlaceEntry]]:
        """(tier, key of the bare name) -> entries; tier is "district" or "ward"."""
        if self._place_index is None:
            build = _IndexBuilder()
            for w in self._wards:
                old_p = self.old_short.get(w["old_province_key"])
                new_p = self.new_short.get(w["new_province_key"])
                if old_p is None or new_p is None:
                    continue
                district = build.norm(w["old_district"])
                new_ward = build.norm(w["new_ward"]) if w.get("new_ward") else None
                build.put("district", district, PlaceEntry(old_p, new_p, None, None))
                if w.get("old_ward"):
                    build.put("ward", build.norm(w["old_ward"]), PlaceEntry(old_p, new_p, district, new_ward))
                if new_ward:
                    build.put("ward", new_ward, PlaceEntry(None, new_p, None, new_ward))
            self._place_index = build.index
            self._wards = []
        return self._place_index

    def has_city(self, unit: str) -> bool:
        """Does the province have a city (before 2025) named like itself ("TP Thanh Hóa")?"""
        return any(e.level == "city" and e.province == unit
                   for e in self.place_index().get(("district", place_key(unit)), ()))

    def is_place(self, name: str) -> bool:
        """Is ``name`` a district or ward of the data?"""
        key = place_key(name)
        index = self.place_index()
        return ("district", key) in index or ("ward", key) in index


# ------------------------------------------------------------------------------------------
# the alias table


@dataclass(frozen=True, slots=True)
class Alias:
    name: str  # canonical name to report ("" for a stop phrase)
    unit: str  # the old (63) short name in the data
    since_2025: str
    weak: bool = False
    needs_prefix: bool = False
    stop: bool = False
    person: bool = False


_STOP = Alias("", "", "", stop=True)


def _build_aliases(data: AddressData) -> dict[str, Alias]:
    table: dict[str, Alias] = {}
    for short in data.old_short.values():
        table[place_key(short)] = Alias(short, short, data.since_2025(short))
    for row in rows("province_aliases.tsv"):
        alias, name, unit, flags = (tuple(row) + ("", "", ""))[:4]
        if alias == "alias":  # the column header
            continue
        flagset = {f.strip() for f in flags.split(",") if f.strip()}
        if "stop" in flagset or name == "-":
            table[place_key(alias)] = _STOP
            continue
        name = normalize(name)[0]
        unit = normalize(unit)[0] if unit else name
        table[place_key(alias)] = Alias(
            name, unit, data.since_2025(unit), "weak" in flagset, "prefix" in flagset,
            person="person" in flagset,
        )
    # Units of the data whose names contain a province's name and more ("Hiệp Bình Phước",
    # "Phú Thọ Hòa", "Điện Biên Đông"): matched as stop phrases so the province inside is not.
    province_keys = [k for k, a in table.items() if not a.stop]
    inner = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, province_keys)) + r")(?!\w)")
    for _tier, name_key in data.place_index():
        if name_key in table or re.search(r"\d", name_key):
            continue
        if inner.search(name_key):
            table[name_key] = _STOP
    return table


_ADDRESS: AddressData | None = None
_ALIASES: dict[str, Alias] | None = None


def address() -> AddressData:
    if _ADDRESS is None:
        _load()
    assert _ADDRESS is not None
    return _ADDRESS


def aliases() -> dict[str, Alias]:
    """Alias key (:func:`place_key`) -> :class:`Alias`, the data's short names included."""
    if _ALIASES is None:
        _load()
    assert _ALIASES is not None
    return _ALIASES


def _load() -> None:
    """Set ``_ADDRESS`` and ``_ALIASES``: from the cache when it is current, else built from
    underthesea's file and our alias list (then cached for the next process)."""
    global _ADDRESS, _ALIASES
    with LOCK:
        if _ADDRESS is not None and _ALIASES is not None:
            return
        cache = _cache_file()
        state = _cache_read(cache) if cache is not None else None
        if state is not None:
            try:
                loaded = AddressData(state["address"])
                table = {key: Alias(*fields) for key, fields in state["aliases"]}
            except Exception:  # noqa: BLE001 - a damaged cache is rebuilt
                state = None
            else:
                _ADDRESS, _ALIASES = loaded, table
                return
        loaded = AddressData()
        table = _build_aliases(loaded)
        _ADDRESS, _ALIASES = loaded, table
        if cache is not None:
            _cache_write(cache, {
                "address": loaded.to_state(),
                "aliases": [
                    (k, (a.name, a.unit, a.since_2025, a.weak, a.needs_prefix, a.stop, a.person))
                    for k, a in table.items()
                ],
            })


# ------------------------------------------------------------------------------------------
# the cache of derived data

_CACHE_FORMAT = 3
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
        digest = hashlib.sha256()
        digest.update(f"{_CACHE_FORMAT} {sys.version_info[:2]} {marshal.version}".encode())
        for path in (_mapping_path(), __file__, normalize.__code__.co_filename,
                     _LEXICON_FILE):
            st = os.stat(str(path))
            digest.update(f"|{path}|{st.st_size}|{st.st_mtime_ns}".encode())
        for name in ("province_aliases.tsv", "place_levels.tsv"):
            digest.update(data_text(name).encode("utf-8"))
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
