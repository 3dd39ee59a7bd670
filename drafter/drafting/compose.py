"""The moves of a kind, sentence by sentence: the set language in ``templates/moves.yaml`` and the
points in ``templates/points.yaml``, filled from the event, chosen by the seed, grown by level.

A *move* (opening, welcome, overview, …) is a list of *positions*; each position offers
alternatives (sentences with ``{placeholders}``). An alternative whose placeholder the event
leaves empty is not available, so the event's material decides what is said; a position with no
alternative is left out (or marked 【待补：…】 with ``gaps``). Core positions are always said;
optional ones are added, round-robin over the moves, as the level grows, so the length grows
with the level and never by repeating words. The seed picks one alternative per position and
the order of a move's free positions. A coherence gate re-picks a sentence that repeats its
neighbour, repeats a set phrase, or opens a paragraph with 这些/这样.

The event's values the set language is filled with are ``values``'s, what the speaker says from the
event's own words ``voice``'s, and what the gate reads of a text ``gate``'s; the gate itself
(``Composer._gate``), the wordings and their order are here."""
from __future__ import annotations

import bisect
from dataclasses import replace
import functools
import math
import random
import re
import zlib
from pathlib import Path
from typing import Any, Callable

from ..recache import regex
from ..resources import data, load_yaml, templates_dir
from ..text import cnlang
from .era import _eras, out_of_era
from .gate import _clash, _gate_memo, _pairs, _shares_run, one_voice
from .types import Event
from .values import _event_values, _is_occasion, facts_said, heading_facts, said_areas
from .voice import OWN_NAME_KEEP, _told, heading_ask, own_place, place_stem, speaker_self

PLACEHOLDER_RE = regex(r"\{(\w+)\}")
_BRACKETS = regex(r"[\[\]|]")
# {?key}: says nothing, but the sentence is used only when the event gives key (a visit, an
# earlier speaker, signings): a sentence that speaks of them is conditional on them; {?!key}: only
# when it does not (one flag and its negation, not two flags kept each other's complement)
CONDITION_RE = regex(r"\{\?(!?\w+)\}")
# the placeholders that carry the event's facts (an alternative saying fewer of them gives way)
# the event's asks and plans: a sentence that carries them is the event's to say, so an idea in
# them is said, and a set sentence elsewhere that says it gives way (round 29: 手把手带好本地青年教师
# in a point, then the event's 希望大家每人至少带好两名本地青年教师)
CARRIED = frozenset({"asks_told", "asks_said", "asks_of_other", "asks_present", "asks", "plans", "plans_whole"})
FACT_KEYS = frozenset({"since", "areas", "co_facts", "host_facts", "own_facts", "other_facts", "industries",
                       "host_industries", "other_industries", "own_industries", "visits", "signings", "signings_signed", "signings_said", "signings_these", "plans",
                       "plans_whole", "asks", "donation", "donation_fund", "donation_given",
                       "theme", "theme_vp", "attendees", "ranks", "area", "population", "cadres", "asks_said", "asks_of_other",
                       "asks_told", "asks_present", "host_facts_said",
                       "guest_facts_said", "own_facts_said", "cadres_from",
                       "host_said", "guest_said", "hl_thanks", "gl_thanks"})
# HAN_RE and SENT_RE are compiled when first asked for (module __getattr__ below): a class of
# 20,000 characters takes a millisecond to compile, on every run
_LAZY_RES = {"HAN_RE": r"[\u4e00-\u9fff]", "SENT_RE": r"[^。！？；：]*[。！？；：]"}


def __getattr__(name: str) -> Any:
    if name in _LAZY_RES:
        globals()[name] = rx = regex(_LAZY_RES[name])
        return rx
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@functools.lru_cache(maxsize=4)
def _load(folder: str, name: str) -> dict[str, Any]:
    """The built-in data file, or the user's (``--templates``), read with guards and checked."""
    from .environment import load_data_file

    path = Path(folder) / name
    builtin = templates_dir() / name
    return load_data_file(path if path.exists() else builtin, builtin)


def moves_data(user_dir: str | None) -> dict[str, Any]:
    return _load(user_dir or str(templates_dir()), "moves.yaml")


def points_data(user_dir: str | None) -> dict[str, Any]:
    return _load(user_dir or str(templates_dir()), "points.yaml")


def point_count(ev: Event, aim: int, user_dir: str | None) -> int:
    """How many points a draft of ``aim`` characters makes: the event's own, else three, or four
    when asked long (and, for a reply that pledges by area, of four areas or more: points.yaml
    four_points_from)."""
    if ev.points:
        return len(ev.points)
    # an event that gives nothing a point could be made of (no facts, areas, industries, plans or asks)
    # makes fewer points of set language (round 45: a minimal welcome's three points said their idea
    # twice each and the closing again)
    thin = (points_data(user_dir).get("thin_points") or {}).get(ev.kind)
    co = ev.cooperation
    if thin and not (co.facts or co.areas or ev.host.facts or ev.host.industries or ev.plans or ev.asks):
        return int(thin)
    rule = (points_data(user_dir).get("four_points_from") or {}).get(ev.kind) or {}
    long_enough = "from" in rule and aim >= int(rule["from"])
    return 4 if long_enough and len(ev.cooperation.areas) >= int(rule.get("areas") or 0) else 3


# ------------------------------------------------------------------ eras of whole sentences

def _topic_lead(d: dict[str, Any], audience: str, topic: str, tdata: dict[str, Any] | None = None) -> dict[str, Any]:
    """The sentence that names a point's topic as the event words it (在文旅协作方面，我们将…; points.yaml
    generic.lead, or the topic's own lead), said always."""
    own = ((tdata or {}).get("lead") or {}).get(audience)
    return {"c": [s.replace("{topic}", topic) for s in _alts(own or d["generic"]["lead"][audience])]}


def _trainee_words(trainee: dict[str, Any], topic: str) -> dict[str, Any]:
    """A course's trainees' words for a topic: for one of the two places' areas of work (产业协作), the area as what it
    gives them and what they learn for (产业发展: 希望大家在产业协作上多想办法 was said to farmers, round 99's 668)."""
    area = trainee.get("areas") or {}
    if topic not in area.get("as", {}):
        return trainee
    said = area["as"][topic]
    return {k: [x.replace("{as}", said) for x in area[k]] for k in ("headings", "body", "more")}


def _topic_said(first: Any, more: Any, topic: str) -> list[dict[str, Any]]:
    """A point's body of set lines naming its topic: ``first`` said always, each of ``more`` as the draft grows
    (points.yaml generic.trainee_topic, generic.office_topic)."""
    return [{"c": [t.replace("{topic}", topic) for t in _alts(first)]},
            *({"o": [t.replace("{topic}", topic) for t in _alts(x)]} for x in more or ())]


# ------------------------------------------------------------------ plan

class Position:
    """One position of a move: its wordings, whether it is always said, and the wording chosen
    (``text``, decoded when ``choice`` is set: the gate reads it many times a pass)."""
    __slots__ = ("move", "alts", "core", "free", "gap", "early", "given", "carries", "_choice", "_order", "text", "has", "trace",
                 "_wordings", "_withouts")

    def __init__(self, move: str, alts: Any, core: bool, free: bool = False, gap: str = "",
                 early: bool = False, given: bool = False) -> None:
        self.move = move
        self.alts = alts         # Wordings, or a list: w[i] = (sentence, bank phrase trace or None)
        self.core = core
        self.free = free
        self.gap = gap
        self.early = early       # optional, but said first as the draft grows (the event's own material)
        self.given = given       # the event's own words (a leader's remarks): the gate never drops them
        self.carries = False     # every wording says the event's asks or plans (CARRIED): what they say is said
        self._choice = 0
        self._order: Any = []    # Order, or a list: alternatives in the seed's order
        self.text = ""
        self.has = False         # whether it has a wording to say (set with its order)
        self.trace: dict[str, Any] | None = None     # the bank phrase's trace, for its wording
        self._wordings: dict[int, tuple[str, dict[str, Any] | None]] = {}
        self._withouts: dict[tuple[int, str], int | None] = {}

    def text_at(self, c: int) -> str:
        """The sentence of the c-th wording in the seed's order (``alts[order[c]][0]``), remembered:
        the gate tries the same candidates at every level of a draft."""
        return self._wording(c)[0]

    def _wording(self, c: int) -> tuple[str, dict[str, Any] | None]:
        """``alts[order[c]]``, remembered (the gate sets every position back to its first wording
        at every level)."""
        got = self._wordings.get(c)
        if got is None:
            got = self._wordings[c] = self.alts[self._order[c]]
        return got

    def _said(self) -> None:
        if self.has:
            self.text, self.trace = self._wording(self._choice)
        else:
            self.text, self.trace = "", None

    @property
    def choice(self) -> int:
        return self._choice

    @choice.setter
    def choice(self, c: int) -> None:
        if c != self._choice or not self.text:
            self._choice = c
            self._said()

    @property
    def order(self) -> Any:
        return self._order

    @order.setter
    def order(self, o: Any) -> None:
        # (the text is decoded when a choice is set: the gate sets one for each position it says,
        # and most optional positions are never said)
        self._order = o
        self._wordings = {}
        self._withouts = {}
        self.has = bool(len(o)) and bool(len(self.alts))
        self.text, self.trace = "", None

    def __repr__(self) -> str:
        return f"Position({self.move!r}, {self.text!r}, core={self.core})"


_FILLS: dict[tuple[tuple[str, str], ...], dict[Any, Any]] = {}
_WORDINGS = object()        # Composer._wordings' key in the tables of _FILLS


def _holds(conds: tuple[str, ...], values: dict[str, str]) -> bool:
    """Whether the event's values meet a sentence's {?key} / {?!key} conditions."""
    get = values.get
    return not any(get(key[1:], "") if key[0] == "!" else not get(key, "") for key in conds)


def _fill(text: str, values: dict[str, str]) -> str | None:
    conds, parts = _parsed(text)
    if not _holds(conds, values):
        return None
    get = values.get
    out = list(parts)
    for n in range(1, len(out), 2):          # odd parts are placeholder names
        val = out[n] = get(out[n], "")
        if not val:
            return None
    return "".join(out)


