"""Chinese-language helpers the drafter needs right: short names, addresses, dates, numerals, lists.

The words themselves live in ``drafter/data/language.yaml``."""
from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any, Iterable

from ..recache import regex
from ..resources import data

# Characters a minute of a formal speech read aloud: "演讲的正常语速为一分钟200字左右"
# (https://xihuanxue.seooo.com.cn/baike/65537.html); everyday talk runs 120–160, newsreaders 250+.
SPEAKING_RATE = 200


@functools.lru_cache(maxsize=1)
def _lang() -> dict[str, Any]:
    lang = dict(data("language"))
    units = sorted(lang["admin_units"], key=len, reverse=True)
    lang["unit_re"] = regex(".{2,}?(?:" + "|".join(map(re.escape, units)) + ")")
    lang["short_titles"] = sorted(lang["short_titles"], key=len, reverse=True)
    return lang


def short_name(name: str) -> str:
    """甘肃省天水市清水县 → 清水县; 天津市河北区 → 河北区; an autonomous division by its usual short
    form (芷溪土家族苗族自治县 → 芷溪县, 鄂温克族自治旗 → 鄂温克旗); a name with no unit stays as it is."""
    # (a firm by its own name, without the place before it and its legal form: 苏淠市淠宁食品集团有限公司 →
    # 淠宁食品集团; the whole name ten times in a village's welcome, round 70)
    firm = regex(_lang()["firm_short"]).fullmatch(name)
    if firm:
        return firm[1] + (firm[2] or "公司")
    pieces = _lang()["unit_re"].findall(name)
    if not pieces or "".join(pieces) != name:
        return name
    return _autonomous_short(pieces[-1])


def _autonomous_short(piece: str) -> str:
    for suffix in ("自治县", "自治旗", "自治州"):
        if piece.endswith(suffix):
            base = strip_nations(piece[: -len(suffix)], _minority_forms())
            return base + suffix[-1] if len(base) >= 2 else piece
    return piece


@functools.lru_cache(maxsize=1)
def _minority_forms() -> tuple[str, ...]:
    """language.yaml's minority nations as names write them, with 族 and without, longest first
    (drafting does not read the gazetteer's table, a mining package's file)."""
    names = _lang()["minority_nations"]
    return tuple(sorted({*names, *(n + "族" for n in names)}, key=len, reverse=True))


def strip_nations(base: str, nations: tuple[str, ...]) -> str:
    """芷溪土家族苗族 → 芷溪: the nations an autonomous division's name ends with (``nations``: their
    forms, longest first), while two characters of the name are left; 鄂温克族 → 鄂温克 (the nation
    is the whole name)."""
    changed = True
    while changed:
        changed = False
        for n in nations:
            if base.endswith(n) and len(base) - len(n) >= 2:
                base, changed = base[: -len(n)], True
                break
    if base.endswith("族") and len(base) >= 3:
        base = base[:-1]
    return base


def unit_suffix(short: str) -> str:
    """The administrative unit a short name ends with (县 for 清水县), or '' when none."""
    for unit in sorted(_lang()["admin_units"], key=len, reverse=True):
        if short.endswith(unit) and len(short) > len(unit) \
                and not short.endswith(tuple((_lang().get("unit_not") or {}).get(unit, ()))):
            return unit[-1] if unit not in ("街道",) else unit
    return ""


def self_ref(short: str) -> str:
    """How a speaker names its own side: 我县 / 我区 / 我旗; a school or a hospital 我校 / 我院 (a school's
    在我们期间 and 我们2026年学生…, round 66); 我们 when the name has neither."""
    suffix = unit_suffix(short)
    if suffix:
        return f"{_lang()['self_prefix']}{suffix}"
    return next((ref for end, (_, ref) in _lang()["institution_kinds"].items() if short.endswith(end) and ref), "我们")


def institution_people(name: str, short: str = "") -> str:
    """How a side that is an institution (…学院, …医院, …集团) calls its people (师生, 医护人员, 干部职工), by how
    its short name or its name ends; '' for a place."""
    return next((people for end, (people, _) in _lang()["institution_kinds"].items()
                 if (short or name).endswith(end) or name.endswith(end)), "")


def all_ref(short: str) -> str:
    suffix = unit_suffix(short)
    return f"{_lang()['all_prefix']}{suffix}" if suffix else short


def other_ref(short: str) -> str:
    """How a speaker names the other side politely: 贵区 / 贵县; the short name when it has no unit
    or one of which 贵… is not said (贵州 is Guizhou: 卓岷州)."""
    suffix = unit_suffix(short)
    return f"{_lang()['other_prefix']}{suffix}" if suffix and suffix not in _lang()["other_prefix_not"] else short


