"""De-identification: names, places, organisations, dates, amounts and counts become typed slots
(〔我方〕, 〔对方领导〕, 〔金额〕…); each place slot knows whether it is the speaker's side or the other.

What cannot be turned into a slot makes the phrase *specific*: browsable, never drafted.
Uses jieba's dictionary tags (looked up, no POS-tagging pass)."""
from __future__ import annotations

import functools
import re
import threading
from collections import Counter, OrderedDict
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
    canon: dict[str, str] = field(default_factory=dict)         # short form → the full name in this text
    archive: "ArchiveNames | None" = None                       # names learnt from the whole archive
    _index: dict[str, tuple[int, ...]] | None = field(default=None, repr=False)
    _index_size: tuple[int, int] = field(default=(0, 0), repr=False)

    def kind_of(self, form: str) -> str | None:
        """person / place for a name of this document or of the archive (the document's first)."""
        if form in self.persons:
            return "person"
        if form in self.places:
            return "place"
        a = self.archive
        if a is not None:
            if form in a.persons:
                return "person"
            if form in a.places:
                return "place"
        return None

    def index(self) -> dict[str, tuple[int, ...]]:
        """First character → the lengths of the names (document and archive) it starts."""
        if self._index is None or self._index_size != (len(self.persons), len(self.places)):
            own = _starts([*self.persons, *self.places])
            arch = self.archive.starts() if self.archive is not None else {}
            merged = dict(arch)
            for c, sizes in own.items():
                merged[c] = tuple(sorted(set(sizes) | set(arch.get(c, ())), reverse=True))
            self._index, self._index_size = merged, (len(self.persons), len(self.places))
        return self._index

    def role(self, place: str, speaker_place: str | None, speaker_side: str | None) -> str | None:
        """self / other for a place, relative to the speaker; None when it cannot be told.

        A province or city named beside counties and districts (北京市委 beside 大兴区) is a level
        above the pairing: its side cannot be told from the text, so it stays 〔地名〕."""
        place = self.canon.get(place, place)
        speaker_place = self.canon.get(speaker_place, speaker_place) if speaker_place else None
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


@dataclass
class ArchiveNames:
    """Every person and place learnt anywhere in the archive (forms as written), so that a name
    learnt in one document is slotted in all of them."""
    persons: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    quoted: set[str] = field(default_factory=set)   # quoted spans that name a programme, a brand…

    def add(self, persons: Any, places: Any) -> None:
        self.persons.update(persons)
        self.places.update(places)
        self._starts = None

    _starts: dict[str, tuple[int, ...]] | None = None

    def starts(self) -> dict[str, tuple[int, ...]]:
        """First character → lengths of the names it starts (built once, after learning)."""
        if self._starts is None:
            self._starts = _starts([*self.persons, *self.places])
        return self._starts


def _starts(forms: list[str]) -> dict[str, tuple[int, ...]]:
    by: dict[str, set[int]] = {}
    for f in forms:
        if f:
            by.setdefault(f[0], set()).add(len(f))
    return {c: tuple(sorted(v, reverse=True)) for c, v in by.items()}


def learn_names(doc: Any, found: Any = None, archive: ArchiveNames | None = None) -> DocNames:
    """Collect place and person names with their side from a whole document.

    ``found``: the document's names as ``names.find_names`` gives them (found here when absent);
    ``archive``: the names of the whole archive, slotted in this document too."""
    from .gazetteer import gazetteer
    from .names import find_names

    r = _rules()
    if found is None:
        found = find_names(s.text for s in doc.sentences)
    names = DocNames(archive=archive)
    text = "\n".join(s.text for s in doc.sentences)
    own = Counter(m.group(1) for m in r["self_re"].finditer(text))
    own.update(m.group(1) for m in r["own_cue_re"].finditer(text))
    names.own_suffix = own.most_common(1)[0][0] if own else None
    for person in sorted(found.persons):
        if person not in r["national_set"]:
            names.persons.setdefault(person, None)
    g = gazetteer()
    for place in sorted(found.places):
        names.places.setdefault(place, None)
    for place in names.places:      # 清水 in a text that also says 清水县: one place
        full = g.forms[place].name if place in g.forms else None
        longer = [p for p in names.places if p != place and (p == full or (
            p in g.forms and g.forms[p].name == full))] if full else []
        if longer and place != full:
            names.canon[place] = full if full in names.places else max(longer, key=len)
    for rx in r["guest_res"]:
        for m in rx.finditer(text):
            gname = m.group(1)
            for p in list(names.places):
                if p in gname:
                    names.guests.add(names.canon.get(p, p))
    for p in names.places:
        c = names.canon.get(p, p)
        names.places[p] = "guest" if c in names.guests else ("host" if names.guests else None)
    # a person belongs to the place named just before them (河北区委书记刘志强) or after 率
    for person in names.persons:
        m = _before_person(text, person)
        if m:
            for p in names.places:
                if (m[1] and p in m[1]) or p in m[0]:
                    names.persons[person] = names.canon.get(p, p)
    return names