@functools.lru_cache(maxsize=16384)
def _parsed(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A sentence's {?conditions} and its text split at {placeholders} (text, name, text, …), as
    ``CONDITION_RE`` then ``PLACEHOLDER_RE`` see it; parsed once, filled for every draft."""
    return tuple(CONDITION_RE.findall(text)), tuple(PLACEHOLDER_RE.split(CONDITION_RE.sub("", text)))


@functools.lru_cache(maxsize=16384)
def _fact_keys(text: str) -> frozenset[str]:
    return frozenset(PLACEHOLDER_RE.findall(text)) & FACT_KEYS


def _alts(raw: Any) -> list[str]:
    """A position's alternatives as written: [甲|乙] choices are decoded lazily (``Wordings``)."""
    if isinstance(raw, str):
        return [raw]
    return [r for r in raw or ()]


CHOICE_RE = regex(r"\[([^\[\]|]*(?:\|[^\[\]|]*)+)\]")
# the wordings one written alternative may offer (the product of its choices, at most): a choice is
# decoded from its index, never listed, so the cap bounds the index space, not work done per draft
MAX_EXPANSION = 4096
# the wordings of a core sentence the gate reads to know what it cannot help saying
UNAVOIDABLE = 8
# the wordings the gate tries in one position before it gives up on it (the next in the seed's
# order that breaks no rule: with hundreds of wordings, a bound on the work of a hopeless position)
MAX_TRIES = 96
# the weight of an alternative's wordings when the seed draws the one it tries first (Order)
FIRST_WEIGHT = 16
_MARK = "\x00"


@functools.lru_cache(maxsize=4096)
def _expand(text: str) -> tuple[str, ...]:
    """[甲|乙] in a set sentence: every combination, in order, at most 48 (the words of a heading,
    to match a heading the event gives: 据[介绍|了解]，… → 据介绍，… and 据了解，…)."""
    m = CHOICE_RE.search(text)
    if not m:
        return (text,)
    out: list[str] = []
    for choice in m.group(1).split("|"):
        for rest in _expand(text[m.end():]):
            out.append(text[:m.start()] + choice + rest)
            if len(out) >= 48:
                return tuple(out)
    return tuple(out)


@functools.lru_cache(maxsize=4096)
def _split(text: str) -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
    """A written alternative as skeletons (each [甲|乙] made a mark) with their choices. A choice
    that holds a placeholder is made a skeleton of its own, one per option (what it says of the
    event decides whether it can be said, and an alternative that says less of the event gives
    way); the others stay choices, decoded by index."""
    if "[" not in text:
        return ((text, ()),)            # (most sentences offer no choice: no reading of them)
    found = list(CHOICE_RE.finditer(text))     # (read once: each reading costs as much as a fill)
    for m in found:
        if "{" in m.group(1):
            return tuple(x for o in m.group(1).split("|") for x in _split(text[:m.start()] + o + text[m.end():]))
    groups = tuple(tuple(m.group(1).split("|")) for m in found)
    ends = [0] + [m.end() for m in found]
    starts = [m.start() for m in found] + [len(text)]
    return ((_MARK.join([text[a:b] for a, b in zip(ends, starts)]), groups),)


@functools.lru_cache(maxsize=8192)
def _dated(skel: str, groups: tuple[tuple[str, ...], ...], year: int) -> tuple[tuple[str, ...], ...] | None:
    """The choices of a skeleton that are not out of their period in ``year`` (each read with the
    words around it), or None when none can be said then."""
    lits = skel.split(_MARK)
    first = "".join(x for g, lit in enumerate(lits) for x in (lit, groups[g][0] if g < len(groups) else ""))
    # most sentences name no period: one test of every choice's words and the first wording
    # together (NUL joins them: no period's word spans two) keeps them all, as each test would
    may_speak_of_one = _eras()[0]
    if not may_speak_of_one("\0".join([first, *(lits[g][-8:] + o + lits[g + 1][:8]
                                                for g, opts in enumerate(groups) for o in opts)])):
        return groups
    return _dated_each(lits, groups, year)


def _dated_each(lits: list[str], groups: tuple[tuple[str, ...], ...], year: int) -> tuple[tuple[str, ...], ...] | None:
    """``_dated`` option by option: each choice read in its window of the words around it, then the
    first wording whole (what the one test of ``_dated`` stands for when no window names a period)."""
    kept = []
    for g, opts in enumerate(groups):
        ok = tuple(o for o in opts if not out_of_era(lits[g][-8:] + o + lits[g + 1][:8], year))
        if not ok:
            return None
        kept.append(ok)
    first = "".join(x for g, lit in enumerate(lits) for x in (lit, kept[g][0] if g < len(kept) else ""))
    return None if out_of_era(first, year) else tuple(kept)


@functools.lru_cache(maxsize=4096)
def _undated(groups: tuple[tuple[str, ...], ...], table: str = "duration_words") -> tuple[tuple[str, ...], ...]:
    """The choices without those that say the pairing is years old (多年来, 长期以来: language.yaml
    duration_words) — or, with table continuing_words, that it has results to go on from (更加丰硕,
    深化合作) — where another option of the choice remains."""
    words = tuple(data("language")[table])
    return tuple(tuple(o for o in opts if not any(w in o for w in words)) or opts for opts in groups)


# the event's flags (event_values) under which the set language is reworded by a table of
# language.yaml (in order, the longer first): professionals — a symposium of professionals only is not
# told of 挂职 (挂职干部 → {pros}, a rewording's own placeholders filled from the event); pros_welcome — nor
# welcomed by its hosts as a leaders' visit (round 68), nor a group of tourists (public_welcome, round 67), nor
# buyers (firms_welcome, round 80); daytime — a
# toast whose occasion does not say it dines in the evening does not say 今晚; host_own — a host says
# 我县 of its own place, not 当地 (the set words of a point for cadres are the sending side's: 为当地培养
# 一批业务骨干 in a county secretary's mouth, round 25)
# aid_cadres — the cadres of another pairing programme are called as the event calls them
# (援疆干部人才, not 挂职干部: round 48's reader of a 援疆 symposium); posted — cadres posted on the spot
# (派驻…干部) are no 挂职干部 (round 65); own_inst — a school's or a hospital's own people are its staff or
# students, not 干部群众 (round 66); institution — a side that is a
# college or a hospital has no 人民 and is no 地 (两地 → 双方: round 56's events); other_inst — the other side's
# people by the institution's word (round 70); sombre — an occasion after a disaster is not one of joy (round 57);
# inst_voice — a school's or a hospital's head speaks for it, not for the county (round 88); students_welcome — pupils
# on a study tour are wished well at their studies (round 90); assessment — an assessment team is not welcomed as leaders
# come 考察指导 (round 93); job_workshop — a 帮扶车间 is no 共富工坊 (the set words of the workshop topic, session 27's 692);
# pupils — pupils at their school's occasion are not told of 协作大计 (session 27's 689); investors — entrepreneurs
# come to 考察洽谈, not 指导工作; departing — a send-off at home says 在{host}, not 这里 (round 95); shadowing — cadres
# learning on the job at the helper's have no classes (session 28's 735); women_workshop — a 巾帼工坊 is no 共富工坊 (727)
REWORDINGS = ("professionals", "inst_voice", "pros_welcome", "students_welcome", "public_welcome", "firms_welcome", "assessment",
              "daytime", "host_own", "programme", "aid_cadres", "posted", "own_inst",
              "institution", "other_inst", "sombre", "job_workshop", "pupils", "investors", "departing", "bureau_speaks",
              "shadowing", "women_workshop", "struck", "peers", "edu_only", "health_only",
              "own_village", "other_village")


def _reworded(text: str, flag: str, values: dict[str, str]) -> str:
    for old, new in data("language")["rewording"][flag]:
        if old in text:
            text = text.replace(old, _fill_names(new, values))
    return text


def _fill_names(text: str, values: dict[str, str]) -> str:
    """A rewording's own placeholders ({own_ref}) filled from the event's values."""
    return PLACEHOLDER_RE.sub(lambda m: values.get(m.group(1), m.group(0)), text) if "{" in text else text


class _Lazy:
    """The wordings of one skeleton: index i decoded into one option per choice (mixed radix)."""
    __slots__ = ("raw", "lits", "groups", "n", "year", "key", "memo")

    def __init__(self, raw: str, filled: str, groups: tuple[tuple[str, ...], ...], year: int) -> None:
        self.raw, self.lits, self.groups, self.year = raw.split(_MARK), filled.split(_MARK), groups, year
        n = 1
        for g in groups:
            n *= len(g)
        self.n = min(n, MAX_EXPANSION)
        self.key = (raw, filled, groups)
        self.memo: dict[int, str] = {}

    def _pick(self, i: int) -> list[str]:
        out = []
        for opts in reversed(self.groups):
            i, d = divmod(i, len(opts))
            out.append(opts[d])
        out.reverse()
        return out

    def get(self, i: int) -> str:
        got = self.memo.get(i)
        if got is None:
            got = self.memo[i] = self._get(i)
        return got

    def _get(self, i: int) -> str:
        # a choice dated with its neighbours may still date the whole sentence (rare), and two
        # choices may say the same word: the next combination that does neither, else the first in
        # its period, else every first option
        first = None
        for k in range(16 if self.groups else 1):
            # (the k-th try spread over the index space: combinations that give way do not all fall
            # to the one after them, which would then be said by many events)
            picks = self._pick((i + k * (1 + i % 7) * 2654435761) % self.n if k else i % self.n)
            if not self.groups or not out_of_era(_interleave(self.raw, picks), self.year):
                if not _clash(picks):
                    break
                first = first or picks
        else:
            picks = first or [g[0] for g in self.groups]
        return _interleave(self.lits, picks)


def _interleave(parts: list[str], picks: list[str]) -> str:
    """parts[0] + picks[0] + parts[1] + picks[1] + … + parts[-1] (a part past the picks is joined
    to the one before it as it is, a pick past the parts left out). Put in place by two slice
    assignments where there is one pick fewer than parts (always, for a skeleton's own parts), not
    by a generator of pairs: _Lazy._get, the decoding of a new wording (some 40 a draft), 6.15M ->
    4.41M instructions a draft over the first 30 drafts of welcome (callgrind)."""
    if len(parts) == len(picks) + 1:
        out = parts + picks             # (the right length; every item replaced below)
        out[::2] = parts
        out[1::2] = picks
        return "".join(out)
    return "".join(x for g, lit in enumerate(parts) for x in (lit, picks[g] if g < len(picks) else ""))


@functools.lru_cache(maxsize=16384)
def _lazy(raw: str, filled: str, groups: tuple[tuple[str, ...], ...], year: int) -> _Lazy:
    """The wordings of a filled skeleton, made once per process (and the ones decoded remembered)."""
    return _Lazy(raw, filled, groups, year)


class Wordings:
    """The wordings of a position, in the order written: skeletons decoded lazily, and sentences
    given whole (the phrase bank's, with their trace). ``w[i]`` is (sentence, trace or None);
    part k holds ``sizes[k]`` wordings from ``starts[k]`` on."""
    __slots__ = ("parts", "starts", "sizes", "n", "_memo", "_turns")

    def __init__(self) -> None:
        self.parts: list[Any] = []
        self.starts: list[int] = []
        self.sizes: list[int] = []
        self.n = 0
        self._memo: dict[int, tuple[str, dict[str, Any] | None]] = {}
        self._turns: tuple[list[tuple[int, int]], list[float]] | None = None

    def turns(self) -> tuple[list[tuple[int, int]], list[float]]:
        """What ``Order`` takes of the wordings, the same for every seed (made once: the table of
        the event's values holds these for every draft): each part's (start, size), and its weight
        when the first is drawn (as many wordings as it offers, up to FIRST_WEIGHT; the bank's
        phrases, whole sentences, weigh together as one written alternative)."""
        if self._turns is None:
            sizes = self.sizes
            whole = sizes.count(1)
            share = FIRST_WEIGHT / whole if whole else 0.0
            self._turns = (list(zip(self.starts, sizes)),
                           [min(k, FIRST_WEIGHT) if k > 1 or not whole else share for k in sizes])
        return self._turns

    def add(self, part: Any) -> None:
        self._turns = None
        size = part.n if isinstance(part, _Lazy) else 1
        self.starts.append(self.n)
        self.sizes.append(size)
        self.parts.append(part)
        self.n += size

    def extend(self, items: Any) -> None:
        for x in items:
            self.add(x)

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i: int) -> tuple[str, dict[str, Any] | None]:
        got = self._memo.get(i)
        if got is None:
            if not 0 <= i < self.n:
                raise IndexError(i)
            k = bisect.bisect_right(self.starts, i) - 1
            part = self.parts[k]
            got = self._memo[i] = (part.get(i - self.starts[k]), None) if isinstance(part, _Lazy) else part
        return got

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Wordings) or self.n != other.n or len(self.parts) != len(other.parts):
            return False
        return all(a is b or getattr(a, "key", a) == getattr(b, "key", b) for a, b in zip(self.parts, other.parts))

    __hash__ = None  # type: ignore[assignment]


