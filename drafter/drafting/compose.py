"""The moves of a kind, sentence by sentence: the set language in ``templates/moves.yaml`` and the
points in ``templates/points.yaml``, filled from the event, chosen by the seed, grown by level.

A *move* (opening, welcome, overview, …) is a list of *positions*; each position offers
alternatives (sentences with ``{placeholders}``). An alternative whose placeholder the event
leaves empty is not available, so the event's material decides what is said; a position with no
alternative is left out (or marked 【待补：…】 with ``gaps``). Core positions are always said;
optional ones are added, round-robin over the moves, as the level grows, so the length grows
with the level and never by repeating words. The seed picks one alternative per position and
the order of a move's free positions. A coherence gate re-picks a sentence that repeats its
neighbour, repeats a set phrase, or opens a paragraph with 这些/这样."""
from __future__ import annotations

import bisect
import functools
import math
import random
import re
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable

from ..memo import Memo
from ..recache import regex
from ..resources import data, load_yaml, templates_dir
from ..text import cnlang
from ..text.finder import finder, matcher_and_words, may_match_any
from .types import Event, Party, Person

PLACEHOLDER_RE = regex(r"\{(\w+)\}")
# {?key}: says nothing, but the sentence is used only when the event gives key (a visit, an
# earlier speaker, signings): a sentence that speaks of them is conditional on them; {?!key}: only
# when it does not (one flag and its negation, not two flags kept each other's complement)
CONDITION_RE = regex(r"\{\?(!?\w+)\}")
# the placeholders that carry the event's facts (an alternative saying fewer of them gives way)
# the event's asks and plans: a sentence that carries them is the event's to say, so an idea in
# them is said, and a set sentence elsewhere that says it gives way (round 29: 手把手带好本地青年教师
# in a point, then the event's 希望大家每人至少带好两名本地青年教师)
CARRIED = frozenset({"asks_told", "asks_said", "asks_of_other", "asks", "plans", "plans_whole"})
FACT_KEYS = frozenset({"since", "areas", "co_facts", "host_facts", "own_facts", "other_facts", "industries",
                       "host_industries", "other_industries", "visits", "signings", "plans", "plans_whole", "asks", "donation",
                       "theme", "ranks", "area", "population", "cadres", "asks_said", "asks_of_other", "asks_told", "host_facts_said",
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
    rule = (points_data(user_dir).get("four_points_from") or {}).get(ev.kind) or {}
    long_enough = "from" in rule and aim >= int(rule["from"])
    return 4 if long_enough and len(ev.cooperation.areas) >= int(rule.get("areas") or 0) else 3


# ------------------------------------------------------------------ eras of whole sentences

@functools.lru_cache(maxsize=1)
def _eras() -> tuple[Callable[[str], bool], list[tuple[Callable[[str], bool], int, int | None]]]:
    """A test that a text may speak of a period (it holds a word of one), and each period's test
    and years."""
    sentences = data("eras")["sentences"]
    return (may_match_any([e["pattern"] for e in sentences]),
            [(finder(e["pattern"]), int(e.get("from") or 0), e.get("until")) for e in sentences])


def out_of_era(text: str, year: int) -> bool:
    """A sentence that speaks of a period as current outside that period (脱贫攻坚 after 2020,
    有效衔接 after 2025, 十五五 before 2026)."""
    return _out_of_era(text, year)


@functools.lru_cache(maxsize=16384)
def _out_of_era(text: str, year: int) -> bool:
    # the same sentences are dated in every draft; the era list is read once per process as well
    may_speak_of_one, eras = _eras()
    if not may_speak_of_one(text):      # (most sentences name no period)
        return False
    for found, start, until in eras:
        if found(text) and (year < start or (until is not None and year > until)):
            return True
    return False


# ------------------------------------------------------------------ what the speaker says, from the event

def party_title(party: Party, title: str) -> str:
    """县委书记 of 青山县 → 青山县委书记; a title naming no unit gets the party's short name. The
    unit is shared only with a body's name (县委, 县政府, 县人大…): 县长 of 紫岩县 is 紫岩县县长, not
    紫岩县长 (round 25: a toast's byline)."""
    short = party.short
    unit = cnlang.unit_suffix(short)
    if unit and title.startswith(unit) and len(title) > 1 and title[1] in "委政人":
        return short[: -len(unit)] + title
    if title.startswith(short):
        return title
    return short + title


def represents(title: str, party: Party) -> str:
    """The body a speaker speaks for: 区委书记 → 区委、区政府和全区人民; 县长 → 县政府和全县人民."""
    lang = data("language")
    unit = cnlang.unit_suffix(party.short) or ""
    last = cnlang.LIST_SEP_RE.split(title)[-1] if title else ""
    first = cnlang.LIST_SEP_RE.split(title)[0] if title else ""
    table = lang.get("represents", [])
    for row in table:
        if any(t and (first.endswith(t) or last.endswith(t)) for t in row["titles"]):
            if unit:
                return row["text"].format(u=unit, people=_people(party, unit))
            return row.get("plain", "").format(place=party.short)
    if unit:
        return lang["represents_default"].format(u=unit, people=_people(party, unit))
    return f"{party.short}党政领导班子"


def _people(party: Party, unit: str) -> str:
    """全县干部群众, or 全县各族干部群众 when the place is multi-ethnic by its name (language.yaml)."""
    lang = data("language")
    people = lang["people"].get(unit, "人民")
    if any(m in party.name or m in party.short for m in lang["ethnic_marks"]):
        return lang["ethnic_people"].get(people, people)
    return people


def place_stem(short: str) -> str:
    """青山县 → 青山 (to say 青山县委、县政府…: the stem and the body)."""
    unit = cnlang.unit_suffix(short)
    return short[: -len(unit)] if unit else short


def _named(party: Party) -> str:
    """A side's leaders as a report names them: the first with the place (青山县委书记李明华), the
    others by title alone; commas between them when a title has its own 、."""
    out = []
    for i, p in enumerate(party.leaders):
        title = party_title(party, p.title) if i == 0 and p.title else p.title
        out.append(f"{title}{p.name}")
    sep = "，" if any("、" in p.title for p in party.leaders) else "、"
    return sep.join(out)


def _said(name: str, remarks: tuple[str, ...]) -> str:
    """A leader's remarks as a report gives them: 刘志强在讲话中表示，…。刘志强强调，…。 — the verb by
    what the sentence does (language.yaml: say_verbs); a remark that starts with its verb keeps it."""
    lang = data("language")["saying"]
    out: list[str] = []
    last = ""
    used: set[str] = set()
    for i, r in enumerate(remarks):
        r = r.strip().rstrip("。；，！")
        if r.startswith(tuple(lang["lead_verbs"])):
            out.append(f"{name}{r}。")
            last = ""
            continue
        verbs = next(v["verb"] for v in lang["verbs"] if not (v.get("words") or v.get("starts"))
                     or any(w in r for w in v.get("words") or ()) or r.startswith(tuple(v.get("starts") or ())))
        # a verb the leader has not said yet, else one not said just before
        verb = next((v for v in verbs if v not in used), None) or (
            verbs[1] if verbs[0] == last and len(verbs) > 1 else verbs[0])
        last = verb
        used.add(verb)
        frame = lang["first"] if i == 0 else lang["more"]
        out.append(frame.format(name=name, verb=verb, text=r))
    return "".join(out)


def _subject(party: Party, facts: tuple[str, ...], name: str = "") -> str:
    """A side's facts as one sentence with the side as its subject, unless the first fact has its own
    (青山县……, 全县……, 我县……)."""
    if not facts:
        return ""
    text = joined([x.rstrip("。；，！") for x in facts])
    # (2025年全县……: the subject may follow the year)
    head = facts[0].lstrip("0123456789年月日")
    return text if head.startswith((party.short, "全", "我")) else (name or party.short) + text


def _topic_lead(d: dict[str, Any], audience: str, topic: str) -> dict[str, Any]:
    """The sentence that names a point's topic as the event words it (在文旅协作方面，我们将…; points.yaml
    generic.lead), said always."""
    return {"c": [s.replace("{topic}", topic) for s in _alts(d["generic"]["lead"][audience])]}


def _programme(ev: Event, named: dict[str, str]) -> str:
    """The pairing programme the event's own words name when it is not East–West cooperation (援藏干部,
    援藏工作组组长 → 对口援藏; language.yaml programmes), else ''."""
    words = " ".join((ev.event.name, ev.event.theme, ev.cooperation.cadres, ev.guest.delegation, *ev.cooperation.areas,
                      *(p.title for p in ev.host.leaders + ev.guest.leaders), ev.speaker.title))
    found = [name for word, name in named.items() if word in words]
    return found[0] if found else ""


def _pros(sent: str, called: dict[str, dict[str, str]]) -> dict[str, str]:
    """How a symposium of professionals only calls them (pros, pros_bare, pros_place, pros_juniors):
    by the one kind its cadres field or name speaks of (教师 → 援派教师…), else by default."""
    kinds = [k for k in called if k != "default" and k in sent]
    return called[kinds[0] if len(kinds) == 1 else "default"]


def _reported(text: str, party: Party) -> str:
    """A side's facts as a report gives them: 全县… is said of the place by name (全县冷水鱼养殖… →
    靖川县冷水鱼养殖…; 靖川县全县… said the place twice, round 29)."""
    rest = _whole_place(text, party)
    return text if rest is None else party.short + rest


def _unhedged(text: str, adverbs: list[str]) -> str:
    """``text`` without the adverb it opens on (已/累计/先后…), to read the verb after it."""
    return next((text[len(a):] for a in adverbs if text.startswith(a) and text[len(a):]), text)


def _after_time(fact: str, times: list[str]) -> str:
    """A fact without the time it opens on (今年以来已落实… → 已落实…; language.yaml fact_times, a
    year, or N年来)."""
    m = regex(r"^(?:(?:" + "|".join(map(re.escape, times)) + r"|\d{4}年)(?:以来|来)?|[一二三四五六七八九十两\d]+年来)，?"
              ).match(fact)
    return fact[m.end():] if m else fact


def _means(fact: str, via: dict[str, str]) -> str:
    """What a fact that opens on its means takes after its subject (消费帮扶销售… → 通过; language.yaml
    agent_via), not an area's name (消费帮扶方面，…)."""
    return next((p for w, p in via.items() if fact.startswith(w) and not fact.startswith(w + "方面")), "")


def joined(items: list[str]) -> str:
    """Items of a list said in one sentence: commas between them, semicolons when an item has its own
    commas (产业协作方面，引导…，建成…；劳务协作方面，帮助…: round 23's events read one comma-joined
    run-on of five results by area)."""
    return ("；" if any("，" in x for x in items) else "，").join(items)


_SINCE_EVENT = regex(r"^[^，,；;]{4,30}以来[，,]")


_OWN_FIRMS = regex(r"^引进[^，；]*?(企业|客商)(\d+家)?([^，；]*)")


def own_firms(fact: str, helper: str, doer: str) -> str:
    """A fact as the helper says it of its own firms: 引进海晏区企业5家 → 引导我区5家企业落户 (引进 is the
    receiving side's verb); the faithfulness check accepts this form of the event's fact."""
    return "，".join(_OWN_FIRMS.sub(lambda m: f"引导{doer}{m[2] or ''}{m[1]}" + (m[3] or "落户"), c)
                    if c.startswith("引进" + helper) else c for c in fact.split("，"))


def _agent(facts: tuple[str, ...], doer: str, host: str = "", helper: str = "", host_name: str = "") -> str:
    """The cooperation's facts as one clause list, each said by the side that did it when the list
    opens on what only the helping side does (累计投入财政帮扶资金…, 援建…: language.yaml
    agent_verbs): ``doer`` says the helper's (临澄区累计投入…; 我区 in its own speech), ``host``
    the receiving side's (引进…企业: host_verbs), 两地 both sides' (共建…: both_verbs), the helper's
    what it does with its own (组织澈江市游客…, ``helper`` its name: round 29); a fact of no
    such verb goes on with the subject before it (两地协作成效明显，累计投入…… has no one who invested;
    临澄区累计投入…；引进企业 was read as the helper's introducing firms)."""
    lang = data("language")
    # (a fact that opens on an event, …帮扶县第一中学以来，…, takes 自 before it: 两地协作稳步推进，苏汀区组团式
    # 帮扶县第一中学以来… was read as 杂糅, round 26; 今年以来… opens on a time and is said as it is)
    items = [("自" + x if _SINCE_EVENT.match(x) and _after_time(x, lang["fact_times"]) == x
              and not x.startswith(("自", "从")) else x) for x in (f.rstrip("。；，！") for f in facts)]
    if helper and doer and doer != helper:
        # (the helper speaking does not 引进 its own firms: that is the receiving side's verb; round 29:
        # 引进海晏区企业5家 in 海晏区's reply → 引导我区5家企业落户)
        items = [own_firms(x, helper, doer) for x in items]
    verbs = tuple(lang["agent_verbs"])
    # a fact that opens on its own time, then the verb (今年以来已落实…, 五年来累计投入…) is said by its
    # doer before it, the fact kept whole (澄港区今年以来已落实…: round 22's 结对协作；今年以来已落实… had
    # no subject)
    cores = [_unhedged(_after_time(x, lang["fact_times"]), lang["already"]) for x in items]
    # (a fact that opens on the means, 消费帮扶销售…, takes 通过 after its subject: round 21)
    via: dict[str, str] = lang.get("agent_via") or {}
    # (a list that opens on the helper by name goes on the same way: 映湖区先后选派…，两地共建…, not
    # 映湖区…共建…，引进映湖区企业: round 12)
    head = next((w for w in (doer, helper) if w and items and items[0].startswith(w)), "")
    named = bool(doer) and bool(head) and not items[0][len(head):].startswith(tuple(lang["agent_things"]))
    if items and not named and cores[0].startswith(verbs) and not items[0].startswith(verbs):
        # (said by the doer; the rest goes on as below, with that subject)
        items[0] = doer + items[0]
        named = bool(doer)
    if not items or not (items[0].startswith(verbs) or named):
        # (what only the receiving side does still says so: 共建核桃精深加工园，柘溪县引进映湖区企业6家,
        # not 两地…引进映湖区企业, round 18)
        # (and the help received, 组团式帮扶…, after another subject is the helper's, round 20)
        hv, rv = tuple(lang["host_verbs"]), tuple(lang["help_received"])
        # (and what only the helper does, after another subject, is the helper's: …加工园年加工能力达到
        # 1.5万吨，去年帮助丹湟县1200名群众… read as the park's help, round 24)
        # (…also the first: 两地协作成效明显，引进澜港区企业建设… had no one who brought them in, round 25)
        # (and one that opens on its time and a verb no side owns, after a fact with its own subject, is
        # both sides': 两地去年组织…游客…, round 26)
        both = tuple(lang["both_open"])
        # (…but organising its own people or firms is the helper's: 去年组织澈江市游客… in 澈江市's speech
        # was 两地去年组织…, round 29)
        own = tuple(v + helper for v in both) if helper else ()
        return joined(_voiced([host + x if host and x.startswith(hv)
                       else doer + x if doer and k and own and cores[k].startswith(own) and not x.startswith(doer)
                       else doer + _means(x, via) + x if doer and k and (x.startswith(rv) or cores[k].startswith(verbs))
                       and not x.startswith(doer)
                       else lang["both_sides_name"] + x if k and cores[k] != x and cores[k].startswith(both)
                       else x for k, x in enumerate(items)], doer, helper, host, host_name))
    who = {**{v: host for v in lang["host_verbs"]}, **{v: lang["both_sides_name"] for v in lang["both_verbs"]},
           **{v: doer for v in lang["agent_verbs"]}, **{v: doer for v in lang["help_received"]}}
    out, subject = [], doer if named else None
    for k, x in enumerate(items):
        # (a fact that opens on its own time is read by its verb after it: 今年以来帮助…, 去年帮助… are
        # the helper's, said 临澄区今年以来帮助…, the fact kept whole; round 24 read 两地…；今年以来帮助…)
        core = cores[k] if k else x
        said = next((w for v, w in who.items() if core.startswith(v) and w), None)
        means = _means(x, via)
        if said is not None and said != subject and not x.startswith(said) \
                and not (said == doer and helper and x.startswith(helper)):
            out.append(said + means + x)
            subject = said
        else:
            out.append(means + x)
            # (a fact that names its own subject, 栖澄区企业在…建成…, leaves the next without one: round 24
            # read …建成茶叶加工厂2座，通过消费帮扶销售… as the firms' sales)
            # (…and so does one whose subject is a thing, 协作共建的枸杞加工园年加工能力…: then 去年帮助…
            # is the helper's again)
            if k and said is None and (doer and x.startswith(doer) or "的" in x[:8]):
                subject = None
    return joined(_voiced(out, doer, helper, host, host_name))


# a host speaks of its own place by name this many times in a speech's body, then as 我县/我旗/我市 (round
# 32's readers: 乌尔图旗 twenty times in one welcome; a secretary says 我县 to the cadres sent to him)
OWN_NAME_KEEP = 2
# what may follow the name where 我县 cannot stand for it: 沔岚县委, 沔岚县政府, 沔岚县籍, 沔岚县人 (not 人民)
_NAME_BOUND = regex(r"委|政府|籍|人(?!民)")


def own_place(texts: dict[str, str], order: list[str], name: str, ref: str, keep: int,
              protect: tuple[str, ...], names: tuple[str, ...] = (), ignore: tuple[str, ...] = ()) -> dict[str, str]:
    """The moves' texts (in ``order``) with the speaker's own place after its first ``keep`` mentions
    said as ``ref`` (我县), except inside what the event names (``protect``: the occasion, its points'
    words), where the name is part of a longer word (``_NAME_BOUND``), and in a sentence that would
    then share a run of four characters with its neighbour (我县的发展… twice: the gate read the name
    as a name, not as words)."""
    out, seen = dict(texts), 0
    for m in order:
        t = texts.get(m) or ""
        if name not in t:
            continue
        ss = re.findall(r"[^。！？]+[。！？]?", t)
        for k, s in enumerate(ss):
            if name not in s:
                continue
            spans = [(at.start(), at.end()) for p in protect if p and name in p for at in re.finditer(re.escape(p), s)]
            parts, last = [], 0
            for at in re.finditer(re.escape(name), s):
                a, e = at.span()
                if any(x <= a < y for x, y in spans):
                    continue
                seen += 1
                if seen <= keep or _NAME_BOUND.match(s, e):
                    continue
                parts += [s[last:a], ref]
                last = e
            said = "".join(parts) + s[last:]
            if said != s and not any(_shares_run(said, nb, list(names), list(ignore))
                                     and not _shares_run(s, nb, list(names), list(ignore))
                                     for nb in ss[max(k - 1, 0):k] + ss[k + 1:k + 2]):
                ss[k] = said
        out[m] = "".join(ss)
    return out


def _whole_place(text: str, party: Party) -> str | None:
    """What a fact says after 全县/全区… of ``party`` (its own subject: the whole place), or None."""
    unit = cnlang.unit_suffix(party.short)
    return text[2:] if unit and text.startswith("全" + unit) else None


def _sides_set_aside(text: str, ev: Event) -> str:
    """A text with the sides' names, 我县/我区 and 全县 set aside: what voicing a fact may change
    (``_voiced``, ``_reported``, other_facts), so what the faithfulness check reads past."""
    names = {ev.host.short, ev.guest.short, cnlang.self_ref(ev.host.short), cnlang.self_ref(ev.guest.short),
             *("全" + u for u in (cnlang.unit_suffix(ev.host.short), cnlang.unit_suffix(ev.guest.short)) if u)}
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "")
    return text


def fact_said(fact: str, text: str, ev: Event) -> bool:
    """Whether ``text`` says the event's ``fact`` in a voice the drafter gives it: with the sides named
    as the speaker or a report names them (渤宁区… → 我区…, 组织汐潮区游客 → 组织游客, 全县… → 靖川县…),
    or, in the helping side's mouth, its firms brought in said as its own (``own_firms``)."""
    if fact in text or _sides_set_aside(fact, ev) in _sides_set_aside(text, ev):
        return True
    return ev.kind != "news" and ev.speaker.side == "guest" and own_firms(
        fact, ev.guest.short, cnlang.self_ref(ev.guest.short)) in text


def _voiced(clauses_: list[str], doer: str, helper: str, host: str, host_name: str) -> list[str]:
    """The facts in the speaker's voice: its own place by its name said 我区/我县 (渤宁区累计选派…，去年
    帮助丹湟县1200名群众到渤宁区就业 in 渤宁区's speech, round 30), and a side that organised its own
    people not named twice (汐潮区去年组织汐潮区游客… → 汐潮区去年组织游客…). The faithfulness check
    reads the event's facts with the sides' names and 我X set aside (``fact_said``)."""
    out = []
    hv = tuple(data("language")["host_verbs"])
    for c in clauses_:
        if host and host_name and host != host_name and "，" in c:
            # (what the host did, after a clause of both: 共建…园区1个，我州引进临滢市企业9家, round 32)
            c = "，".join(host + part if k and part.startswith(hv) else part for k, part in enumerate(c.split("，")))
        for name, ref in ((helper, doer), (host_name, host)):
            if name and ref and name != ref and name in c:
                c = c.replace(name, ref)
        for who in (doer, host, helper):
            if who and c.startswith(who) and "组织" + who in c[len(who):]:
                c = who + c[len(who):].replace("组织" + who, "组织", 1)
        out.append(c)
    return out


def _told(ask: str, asking: dict[str, Any], uniform: bool) -> str:
    """A symposium's ask as the speaker tells it: with its own verb (希望…, 要…), or 希望大家…; in a list
    that has one of the second kind, every ask 希望大家… (要把… → 希望大家把…)."""
    if ask.startswith(tuple(asking["told"])) and not (uniform and ask.startswith("要")):
        return ask
    if ask.startswith(tuple(asking["subjects"])):
        return asking["tell_named"] + ask
    return asking["tell"] + (ask[1:] if ask.startswith("要") and len(ask) > 2 else ask)


def _ask_said(ask: str, lang: dict[str, Any]) -> str:
    """An ask without the verb of asking it opens on (希望浦临区帮助… → 浦临区帮助…): the sentence that
    says it has its own (希望…, 恳请…)."""
    for verb in lang["verbs"]:
        if ask.startswith(verb) and len(ask) > len(verb) + 1:
            return ask[len(verb):].lstrip("，")
    return ask


def _timed_plan(plan: str, asking: dict[str, Any]) -> bool:
    """A plan that opens on its own time (下半年…, 今年计划…, 2027年…: language.yaml asking.plan_times)."""
    return plan.startswith(tuple(asking["plan_times"])) or plan[:1].isdigit()


def _subject_after_time(plan: str, subject: str, asking: dict[str, Any]) -> str:
    """A plan that opens on its own time and goes on without a subject (明年计划安排…) is said with
    the speaker's after the time (明年，我们计划安排…; round 25 read 明年计划安排… with no one who plans);
    one that names its own (下半年双方将…) as it is."""
    time = next((w for w in asking["plan_times"] if plan.startswith(w)), "")
    rest = plan[len(time):].lstrip("，,")
    if time and rest.startswith(tuple(asking["subjectless"])):
        return f"{time}，{subject}{rest}"
    return plan


def _whole_plan(plan: str, asking: dict[str, Any]) -> bool:
    """A plan that says who or when itself (下半年双方将…, 浦临区将再组织…): 将 after a short head of no
    punctuation, or its own time. A plan opening on 将 (将协作资金用于…) is not: the template's 将
    stands for it."""
    at = plan.find("将")
    return (2 <= at <= 12 and not any(c in plan[:at] for c in "，、；：")) or _timed_plan(plan, asking)


def _unnamed(text: str, side: str) -> str:
    """``text`` without ``side``'s name where it only says whose firms they are (更多滨江区企业 → 更多
    企业), said after a verb that names ``side`` already; a place a thing happens in keeps it."""
    return re.sub(re.escape(side) + "(?=" + "|".join(data("language")["firm_words"]) + ")", "", text) if side else text


LONG_NAME = 20     # characters: an occasion's name longer than this, naming a side, is 这次座谈会 in a speech


def _venue(name: str) -> dict[str, str]:
    """How a report speaks of the occasion by what its name says it is: 会议 召开 / 会上, 仪式 举行 /
    仪式上, 活动 举行 / 活动中 (language.yaml: venues; the first whose ending the name has)."""
    for v in data("language")["venues"]:
        end = next((e for e in v.get("endings") or [] if name.endswith(e)), "")
        if not v.get("endings") or end:
            return {"venue": end if v["noun"] == "own" else v["noun"],
                    "venue_at": end + "上" if v["at"] == "own" else v["at"], "convene": v["verb"]}
    raise AssertionError("language.yaml: venues needs a last entry without endings")


def _season(month: int) -> str:
    return data("language")["seasons"][month - 1]


def _named_delegation(name: str, short: str, word: str) -> str:
    """The delegation an occasion's name gives the side (党政代表团 of 桐屿区党政代表团考察蓬岚旗), or ''."""
    at = name.find(short) if short else -1
    end = name.find(word, at + len(short)) if at >= 0 else -1
    return name[at + len(short):end + len(word)] if 0 <= end - at - len(short) <= 6 else ""


def stage(name: str) -> str:
    """The stage of the cadres' term a symposium is held at, read from its name (language.yaml
    stages): farewell (欢送…, 期满总结…, 轮换交接…), midterm (看望慰问…, 工作推进…) or arrival (欢迎…,
    见面…). A name that says none of them is an arrival: the set language was written for such names
    and their drafts stay what they were (a mid-term meeting names itself as one in the genre)."""
    words = data("language")["stages"]
    for st in ("farewell", "arrival", "midterm"):
        if any(w in name for w in words[st]):
            return st
    return "arrival"


def event_values(ev: Event) -> dict[str, str]:
    """Every placeholder the set language may use; '' when the event does not give it."""
    own, other = ev.own, ev.other
    host, guest = ev.host, ev.guest
    co = ev.cooperation
    sp = ev.speaker
    if ev.kind == "news" and sp.name and all(p.name != sp.name for p in host.leaders + guest.leaders):
        me = Person(sp.name, sp.title, cnlang.address(sp.name, sp.title))
        if sp.side == "host":
            host = replace(host, leaders=(me, *host.leaders))
        else:
            guest = replace(guest, leaders=(me, *guest.leaders))
    j = cnlang.join_list

    def clauses(items: tuple[str, ...] | list[str]) -> str:
        return joined([x.rstrip("。；，！") for x in items])

    def lead(p: Party) -> Person | None:
        return p.leaders[0] if p.leaders else None

    ol, hl, gl = lead(other), lead(host), lead(guest)
    asked = guest if ev.kind == "news" else other
    # asks as a user may write them, 希望浦临区帮助…: the verb of asking is the template's (郝建疆还希望
    # 浦临区希望浦临区… was said; round 23's events)
    lang = data("language")
    lang_asks = lang["asking"]
    asks = tuple(_ask_said(a, lang_asks) for a in ev.asks)
    thanks, gthanks = (next((r for r in p.remarks if r.startswith(tuple(lang["saying"]["thanks"]))), None)
                       for p in (host, guest))
    # plans as a user may write them, with their own subject or time (下半年双方将联合举办…, 浦临区将再
    # 组织…) are said whole: 昭河县接下来将下半年双方将… was said (round 23's events)
    plan_subject = host.short if ev.kind == "news" else lang_asks["we"]
    plans_whole = any(_whole_plan(p, lang_asks) for p in ev.plans)
    # a speaker's plans in its own voice: its place 我区, not its name (我们将组织汭湾区20家商协会企业… in
    # 汭湾区's reply, round 31; a report keeps every name)
    plans = ev.plans if ev.kind == "news" else tuple(
        p.replace(own.short, cnlang.self_ref(own.short)) for p in ev.plans)
    # a plan of the other side's or both sides' (下半年双方将…, 浦临区将再组织…) is not the host's to
    # announce in a report (round 29: 据郝建疆介绍，…浦临区将再组织15家企业…)
    plans_others = any(w in p[:max(p.find("将"), 0)] for p in ev.plans
                       for w in (guest.short, *lang_asks.get("both", ())))
    # a symposium's asks said alike when one of them has no verb of its own or opens on 要 (_told)
    told_alike = any(not a.startswith(tuple(lang_asks["told"])) or a.startswith("要") for a in ev.asks)
    occasion = _is_occasion(ev.event.name)        # not a visit (…考察…) named as the occasion
    venue = _venue(ev.event.name)
    own_unit = cnlang.unit_suffix(own.short)
    # the seconded are officials unless the event names only professionals (教育医疗专业技术人才): in
    # its cadres field and the occasion's name (专业技术人才座谈会; not 干部人才座谈会)
    sent = co.cadres + ev.event.name
    cadres = cnlang.counts_first(co.cadres)       # 挂职干部6名 → 6名挂职干部
    names_professionals = any(w in sent for w in lang["professional_words"])
    professionals = names_professionals and not any(w in sent for w in lang["official_words"])
    # a delegation the event names only in its name (桐屿区党政代表团考察蓬岚旗): the group as named
    if not guest.delegation:
        guest = replace(guest, delegation=_named_delegation(ev.event.name, guest.short, lang["delegation_word"]))
    # a host fact that opens on the help itself (组团式帮扶县人民医院) is the helper's work: said among
    # the cooperation's results, not after 我县干部群众苦干实干 (rounds 15–17)
    received = tuple(f for f in host.facts if f.startswith(tuple(lang["help_received"])))
    if received:
        host = replace(host, facts=tuple(f for f in host.facts if f not in received))
        # (with no result before it, the helper by name: 桐屿区组团式帮扶旗人民医院)
        co = replace(co, facts=co.facts + received if co.facts else (guest.short + received[0], *received[1:]))
        own, other = (host if p is ev.host else p for p in (own, other))
    visitors_named = bool(guest.delegation) and guest.short + guest.delegation in ev.event.name
    # the visiting group as a speech names it: 滨江区党政代表团, its leader (刘书记), or 滨江区各位领导
    # (…各位领导一行 says 各位 and 一行 twice: the guest's leader by name when there is no delegation)
    # (a speech says it to their face: 司空书记一行, not 漱玉区委书记司空砚一行; round 11)
    led = bool(guest.delegation or (gl and gl.title))
    visitors = f"{guest.short}{guest.delegation}" if guest.delegation else (
        (gl.address if ev.kind != "news" else f"{party_title(guest, gl.title)}{gl.name}")
        if led else f"{guest.short}各位领导")
    # the event's facts of the occasion itself (现场达成就业意向…: language.yaml occasion_marks)
    facts_here = any(w in x for x in co.facts for w in lang["occasion_marks"])
    this_occasion = lang["this_occasion"].format(venue=venue["venue"])
    # own/other stay the event's; host/guest above may carry a news speaker
    year = ev.event.date.year
    paired = bool(co.since or co.areas or co.facts or co.donation or cadres)
    at_guest = bool(ev.event.place) and ev.event.place in (guest.short, guest.name) and ev.event.place != host.short
    co_said = _agent(co.facts, cnlang.self_ref(guest.short) if sp.side == "guest" and ev.kind != "news" else guest.short,
                     cnlang.self_ref(host.short) if sp.side == "host" and ev.kind != "news" else host.short,
                     guest.short, host.short)
    # (the facts stand as a sentence of their own when they open on who did them, or on a time: 五年来
    # 澄港区累计选派… after 在双方共同努力下 read as a 状语 that takes no subject, round 31)
    co_verb = co_said.startswith(tuple(lang["fact_verbs"]))
    co_own = bool(co_said) and (co_said.startswith((guest.short, host.short, lang["both_sides_name"], "我", "全", "自"))
                                or _after_time(co_said, lang["fact_times"]) != co_said)
    v: dict[str, str] = {
        "own": own.short, "other": other.short, "host": host.short, "guest": guest.short,
        "own_ref": cnlang.self_ref(own.short), "other_ref": cnlang.other_ref(other.short),
        "own_all": cnlang.all_ref(own.short), "other_all": cnlang.all_ref(other.short),
        "host_all": cnlang.all_ref(host.short),
        "host_ref": cnlang.self_ref(host.short) if sp.side == "host" else host.short,
        "name": ev.event.name, "place": ev.event.place, "theme": ev.event.theme,
        "date": cnlang.cn_date(ev.event.date), "month_day": cnlang.cn_month_day(ev.event.date),
        "season": _season(ev.event.date.month),
        "delegation": other.delegation or (guest.delegation if sp.side == "host" else "") or "",
        "guest_delegation": guest.delegation,
        # the visiting group as a report names it: 滨江区党政代表团, else its leader's 一行 (no invented 代表团)
        # (its lead has named the leader with the title: 林少川一行, not 闽澄区委常委、副区长林少川一行 again,
        # round 25)
        "guest_party": f"{guest.short}{guest.delegation}" if guest.delegation else (gl.name if gl else guest.short),
        "visitors": visitors,
        # …一行, unless they are 各位领导 already (榆汐区各位领导一行 says 各位 and 一行 twice: round 28)
        "visitors_party": visitors + "一行" if led else visitors,
        "hosts": f"{host.short}各位领导",
        "body": represents(sp.title, own) if sp.title else "",
        "own_body_named": place_stem(own.short) + represents(sp.title, own) if sp.title else f"{own.short}党政领导班子",
        "own_body": represents(sp.title, own) if sp.title else f"{own.short}党政领导班子",
        # the speaker's own committee and government, as its cadres are told to follow them (县委、县政府)
        "own_party": lang["own_party"].format(u=own_unit) if own_unit else own.short + lang["own_party_plain"],
        "other_leader": ol.address if ol else "",
        "other_leaders": "、".join(p.address for p in other.leaders[:3]),
        "since": str(co.since) if co.since else "",
        "years": cnlang.cn_number(year - co.since) if co.since and 1 < year - co.since <= 10 else "",
        # 多年来 / 长期以来 only of a pairing the event says is years old (round 13: 长期以来 with no since)
        "many_years": "yes" if co.since and year - co.since > 1 else "",
        # 结对以来 / 一直以来的帮扶 only when the event says the two cooperate at all (round 29: a toast
        # of an event with no cooperation said 自两地结对以来 and thanked for years of support)
        # an occasion on the helping side's own ground (a fair of the host's products held in the
        # guest's district): the guest receives, the host thanks (round 31's events: 海文珍…对庄一帆一行
        # 的到来表示热烈欢迎 at a fair in 庄一帆's own district)
        "at_guest": "yes" if at_guest else "",
        "paired": "yes" if paired else "",
        # a rank that is a listing (…创建县, …试点县) is said 是…, not 获评… (round 31)
        "ranks_listed": "yes" if any(w in r for r in host.ranks for w in lang["rank_listings"]) else "",
        "areas": j(co.areas), "area1": co.areas[0] if co.areas else "",
        # the helper named as the one who invested: 临澄区累计投入…; 我区 when it speaks itself
        "co_facts": co_said,
        # (the facts said as a sentence of their own when they open on who did them: 我区累计投入…,
        # 两地共建…; else after 在两地共同努力下: round 30 read 两地携手推进协作，我区累计投入… as a clause
        # that says nothing and a subject that changes)
        "co_facts_subject": "yes" if co_own else "",
        "co_facts_own": "yes" if co_said and not co_verb else "",
        "co_facts_verb": "yes" if co_said and not co_own and co_verb else "",
        "co_facts_noun": "yes" if co_said and not co_own and not co_verb else "",
        # (本次展销会设展位… , not 活动中，展销会设展位…: round 32)
        "co_facts_at": ("本次" + co_said if co_said.startswith(tuple(lang["occasion_nouns"])) else venue["venue_at"]
                        + "，" + co_said) if co_said else "",
        "donation": co.donation,
        # 这些成绩/一项项成果 only after more than one fact (co_facts_many: _fact_flags below)
        # (a welcome that asks what the event asks does not also ask support in every area: round 11)
        "no_asks": "" if ev.asks else "yes",
        # money and projects are spoken of only when the event says what was done (round 12)
        "funds": "yes" if co.donation or any(w in x for x in co.facts for w in lang["fund_words"]) else "",
        "co_facts_here": "yes" if facts_here else "",
        "co_facts_there": "yes" if co.facts and not facts_here else "",
        "projects": "yes" if any(w in x for x in co.facts + ev.visit.sites for w in lang["project_words"]) else "",
        # a report says who attended only when the event names someone of the sides (round 16: 两地
        # 有关部门负责同志参加 of an event that names no one)
        "anyone": "yes" if host.leaders or guest.leaders else "",
        # (what both sides agreed is what they signed: a side's own plans or a donation are not 双方商定的事项,
        # round 25 audit)
        "agreed": "yes" if ev.visit.signings else "",
        # what only a host tells the cadres (to lobby their sending units); schools and hospitals
        # only when the cooperation's areas name education or health
        "host_speaks": "yes" if sp.side == "host" else "",
        "guest_speaks": "yes" if sp.side == "guest" else "",
        "edu_health": "yes" if any(w in a for a in co.areas for w in lang["edu_health_words"]) else "",
        # (两点 of two asks, not 几点: round 25)
        "asks_few": lang["one"] if len(ev.asks) <= 1 else lang["few"] if len(ev.asks) > 9 else
        ((lang.get("count_forms") or {}).get(len(ev.asks)) or cnlang.cn_number(len(ev.asks))) + "点",
        # (the other's 全县… said after its name: 磐川县全县… said the place twice, round 32)
        "own_facts": clauses(own.facts),
        "other_facts": clauses([_whole_place(f, other) or f for f in other.facts]),
        "host_facts": clauses(host.facts), "guest_facts": clauses(guest.facts),
        "industries": j(own.industries) if own is host else j(host.industries),
        "host_industries": j(host.industries),
        "other_industries": j(other.industries),
        "area": host.area, "population": host.population, "ranks": j(host.ranks),
        "visits": j(ev.visit.sites), "signings": j(ev.visit.signings),
        "plans": "" if plans_whole else clauses(plans), "asks": clauses(asks),
        "plans_hosts": "" if plans_others else "yes", "plans_others": "yes" if plans_others else "",
        "plans_whole": ("" if _timed_plan(ev.plans[0], lang_asks) else lang_asks["next"])
        + clauses([_subject_after_time(p, plan_subject, lang_asks) if _whole_plan(p, lang_asks)
                   else plan_subject + "将" + p for p in plans]) if plans_whole else "",
        # the asks said after 恳请{other}: the other side's firms not named again inside them
        # (恳请汐湾区推动更多汐湾区企业… → 恳请汐湾区推动更多企业…; 到鹤沚区稳岗就业 keeps its place)
        # a symposium's asks of the cadres said as the event words them, each with its verb (希望…/要…)
        # (…每人至少带好两名青年教师 said 希望大家…, and so is 要把…带到课堂上 beside it: 提两点要求：要把…；
        # 希望大家… was read as two forms in one list, round 26)
        "asks_told": "；".join(_told(a.rstrip("。；，！"), lang_asks, told_alike)
                               for a in ev.asks) if ev.kind == "symposium" else "",
        # (an ask of both sides after one of the other's is hoped again: 希望贵县…；也希望两地加强…,
        # not 希望贵县…；两地加强…, round 31)
        "asks_of_other": _unnamed(clauses([a[len(other.short):] if a.startswith(other.short)
                                           else lang_asks["also"] + a if k and a.startswith(tuple(lang_asks["both"]))
                                           else a for k, a in enumerate(asks)]), other.short),
        # 希望滨江区……, unless the asks open on the side asked (a report gives the asks and plans as
        # the host's: asked of the guest); its firms not named again (希望滨江区推动更多企业…)
        "asks_said": (clauses(asks) if asks[0].startswith(asked.short)
                      else asked.short + _unnamed(clauses(asks), asked.short)) if asks else "",
        # the host's facts with the host as their subject, unless a fact has its own (全县……)
        # (a report says the place by name: 据介绍，全县冷水鱼养殖规模… has no 县 of its own, round 26)
        "host_facts_said": _reported(_subject(host, host.facts), host) if ev.kind == "news" else _subject(host, host.facts),
        "guest_facts_said": _subject(guest, guest.facts),
        # (in the speaker's own mouth: 我县2020年…, not the place's name again after 青山县总面积…)
        "own_facts_said": _subject(own, own.facts, cnlang.self_ref(own.short)),
        "cadres": cadres,
        # 分管工作, 民主集中制, 牵线引进的项目 are for officials (round 13)
        # (and not to a group with professionals in it either: 分管领域, 政绩观 said to 8 cadres and 26
        # doctors and teachers, round 23 audits)
        "officials": "yes" if not names_professionals else "",
        # an organisation head does not tell 组织部门 what to do: it is their own department (round 19)
        "not_org_head": "" if lang["org_word"] in sp.title else "yes",
        # a symposium of professionals only (教师、医生) is not told of 挂职: language.yaml rewording
        "professionals": "yes" if professionals and ev.kind == "symposium" else "",
        **_pros(sent, lang["pros_called"]),
        "host_own": "yes" if ev.kind != "news" and sp.side == "host" else "",
        "daytime": "yes" if ev.kind == "toast" and not any(w in ev.event.name for w in lang["evening_words"]) else "",
        # another pairing programme than East–West cooperation (对口援藏…), as the event's words name it
        "programme": _programme(ev, lang["programmes"]),
        # 临澄区选派的第二批挂职干部, unless the field says who sent them (鹭屿区选派的…, 派驻…的…)
        "cadres_from": cadres if not cadres or guest.short in cadres or any(
            w in cadres for w in lang["sent_words"]) else f"{guest.short}选派的{cadres}",
        "visited": "yes" if ev.visit.sites else "",
        "sites2": "yes" if len(ev.visit.sites) > 1 else "",      # 一个个项目, 先后: more than one
        "prev": "", "prev_title": "",
        "hl_name": f"{party_title(host, hl.title)}{hl.name}" if hl and hl.title else (hl.name if hl else ""),
        "gl_name": f"{party_title(guest, gl.title)}{gl.name}" if gl and gl.title else (gl.name if gl else ""),
        "hl": hl.name if hl else "", "gl": gl.name if gl else "",
        "guest_named": _named(guest), "host_named": _named(host),
        # an event named as a visit (…考察…) is not said to be a 座谈会 it may not be: 这次活动
        # (an occasion named after the visitors is 这次座谈会 in their own mouth too: round 18, 与大家一道
        # 举行汐川区党政代表团来桉坪县考察对接座谈会 said by 汐川区's secretary)
        "occasion": (ev.event.name if not visitors_named or ev.kind == "news"
                     else this_occasion) if occasion else (
            lang.get("unnamed_occasion") or ev.event.name + lang["meeting_word"]),
        # a speech names a long occasion that names the sides by its kind (这次座谈会), not by its
        # whole name (round 10: 与我们共同举行莼湖区党政代表团来碧溆旗考察…座谈会, 会议全称塞进句子)
        # (and so is one that names the visitors themselves, whatever its length: 举行汐川区党政代表团来
        # 桉坪县考察对接座谈会，热烈欢迎汐川区党政代表团一行, round 18)
        "oname": (ev.event.name if ev.kind == "news" or (len(ev.event.name) <= LONG_NAME
                  or not (host.short in ev.event.name or guest.short in ev.event.name))
                  and not visitors_named
                  else this_occasion) if occasion else "",
        "visit_name": "" if occasion else ev.event.name,
        "occasion_named": "yes" if occasion else "",
        # the meeting the guests came for (前来参加…联席会议的…一行); not a banquet, nor a visit named
        # by the visitors themselves (为前来参加琅岙区党政代表团…的琅岙区党政代表团一行; round 11)
        "meeting": "" if any(w in ev.event.name for w in lang["not_a_meeting"]) else ev.event.name,
        "hl_body": represents(hl.title, host) if hl else "",
        "gl_body": represents(gl.title, guest) if gl else "",
        # what each side's leader said, as the event gives it (a report attributes nothing else)
        # (a remark that thanks, 感谢…的真情帮扶, is said in the welcome line that thanks, not after it
        # again: round 25 read …表示感谢。党志远在讲话中表示，感谢…)
        "host_said": _said(hl.name, tuple(r for r in host.remarks if r is not thanks)) if hl else "",
        "hl_thanks": thanks.rstrip("。；，！") if hl and thanks else "",
        "hl_unthanked": hl.name if hl and not thanks else "",
        "guest_said": _said(gl.name, tuple(r for r in guest.remarks if r is not gthanks)) if gl else "",
        "gl_thanks": gthanks.rstrip("。；，！") if gl and gthanks else "",
        "gl_unthanked": gl.name if gl and not gthanks else "",
        # the place, unless the occasion's name already says it (…青山县…联席会议在青山县召开); a name
        # of the pair (滨江区—青山县…联席会议) says no place (round 10: 导语缺地点)
        "at_place": ev.event.place if ev.event.place and (
            ev.event.place not in ev.event.name
            or (place_stem(host.short) in ev.event.name and place_stem(guest.short) in ev.event.name)) else "",
        # …nor when it is one of the two sides named beside it (星渚区、砚塘县两地在砚塘县召开)
        "place_apart": ev.event.place if ev.event.place and ev.event.place not in ev.event.name
        and ev.event.place not in (host.short, guest.short) else "",
        # the occasion's name after the two sides, unless it names them itself (棠樾区与青箬县召开棠樾区—青箬县…)
        "oname_plain": ev.event.name if occasion and host.short not in ev.event.name
        and guest.short not in ev.event.name else "",
    }
    v.update(venue)
    # the stage of the cadres' term (a symposium's moves differ: welcome and 尽快进入角色 at arrival,
    # thanks for the term's work and 常回来看看 at farewell)
    st = stage(ev.event.name)
    v.update({s: "yes" if s == st else "" for s in ("arrival", "midterm", "farewell")})
    # a reply answers the speaker the event names; with none named it answers no one and the warning
    # asks for them (round 11 missed 回应前一位讲话人; round 12 read a default 刚才，某书记的致辞 as an
    # agenda the event does not give)
    if ev.answers is not None:
        v["prev"] = ev.answers.address
    # a host whose facts speak of 脱贫摘帽 before the pairing began did that before the helper came
    v["since_before_facts"] = ""
    for key, facts in (("host_facts", host.facts), ("own_facts", own.facts), ("co_facts", co.facts),
                       ("other_facts", other.facts)):
        v.update(_fact_flags(key, facts))
    return v


def _fact_flags(key: str, facts: tuple[str, ...]) -> dict[str, str]:
    """What the set language asks of a list of facts: KEY_many (这些成绩, or a line of the whole place,
    坚持以高质量发展统揽全局…, leads more than one fact), KEY_one (one fact alone is said as it is),
    KEY_dated / KEY_undated (the first opens on its own time, so no 近年来 or 自2021年结对以来 leads it:
    近年来，2025年…; 自…以来，今年以来已落实…, round 21)."""
    dated = bool(facts) and cnlang.dated(facts[0])
    return {f"{key}_many": "yes" if len(facts) > 1 else "", f"{key}_one": "yes" if len(facts) == 1 else "",
            f"{key}_dated": "yes" if dated else "", f"{key}_undated": "yes" if facts and not dated else ""}


# the values of the last few events: every draft of --variants and every preview of one event says
# the same event
_event_values = functools.lru_cache(maxsize=16)(event_values)


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


def _fill(text: str, values: dict[str, str]) -> str | None:
    conds, parts = _parsed(text)
    get = values.get
    for key in conds:
        if get(key[1:], "") if key[0] == "!" else not get(key, ""):
            return None
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


@functools.lru_cache(maxsize=1)
def _clash_ignore() -> frozenset[str]:
    return frozenset(data("eras")["gate"].get("clash_ignore") or ())


@functools.lru_cache(maxsize=16384)
def _pairs(text: str) -> frozenset[str]:
    """The two-character runs of a text's Chinese words (what two choices of a sentence must not
    share; what a heading shares with a default point's)."""
    return _grams(text, (), (), 2)


@functools.lru_cache(maxsize=16384)
def _clash_words(text: str) -> frozenset[str]:
    """A choice's words _clash compares (remembered, not taken from its pairs again: the same
    choices are met in every combination a skeleton tries)."""
    return _pairs(text) - _clash_ignore()


def _clash(picks: list[str]) -> bool:
    """Do two choices of one sentence say the same word (深入 / 深入了解, 格外高兴 / 感到格外亲切, 稳步发展 /
    稳步提升)? Each reads well alone; together they repeat (round 12's audit of the templates).
    The genre's words that a sentence may well say twice (eras.yaml gate.clash_ignore) do not count."""
    if len(picks) < 2:
        return False
    seen: set[str] = set()
    for p in picks:
        words = _clash_words(p)
        if not seen.isdisjoint(words):
            return True
        seen |= words
    return False


@functools.lru_cache(maxsize=4096)
def _undated(groups: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """The choices without those that say the pairing is years old (多年来, 长期以来: language.yaml
    duration_words), where another option of the choice remains."""
    words = tuple(data("language")["duration_words"])
    return tuple(tuple(o for o in opts if not any(w in o for w in words)) or opts for opts in groups)


# the event's flags (event_values) under which the set language is reworded by a table of
# language.yaml (in order, the longer first): professionals — a symposium of professionals only is not
# told of 挂职 (挂职干部 → {pros}, a rewording's own placeholders filled from the event); daytime — a
# toast whose occasion does not say it dines in the evening does not say 今晚; host_own — a host says
# 我县 of its own place, not 当地 (the set words of a point for cadres are the sending side's: 为当地培养
# 一批业务骨干 in a county secretary's mouth, round 25)
REWORDINGS = ("professionals", "daytime", "host_own", "programme")


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
        # what the event's points say, never reworded (REWORDINGS: its heading keeps its 挂职)
        self._given = frozenset(x for p in ev.points for x in (p.heading, p.body) if x)
        self.bank_say = bank_say
        self.moves: dict[str, list[Position]] = {}
        self.missing: list[str] = []           # fields whose absence left a move short
        self._fills: dict[str, str | None] | None = None
        kinds = moves_data(user_dir)
        key = f"{ev.kind}-{ev.speaker.side}"
        spec = kinds.get(key) or kinds[ev.kind]
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
        self.points = self._points(user_dir)          # first: the intro says how many
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
                out.extend(self._positions(move, self.shared[item["use"]]))
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
            if not alts and pos.gap:
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
        audience = "cadres" if ev.kind == "symposium" else ("news" if ev.kind == "news" else ev.speaker.side)
        # (a farewell's points say what the cadres did and leave behind: its own default set)
        defaults = (d["defaults"].get(f"{ev.kind}-farewell") if self.values.get("farewell") else None) \
            or d["defaults"].get(f"{ev.kind}-{ev.speaker.side}") or d["defaults"].get(ev.kind) or []
        specs: list[dict[str, Any]] = []
        if ev.points:
            specs = [{"heading": p.heading, "topic": p.topic, "body": p.body} for p in ev.points]
        elif ev.kind == "news":
            pass       # a report says what a meeting settled only when the event gives it (points)
        else:
            if ev.kind == "reply":      # a reply pledges by area
                specs = [{"topic": a} for a in ev.cooperation.areas[:self.n_points]]
            rest = [x for x in defaults if not any(x.get("topic") == s.get("topic") for s in specs)
                    and (not x.get("if") or self.values.get(x["if"])) and not self.values.get(x.get("unless", ""))]
            want = min(self.n_points - len(specs), len(rest))
            if want > 0:
                # a point chosen for what the event is (first: true) is always said
                sure = [i for i, x in enumerate(rest) if x.get("first")][:want]
                others = [i for i in range(len(rest)) if i not in sure]
                idx = sorted(sure + self.rng.sample(others, k=want - len(sure)))
                specs += [{"default": rest[i]} if "body" in rest[i] else {"topic": rest[i]["topic"]} for i in idx]
        # a count before 点/个 says 两, not 二 (language.yaml: count_forms)
        self.values["n"] = (data("language").get("count_forms") or {}).get(len(specs)) or cnlang.cn_number(len(specs))
        used_topics: set[str] = set()
        plans: list[dict[str, Any]] = []
        # a heading chosen here says no four characters of another point's (增收致富 in two headings)
        taken = [spec["heading"] for spec in specs if spec.get("heading")]
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
                matched = self._heading_body(spec["heading"], defaults, d, audience, matched_only=True) \
                    if spec.get("heading") and not topic and not spec.get("body") else []
                key = "" if matched else self._topic(topic or spec.get("heading") or spec.get("body") or "", d, used_topics)
                # a topic of no known area (纪律作风) that one of the kind's points speaks of: that
                # point's body, under a heading that names the topic as the event words it
                if not matched and not key and topic and not spec.get("heading") and not spec.get("body"):
                    matched = self._heading_body(topic, defaults, d, audience, matched_only=True)
                tdata = d["topics"].get(key, {}) if key else {}
                if spec.get("heading"):
                    heading_alts = [spec["heading"]]
                else:
                    heading_alts = [h.replace("{topic}", topic) for h in
                                    _alts(tdata.get("headings", {}).get(audience) or d["generic"]["headings"][audience])]
                if spec.get("body"):
                    # the writer's body: its first sentence always, the others first as the draft
                    # grows (a short draft of a long body keeps its opening sentence)
                    body_items = [{"c": [spec["body"]], "each": True}]
                    if spec.get("heading") and not key:   # the matching default point says more
                        body_items += [x for x in self._heading_body(spec["heading"], defaults, d, audience,
                                                                     matched_only=True) if "o" in x]
                    elif key:       # …and so does the topic the point names (its optional sentences)
                        body_items += [x for x in self._topic_body(tdata, d, audience,
                                                                   topic or spec.get("heading") or "") if "o" in x]
                    if topic and topic not in spec["body"] and not spec.get("heading"):
                        body_items.insert(0, _topic_lead(d, audience, topic))
                elif matched:
                    body_items = matched
                elif not key and spec.get("heading") and not topic:
                    body_items = self._heading_body(spec["heading"], defaults, d, audience)
                else:
                    body_items = self._topic_body(tdata, d, audience, topic or spec.get("heading") or "")
                    # (a heading of the writer's that does not name its topic: the body names it, 在文旅协作
                    # 方面，… — a point 拓展领域，互利共赢 with topic 文旅协作 said neither and was refused,
                    # round 26's events)
                    if topic and spec.get("heading") and topic not in spec["heading"]:
                        body_items.insert(0, _topic_lead(d, audience, topic))
            hv = Wordings()
            for t in heading_alts:
                hv.extend(w for _, w in self._lazies(t))
            heading = ""
            if len(hv):
                # a heading says no four characters of another point's (增收致富 in two headings):
                # the seed's draws until one does not, at most 32
                for _ in range(32):
                    heading = hv[self.rng.randrange(len(hv))][0].rstrip("。！；：，")
                    if not any(_shares_run(heading, t, [], []) for t in taken if t != heading):
                        break
            if not spec.get("heading"):
                taken.append(heading)
            self.moves[move] = self._positions(move, body_items)
            plans.append({"heading": heading, "move": move, "topic": topic, "given": bool(spec.get("heading"))})
        return plans

    def _heading_body(self, heading: str, defaults: list[Any], d: dict[str, Any], audience: str,
                      matched_only: bool = False) -> list[Any]:
        """A heading alone: the body of the kind's default point that says the same thing (the most
        shared two-character words), else the audience's words for a heading of its own."""
        mine = _pairs(heading)
        best, score = None, 1
        for x in defaults:
            if "body" not in x or id(x) in self._used_defaults:
                continue
            n = len(mine & set().union(*(_pairs(h) for t in _alts(x["heading"]) for h in _expand(t))))
            if n > score:
                best, score = x, n
        if best is not None:
            self._used_defaults.add(id(best))
            return list(best["body"])
        if matched_only:
            return []
        items: list[Any] = [{"c": _alts(d["generic"]["heading_only"][audience])}]
        for s in d["generic"]["more"].get(audience) or []:
            items.append({"o": _alts(s)})
        return items

    def _topic(self, text: str, d: dict[str, Any], used: set[str]) -> str:
        for key, t in d["topics"].items():
            if key not in used and any(w in text for w in t["words"]) \
                    and not any(w in text for w in t.get("unless") or ()):
                used.add(key)
                return key
        return ""

    def _topic_body(self, tdata: dict[str, Any], d: dict[str, Any], audience: str, topic: str) -> list[Any]:
        # (a topic may say its verb phrases in frames of its own: 希望大家立足本职，注意劳逸结合 is not said)
        own_frames = tdata.get("frames") or {}
        frames = _alts(own_frames.get(audience) or d["frames"][audience])
        vps = list((tdata.get("vps_cadres") if audience == "cadres" else None) or tdata.get("vps") or [])
        if audience in ("host", "guest"):   # what only one side can pledge: the receiving side its
            vps += tdata.get(f"vps_{audience}") or []    # services, the helping side its support
        items: list[Any] = []
        if vps:
            # each verb phrase of the topic said in one of the audience's frames
            more = _alts(own_frames.get(f"{audience}_more") or d["frames"].get(f"{audience}_more")) or frames
            for k, vp in enumerate(vps):
                items.append({"c" if k == 0 else "o":
                              [f.replace("{vp}", vp).replace("{topic}", topic) for f in (more if k else frames)]})
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
            text = own_place(text, self._move_names(), host, cnlang.self_ref(host), OWN_NAME_KEEP,
                             (self.ev.event.name, self.values.get("occasion", ""), self.values.get("oname", ""),
                              *(x for pt in self.ev.points for x in (pt.heading, pt.body) if x)),
                             tuple(self._names()), tuple(data("eras")["gate"]["ignore"]))
        # a move of one sentence just before the points' intro is said in the intro's paragraph (对我市而言，
        # 东西部协作是…难得契机，我们一定抓住用好。 stood alone as a paragraph: round 25 audit)
        # (not a report's: its intro is said inside the points' sentence, and only when there are points)
        names = [m for m in self.order if m != "points"]
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
        # (a topic's name in its heading and its lead: 在消费帮扶方面…)
        ev = self.ev
        own_words = set().union(*(grams4[w] for w in (*ev.cooperation.areas, *ev.host.industries,
                                                       *(x.topic for x in ev.points if x.topic)) if w))
        heading_grams = {pl["move"]: grams4[pl["heading"]] - own_words for pl in self.points if pl.get("heading")}
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


def _shares_run(a: str, b: str, names: list[str], ignore: list[str], size: int = 4) -> bool:
    """The same ``size`` characters (not a name, not a fixed word of the genre) in two sentences."""
    return not _grams(a, tuple(names), tuple(ignore), size).isdisjoint(_grams(b, tuple(names), tuple(ignore), size))


@functools.lru_cache(maxsize=1)
def _han_runs_re() -> re.Pattern[str]:
    # (compiled once across runs by ``regex``: its copy is kept, so no run compiles the class)
    return regex("[\u4e00-\u9fff]+")


def _grams(s: str, names: tuple[str, ...], ignore: tuple[str, ...], size: int = 4) -> frozenset[str]:
    return _grams_of(_runs(s, names, ignore), size)


def _runs(s: str, names: tuple[str, ...], ignore: tuple[str, ...]) -> list[str]:
    """The runs of Chinese characters of ``s`` that are not a name or a word to ignore."""
    for n in names + ignore:
        if n in s:
            s = s.replace(n, "|")
    # (a name or word given way is a "|": no Chinese character, so a run ends there)
    return _han_runs_re().findall(s)


def _grams_of(runs: list[str], size: int) -> frozenset[str]:
    return frozenset([run[i:i + size] for run in runs for i in range(len(run) - size + 1)])


def _grams_by_runs(runs: Memo, size: int, text: str) -> frozenset[str]:
    """``_grams_of`` of a text's runs as a table of them holds them (read once for every size)."""
    return _grams_of(runs[text], size)


_SENTENCE_ENDS = regex(r"(?<=[。！？])")


# the verbs a saying goes on with in the sentence before (…，并强调，…): 说 and 介绍 do not
_GOES_ON = ("强调", "指出", "表示")


def one_voice(text: str, name: str, others: tuple[str, ...]) -> str:
    """A report's leader named at the head of sentence after sentence (郝建疆在讲话中表示…。郝建疆强调…。
    郝建疆希望…。郝建疆还希望…: round 29, six in a row): two sayings running are one sentence (…，并强调，…)
    and so are two hopes (希望浦临区在…给予支持，并帮助…: the side asked is not named again). The
    report never says 他 (it does not know who is a 她)."""
    if not name or text.count(name) < 3:
        return text
    says = tuple(data("language")["saying"]["lead_verbs"])
    out: list[str] = []
    for part in _SENTENCE_ENDS.split(text):
        prev = out[-1] if out else ""
        if part.startswith(name) and prev.startswith(name) and prev.endswith("。") and "，并" not in prev:
            mine, theirs = prev[len(name):].removeprefix("在讲话中"), part[len(name):]
            hope = theirs.removeprefix("还")
            if mine.startswith("希望") and hope.startswith("希望"):
                body = hope[2:]
                body = next((body[len(o):] for o in others if o and body.startswith(o) and mine[2:].startswith(o)), body)
                out[-1] = prev[:-1] + "，并" + ("" if body != hope[2:] else "希望") + body
                continue
            if mine.startswith(says) and not mine.startswith("希望") and theirs.startswith(_GOES_ON):
                out[-1] = prev[:-1] + "，并" + theirs
                continue
        out.append(part)
    return "".join(out)


class _GateMemo:
    """What the coherence gate asks of one text (its ideas, set phrases, a dangling opening, the
    openers it starts with, its n-grams), answered once for the gate rules it was asked under.
    The same sentences are met in every pass, at every level and in every draft of a process."""

    LIMIT = 50_000           # texts remembered (a long-running server drafts many events)

    def __init__(self, rules: dict[str, Any]) -> None:
        self.rules = rules   # held, so that the identity test in _gate_memo stays sound
        self.known: dict[str, tuple[Any, ...]] = {}
        self._grams: dict[tuple[tuple[str, ...], int], Memo] = {}
        self._runs: dict[tuple[str, ...], Memo] = {}
        self._keys: dict[str, Memo] = {}
        ideas = [(k, scope, v) for scope, key in (("draft", "ideas"), ("paragraph", "paragraph_ideas"))
                 for k, v in (rules.get(key) or {}).items()]
        self._ideas = [(k, scope) for k, scope, _ in ideas]
        self._dangling = regex(rules["dangling"])
        self._openers = tuple(rules.get("openers", ()))
        self._phrases = list(rules["set_phrases"])
        # a text's ideas and set phrases found in one look-up of its characters (it is new text
        # the gate asks this of: some thirty texts a draft)
        self._ideas_phrases_in = matcher_and_words([v for _, _, v in ideas], self._phrases)
        self._ignore = tuple(rules["ignore"])
        # the words some rule counts (any kind's word_caps, paragraph_caps) and the openings a
        # paragraph has at most so many of: found once per text, not for every candidate tried
        self._counted = tuple(dict.fromkeys([w for caps in (rules.get("word_caps") or {}).values() for w in caps]
                                            + list(rules.get("paragraph_caps") or {})))
        self._pledges = tuple(rules.get("pledges") or ())
        self._followers = tuple(rules.get("followers") or ())
        self._leads = [(old, new) for old, new in rules.get("lead_rewrites") or ()]
        self._lead_olds = tuple(old for old, _ in self._leads)
        self._pledge_words = tuple(rules.get("pledge_words") or ())
        again = rules.get("again_verbs") or {}
        self._again = [(verb, more, regex(r"(^|[。！；])([^。！；，：]{1,8}?)" + re.escape(verb) + r"([^。！；]*[。！；])\2"
                                          + re.escape(verb))) for verb, more in again.items()]

    def facts(self, text: str) -> tuple[Any, ...]:
        """(ideas, set phrases, dangling, openers, (capped word, times said)…, opens on a pledge,
        opens as a follower)"""
        if len(self.known) >= self.LIMIT:
            self.known.clear()
        ideas, phrases = self._ideas_phrases_in(text)
        openers = self._openers
        found = self.known[text] = (
            [self._ideas[i] for i in ideas],
            [self._phrases[i] for i in phrases],
            bool(self._dangling.match(text)),
            # (one startswith of them all first: most texts open with none of them)
            tuple(o for o in openers if text.startswith(o)) if text.startswith(openers) else (),
            tuple((w, text.count(w)) for w in self._counted if w in text),
            text.startswith(self._pledges),
            text.startswith(self._followers))
        return found

    def lead(self, text: str) -> str:
        """A paragraph that opens on a sentence written to follow another (我们还将…, 我们也会…, 在此基础上，
        进一步…: a point's first sentence given up by the gate), opened plainly (eras.yaml lead_rewrites)."""
        # (one startswith of them all first: most paragraphs open on none of them)
        if text.startswith(self._lead_olds):
            for old, new in self._leads:
                if text.startswith(old):
                    return new + text[len(old):]
        return text

    def follow(self, text: str) -> str:
        """A paragraph's sentences written to follow a pledge (我们还将…, 我们也会…) after none, the
        paragraph's first (``lead``) or after one that pledges nothing (这些年，滨江区把…。我们还将…:
        round 23's golden), opened plainly."""
        if not any(o in text for o in self._lead_olds):
            return text
        parts = _SENTENCE_ENDS.split(text)
        for i, part in enumerate(parts):
            if part.startswith(self._lead_olds) and not (i and any(w in parts[i - 1] for w in self._pledge_words)):
                parts[i] = self.lead(part)
        return "".join(parts)

    def again(self, text: str) -> str:
        """Two sentences running on the same subject and verb: the second goes on with 还 (eras.yaml
        again_verbs)."""
        for verb, more, pattern in self._again:
            if text.count(verb) > 1:
                text = pattern.sub(lambda m: f"{m[1]}{m[2]}{verb}{m[3]}{m[2]}{more}", text)
        return text

    def idea_keys(self, move: str) -> Memo:
        """A table of the keys the gate counts a text's ideas under in ``move``, by text: a draft's
        idea by its name, a paragraph's as move:name."""
        table = self._keys.get(move)
        if table is None or len(table) >= self.LIMIT:
            table = self._keys[move] = Memo(functools.partial(self._idea_keys_of, move))
        return table

    def _idea_keys_of(self, move: str, text: str) -> tuple[str, ...]:
        ideas = (self.known.get(text) or self.facts(text))[0]
        return tuple(idea if scope == "draft" else f"{move}:{idea}" for idea, scope in ideas)

    def grams(self, names: tuple[str, ...], size: int) -> Memo:
        """A table of ``_grams(text, names, ignore, size)`` by text, filled as texts are met (the
        runs of a text read once for every size)."""
        table = self._grams.get((names, size))
        if table is None or len(table) >= self.LIMIT:
            if len(self._grams) >= 64:
                self._grams.clear()
                self._runs.clear()
            runs = self._runs.get(names)
            if runs is None or len(runs) >= self.LIMIT:
                runs = self._runs[names] = Memo(functools.partial(_runs, names=names, ignore=self._ignore))
            table = self._grams[names, size] = Memo(functools.partial(_grams_by_runs, runs, size))
        return table


_MEMO: _GateMemo | None = None


def _gate_memo(rules: dict[str, Any]) -> _GateMemo:
    global _MEMO
    if _MEMO is None or _MEMO.rules is not rules:
        _MEMO = _GateMemo(rules)
    return _MEMO


# ------------------------------------------------------------------ titles

def _is_occasion(name: str) -> bool:
    return any(name.endswith(n) for n in data("language")["occasion_nouns"])


def title_for(ev: Event, values: dict[str, str], user_dir: str | None) -> str:
    """The title of the draft, built from the event's name the way each kind's titles are built."""
    t = moves_data(user_dir)["titles"]
    name = ev.event.name
    occasion = name if _is_occasion(name) else name + t["meeting"]
    if ev.kind == "toast":
        banquet = name if any(w in name for w in t["banquet_words"]) else None
        if banquet:
            # (a guest's toast at its hosts' banquet answers them: 答谢祝酒辞, round 23 audit)
            key = "toast" if ev.speaker.side == "host" else "toast_guest_named"
            return t.get(key, t["toast"]).format(occasion=banquet)
        key = "toast_host" if ev.speaker.side == "host" else "toast_guest"
        return t[key].format(**values)
    if ev.kind == "news":
        if not _is_occasion(name):          # a visit's name is its own headline
            return name
        verb = values["convene"]
        # (the sides by their stems: 邛崖 names 邛崖彝族自治县 too, round 16)
        if place_stem(ev.host.short) in name and place_stem(ev.guest.short) in name:
            # (a place the name says already is not said again in the headline: round 11)
            if values["at_place"] and place_stem(values["at_place"]) not in name:
                return t["news_named"].format(occasion=name, verb=verb, place=values["at_place"])
            return t["news_named_here"].format(occasion=name, verb=verb)
        return t["news"].format(**{**values, "occasion": name, "verb": verb})
    during = (t.get("during") or {}).get(ev.kind) if not _is_occasion(name) else None
    if during:              # 在…考察青山县时的致辞: no 座谈会 the event does not name
        return during.format(name=name)
    return t[ev.kind].format(occasion=occasion)
