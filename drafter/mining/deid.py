"""De-identification: names, places, organisations, dates, amounts and counts become typed slots
(〔我方〕, 〔对方领导〕, 〔金额〕…); each place slot knows whether it is the speaker's side or the other.

What cannot be turned into a slot makes the phrase *specific*: browsable, never drafted.
Uses jieba's dictionary tags (looked up, no POS-tagging pass)."""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..resources import data
from ..bank.sections import slot_text

CJK = "\u4e00-\u9fff"


@functools.lru_cache(maxsize=1)
def _jieba() -> Any:
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)   # no "Building prefix dict" chatter on the terminal
    return jieba


@functools.lru_cache(maxsize=1)
def _rules() -> dict[str, Any]:
    _jieba()
    m = dict(data("mining"))
    ph = m["placeholder"]
    suffixes = sorted(m["admin_suffixes"], key=len, reverse=True)
    titles = sorted(m["titles"], key=len, reverse=True)
    suf = "|".join(map(re.escape, suffixes))
    tit = "|".join(map(re.escape, titles))
    m["suffix_re"] = suf
    m["ph_leader_re"] = re.compile(f"{ph}({tit})")
    m["ph_place_re"] = re.compile(f"{ph}({suf})")
    m["ph_bare_re"] = re.compile(f"(?<![A-Za-z]){ph}(?![A-Za-z])")
    m["self_re"] = re.compile(f"{m['self_prefix']}({suf})")
    # 我代表××县委 / 莅临××县: the speaker's side, named by a placeholder
    m["own_cue_re"] = re.compile(f"(?:我代表|莅临|来到|欢迎[^。]{{0,12}}到){ph}({suf})")
    # a real place before an org or a list mark: 清水县委 / 河北区、 / 大兴区党政代表团
    m["place_re"] = re.compile(f"([{CJK}]{{2,6}}?(?:{suf}))(?=委|政府|党政|人大|政协|相关|、|，|和|与|的|对|在|将|始终|高度|累计|创新|--|—)")
    m["title_name_re"] = re.compile(
        f"(?:{tit})([{CJK}]{{2,6}}?)(?=[，、；。：和]|率|说|表示|强调|指出|主持|介绍|参加|$)")
    m["generic_set"] = set(m["generic_places"])
    m["upper_levels"] = tuple(m["upper_level_suffixes"])
    m["cn_figure_re"] = re.compile(m["cn_figure"])
    m["self_word_re"] = re.compile("(我|全)(区|县|市|旗|盟|州|镇|乡)(?![委长])")
    verbs = "|".join(m["reported_verbs"])
    m["speaker_re"] = re.compile(f"^([{CJK}]{{2,4}}?|他|她)(?:{verbs})[，,：:]")
    m["guest_res"] = [re.compile(p) for p in m["guest_cues"]]
    m["national_set"] = set(m["national"])
    m["specific_set"] = m["specific_words"]
    m["quote_list"] = [q.rstrip("。！") for q in m["quotes"]]
    return m


# ---------------------------------------------------------------- document context

@dataclass
class DocNames:
    """What a document says about its people and places, learnt in one pass over its sentences."""
    own_suffix: str | None = None                 # 旗 when the speaker says 我旗
    places: dict[str, str | None] = field(default_factory=dict)   # name → side ("guest"/"host"/None)
    persons: dict[str, str | None] = field(default_factory=dict)  # name → place they belong to
    guests: set[str] = field(default_factory=set)

    def role(self, place: str, speaker_place: str | None, speaker_side: str | None) -> str | None:
        """self / other for a place, relative to the speaker; None when it cannot be told.

        A province or city named beside counties and districts (北京市委 beside 大兴区) is a level
        above the pairing: its side cannot be told from the text, so it stays 〔地名〕."""
        side = self.places.get(place)
        if place == speaker_place:
            return "self"
        if place.endswith(_rules()["upper_levels"]):
            return None
        if speaker_place:
            known = self.places.get(speaker_place)
            if known and side:
                return "self" if side == known else "other"
            return "other"
        if speaker_side and side:
            return "self" if side == speaker_side else "other"
        return None


def _short(name: str) -> str | None:
    for suf in sorted(_rules()["admin_suffixes"], key=len, reverse=True):
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    return None