class Order:
    """The seed's order of a position's wordings, a permutation never listed. The written
    alternatives (and bank phrases) take turns in an order the seed shuffles, each going through
    its own wordings in a stride of its own (wording ``(a + t·b) mod n`` at its turn t, b prime to
    n); an alternative whose wordings are all said drops out of the turns. The first is drawn by
    weight (FIRST_WEIGHT), the others take their turns in the seed's shuffled order."""
    __slots__ = ("n", "_runs", "_units", "_ab", "_steps", "_segs", "_cums")

    def __init__(self, alts: Any, rng: random.Random) -> None:
        weight: list[float] | None = None
        if isinstance(alts, Wordings):
            runs, weight = alts.turns()
            self.n = alts.n
        else:
            runs = [(i, 1) for i in range(len(alts))]
            self.n = len(runs)
        units = list(range(len(runs)))
        if len(units) > 1:
            rng.shuffle(units)
            # the first alternative tried is drawn by weight: as many wordings as it offers, up to
            # FIRST_WEIGHT (an alternative of a few wordings comes first less often than one of many,
            # so two events seldom meet on it; past the cap every written alternative is as likely).
            # The bank's phrases, whole sentences, weigh together as one written alternative.
            weights = [weight[u] for u in units] if weight is not None else [1] * len(units)
            x = rng.random() * sum(weights)
            first = 0
            while first < len(units) - 1 and x >= weights[first]:
                x -= weights[first]
                first += 1
            units.insert(0, units.pop(first))
        self._runs, self._units = runs, units
        self._ab = rng.getrandbits(60)
        self._steps: dict[int, tuple[int, int]] = {}
        # turns in segments of a constant set of alternatives still going (first turn, units), made
        # when a wording past the first turn is asked for (most positions say their first)
        self._segs: list[tuple[int, tuple[int, ...]]] = []
        self._cums: list[int] = []

    def _step(self, u: int) -> tuple[int, int]:
        """(start, stride) of alternative u's wordings, from the seed's two numbers."""
        got = self._steps.get(u)
        if got is None:
            k = self._runs[u][1]
            step = (self._ab & 0x3FFFFFFF) % k or 1
            while k > 2 and math.gcd(step, k) != 1:
                step += 1
            got = self._steps[u] = ((self._ab >> 30) % k, step)
        return got

    def _segments(self) -> None:
        runs, units = self._runs, self._units
        turn = cum = 0
        for size in sorted({k for _, k in runs}):
            active = tuple(u for u in units if runs[u][1] > turn)
            self._segs.append((turn, active))
            self._cums.append(cum)
            cum += (size - turn) * len(active)
            turn = size

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, c: int) -> int:
        if c < len(self._units):        # the first turn: each alternative's first wording
            u = self._units[c]
            return self._runs[u][0] + (self._step(u)[0] if self._runs[u][1] > 1 else 0)
        if not 0 <= c < self.n:
            raise IndexError(c)
        if not self._segs:
            self._segments()
        j = bisect.bisect_right(self._cums, c) - 1
        first, active = self._segs[j]
        turn, i = divmod(c - self._cums[j], len(active))
        u = active[i]
        start, k = self._runs[u]
        a, step = self._step(u)
        return start + (a + (first + turn) * step) % k

    def __iter__(self) -> Any:
        return (self[c] for c in range(self.n))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Order) and (self._runs, self._units, self._ab) == (other._runs, other._units, other._ab)

    __hash__ = None  # type: ignore[assignment]