def _cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def _before_person(text: str, person: str) -> tuple[str, str | None] | None:
    """The groups of the first match of ``([CJK]{2,8}?)[^。，；]{0,10}PERSON(?:率([CJK]{2,8}))?`` in
    ``text``, matched by hand: compiling that pattern for every person cost a millisecond each
    (the CJK range), more than the rest of learning a document's names. A match starts 2 to 18
    characters before an occurrence of the person, so only those starts are tried, leftmost first."""
    n, size = len(text), len(person)
    tried = -1
    q = text.find(person)
    while q >= 0:
        for p in range(max(tried + 1, q - 18), q - 1):
            tried = p
            if not _cjk(text[p]):
                continue
            for k in range(2, 9):                   # the lazy group: shortest first
                s = p + k
                if s - 1 >= n or not _cjk(text[s - 1]):
                    break
                gap = 0
                while gap < 10 and s + gap < n and text[s + gap] not in "。，；":
                    gap += 1
                for g in range(gap, -1, -1):        # the greedy gap: longest first
                    if text.startswith(person, s + g):
                        e = s + g + size
                        j = e + 1
                        if e < n and text[e] == "率":
                            while j < n and j - e - 1 < 8 and _cjk(text[j]):
                                j += 1
                        return text[p:s], (text[e + 1:j] if j - e - 1 >= 2 else None)
        q = text.find(person, q + 1)
    return None


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
    # real names learnt from the document, then from the rest of the archive: one scan, longest first
    index = names.index()
    if index:
        out, i = [], 0
        while i < len(text):
            for size in index.get(text[i], ()):
                form = text[i:i + size]
                kind = names.kind_of(form)
                if kind:
                    if kind == "person":
                        slot = "person"
                    elif form in names.places:
                        slot = {"self": "self_place", "other": "other_place"}.get(
                            names.role(form, speaker_place, speaker_side) or "", "place")
                    else:
                        slot = "place"
                    out.append(slot_text(slot))
                    slots.append(slot)
                    i += size
                    break
            else:
                out.append(text[i])
                i += 1
        text = "".join(out)
    for kind, rx in _PATTERN_RES:
        text, n = rx.subn(slot_text(kind), text)
        slots.extend([kind] * n)

    # a bare placeholder: the speaker's own place when the text has no other side to confuse it with
    def bare(m: re.Match[str]) -> str:
        return put("self_place" if own is None and not names.places else "place")
    text = r["ph_bare_re"].sub(bare, text)
    tokens, reasons = _segmented(text)
    return Slotted(text, slots, list(reasons), tokens)


_SEGMENTED_SIZE = 4096     # slotted sentences kept: names and figures gone, archives repeat them
# a slotted text → the lengths of jieba's words of it (slots left out) and why it is specific
_segmented_cache: "OrderedDict[str, tuple[tuple[int, ...], tuple[str, ...]]]" = OrderedDict()
_segmented_lock = threading.Lock()


def _segmented(text: str) -> tuple[list[str], tuple[str, ...]]:
    """jieba's words of a slotted text (slots left out) and the reasons it is specific: both
    depend on the text alone, so a text met lately is not segmented again. The words are kept
    as their lengths (jieba's words put together are the text they cut)."""
    bare = re.sub(r"〔[^〕]*〕", "，", text)
    with _segmented_lock:
        hit = _segmented_cache.get(text)
        if hit is not None:
            _segmented_cache.move_to_end(text)
    if hit is not None:
        sizes, reasons = hit
        tokens, i = [], 0
        for n in sizes:
            tokens.append(bare[i:i + n])
            i += n
        return tokens, reasons
    tokens = _jieba().lcut(bare)
    reasons = tuple(specific_reasons(text, tokens))
    with _segmented_lock:
        _segmented_cache[text] = (tuple(len(w) for w in tokens), reasons)
        while len(_segmented_cache) > _SEGMENTED_SIZE:
            _segmented_cache.popitem(last=False)
    return tokens, reasons


@functools.lru_cache(maxsize=4096)
def _word_reasons(word: str) -> tuple[str, ...]:
    return tuple(specific_reasons(word))


def word_reasons(word: str) -> list[str]:
    """``specific_reasons`` of a single word (an idiom cut from a sentence), remembered for the
    words met lately: the same idioms come back in every other speech."""
    return list(_word_reasons(word))


_ORG_RE = re.compile(r"[\u4e00-\u9fff]{2,}?(?:有限公司|有限责任公司|股份公司|集团|医院|大学|学院|协会|研究院|"
                     r"合作社|商会|博物馆|宾馆|酒店|大厦|饭店|日报|电视台|农场|师范|中学|小学)")


_LISTED_RE = re.compile(r"〔人名〕、([\u4e00-\u9fff]{2,4}?)(?=[、，。；]|出席|参加|陪同)"
                        r"|(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,4}?)、〔人名〕")


def specific_reasons(text: str, tokens: list[str] | None = None) -> list[str]:
    """Names, figures and specialties left in a phrase after de-identification.

    ``tokens``: jieba's segmentation of the text when the caller has it (idioms need none)."""
    import jieba.posseg

    from .gazetteer import gazetteer

    r = _rules()
    reasons = [w for w in r["specific_set"] if w in text]
    bare = re.sub(r"〔[^〕]*〕", "，", text)
    # a place of the gazetteer no document taught as a name (新疆, 乌兰察布市, 沪滇), an organisation
    reasons += [form for _, form in gazetteer().scan(bare) if form not in r["national_set"]]
    reasons += [m.group(0) for m in _ORG_RE.finditer(bare)]
    # a name left in a list of slotted names (〔人名〕、扎西多吉、〔人名〕出席)
    reasons += [m.group(1) or m.group(2) for m in _LISTED_RE.finditer(text)]
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