def learn_names(doc: Any) -> DocNames:
    """Collect place and person names with their side from a whole document."""
    r = _rules()
    names = DocNames()
    text = "\n".join(s.text for s in doc.sentences)
    own = Counter(m.group(1) for m in r["self_re"].finditer(text))
    own.update(m.group(1) for m in r["own_cue_re"].finditer(text))
    names.own_suffix = own.most_common(1)[0][0] if own else None
    for m in r["title_name_re"].finditer(text):
        person = m.group(1)
        if not _is_word(person):
            names.persons.setdefault(person, None)
    # names listed after a known one: 周祥伟、孙振江，
    for _ in range(3):
        for person in list(names.persons):
            for m in re.finditer(f"{re.escape(person)}、([{CJK}]{{2,5}}?)(?=[，、；。]|参加)", text):
                if not _is_word(m.group(1)):
                    names.persons.setdefault(m.group(1), None)
    for s in doc.sentences:
        m = r["speaker_re"].match(s.text)
        if m and m.group(1) not in ("他", "她") and not _is_word(m.group(1)):
            names.persons.setdefault(m.group(1), None)
    tails: dict[str, str | None] = {}
    for m in r["place_re"].finditer(text):
        if m.group(1) not in tails:
            tails[m.group(1)] = _place_tail(m.group(1), text, names.persons)
        name = tails[m.group(1)]
        if name:
            names.places.setdefault(name, None)
    for rx in r["guest_res"]:
        for m in rx.finditer(text):
            g = m.group(1)
            for p in list(names.places):
                if p in g:
                    names.guests.add(p)
    for p in names.places:
        names.places[p] = "guest" if p in names.guests else ("host" if names.guests else None)
    # a person belongs to the place named just before them (河北区委书记刘志强) or after 率
    for person in names.persons:
        m = re.search(f"([{CJK}]{{2,8}}?)[^。，；]{{0,10}}{re.escape(person)}(?:率([{CJK}]{{2,8}}))?", text)
        if m:
            for p in names.places:
                if (m.group(2) and p in m.group(2)) or p in m.group(1) or (_short(p) or "@") in m.group(1):
                    names.persons[person] = p
    return names


def _place_tail(match: str, text: str, persons: dict[str, Any]) -> str | None:
    """The place name inside a greedy match (恳请河北区 → 河北区): the shortest tail that jieba knows
    as a place, or that stands somewhere in the text right after punctuation or at a line start."""
    import jieba.posseg

    r = _rules()
    tab = jieba.posseg.dt.word_tag_tab
    for person in persons:              # 马越垠代表县委 → 代表县: a name never starts a place
        if person in match:
            match = match[match.rindex(person) + len(person):]
    for start in range(len(match) - 3, -1, -1):
        tail = match[start:]
        if tail in r["generic_set"] or any(tail.endswith(g) for g in r["generic_set"]) \
                or tail in r["national_set"] or r["ph_bare_re"].match(tail):
            continue
        body = _short(tail)
        known = (tab.get(tail) or "").startswith("ns") or (tab.get(body or "") or "").startswith("ns")
        after_break = re.search(f"(?:^|[\n，、；。：“（])(?:{re.escape(tail)})", text)
        if known or after_break:
            return tail
    return None


def _is_word(s: str) -> bool:
    """Ordinary words (同志, 亲自带队) rather than a name: made only of dictionary words of two or
    more characters that jieba does not tag as names. Names break into single characters or nr."""
    import jieba
    import jieba.posseg

    tab = jieba.posseg.dt.word_tag_tab
    tokens = jieba.lcut(s, HMM=False)
    return all(len(t) >= 2 and tab.get(t) is not None and not tab[t].startswith("nr") for t in tokens)


# ---------------------------------------------------------------- per sentence

@dataclass
class Slotted:
    text: str
    slots: list[str]
    specific: list[str]        # why the phrase cannot be drafted (empty: usable)
    tokens: list[str]          # jieba's words of the text, slots left out (segmented once)


_NUM = r"\d+(?:\.\d+)?"
_PH = r"(?:XX|xx|X|x|\*\*|%%|××)"
_PATTERNS: list[tuple[str, str]] = [
    ("date", rf"(?:{_NUM}|{_PH})年{_NUM}月(?:{_NUM}日)?|{_NUM}月{_NUM}日|{_NUM}-{_NUM}月份?"),
    ("amount", rf"(?:{_NUM}|{_PH})(?:余|多)?(?:万|亿)?元"),
    ("year", r"(?<!\d)\d{4}(?=年)"),
    ("count", rf"(?:{_NUM}|{_PH})(?:余|多)?(?:%|万|亿|个|家|名|次|人|项|户|批|所|条|平方公里|公里|亩|吨)"),
]
_PATTERN_RES = [(k, re.compile(p)) for k, p in _PATTERNS]