class Composer:
    """One draft's plan: the positions of every move, alternatives chosen by ``rng``."""

    def __init__(self, ev: Event, rng: random.Random, user_dir: str | None,
                 bank_say: Callable[[str, int], list[tuple[str, dict[str, Any]]]], gaps: bool = False,
                 prefer_bank: bool = False, n_points: int = 3) -> None:
        self.ev, self.rng, self.gaps = ev, rng, gaps
        self.n_points = n_points    # when the event gives no points (point_count)
        # a writer's own bank (drafter mine … then --bank): its sentences are tried first where a
        # position says so (bank_first: its classical lines), so that the archive shows in the
        # draft; elsewhere, and from the built-in bank, only where the seed picks them
        self.prefer_bank = prefer_bank
        self.values = dict(_event_values(ev))      # (its own copy: the points add "n")
        self.year = ev.event.date.year
        # what the event says, never reworded (REWORDINGS): its points' headings and bodies (a heading keeps its
        # 挂职) and its facts said as a point's body
        self._given = {x for p in ev.points for x in (p.heading, p.body) if x}
        self.bank_say = bank_say
        self.moves: dict[str, list[Position]] = {}
        self.missing: list[str] = []           # fields whose absence left a move short
        self._fills: dict[str, str | None] | None = None
        kinds = moves_data(user_dir)
        # (a toast to the sending side's people at work in the place: its own moves, round 66)
        key = "toast-team" if self.values.get("team_toast") else "toast-cadres" if self.values.get("cadres_toast") else \
            "symposium-families" if self.values.get("families") else \
            "symposium-station" if self.values.get("station") else \
            "symposium-training" if self.values.get("training") else \
            "symposium-training-host" if self.values.get("training_host") else \
            "symposium-team" if self.values.get("team_lead") else f"{ev.kind}-{ev.speaker.side}"
        # (…and the receiving side's visit to its helper: its delegation replies, the helper welcomes at home)
        if ev.away and kinds.get(f"{ev.kind}-away-{ev.speaker.side}"):
            key = f"{ev.kind}-away-{ev.speaker.side}"
        spec = kinds.get(key) or kinds[ev.kind]
        self.kinds = kinds
        self.shared = kinds.get("shared", {})
        self.order = list(spec)
        self._optional: list[Position] | None = None
        # the idea keys of a position's wordings (by id of the position, then by place in the seed's
        # order), as far as the gate has tried them: it tries the same ones at every level
        self._ideas_tried: dict[int, dict[int, tuple[str, ...]]] = {}
        # what each core position says in every wording it has (the gate's ``sure``), read once a draft
        self._sure: dict[int, frozenset[str]] = {}
        self._order_rng = random.Random(rng.random())
        self._used_defaults: set[int] = set()
        # the event's facts a point of the writer's heading says (heading_facts), not said again where
        # the moves would say them: the values are the event's without them
        self._claimed: tuple[set[str], set[str], set[str]] = (set(), set(), set())
        self.points = self._points(user_dir)          # first: the intro says how many
        if any(self._claimed):
            n = self.values["n"]
            hc, cc, pc = self._claimed
            self.values = dict(_event_values(replace(
                ev, host=replace(ev.host, facts=tuple(f for f in ev.host.facts if f not in hc)),
                cooperation=replace(ev.cooperation, facts=tuple(f for f in ev.cooperation.facts if f not in cc)),
                plans=tuple(f for f in ev.plans if f not in pc))))
            self.values["n"] = n
        self.caps: dict[str, int] = {k: int(v) for k, v in (spec.get("caps") or {}).items()}
        # a move whose material the event does not give says no more than its lean cap of optional
        # sentences (round 10: a welcome with no 县情 and no results filled both with set phrases)
        self.lean: dict[str, int] = {
            m: int(rule.get("cap", 0)) for m, rule in (spec.get("lean") or {}).items()
            if not any(self.values.get(k) for k in rule.get("needs") or ())}
        self.last: set[str] = set(spec.get("last") or ())
        for move in spec:
            if move in ("points", "caps", "lean", "last"):
                continue
            self.moves[move] = self._positions(move, spec[move] or [])
        self.order = [m for m in self.order if m in self.moves or m == "points"]

    def _table(self) -> dict[Any, Any]:
        """What is remembered for the process by the event's values (``_filled``, ``_lazies``,
        ``_wordings``): every draft of ``--variants`` and every preview of one event fills the same
        set sentences."""
        table = self._fills
        if table is None:
            key = tuple(sorted(self.values.items()))
            table = _FILLS.get(key)
            if table is None:
                if len(_FILLS) >= 16:
                    _FILLS.clear()
                table = _FILLS[key] = {}
            self._fills = table
        return table

    def _filled(self, t: str) -> str | None:
        """``_fill(t, self.values)``, remembered (``_table``)."""
        table = self._table()
        if t not in table:
            table[t] = _fill(t, self.values)
        return table[t]

    def _lazies(self, t: str) -> tuple[tuple[frozenset[str], "_Lazy"], ...]:
        """The wordings of a written alternative this event can say: its skeletons filled from the
        event and dated (the set language is dated, not what the event itself says: its theme,
        facts), each with the facts it says; remembered with the fills of the event's values."""
        table = self._table()
        key = (_MARK, t)                 # (no sentence starts with the mark: no clash with fills)
        got = table.get(key)
        if got is None and self.values.get("office_speaks") and t not in self._given \
                and any(w in t for w in data("language")["unit_orders"]):
            # (an office's, a school's or a hospital's head gives the county's units no orders: 各接收单位要…,
            # 组织部门要… in a hospital president's mouth, rounds 88 and 90, session 26's events)
            got = table[key] = ()
        if got is None:
            out = []
            flags = [f for f in REWORDINGS if self.values.get(f)] if t not in self._given else []
            for skel, choices in _split(t):
                # (the set words reworded, not what the event says: its headings, its facts)
                for flag in flags:
                    skel = _reworded(skel, flag, self.values)
                filled = self._filled(skel)
                if filled:
                    dated = _dated(skel, choices, self.year)
                    if dated is not None and not self.values.get("many_years"):
                        dated = _undated(dated)
                    # (a village's welcome of the firm it pairs with today wished 更加丰硕的成果 and 深化合作
                    # of a pairing not yet begun, round 72)
                    if dated is not None and not self.values.get("paired"):
                        dated = _undated(dated, "continuing_words")
                    for flag in flags:
                        if dated is not None:
                            dated = tuple(tuple(_reworded(o, flag, self.values) for o in opts) for opts in dated)
                    if dated is not None:
                        out.append((_fact_keys(skel), _lazy(skel, filled, dated, self.year)))
            got = table[key] = tuple(out)
        return got  # type: ignore[return-value]

    # -- positions of one move
    def _positions(self, move: str, items: list[Any]) -> list[Position]:
        out: list[Position] = []
        for item in items:
            if "use" in item:
                # (…only when its flag holds, if it names one: a shared move of one occasion's, 教师节, added to a kind
                # draws nothing for the others, whose drafts stay as they were)
                if not item.get("if") or self.values.get(item["if"]):
                    out.extend(self._positions(move, self.shared[item["use"]]))
                continue
            # (the positions of another kind's move: a visit to the helper says the receiving side's
            # 县情 and hopes as its welcome does, inside a reply's frame)
            if "from" in item:
                out.extend(self._positions(move, self.kinds[item["from"]].get(item.get("move", move)) or []))
                continue
            # a position of one stage of a symposium's term (stage: farewell) is not there at another
            if item.get("stage") and not self.values.get(item["stage"]):
                continue
            core = "c" in item
            raw = item.get("c") if core else item.get("o")
            bank = raw.get("bank") if isinstance(raw, dict) else item.get("bank")
            alts = self._wordings(item, raw, shared=not bank)
            if bank:
                said = self.bank_say(bank, int(item.get("max", 90)))
                if item.get("bank_frames"):     # a bank quote said as the set quotes are (“…”，这句话…)
                    said = [(x, trace) for q, trace in said for f in _alts(item["bank_frames"])
                            for x in _expand(f.replace("{q}", q.rstrip("。！")))]
                alts.extend(said)
            if item.get("each") and alts:
                # one position per sentence of the event's list (a leader's remarks): the first as the
                # item says, the others said first as the draft grows
                for k, one in enumerate(re.findall(r"[^。！？]+[。！？]", alts[0][0])):
                    p = Position(move, [(one, None)], core and k == 0, early=k > 0 or bool(item.get("early")),
                                 given=True)
                    p.order = [0]
                    out.append(p)
                continue
            pos = Position(move, alts, core, bool(item.get("free")), item.get("gap", ""), early=bool(item.get("early")))
            pos.carries = bool(alts) and not bank and all(CARRIED & _fact_keys(t) for t in _alts(raw))
            # (a move short of facts a point of the writer's heading says is not short of them: event 396's
            # welcome said its cooperation's facts under 欢迎各位企业家 and was told they were missing, session 20)
            claimed = any(got and f in pos.gap for got, f in zip(self._claimed, ("host.facts", "cooperation.facts", "plans")))
            if not alts and pos.gap and not claimed:
                self.missing.append(pos.gap)
                if self.gaps:
                    pos.alts, pos.core = [(f"【待补：{pos.gap}】", None)], True
            pos.order = Order(pos.alts, self.rng)
            if bank and self.prefer_bank and item.get("bank_first"):
                # the writer's own lines first (in the seed's order), then the set language's
                mine = [i for i in pos.order if pos.alts[i][1] is not None]
                pos.order = mine + [i for i in pos.order if pos.alts[i][1] is None]
            out.append(pos)
        # free positions change places among themselves
        free = [i for i, p in enumerate(out) if p.free]
        moved = [out[i] for i in free]
        self.rng.shuffle(moved)
        for i, p in zip(free, moved):
            out[i] = p
        return out

    def _wordings(self, item: dict[str, Any], raw: Any, shared: bool) -> Wordings:
        """The set language's wordings of an item's position, by its written alternatives; when
        ``shared`` (no bank sentence will join them), remembered (``_table``) for every draft."""
        groups = ([] if isinstance(raw, dict) else _alts(raw), _alts(item.get("else")), _alts(item.get("last")))
        table = self._table()
        key = (_WORDINGS, *map(tuple, groups))
        if shared and key in table:
            return table[key]  # type: ignore[no-any-return]
        alts = Wordings()
        # "else": said only when none of the position's own alternatives can be
        for group in groups:
            found = [x for t in group for x in self._lazies(t)]
            # an alternative that says less of the event than another one is not used
            distinct = {k for k, _ in found}     # (a sentence's [甲|乙] wordings share their keys)
            if len(distinct) > 1:
                most = {k for k in distinct if not any(k < o for o in distinct)}
                alts.extend(w for k, w in found if k in most)
            else:
                alts.extend(w for _, w in found)
            if alts:
                break
        if shared:
            table[key] = alts
        return alts

    # -- points
    def _points(self, user_dir: str | None) -> list[dict[str, Any]]:
        ev = self.ev
        d = points_data(user_dir)
        # an office's or an institution's head whose own work is not the economy's joins no 资源禀赋 to markets
        # (points.yaml welcome-host; round 89: an ethnic affairs and a medical insurance director did)
        # (…nor anyone at an occasion whose name says work that is not the economy's, a school's gift or a free clinic:
        # round 92 read 资源禀赋 and 市场优势 at a school's donation of classroom equipment, 625)
        market = set(d["generic"]["market_topics"])
        occasion_keys = {_topic_key(t, d) for t in _occasion_topics(ev.event.name, d)} - {""}
        self.values["off_market"] = "yes" if self.values.get("inst_head") or self.values.get("office_speaks") and (
            _office_keys(ev, d, False).isdisjoint(market)) or occasion_keys and occasion_keys.isdisjoint(market) \
            or self.values.get("assessment") else ""
        audience = "cadres" if ev.kind == "symposium" else ("news" if ev.kind == "news" else ev.speaker.side)
        # (a farewell's points say what the cadres did and leave behind: its own default set)
        # (a visit to the helper: the points of the side's own kind, a welcome's of the receiving side's
        # delegation, a reply's of the helper welcoming it)
        kind = (data("event")["away_points"].get(ev.kind) or ev.kind) if ev.away else ev.kind
        defaults = (d["defaults"].get("symposium-graduation") if self.values.get("training") and self.values.get("graduation")
                    else None) \
            or (d["defaults"].get("symposium-families") if self.values.get("families") else None) \
            or (d["defaults"].get("symposium-station") if self.values.get("station") else None) \
            or (d["defaults"].get("symposium-training") if self.values.get("training") else None) \
            or (d["defaults"].get("symposium-graduation-host") if self.values.get("training_host")
                and self.values.get("graduation") else None) \
            or (d["defaults"].get("symposium-training-host") if self.values.get("training_host") else None) \
            or (d["defaults"].get(f"{ev.kind}-rectify") if self.values.get("rectify") else None) \
            or (d["defaults"].get(f"{ev.kind}-assessment") if self.values.get("assessment") else None) \
            or (d["defaults"].get(f"{ev.kind}-work") if self.values.get("work_meeting") else None) \
            or (d["defaults"].get(f"{ev.kind}-farewell") if self.values.get("farewell") else None) \
            or (d["defaults"].get("toast-team") if self.values.get("team_toast") else None) \
            or (d["defaults"].get("toast-cadres") if self.values.get("cadres_toast") else None) \
            or (d["defaults"].get(f"{ev.kind}-pros") if self.values.get("pros_arrival") else None) \
            or d["defaults"].get(f"{kind}-{ev.speaker.side}") or d["defaults"].get(kind) or []
        specs: list[dict[str, Any]] = []
        if ev.points:
            specs = [{"heading": p.heading, "topic": p.topic, "body": p.body} for p in ev.points]
        elif ev.kind == "news":
            pass       # a report says what a meeting settled only when the event gives it (points)
        else:
            if ev.kind == "reply":      # a reply pledges by area
                areas = said_areas(ev.cooperation.areas)
                # (…of its own work only, when an office's or an institution's head speaks: a youth league's
                # secretary, a firm's chairman and an academy's president pledged 干部挂职, 学校结对 and 产业协作
                # for the district, round 63)
                if self.values.get("office_speaks"):
                    areas = tuple(a for a in areas if _topic_key(a, d) in _office_keys(ev, d, self._title_work_only()))
                specs = [{"topic": a} for a in areas[:self.n_points]]
            # the occasion's own work when its name says it (…产销对接会, …联合办学签约暨开班仪式): a point on it
            # first (round 51 read a canteen purchase and a sales meeting drafted as investment, a joint
            # school as village schools)
            occasion = _occasion_topic(ev.event.name, d) if ev.kind in ("welcome", "reply") else ""
            if occasion and not any(_topic_key(s["topic"], d) == _topic_key(occasion, d) for s in specs):
                specs = [{"topic": occasion}, *specs][:self.n_points]
            rest = [x for x in defaults if not any(x.get("topic") == s.get("topic") for s in specs) and self._allowed(x)]
            want = min(self.n_points - len(specs), len(rest))
            if want > 0:
                # a point chosen for what the event is (first: true) is always said
                sure = [i for i, x in enumerate(rest) if x.get("first")][:want]
                others = [i for i in range(len(rest)) if i not in sure]
                idx = sorted(sure + self.rng.sample(others, k=want - len(sure)))
                specs += [{"default": rest[i]} if "body" in rest[i] else {"topic": rest[i]["topic"]} for i in idx]
        # a count before 点/个 says 两, not 二 (language.yaml: count_forms)
        self.values["n"] = cnlang.cn_count(len(specs))
        used_topics: set[str] = set()
        plans: list[dict[str, Any]] = []
        # a heading chosen here says no four characters of another point's (增收致富 in two headings)
        taken = [spec["heading"] for spec in specs if spec.get("heading")]
        # the topics a writer's own point with a body is headed by: not the occasion's work for another heading
        # (守护江河源头… of the writer's on ecology, and 乘势而上，再谱新篇 after it took ecology's set words:
        # round 59 read them as the same point twice)
        written = {k for spec in specs if spec.get("body") for k in _topic_keys(spec.get("heading") or "", d)}
        for i, spec in enumerate(specs):
            move = f"point{i + 1}"
            topic = spec.get("topic") or ""
            if ev.kind == "news":    # a report gives a point as the event words it, and nothing more
                heading_alts = [spec.get("heading") or topic or spec.get("body") or ""]
                body_items = [{"c": [spec["body"]]}] if spec.get("body") and spec.get("heading") else []
            elif "default" in spec:
                heading_alts = _alts(spec["default"]["heading"])
                body_items = list(spec["default"]["body"])
            else:
                # a heading alone that says what one of the kind's points says takes that point's body
                # (提高政治站位… is not the 人才 topic because it names 挂职)
                # (…unless it names an area of the work and shares fewer than four words with that point: 牵线搭桥，
                # 助力产业发展 took the bridge point and never spoke of industry, round 50)
                area = spec.get("heading") and any(
                    k in (d["generic"].get("area_topics") or ()) for k in _topic_keys(spec["heading"], d))
                # (…but a symposium's heading that praises the results says the event's results first, not a
                # point of its words: 真情帮扶，留下了看得见的实绩 took the farewell's 认真总结… by 留下 and 实绩, and
                # was read as a heading over a body of asks, round 94's 675)
                praised = ev.kind == "symposium" and spec.get("heading") and not topic and not spec.get("body") \
                    and any(w in spec["heading"] for w in data("language")["results_words"]) \
                    and heading_facts(ev, spec["heading"], set().union(*self._claimed))[1]
                matched = self._heading_body(spec["heading"], defaults, d, audience, matched_only=True,
                                             least=4 if area else 2) \
                    if spec.get("heading") and not topic and not spec.get("body") and not praised else []
                # (a writer's heading and body do not use up the topic they speak of for a later point that
                # names it: 向援藏教师们致敬 took 教育, and 教育援藏 after it got the words for schools and
                # hospitals, round 53)
                # (…and a heading alone does not take the topic a later point names: 诚邀各位企业家共谋发展 took
                # 产业 by 企业, and 产业协作 after it got nothing of industry, round 56)
                later = {_topic_key(s.get("topic") or "", d) for s in specs[i + 1:]} - {""}
                if matched:
                    key = ""
                # (…nor a symposium's heading of thanks to the people sent, 致敬教育初心，感谢真情付出: it took 教育 and was
                # said over 多到群众家中走一走, round 100's helper, 756)
                elif ev.kind == "symposium" and not topic and not spec.get("body") and spec.get("heading") \
                        and any(w in spec["heading"] for w in data("language")["thanks_words"]):
                    key = ""
                elif not topic and not spec.get("body") and spec.get("heading"):
                    key = next((k for k in _topic_keys(spec["heading"], d) if k not in used_topics | later), "")
                    if key:
                        used_topics.add(key)
                else:
                    key = self._topic(topic or spec.get("heading") or spec.get("body") or "", d,
                                      used_topics if topic or not spec.get("body") else set(used_topics))
                # a topic of no known area (纪律作风) that one of the kind's points speaks of: that
                # point's body, under a heading that names the topic as the event words it
                if not matched and not key and topic and not spec.get("heading") and not spec.get("body"):
                    matched = self._heading_body(topic, defaults, d, audience, matched_only=True)
                tdata = d["topics"].get(key, {}) if key else {}
                if spec.get("heading"):
                    heading_alts = [spec["heading"]]
                else:
                    trainee = _trainee_words(self._trainee_topic(audience, d), topic)
                    heading_alts = [h.replace("{topic}", topic) for h in
                                    _alts(trainee.get("headings")
                                          or tdata.get("headings", {}).get(audience) or d["generic"]["headings"][audience])]
                if spec.get("body"):
                    # the writer's body: its first sentence always, the others first as the draft
                    # grows (a short draft of a long body keeps its opening sentence)
                    body_items = [{"c": [spec["body"]], "each": True}]
                    # (…said with no 此外/同时 that would join them to the writer's words: a welcome of entrepreneurs
                    # read …我们倍感振奋。此外，我们将把联农带农…, session 26's events)
                    if spec.get("heading") and not key:   # the matching default point says more
                        # (…when it says the same thing: 广交朋友，当好民族团结的使者 shared only 当好…使者 with
                        # a point on 桥梁作用, and its six sentences followed the writer's body, round 48)
                        body_items += [_unjoined(x) for x in self._heading_body(spec["heading"], defaults, d, audience,
                                                                                matched_only=True, least=3) if "o" in x]
                    elif key:       # …and so does the topic the point names (its optional sentences)
                        body_items += [_unjoined(x) for x in self._topic_body(tdata, d, audience,
                                                                              topic or spec.get("heading") or "") if "o" in x]
                    if topic and topic not in spec["body"] and not spec.get("heading"):
                        body_items.insert(0, _topic_lead(d, audience, topic))
                elif matched:
                    body_items = matched
                elif not key and spec.get("heading") and not topic:
                    # (…a welcome's or a reply's heading of its own takes the occasion's work, once, before
                    # the words for a heading of its own: round 53 read four drafts whose headings 工坊开业，…,
                    # 门诊楼启用，… got 我们将细化举措、压实责任… and nothing else)
                    # (…not one a later point names as its topic: 门诊楼启用 took 医疗, and 聚焦医疗援疆 after it got
                    # the words for schools, round 54)
                    # (…the next work the name says when that one is: 县校合作签约暨乡村振兴研究院揭牌)
                    # (…and first the event's facts it is about: 非遗传承，匠心永续 over 全县有国家级非遗…, round 55)
                    hf, cf, pf = heading_facts(ev, spec["heading"], set().union(*self._claimed)) \
                        if ev.kind in ("welcome", "reply", "symposium") else ((), (), ())
                    # (…but not one of thanks or joy, 感谢盛情，不虚此行: round 55 read it over labour's pledges)
                    felt = any(w in spec["heading"] for w in data("language")["felt_words"])
                    occasion, okey = next(((o, k) for o, k in ((o, _topic_key(o, d)) for o in
                                                               _occasion_topics(ev.event.name, d))
                                           if k and k not in used_topics | later | written), ("", "")) \
                        if ev.kind in ("welcome", "reply") and not felt else ("", "")
                    if hf or cf or pf:
                        # (…and after them no set pledges of a heading of its own: round 58 read 一束阳光，照亮
                        # 牧民增收路 say its facts, then 我们将细化举措、压实责任…)
                        body_items = self._facts_first(hf, cf, pf, [] if praised else self._heading_body(
                            spec["heading"], defaults, d, audience, filler=False))
                        # (…a symposium's, then what it asks of the cadres on them: round 65)
                        after = (d["generic"].get("after_facts") or {}).get(audience)
                        if after and len(body_items) == 1:
                            body_items.append({"c": _alts(after)})
                    elif okey:
                        used_topics.add(okey)
                        body_items = self._topic_body(d["topics"][okey], d, audience, occasion)
                    else:
                        body_items = self._heading_body(spec["heading"], defaults, d, audience)
                else:
                    body_items = self._topic_body(tdata, d, audience, topic or spec.get("heading") or "",
                                                  spec.get("heading") or "")
                    # (a symposium's heading alone of a known topic says first the event's facts it is about, the
                    # topic's words after them: round 65 read 园区共建，利益共享 over 招商 words, the park's tax
                    # share and its 3,100 jobs said only in the overview)
                    if ev.kind == "symposium" and spec.get("heading") and not topic and not spec.get("body"):
                        hf, cf, pf = heading_facts(ev, spec["heading"], set().union(*self._claimed))
                        if hf or cf or pf:
                            body_items = self._facts_first(hf, cf, pf, body_items)
                    # (a heading of the writer's that does not name its topic: the body names it, 在文旅协作
                    # 方面，… — a point 拓展领域，互利共赢 with topic 文旅协作 said neither and was refused,
                    # round 26's events)
                    if topic and spec.get("heading") and topic not in spec["heading"]:
                        body_items.insert(0, _topic_lead(d, audience, topic))
                    # (a writer's heading alone of a known topic takes first the event's plans it is about,
                    # as one of no known topic does: 携手建立长效机制 and …建立碳汇项目储备库, round 58; its facts
                    # stay where the speech says them, the topic's words after the plans as the point grows)
                    elif not topic and not spec.get("body") and spec.get("heading") \
                            and ev.kind in ("welcome", "reply"):
                        pf = heading_facts(ev, spec["heading"], set().union(*self._claimed))[2]
                        if pf:
                            body_items = self._facts_first((), (), pf, body_items)
                # a farewell's topic alone takes a farewell point's body (what the cadres leave and keep up
                # from home), each point another, under a heading that names the topic (round 51–52 read a
                # medical team's farewell of three topics told 在民生一线办实事, 帮助…完善诊疗规范)
                if self.values.get("farewell") and ev.kind == "symposium" and topic \
                        and not spec.get("heading") and not spec.get("body"):
                    fw = next((x for x in defaults if "body" in x and id(x) not in self._used_defaults), None)
                    seconds = [t.split("，", 1)[1] for t in _alts(fw["heading"]) if "，" in t] if fw else []
                    if seconds:
                        self._used_defaults.add(id(fw))
                        head = d["generic"]["farewell_topic_heading"].replace("{topic}", topic)
                        heading_alts = [head + sec for sec in seconds]
                        # (each such point its own lead, in turn: two of three said one lead, round 78)
                        # (…from an offset of the event's own, so that two farewells do not open their topics alike)
                        leads = _alts(d["generic"]["farewell_topic_lead"])
                        lead = leads[(zlib.crc32(ev.event.name.encode()) + len(self._used_defaults)) % len(leads)]
                        body_items = [{"c": [lead.replace("{topic}", topic)]},
                                      *({"o": x["c"]} if "c" in x else x for x in fw["body"])]
                        # (…after the event's facts of the topic first: 继续支持产业合作 over a body of nothing of
                        # industry, its 7 firms said only in the overview, round 79)
                        hf, cf, pf = heading_facts(ev, topic, set().union(*self._claimed))
                        if hf or cf or pf:
                            body_items = [*self._facts_first(hf, cf, pf, []), *body_items]
                # a symposium's heading alone that says one of the event's asks in short says that ask
                # first, and the set body after it only as the point grows (values: not asked again)
                ask = heading_ask(spec["heading"], ev.asks) if ev.kind == "symposium" and spec.get("heading") \
                    and not spec.get("body") and not topic else None
                if ask:
                    asking = data("language")["asking"]
                    lead = _told(ask.rstrip("。；，！"), asking, False)
                    # (the set body's own 希望大家… after it is 大家要…: not 希望大家 twice running)
                    body_items = [{"c": [lead + "。"]}] + [
                        {"o": [asking["told_again"] + a[len(asking["tell"]):]
                               if k == 0 and lead.startswith(asking["tell"]) and a.startswith(asking["tell"]) else a
                               for a in _alts(x["c"])]} if "c" in x else x
                        for k, x in enumerate(body_items)]
            hv = Wordings()
            for t in heading_alts:
                hv.extend(w for _, w in self._lazies(t))
            heading = ""
            if len(hv):
                # a heading says no four characters of another point's (增收致富 in two headings):
                # the seed's draws until one does not, at most 32
                # (…nor, when the draft chooses it, four of one of the event's asks: 牵挂通峪县，当好两地协作的
                # 联络员 above the writer's 当好两地协作的宣传员、联络员, round 48)
                asks = () if spec.get("heading") else ev.asks
                for _ in range(32):
                    heading = hv[self.rng.randrange(len(hv))][0].rstrip("。！；：，")
                    if not any(_shares_run(heading, t, [], []) for t in taken if t != heading) \
                            and not any(_shares_run(heading, a, [], []) for a in asks):
                        break
            if not spec.get("heading"):
                taken.append(heading)
            # a topic the event gives that the drawn heading does not say is said by the body's first
            # sentence (保重身体，安心工作 under the topic 关心关爱 left it unsaid, and the draft was refused:
            # session 17's events)
            if topic and not spec.get("heading") and not spec.get("body") and ev.kind != "news" \
                    and topic not in heading:
                body_items = [_topic_lead(d, audience, topic, tdata if "default" not in spec else {}), *body_items]
            self.moves[move] = self._positions(move, body_items)
            plans.append({"heading": heading, "move": move, "topic": topic, "given": bool(spec.get("heading"))})
        return plans

    def _facts_first(self, host: tuple[str, ...], co: tuple[str, ...], plans: tuple[str, ...],
                     rest: list[Any]) -> list[Any]:
        """A point's body that says the event's facts first (``facts_said``), claimed so the moves do not say
        them again, then ``rest``'s sentences only as the point grows. The facts are the event's words, never
        reworded (当地群众 was said 我县群众 by a host's rewording, and the fact was not found: session 20's events)."""
        for claimed, got in zip(self._claimed, (host, co, plans)):
            claimed.update(got)
        text = facts_said(self.ev, host, co, plans)
        self._given.add(text)
        return [{"c": [text]}] + [{"o": x["c"]} if "c" in x else x for x in rest]

    def _allowed(self, point: dict[str, Any]) -> bool:
        """Whether a default point may be said of this event: every flag of its ``if:`` given, none of its ``unless:``."""
        return all(self.values.get(f) for f in _flag_list(point.get("if"))) \
            and not any(self.values.get(f) for f in _flag_list(point.get("unless")))

    def _heading_body(self, heading: str, defaults: list[Any], d: dict[str, Any], audience: str,
                      matched_only: bool = False, least: int = 2, filler: bool = True) -> list[Any]:
        """A heading alone: the body of the kind's default point that says the same thing (the most
        shared two-character words, ``least`` at the least), else (``filler``: and not only after the
        event's own facts) the audience's words for a heading
        of its own."""
        mine = _pairs(heading)
        best, score = None, least - 1
        for x in defaults:
            # (not a point the event's values rule out: 做好后勤保障，让队员安心工作 took a job fair's body of workers, session 26)
            if "body" not in x or id(x) in self._used_defaults or not self._allowed(x):
                continue
            # (its headings' words, and the words it is known by besides: match, read only here)
            n = len(mine & set().union(*(_pairs(h) for t in _alts(x["heading"]) + _alts(x.get("match"))
                                         for h in _expand(t))))
            if n > score:
                best, score = x, n
        if best is not None:
            self._used_defaults.add(id(best))
            body = list(best["body"])
            # its first sentence the one of its wordings that says most of what the heading says
            # (提高站位，深刻认识援疆工作的重大意义 took 希望大家从政治和全局的高度对待挂职工作…, and the
            # point was read as not saying its heading: round 48)
            if body and "c" in body[0]:
                firsts = _alts(body[0]["c"])
                said = [len(mine & _pairs(_BRACKETS.sub("", t))) for t in firsts]
                if max(said) >= 3:
                    body[0] = {**body[0], "c": [t for t, n in zip(firsts, said) if n == max(said)]}
            return body
        if matched_only:
            return []
        # (a heading of joy at the occasion, 门诊楼启用，喜上加喜, says the occasion is a joy: round 54 read
        # 我们将细化工作举措… under it)
        welcome = d["generic"].get("heading_welcome") or {}
        felt = d["generic"].get("heading_felt", {}).get(audience)
        said = [t for t in welcome.get(audience) or () if _holds(_parsed(t)[0], self.values)]
        welcomed = bool(said) and any(w in heading for w in welcome["words"])
        # (…and one of thanks, of what lies ahead or of what the visit showed says that: heading_kinds,
        # each position the alternatives the event's values allow, the first always)
        told: list[Any] = []
        if not welcomed:
            kind = next((k for k in d["generic"].get("heading_kinds") or ()
                         if audience in k and any(w in heading for w in k["words"])), None)
            for pos in kind[audience] if kind else ():
                alts = [t for t in _alts(pos) if _holds(_parsed(t)[0], self.values)]
                if alts:
                    told.append({"o" if told else "c": alts})
        if told:
            return told
        if welcomed:
            return [{"c": _alts(said)}]
        # (…nor a heading of joy: 感谢厚爱，倍感温暖 said its joy, then 我们将加强统筹协调…, round 60)
        if felt and any(w in heading for w in data("language")["felt_words"] + d["generic"].get("joy_words", [])):
            return [{"c": _alts(felt)}]
        if not filler:
            return []
        # (…the welcome says no more: 要多到基层一线调研… is no welcome)
        return [{"c": _alts(d["generic"]["heading_only"][audience])}] + [
            {"o": _alts(s)} for s in d["generic"]["more"].get(audience) or []]

    def _title_work_only(self) -> bool:
        """Whether the speaker's own work is what the title says, not the occasion's too: a firm's or a chamber's head,
        and a charity's, which sends no teachers to a school it gives books (round 96's 611)."""
        return bool(self.values.get("firm_speaks") or self.values.get("charity_speaks"))

    def _trainee_topic(self, audience: str, d: dict[str, Any]) -> dict[str, Any]:
        """points.yaml generic.trainee_topic when the cadres addressed are a course's trainees, else {}."""
        if audience == "cadres" and (self.values.get("training") or self.values.get("training_host")):
            return d["generic"]["trainee_topic"]
        return {}

    def _topic(self, text: str, d: dict[str, Any], used: set[str]) -> str:
        key = next((k for k in _topic_keys(text, d) if k not in used), "")
        if key:
            used.add(key)
        return key

    def _topic_body(self, tdata: dict[str, Any], d: dict[str, Any], audience: str, topic: str,
                    heading: str = "") -> list[Any]:
        trainee = self._trainee_topic(audience, d)
        if trainee:
            trainee = _trainee_words(trainee, topic)
            return _topic_said(trainee["body"], trainee["more"], topic)
        # (a heading that says what the speaker's side does for the cadres, 做好服务保障，让专家安心工作,
        # takes the topic's words for that, not 希望大家注意劳逸结合: round 55)
        given = tdata.get("given")
        if given and audience in given["frames"] and any(w in heading for w in given["words"]) \
                and not any(w in heading for w in given.get("unless") or ()):
            tdata = {"frames": given["frames"], "vps": given["vps"]}
        # (an office's head on a topic outside its own work says what it can do: generic.office_topic)
        office = d["generic"].get("office_topic") or {}
        if self.values.get("office_speaks") and audience in office and tdata \
                and not any(d["topics"].get(k) is tdata for k in _office_keys(self.ev, d, self._title_work_only())):
            # (…named as the event's area of that topic, not by a writer's whole heading: 在扛起国企责任，做实产业
            # 帮扶上积极牵线搭桥, round 67's events)
            if topic == heading:
                topic = next((a for a in self.ev.cooperation.areas if d["topics"].get(_topic_key(a, d)) is tdata), topic)
            # (…and a heading that names none of them takes the topic's own words: 在以服务暖人心上多搭桥梁, round 74)
            # (…and a firm in a firm's words, not an office's 立足自身职能: round 76)
            who = ("firm_host" if audience == "host" and office.get("firm_host") else
                   "firm_invest" if self.values.get("firm_invests") and office.get("firm_invest") else "firm") \
                if self.values.get("firm_speaks") and office.get("firm") else audience
            if topic != heading:
                # (…and what it will do about it as the draft grows: a chamber's two points of one sentence each
                # were read as empty, round 94's 670 and 671)
                return _topic_said(office[who], (office.get("more") or {}).get(who), topic)
        # (a topic may say its verb phrases in frames of its own: 希望大家立足本职，注意劳逸结合 is not said)
        own_frames = tdata.get("frames") or {}
        frames = _alts(own_frames.get(audience) or d["frames"][audience])
        vps = list((tdata.get("vps_cadres") if audience == "cadres" else None) or tdata.get("vps") or [])
        if audience in ("host", "guest"):   # what only one side can pledge: the receiving side its
            vps += tdata.get(f"vps_{audience}") or []    # services, the helping side its support
        # (a verb phrase the event's flags rule out is not the point's first: a care point of no cadres
        # given had no first sentence, session 17)
        vps = [vp for vp in vps if _holds(_parsed(vp)[0], self.values)]
        items: list[Any] = []
        if vps:
            # each verb phrase of the topic said in one of the audience's frames
            more = _alts(own_frames.get(f"{audience}_more") or d["frames"].get(f"{audience}_more")) or frames
            for k, vp in enumerate(vps):
                items.append({"c" if k == 0 else "o":
                              [f.replace("{vp}", vp).replace("{topic}", topic) for f in (more if k else frames)],
                              # (the event's own industries said first as the point grows: round 36 read a
                              # 立足茶药 point that never said 茶 or 药)
                              "early": k > 0 and "{host_industries}" in vp})
        else:
            items.append(_topic_lead(d, audience, topic))
            for s in d["generic"]["more"].get(audience) or []:
                items.append({"o": _alts(s)})
        return items

    # -- rendering at a level
    def optional_order(self) -> list[Position]:
        """Optional positions in the order the level adds them: round-robin over the moves, and
        within a move in an order the seed chooses (so two seeds say different things at one
        length); each keeps its place in the text."""
        if self._optional is None:
            g = data("eras")["gate"]
            # the event's own material first (early), then each round gives the points theirs first:
            # the round the length cuts short is then one of the other moves, and no point is left at
            # its heading's one sentence (round 10: 第三点只有一句); a move named in `last` (the
            # welcome's 为什么重要: set language, no fact of the event) grows only when every other
            # move has said all it can
            early: list[list[Position]] = []
            points: list[list[Position]] = []
            others: list[list[Position]] = []
            last: list[list[Position]] = []
            for m in self._move_names():
                q = [p for p in self.moves[m] if not p.core and p.has and not p.early]
                self._order_rng.shuffle(q)
                # a move adds at most so many optional sentences: a longer draft says more moves'
                # material, not one move's set phrases stacked (a short draft and its warning instead)
                is_point = m.startswith("point")
                # (caps: a move's own, else ``points`` for every point of the kind, else the gate's)
                cap = self.caps[m] if m in self.caps else self.caps["points"] if is_point and "points" in self.caps \
                    else int(g.get("optional_per_point" if is_point else "optional_per_move", 99))
                early_m = [p for p in self.moves[m] if not p.core and p.has and p.early]
                if m in self.lean:
                    early_m = early_m[: self.lean[m]]
                    cap = max(0, min(cap, self.lean[m] - len(early_m)))
                early.append(early_m)
                (points if is_point else last if m in self.last else others).append(q[:cap])
            # round-robin over the moves within each group (a report gives each leader's remarks in
            # turn, not one side's all before the other's first)
            out: list[Position] = []
            for group in (early, points + others, last):
                while any(group):
                    for q in group:
                        if q:
                            out.append(q.pop(0))
            self._optional = out
        return self._optional

    def prefer_short(self) -> None:
        """Each position tries its wordings shortest first (ties in the seed's order)."""
        for ps in self.moves.values():
            for p in ps:
                # (the first MAX_TRIES in the seed's order: a bound on the work, as in the gate)
                p.order = sorted((p.order[c] for c in range(min(len(p.order), MAX_TRIES))),
                                 key=lambda i, p=p: len(p.alts[i][0]))
        self._ideas_tried.clear()
        self._sure.clear()

    def _move_names(self) -> list[str]:
        names: list[str] = []
        for m in self.order:
            if m == "points":
                names.extend(p["move"] for p in self.points)
            else:
                names.append(m)
        return names

    def max_level(self) -> int:
        return len(self.optional_order())

    def render(self, level: int) -> dict[str, Any]:
        chosen = set(map(id, self.optional_order()[:level]))
        said: dict[str, list[Position]] = {}
        for m in self._move_names():
            said[m] = [p for p in self.moves[m] if p.has and (p.core or id(p) in chosen)]
        self._gate(said)
        memo = _gate_memo(data("eras")["gate"])
        text = {m: memo.again(memo.follow("".join(p.text for p in ps))) for m, ps in said.items()}
        if self.ev.kind == "news":
            v = self.values
            sides = (v.get("host", ""), v.get("guest", ""))
            for m, lead in (("host_says", v.get("hl", "")), ("guest_says", v.get("gl", ""))):
                if text.get(m):
                    text[m] = one_voice(text[m], lead, sides)
        if self.ev.kind != "news" and self.ev.speaker.side == "host":
            host = self.ev.host.short
            grams4 = memo.grams(tuple(self._names()), 4)
            text = own_place(text, self._move_names(), host, speaker_self(self.ev), OWN_NAME_KEEP,
                             (self.ev.event.name, self.values.get("occasion", ""), self.values.get("oname", ""),
                              *(x for pt in self.ev.points for x in (pt.heading, pt.body) if x),
                              # (…nor the names of what is signed or visited: 泱浦区—我县…协议, round 53)
                              # (…as a list says them: the name before what the event says after it, round 57)
                              *(x.split("，", 1)[0] for x in self.ev.visit.signings), *self.ev.visit.sites),
                             lambda a, b: not grams4[a].isdisjoint(grams4[b]),
                             (self.values["own_body_named"],) if self.values.get("office_speaks") else ())
        # a move of one sentence just before the points' intro is said in the intro's paragraph (对我市而言，
        # 东西部协作是…难得契机，我们一定抓住用好。 stood alone as a paragraph: round 25 audit)
        # (not a report's: its intro is said inside the points' sentence, and only when there are points)
        names = [m for m in self.order if m != "points"]
        # (one point alone is not announced: 我们将切实做好一个方面的事情： before a single point, session 24's events)
        if len(self.points) == 1 and self.ev.kind != "news" and text.get("points_intro"):
            text["points_intro"] = ""
        at = names.index("points_intro") if "points_intro" in names and self.ev.kind != "news" else 0
        before = names[at - 1] if at else ""
        if before and text.get(before) and text.get("points_intro") and sum(map(text[before].count, "。！？")) == 1:
            text["points_intro"], text[before] = text[before] + text["points_intro"], ""
        picks = [p.trace | {"text": p.text} for ps in said.values() for p in ps if p.trace]
        points = [{"heading": pl["heading"], "body": text[pl["move"]], "more": "", "given": pl["given"]}
                  for pl in self.points]
        return {"moves": text, "points": points, "picks": picks}

    # -- the coherence gate
    def _gate(self, said: dict[str, list[Position]]) -> None:
        for ps in said.values():
            for p in ps:
                if p._choice or not p.text:     # (``p.choice = 0``, asked only where it changes)
                    p.choice = 0
        rules = data("eras")["gate"]
        # what the gate asks of a text depends on the text alone: answered once per process
        memo = _gate_memo(rules)
        facts_of, known = memo.facts, memo.known
        # text → the keys its ideas count under, by move (a lookup, not a call: asked of every candidate)
        ideas_in = {m: memo.idea_keys(m) for m in self._move_names()}
        grams4 = memo.grams(tuple(self._names()), 4)
        grams5 = memo.grams(tuple(self._names()), 5)
        names = self._move_names()
        cap = int(rules.get("pledges_per_paragraph") or 1_000)
        para_caps: dict[str, int] = {w: int(c) for w, c in (rules.get("paragraph_caps") or {}).items()}
        fcap = int(rules.get("followers_per_paragraph") or 1_000)
        # set phrases an earlier sentence gave up for a later one that must say them: it does not
        # take them up again when it re-picks for another rule (the two would take turns for ever)
        avoid: dict[int, set[str]] = {}
        # words a draft of a kind says at most so many times besides its core sentences' (eras.yaml
        # gate.word_caps: 情谊 five times in a toast of 420 characters)
        word_caps: dict[str, int] = {w: int(c) for w, c in
                                     ((rules.get("word_caps") or {}).get(self.ev.kind) or {}).items()}
        # a sentence is judged against the ones before it alone: the sentences before the first one
        # a pass changed (``first_change``) are judged again as they were, and pass again, so the
        # next pass only records what they say
        verified = 0
        # what the event's own words say (its leaders' remarks, its asks and plans) is said wherever
        # they stand: a set sentence before them that says it too gives way (marked -1: before all)
        carried = {key for m in names for p in said[m] if (p.given or p.carries) and p.text
                   for key in ideas_in[m][p.text]}
        # …and so is what a core sentence says in every wording it has: a set sentence before it gives
        # way, not the core one after it that cannot (round 30: a point's core 把我们的困难当作自己的困难
        # after the review's 把我们的难事当作自己的事); read in its first UNAVOIDABLE wordings
        sure = self._sure
        for m in names:
            for p in said[m]:
                if not p.core or p.given or p.carries:
                    continue
                keys = sure.get(id(p))
                if keys is None:
                    # (its wordings in the seed's order, from the first: the same at every level)
                    first = p.text_at(0) if len(p.order) else ""
                    keys = set(ideas_in[m][first]) if first else set()
                    for c in range(1, min(len(p.order), UNAVOIDABLE)):
                        if not keys:
                            break
                        keys &= set(ideas_in[m][p.text_at(c)])
                    keys = sure[id(p)] = frozenset(keys)
                carried |= keys
        # a point's body does not say its heading's words again (round 33: 希望大家……再立新功 under 在新的
        # 岗位上再立新功; 让这些成果长久发挥作用 under 让协作成果长久发挥作用), the event's own words apart
        # (a topic's name in its heading and its lead: 在消费帮扶方面…; areas and industries are names,
        # which grams4 leaves out already)
        own_words = set().union(*(grams4[x.topic] for x in self.ev.points if x.topic))
        heading_grams = {pl["move"]: grams4[pl["heading"]] - own_words for pl in self.points if pl.get("heading")}
        # a list of the event's the set language says whole, said once in a draft (round 84: 茶叶、精品水果、竹木加工和
        # 民族医药 in the county's overview, in its first point and again in its second); the event's own words apart
        once = tuple(x for x in (self.values.get("host_industries", ""),) if "、" in x or "和" in x)
        for _ in range(12):
            seq = [(m, p) for m in names for p in said[m]]
            first_change = len(seq)
            seen_phrases: dict[str, int] = {}
            seen_texts: set[str] = set()
            seen_ideas: dict[str, int] = dict.fromkeys(carried, -1)
            counts: dict[str, int] = {}

            def held(key: str, j: int, i: int, p: Position) -> bool:
                """Does an idea said at j (-1: by the event's own words or a core sentence that cannot
                say otherwise) count against the i-th sentence, p? Not when p is what says it."""
                return j != i and (j != -1 or not (p.carries or key in sure.get(id(p), ())))

            def said_before(keys: tuple[str, ...], i: int, p: Position) -> bool:
                """Is one of these ideas said already, as it counts against p (``held``)?"""
                return any(held(key, seen_ideas.get(key, i), i, p) for key in keys)

            def tally(text: str) -> None:
                if word_caps:
                    for w, n in (known.get(text) or facts_of(text))[4]:
                        if w in word_caps:
                            counts[w] = counts.get(w, 0) + n

            def breaks(t2: str, f2: tuple[Any, ...], i: int, m: str, p: Position, para: list[Position],
                       k: int) -> bool:
                """Does ``t2`` (what the gate knows of it: ``f2``) in p's place break a rule against
                what is said before it: an idea said already, a paragraph opening on 这些/这样, two
                sentences that open alike, four characters of the sentence before or five of one earlier
                in the paragraph?"""
                # (each any() over a generator only when there is something to test: most sentences
                # say no idea or set phrase, and the gate asks this of every candidate)
                if f2[0] and said_before(ideas_in[m][t2], i, p):
                    return True
                if f2[2] and para and para[0] is p:
                    return True
                if k and f2[3] and any(para[k - 1].text.startswith(o) for o in f2[3]):
                    return True
                if i and not grams4[seq[i - 1][1].text].isdisjoint(grams4[t2]):
                    return True
                hg = heading_grams.get(m)
                if hg and not p.given and not hg.isdisjoint(grams4[t2]):
                    return True
                if once and any(x in t2 and any(x in q.text for m2, q in seq[:i] if q in said[m2]) for x in once):
                    return True
                for w, n in f2[4]:
                    c = word_caps.get(w)
                    if c is not None and counts.get(w, 0) + n > c:
                        return True
                if not k:
                    return False
                # at most so many pledges (我们将…) in a paragraph: more is a list, not a speech
                if k >= cap and f2[5] and sum((known.get(q.text) or facts_of(q.text))[5] for q in para[:k]) >= cap:
                    return True
                # …and so many sentences that open on 我们也/我们还 (我们也会…我们还会…我们也将…)
                if k >= fcap and f2[6] and sum((known.get(q.text) or facts_of(q.text))[6] for q in para[:k]) >= fcap:
                    return True
                # a word a paragraph says at most so many times (感谢 four times in a reply's thanks)
                for w, n in f2[4]:
                    c = para_caps.get(w)
                    if c is not None and n + sum(q.text.count(w) for q in para[:k]) > c:
                        return True
                mine = grams5[t2]
                for q in para[:k]:
                    if not grams5[q.text].isdisjoint(mine):
                        return True
                return False

            for i, (m, p) in enumerate(seq):
                t = p.text
                facts = known.get(t) or facts_of(t)
                # a draft says each idea once (eras.yaml gate.ideas): thanks for the reception,
                # praise of the hosts' spirit, parks and bases, …, whatever the wording
                if facts[0]:
                    for key in ideas_in[m][t]:
                        seen_ideas.setdefault(key, i)
                if i < verified:
                    seen_texts.add(t)
                    if not p.given:
                        for ph in facts[1]:
                            seen_phrases.setdefault(ph, i)
                    tally(t)
                    continue
                if t in seen_texts:
                    first_change = min(first_change, i)
                    if p.choice + 1 < len(p.order):
                        p.choice = p.choice + 1
                        seen_texts.add(p.text)
                        tally(p.text)
                        continue
                    said[m].remove(p)   # never the same sentence twice, core or not
                    continue
                seen_texts.add(t)
                if p.given:         # the event's own words: never re-picked or dropped
                    tally(t)
                    continue
                para = said[m]
                k = para.index(p)        # (positions compare by identity: two of a move may say alike)
                bad = breaks(t, facts, i, m, p, para, k)
                for ph in facts[1]:
                    j = seen_phrases.get(ph)
                    if j is not None and j != i:
                        q = seq[j][1]
                        mine, theirs = _without(p, ph), _without(q, ph)
                        if mine is not None:
                            p.choice, first_change = mine, min(first_change, i)
                        elif theirs is not None:      # the earlier one can say it otherwise
                            q.choice, first_change = theirs, min(first_change, j)
                            avoid.setdefault(id(q), set()).add(ph)
                        else:
                            bad = True
                    seen_phrases.setdefault(ph, i)
                if bad:
                    avoided = avoid.get(id(p))

                    def fails(t2: str) -> bool:
                        f2 = known.get(t2) or facts_of(t2)
                        return bool(t2 in seen_texts or (f2[1] and any(seen_phrases.get(ph, i) != i for ph in f2[1]))
                                    or (avoided and any(ph in t2 for ph in avoided))
                                    or breaks(t2, f2, i, m, p, para, k))

                    # the next wording that breaks none of the rules, not merely the next one: a
                    # position with many wordings settles in one pass
                    nxt = None
                    ideas = ideas_in[m]
                    tried = self._ideas_tried.setdefault(id(p), {})
                    # (said_before for every candidate, as one set: the ideas of the sentences before
                    # this one, not its own)
                    before = {key for key, j in seen_ideas.items() if held(key, j, i, p)}
                    for c in range(p.choice + 1, min(len(p.order), p.choice + 1 + MAX_TRIES)):
                        # most candidates fail on an idea said already: that test first, the only
                        # one most of them need, from what the earlier levels found of them
                        keys = tried.get(c)
                        if keys is None:
                            keys = tried[c] = ideas[p.text_at(c)]
                        if keys and not before.isdisjoint(keys):
                            continue
                        if not fails(p.text_at(c)):
                            nxt = c
                            break
                    if nxt is not None:
                        p.choice, first_change = nxt, min(first_change, i)
                    elif not p.core:
                        said[m].remove(p)
                        first_change = min(first_change, i)
                        continue
                    else:
                        # a core sentence that cannot say otherwise an idea an optional sentence said
                        # before it: that earlier sentence goes (round 44: …让群众就近享受到更好的服务 in an
                        # optional line and again in a point's first, which has no other wording)
                        for key in ideas_in[m][t]:
                            j = seen_ideas.get(key, i)
                            if 0 <= j < i:
                                m2, q = seq[j]
                                if not q.core and not q.given and not q.carries and q in said[m2]:
                                    said[m2].remove(q)
                                    first_change = min(first_change, j)
                if word_caps:
                    tally(p.text)
            if first_change == len(seq):
                break
            verified = first_change

    @functools.cached_property
    def _names_cache(self) -> list[str]:
        ev = self.ev
        # the event's own words may recur: its names, industries and areas
        return [x for x in (ev.host.short, ev.guest.short, ev.event.name, ev.event.place, ev.event.theme,
                            *ev.host.industries, *ev.guest.industries, *ev.cooperation.areas,
                            *(p.name for p in ev.host.leaders + ev.guest.leaders)) if x]

    def _names(self) -> list[str]:
        return self._names_cache