def surname(name: str) -> str:
    """The surname a leader is addressed by (刘志强 → 刘, 欧阳明 → 欧阳); "" when the name is not a
    Han name of a known surname and at most four characters with it (巴图孟和, 乌恩其, 扎西次仁,
    阿依古丽·买买提): such a leader is addressed by the whole name."""
    for two in _lang()["compound_surnames"]:
        if name.startswith(two) and 2 < len(name) <= 4:
            return two
    if 2 <= len(name) <= 3 and name[:1] in _han_surnames():
        return name[:1]
    return ""


@functools.lru_cache(maxsize=1)
def _han_surnames() -> frozenset[str]:
    return frozenset(data("checks")["titles"]["surnames"]) | frozenset(_lang()["more_han_surnames"])


LIST_SEP_RE = regex("[、，,]")      # the separators of a list of titles
_POST_NOTE_RE = regex(r"[（(][^）)]*[）)]$")     # a post's note at a title's end: （挂职）


def short_title(title: str) -> str:
    """区委书记 → 书记; 区委副书记、区长 → 区长; 副县长 stays 副县长; others stay as they are."""
    # (a post's note in brackets is not said: 殷副县长（挂职） was greeted, session 23's events)
    last = _POST_NOTE_RE.sub("", LIST_SEP_RE.split(title)[-1].strip())
    for t in _lang()["short_titles"]:
        if last.endswith(t):
            return t
    return last


def address(name: str, title: str) -> str:
    """How a speaker addresses a leader: 刘书记, 徐区长, 欧阳副县长; by the whole name when it is not
    a Han name of a known surname (乌恩其书记, 巴图孟和旗长), by its first part when it is written
    with a dot (买买提·艾力 → 买买提书记)."""
    if not title:
        return name
    called = surname(name) or name.split("·")[0]
    return f"{called}{short_title(title)}"


def cn_number(n: int) -> str:
    """1..99 in Chinese numerals: 3 → 三, 10 → 十, 12 → 十二, 20 → 二十."""
    nums = _lang()["numerals"]
    if n <= 10:
        return nums[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else nums[tens]) + nums[10] + (nums[ones] if ones else "")


def cn_count(n: int) -> str:
    """A count before a measure word: 2 → 两 (两年, 两点), otherwise as ``cn_number``."""
    return (_lang().get("count_forms") or {}).get(n) or cn_number(n)


def cn_date(d: dt.date) -> str:
    return _lang()["date_format"].format(y=d.year, m=d.month, d=d.day)


def cn_month_day(d: dt.date) -> str:
    return _lang()["month_day_format"].format(m=d.month, d=d.day)