def _role(side: str | None, speaker_side: str | None) -> str | None:
    if side is None or speaker_side is None:
        return None
    return "self" if side == speaker_side else "other"


def deidentify(text: str, names: DocNames, *, speaker_place: str | None = None,
               speaker_side: str | None = None) -> Slotted:
    """Turn a cleaned sentence into a phrase with slots.

    ``speaker_place`` / ``speaker_side``: in a news report, whose words these are."""
    r = _rules()
    slots: list[str] = []

    def put(slot: str) -> str:
        slots.append(slot)
        return slot_text(slot)

    own = names.own_suffix
    # placeholders with a title are leaders: X区长 → 〔对方领导〕 when 区 is not the speaker's suffix
    def leader(m: re.Match[str]) -> str:
        title = m.group(1)
        suffix = title[0] if title[0] in "区县市旗盟州镇乡" and len(title) > 1 else None
        if own and suffix:
            return put("self_leader" if suffix == own else "other_leader")
        return put("person") + title
    text = r["ph_leader_re"].sub(leader, text)

    def self_word(m: re.Match[str]) -> str:
        # 我旗 / 全旗: the speaker's own side, written with its suffix by the drafter
        if own and m.group(2) != own:
            return m.group(0)
        return put("self_ref" if m.group(1) == "我" else "self_all")
    text = r["self_word_re"].sub(self_word, text)

    def ph_place(m: re.Match[str]) -> str:
        suffix = m.group(1)
        if own and suffix in r["upper_levels"] and own not in r["upper_levels"]:
            return put("place")          # XX市 beside 我区: the city above, not the other side
        if own:
            return put("self_place" if suffix == own else "other_place")
        return put("place")
    text = r["ph_place_re"].sub(ph_place, text)

    speaker_side = speaker_side or (names.places.get(speaker_place) if speaker_place else None)
    # real names learnt from the document
    for person in sorted(names.persons, key=len, reverse=True):
        if person in text:
            n = text.count(person)
            text = text.replace(person, slot_text("person"))
            slots.extend(["person"] * n)
    for place in sorted(names.places, key=len, reverse=True):
        slot = {"self": "self_place", "other": "other_place"}.get(
            names.role(place, speaker_place, speaker_side) or "", "place")
        for form in filter(None, (place, _short(place))):
            if form in text:
                n = text.count(form)
                text = text.replace(form, slot_text(slot))
                slots.extend([slot] * n)
    for kind, rx in _PATTERN_RES:
        text, n = rx.subn(slot_text(kind), text)
        slots.extend([kind] * n)

    # a bare placeholder: the speaker's own place when the text has no other side to confuse it with
    def bare(m: re.Match[str]) -> str:
        return put("self_place" if own is None and not names.places else "place")
    text = r["ph_bare_re"].sub(bare, text)
    tokens = _jieba().lcut(re.sub(r"〔[^〕]*〕", "，", text))
    return Slotted(text, slots, specific_reasons(text, tokens), tokens)


def specific_reasons(text: str, tokens: list[str] | None = None) -> list[str]:
    """Names, figures and specialties left in a phrase after de-identification.

    ``tokens``: jieba's segmentation of the text when the caller has it (idioms need none)."""
    import jieba.posseg

    r = _rules()
    reasons = [w for w in r["specific_set"] if w in text]
    unquoted = re.sub(r"“[^”]*”", "", text)
    if re.search(r"\d", text) or r["cn_figure_re"].search(unquoted):
        reasons.append("figure")
    tab = jieba.posseg.dt.word_tag_tab
    for tok in tokens or ():
        tag = tab.get(tok) or ""
        # jieba's name tags are noisy (谢谢 is "nr"): trust only place/org words with a suffix
        if tag in ("ns", "nt") and tok not in r["national_set"] and len(tok) >= 3 \
                and tok[-1] in "省市区县旗盟州镇乡村委" and tok not in r["generic_set"]:
            reasons.append(tok)
    return sorted(set(reasons))


def strip_reporting(text: str) -> tuple[str, str | None]:
    """王有国强调，要…… → (要……, 王有国): reported speech read as the speaker's own sentence."""
    m = _rules()["speaker_re"].match(text)
    if not m:
        return text, None
    return text[m.end():], m.group(1)