def _without(p: Position, phrase: str) -> int | None:
    """The next alternative of ``p`` (in the seed's order) that does not say ``phrase``, remembered
    by the position (the gate sets every position back to its first wording at every level, and
    asked again, ~10 wordings decoded a call: per draft of welcome --variants 101 under
    callgrind, 39.03M -> 38.39M instructions)."""
    key = (p.choice, phrase)
    got = p._withouts.get(key, -1)
    if got == -1:
        got = p._withouts[key] = _next_without(p, phrase)
    return got


def _next_without(p: Position, phrase: str) -> int | None:
    for c in range(p.choice + 1, min(len(p.order), p.choice + 1 + MAX_TRIES)):
        if phrase not in p.text_at(c):
            return c
    return None


def _topic_keys(text: str, d: dict[str, Any]) -> list[str]:
    """The topics of points.yaml a text names (their words, not their unless), in the file's order."""
    return [k for k, t in d["topics"].items() if any(w in text for w in t["words"])
            and not any(w in text for w in t.get("unless") or ())]


def _topic_key(text: str, d: dict[str, Any]) -> str:
    """The first of ``_topic_keys``, or ''."""
    return next(iter(_topic_keys(text, d)), "")


def _office_keys(ev: Event, d: dict[str, Any], firm: bool) -> set[str]:
    """The topics an office's or an institution's own work is: its head's title says them (区教育局局长:
    education), or the occasion's name does as an occasion's work is read (…电商人才培训班: skills); a
    ``firm``'s or a chamber's, the title's only (a food group's donation 助力乡村振兴 pledged 村企结对 and the
    district's support, round 64's drafts)."""
    own = set(_topic_keys(ev.speaker.title, d))
    return own if firm else own | {_topic_key(t, d) for t in _occasion_topics(ev.event.name, d)} - {""}