def join_list(items: Iterable[str]) -> str:
    """[a, b, c] → a、b和c."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return _lang()["list_sep"].join(items[:-1]) + _lang()["list_last"] + items[-1]


@functools.lru_cache(maxsize=1)
def _counts() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, Any]]:
    """language.yaml counts: the count after a noun (挂职干部6名), a batch before it (第五批)."""
    c = _lang()["counts"]
    units, seps = re.escape("".join(c["units"])), re.escape(c["separators"])
    return regex(rf"(\d+)([{units}])(?=$|[{seps}])"), regex(c["batch"]), c


def _counted(noun: str, count: str, c: dict[str, Any]) -> str:
    """``count`` before ``noun``, or after who sent them when the noun says it without 的 (选派驻…帮扶干部 →
    选派的3名驻…帮扶干部; 派驻飞地产业园干部 → 派驻飞地产业园的11名干部)."""
    # (…or after what they do where they are: 玓山区在嵯岭县挂职干部5名 → 玓山区在嵯岭县挂职的5名干部; round 69
    # read 同5名玓山区在嵯岭县挂职干部…见见面 as 语序不当)
    at = noun.find(c["at"])
    if at >= 0:
        for w in c["at_verbs"]:
            v = noun.find(w, at + len(c["at"]) + 2)
            end = v + len(w)
            if v > 0 and end < len(noun) and not noun.startswith(c["of"], end):
                return noun[:end] + c["of"] + count + noun[end:]
    for w in c.get("sent", ()):
        at = noun.find(w)
        rest = noun[at + len(w):] if at >= 0 else ""
        if not rest or rest.startswith(c["of"]):
            continue
        if rest[0] in c["sent_then"]:
            return noun[:at + len(w)] + c["of"] + count + rest
        head = next((h for h in c["heads"] if rest.endswith(h) and len(rest) > len(h)), "")
        if head:
            return noun[:at + len(w)] + rest[:-len(head)] + c["of"] + count + head
        break
    return count + noun


def counts_first(text: str) -> str:
    """A group counted after its noun, as an event may give it (选派的挂职干部6名、专业技术人才41名),
    said as a sentence says it: the count before the noun (选派的6名挂职干部、41名专业技术人才). The noun
    runs back to the previous count, 的 or the start; a noun already counted is left alone."""
    # (…up to a bracket of its parts, which is said as given: 专业技术人才37名（教师21名、医生16名） kept its
    # count after the noun beside 8名挂职干部, round 56)
    if "（" in text:
        at = text.index("（")
        return counts_first(text[:at]) + text[at:]
    tail, batch_re, c = _counts()
    out, start = [], 0
    for m in tail.finditer(text):
        head = text[start:m.start()]
        of = head.rfind(c["of"])
        cut = max(of + len(c["of"]) if of >= 0 else 0, len(head) - len(head.lstrip(c["separators"])))
        # 第五批 stays before the count (第五批9名挂职干部; 淮锡市第五批21名援藏干部人才, round 38)
        batch = batch_re.search(head, cut)
        cut = batch.end() if batch else cut
        cut += next((len(w) for w in c["leads"] if head.startswith(w, cut)), 0)   # 其中 stays before it
        noun = head[cut:]
        if not noun or any(ch.isdigit() for ch in noun) or noun[-1] in c["approximate"]:
            out.append(text[start:m.end()])
        else:
            out.append(head[:cut] + _counted(noun, m.group(1) + c["said"], c))
        start = m.end()
    out.append(text[start:])
    said = "".join(out)
    # a part of the group said after it (，其中9名医生、6名教师) stands in brackets, so the sentence
    # that names the group goes on (同21名…，其中9名医生、6名教师见面交流 was read as broken: round 38)
    for w in c["leads"]:
        at = said.find("，" + w)
        if at > 0 and not any(ch in said[at + 1:] for ch in "，。；"):
            return f"{said[:at]}（{said[at + 1:]}）"
    # …and so does what else the field says of them (，8月下旬到岗，分布在全县9所中小学: round 51 read it run into
    # 同…见面交流 as 杂糅)
    at = said.find("，")
    if at > 0 and len(said) - at <= 40 and not any(ch in said for ch in "。；（"):
        return f"{said[:at]}（{said[at + 1:]}）"
    return said


def years_since() -> str:
    """The pattern of a count of years since (两年来, 五年以来, 多年来; language.yaml years_since)."""
    return _lang()["years_since"]


# a place a text opens on, up to its unit (珹西区…, 葭岙县职业中学 → 葭岙县): a place's short name
LEADING_PLACE = r"^[\u4e00-\u9fff]{1,8}?[区县市旗州盟]"


def timed(fact: str) -> bool:
    """Whether a fact says its own time, so that no 近年来 may lead it: ``dated``, or a year's or the present's figures
    after a short subject of its own (医疗队全年开展…, 嵱平县现有…: language.yaml time_inside)."""
    first = fact.split("，", 1)[0]
    return dated(fact) or regex(r"[\u4e00-\u9fff]{0,8}?(?:" + "|".join(_lang()["time_inside"]) + ")").match(first) is not None


def dated(fact: str) -> bool:
    """Whether a fact opens on its own time (2025年…, 今年以来…, 五年来，…, 截至目前…; language.yaml
    time_openers and time_clause_ends), so no 近年来 or 自…以来 may lead it."""
    lang = _lang()
    first = fact.split("，", 1)[0]
    # (两年来挂职干部牵线引进… opens on its time without a comma after it: round 35 read 这些年，两年来…)
    # (a year or a month, 2025年…, 3月…; not a count, 38家企业…: round 39)
    # (…also after the place that did it: 珹西区今年选派… was said after 这些年, round 66)
    placed = regex(LEADING_PLACE + r"(?=\d{4}年|" + "|".join(lang["time_openers"][:4]) + ")").match(fact)
    if placed:
        fact = fact[placed.end():]
    return (regex(r"\d{4}年|\d{1,2}月").match(fact) is not None or fact.startswith(tuple(lang["time_openers"]))
            or (first != fact and first.endswith(tuple(lang["time_clause_ends"])))
            or regex(years_since()).match(fact) is not None)


def hanzi_count(text: str) -> int:
    """Length as the contract counts it: characters other than white space."""
    # (map, not a generator: the length search counts every level's moves)
    return len(text) - sum(map(text.count, " \n\t\r\u3000\xa0"))


# 2026-05-12, 2026年5月12日, 2026/5/12, 2026.5.12 (full-width digits too); no character class of
# Chinese characters here (they cost milliseconds to compile)
_DATE_RE = regex(r"\s*(\d{4})\s*(?:-|/|\.|年)\s*(\d{1,2})\s*(?:-|/|\.|月)\s*(\d{1,2})\s*(?:日|号)?\s*")


def parse_date(text: str) -> dt.date | None:
    """A date as a writer types it: 2026-05-12, 2026年5月12日, 2026/5/12, 2026.5.12; None when
    ``text`` is not one (or names no real day)."""
    m = _DATE_RE.fullmatch(text.translate(_FULL_WIDTH_DIGITS))
    if not m:
        return None
    try:
        return dt.date(*map(int, m.groups()))
    except ValueError:
        return None


_FULL_WIDTH_DIGITS = {0xFF10 + i: ord("0") + i for i in range(10)} | {0xFF0E: ord("."), 0xFF0F: ord("/"),
                                                                     0xFF0D: ord("-")}