def _occasion_topics(name: str, d: dict[str, Any]) -> list[str]:
    """The areas of the work an occasion's name says it is about (points.yaml generic.occasion_topics,
    in its order: each row whose words the name has), as a point's topic is written."""
    return [row["topic"] for row in d["generic"].get("occasion_topics") or ()
            if any(w in name for w in row["words"])]


def _unjoined(item: dict[str, Any]) -> dict[str, Any]:
    """An optional position said after a writer's own body: its wordings that open on a joining word (此外，,
    同时，: language.yaml joiners) left out, or that word taken off where every wording has one."""
    if not isinstance(item["o"], list):      # (a bank position: its frames are its own)
        return item
    joiners = tuple(data("language")["joiners"])
    alts = _alts(item["o"])
    kept = [a for a in alts if not a.startswith(joiners)]
    return {**item, "o": kept or [a[len(next(j for j in joiners if a.startswith(j))):] for a in alts]}


def _flag_list(flags: str | list[str] | None) -> list[str]:
    """A default point's ``if:`` or ``unless:``: one flag or a list of them (points.yaml defaults)."""
    return [flags] if isinstance(flags, str) else list(flags or ())


def _occasion_topic(name: str, d: dict[str, Any]) -> str:
    """The first of ``_occasion_topics``, or ''."""
    return next(iter(_occasion_topics(name, d)), "")


# ------------------------------------------------------------------ titles

def title_for(ev: Event, values: dict[str, str], user_dir: str | None) -> str:
    """The title of the draft, built from the event's name the way each kind's titles are built."""
    t = moves_data(user_dir)["titles"]
    name = ev.event.name
    occasion = name if _is_occasion(name) else name + t["meeting"]
    if ev.kind == "toast":
        banquet = name if any(w in name for w in t["banquet_words"]) else None
        if banquet:
            # (a guest's toast at its hosts' banquet answers them: 答谢祝酒辞, round 23 audit)
            # (…unless the banquet's name says so: 答谢晚宴上的答谢祝酒辞, round 65)
            # (…nor the helper's at home, who gives the banquet: moves.yaml toast-away-guest)
            key = "toast" if ev.speaker.side == "host" or ev.away or any(w in banquet for w in t["thanks_words"]) \
                else "toast_guest_named"
            return t.get(key, t["toast"]).format(occasion=banquet)
        # (…and one at an occasion that is no banquet, 新春团拜会, is at it: 在…团拜会欢迎宴会上的答谢祝酒辞 was
        # said, round 57's events)
        if any(w in name for w in t["toast_at"]):
            return t["toast"].format(occasion=name)
        key = "toast_host" if ev.speaker.side == "host" else "toast_guest"
        return t[key].format(**values)
    if ev.kind == "news":
        # (a visit's name is its own headline, and so is one that says who convenes it: …与堎原县召开…座谈会)
        if not _is_occasion(name) or values.get("name_verb"):
            return name
        # (a visit joined to an occasion: the visit, and the occasion it attended, round 74)
        if values.get("visit_part"):
            return t["news_visit_joint"].format(**values)
        verb = values["convene"]
        # (the sides by their stems: 邛崖 names 邛崖彝族自治县 too, round 16)
        # (…and so does one that names one side's own occasion: 橘湾区与彭沙县举办彭沙县…展销会 gave the
        # other side a fair it did not hold, round 46)
        if place_stem(ev.host.short) in name or place_stem(ev.guest.short) in name:
            # (a place the name says already is not said again in the headline: round 11)
            # (…nor a side the name says, as the place begins: …琰城市—敖嵩盟…展销会在琰城市会展中心举办, round 65)
            named = [p for p in (place_stem(ev.host.short), place_stem(ev.guest.short)) if p and p in name]
            if values["at_place"] and place_stem(values["at_place"]) not in name \
                    and not any(values["at_place"].startswith(p) for p in named):
                return t["news_named"].format(occasion=name, verb=verb, place=values["at_place"])
            return t["news_named_here"].format(occasion=name, verb=verb)
        return t["news"].format(**{**values, "occasion": name, "verb": verb})
    during = (t.get("during") or {}).get(ev.kind) if not _is_occasion(name) else None
    if during:              # 在…考察青山县时的致辞: no 座谈会 the event does not name
        return during.format(name=name)
    return t[ev.kind].format(occasion=occasion)
