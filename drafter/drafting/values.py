"""The event's values for the set language: every ``{placeholder}`` and ``{?flag}`` of
``templates/moves.yaml`` and ``points.yaml`` as this event fills it ('' where the event does not
give it), said in the speaker's voice (``voice``), with the occasion's venue, season and the
stage of the cadres' term read from its name (``stage``)."""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Any, Callable

from ..resources import data
from ..text import cnlang
from ..recache import local, regex
from .era import out_of_era
from .gate import _shares_run
from .types import Event, Party, Person
from .voice import (_NATURE, _after_time, body_stem, _agent, _aid_cadres, _ask_said, _named, _programme, _pros, _reported, _said,
                    firm_speaks, own_firm, own_names, said_as, speaker_self, unwilled, unbracketed, trailing_bracket,
                    _signing, _since_dropped, _subject, _timed_plan, _told, _unnamed, _whole_place, _whole_plan,
                    cadres_them, headed_plan, heading_ask, joined, league_body, own_office, own_ref, party_title, place_stem, plan_said,
                    posted_in_host, opens_on_verb, inst_self,
                    represents, signings_clause, signings_listed, signings_these)


LONG_NAME = 20     # characters: an occasion's name longer than this, naming a side, is 这次座谈会 in a speech


def _festival_day(day: Any, month_day: str) -> Any:
    """The next date of a holiday of a fixed day (10-01) on or after ``day``."""
    month, dom = (int(x) for x in month_day.split("-"))
    at = day.replace(month=month, day=dom)
    return at if at >= day else at.replace(year=day.year + 1)


# an occasion's name that says who convenes it and its verb (A与B召开…座谈会, A举办…推介会)
_CONVENED = regex(r"(.{4,30}?[与和].{2,12}?)(召开|举行|举办)(.{4,40}(?:会|式|仪式|活动))")


def _named_convening(ev: Any) -> dict[str, str]:
    """name_who, name_verb and name_what of a report's occasion whose name says who convenes it, else ''."""
    m = _CONVENED.fullmatch(ev.event.name) if ev.kind == "news" else None
    return {"name_who": m[1], "name_verb": m[2], "name_what": m[3]} if m else \
        {"name_who": "", "name_verb": "", "name_what": ""}


def _firms_greet(ev: Any, groups: dict[str, str], led: bool = False) -> str:
    """How a host's welcome or toast greets a visiting group of buyers or entrepreneurs that no leader
    of theirs leads (泚阳区消费帮扶采购商考察团: 各位采购商朋友; language.yaml firm_groups), else ''; ``led``: one
    a leader of theirs leads too (尊敬的阎局长，各位采购商朋友: not 各位领导, round 100's helper, 747)."""
    if ev.kind not in ("welcome", "toast") or ev.speaker.side != "host" or ev.guest.leaders and not led:
        return ""
    said = f"{ev.guest.delegation}{ev.event.name}"
    return next((greet for word, greet in groups.items() if word in said), "")


def _venue(name: str) -> dict[str, str]:
    """How a report speaks of the occasion by what its name says it is: 会议 召开 / 会上, 仪式 举行 /
    仪式上, 活动 举行 / 活动中 (language.yaml: venues; the first whose ending the name has)."""
    name = unbracketed(name)
    for v in data("language")["venues"]:
        end = next((e for e in v.get("endings") or [] if name.endswith(e)), "")
        if not v.get("endings") or end:
            return {"venue": end if v["noun"] == "own" else v["noun"],
                    "venue_at": end + "上" if v["at"] == "own" else v["at"], "convene": v["verb"]}
    raise AssertionError("language.yaml: venues needs a last entry without endings")


def _season(month: int) -> str:
    return data("language")["seasons"][month - 1]


def _named_delegation(name: str, short: str, words: list[str]) -> str:
    """The delegation an occasion's name gives the side (党政代表团 of 桐屿区党政代表团考察蓬岚旗, 农技专家服务团 of
    …欢迎淏西区农技专家服务团到岗见面会), or ''."""
    at = name.find(short) if short else -1
    for word in words if at >= 0 else ():
        end = name.find(word, at + len(short))
        if 0 <= end - at - len(short) <= 10:
            return name[at + len(short):end + len(word)]
    return ""


def rotation(name: str) -> bool:
    """Whether an occasion's name says one batch of cadres hands over to the next (轮换交接, 欢迎欢送)."""
    words = data("language")["stages"]
    arriving = any(w in name for w in words["arrival"])
    # (not a batch seen off at its term's end that names no coming one: …挂职干部期满轮换欢送座谈会 was drafted as
    # the coming batch's arrival, session 21's events)
    if not arriving and any(w in name for w in words["rotation_ended"]) \
            and not any(w in name for w in words["handover"]):
        return False
    return any(w in name for w in words["rotation"]) or (arriving and any(w in name for w in words["rotation_leaving"]))


def stage(name: str) -> str:
    """The stage of the cadres' term a symposium is held at, read from its name (language.yaml
    stages): farewell (欢送…, 期满总结…, 轮换交接…), midterm (看望慰问…, 工作推进…) or arrival (欢迎…,
    见面…). A name that says none of them is an arrival: the set language was written for such names
    and their drafts stay what they were (a mid-term meeting names itself as one in the genre)."""
    words = data("language")["stages"]
    # (a rotation, 轮换交接, 欢迎欢送, welcomes the coming batch and thanks the leaving one: its cadres are
    # the coming, and round 60 read 欢送第五批… of the batch that had just come)
    if rotation(name):
        return "arrival"
    if any(w in name for w in words.get("midterm_first") or ()):
        return "midterm"
    for st in ("farewell", "arrival", "midterm"):
        if any(w in name for w in words[st]):
            return st
    return "arrival"


def event_stage(ev: Event) -> str:
    """The stage of the cadres' term a symposium is held at (``stage``), except a send-off held by the sending
    side at its own place with no word of a term's end (潠河区第三批组团式教育帮扶教师欢送座谈会 in 潠河区教育局):
    that sees them off to go (departing), an arrival's, not a term's end (session 22's events)."""
    if departing(ev):
        return "arrival"
    words = data("language")["stages"]
    # (a name of no stage whose cadres' facts say what they have done since they came is a meeting of them at work)
    if not any(w in ev.event.name for k in ("farewell", "arrival", "midterm", "rotation") for w in words[k]) \
            and any(w in f for f in ev.cooperation.facts for w in words["at_work_facts"]):
        return "midterm"
    return stage(ev.event.name)


def departing(ev: Event) -> bool:
    """A symposium of the sending side at its own place that sees its cadres off to go (``event_stage``)."""
    words = data("language")["stages"]
    name, place = ev.event.name, ev.event.place
    return ev.kind == "symposium" and ev.speaker.side == "guest" and stage(name) == "farewell" \
        and not rotation(name) and bool(place) and place.startswith((ev.guest.name, ev.guest.short)) \
        and ev.host.short not in place and not any(w in name for w in words["term_end"])


def event_values(ev: Event) -> dict[str, str]:
    """Every placeholder the set language may use; '' when the event does not give it."""
    room = bool(ev.event.place) and any(w in ev.event.place for w in data("language")["room_words"])
    # (a firm's head names his firm in its facts as his own, 我们公司…, and a hospital's or a school's head his, 我院…:
    # voice.own_names; a firm in the pairing's facts too, a hospital in its side's own only: the short form 县人民医院
    # is any county's, and the pairing's facts name the other side's hospital)
    forms, self_ref = own_names(ev)
    if forms:
        def selfed(facts: tuple[str, ...]) -> tuple[str, ...]:
            for form in forms:
                facts = tuple(f.replace(form, self_ref) for f in facts)
            return facts
        mine = getattr(ev, ev.speaker.side)
        ev = replace(ev, **{ev.speaker.side: replace(mine, facts=selfed(mine.facts))})
        if firm_speaks(ev):
            # (…and in the day's signings: 沥海鸿橙食品有限公司与百弄村签订了… in its chairman's reply, round 94's 670)
            ev = replace(ev, cooperation=replace(ev.cooperation, facts=selfed(ev.cooperation.facts)),
                         visit=replace(ev.visit, signings=selfed(ev.visit.signings)))
    if ev.kind == "news" and ev.visit.signings:
        # (a report whose facts tell a signing, 推介会上，两地签订文旅协作框架协议…, does not report it again as the
        # day's signing: round 84–85 read 557's twice)
        told = tuple(f for f in ev.cooperation.facts if any(w in f for w in data("language")["signed_words"]))
        kept = tuple(x for x in ev.visit.signings if not any(_deal_core(x) in f for f in told))
        if kept != ev.visit.signings:
            ev = replace(ev, visit=replace(ev.visit, signings=kept))
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
    firms_greet = _firms_greet(ev, lang["firm_groups"])
    # what a hospital's or a school's head serves the people in, by the title (language.yaml serves), else ''
    title_serves = next((v for k, v in lang["serves"].items() if any(w in sp.title for w in k.split("|"))), "")
    lang_asks = lang["asking"]
    asks = tuple(_ask_said(a, lang_asks) for a in ev.asks)
    # (…and the verb each was asked with, 请 or 希望: a later one that names whom it asks says it again, _asked_of)
    asked_by = tuple(a[:len(a) - len(s)].rstrip("，") for a, s in zip(ev.asks, asks))
    if ev.kind != "news":
        # (the speaker's own place in its asks is 我市: …与莞汀市企业精准对接 in 莞汀市's reply, round 39)
        asks = tuple(own_ref(a, own.short, speaker_self(ev)) if not a.startswith(own.short) else a
                     for a in asks)
    # (an ask of those in the room, 希望各位学员学以致用…, is said to them, not asked of the other side:
    # 我们也诚恳希望贵县各位学员… was read as speaking to the wrong people, round 59)
    present = tuple(a for a in asks if a.startswith(tuple(lang_asks["present"]))) \
        if ev.kind in ("welcome", "reply") else ()
    asks = tuple(a for a in asks if a not in present)
    thanks, gthanks = (next((r for r in p.remarks if r.startswith(tuple(lang["saying"]["thanks"]))), None)
                       for p in (host, guest))
    # plans as a user may write them, with their own subject or time (下半年双方将联合举办…, 浦临区将再
    # 组织…) are said whole: 昭河县接下来将下半年双方将… was said (round 23's events)
    plan_subject = host.short if ev.kind == "news" else lang_asks["we"]
    kept = _unsaid(ev.plans, host.remarks + guest.remarks, (host.short, guest.short))
    kept = tuple(map(unwilled, kept))
    # a speaker's plans in its own voice: its place 我区, not its name (我们将组织汭湾区20家商协会企业… in
    # 汭湾区's reply, round 31; a report keeps every name)
    # who a plan may name as its doer after its time (2027年我市安排…)
    plan_heads = _plan_heads(ev)
    # (…or its own subject without 将, 我市每年接收…: headed_plan, round 56)
    plans_whole = any(_whole_plan(p, lang_asks) or headed_plan(p, plan_heads, lang_asks) for p in kept)
    # (…and one that names the people who each do it, 挂职青年干部每人联系1个村: 我们将安排…, not 我们将挂职青年干部每人…, round
    # 97's helper, 729)
    plans = kept if ev.kind == "news" else tuple(own_ref(lang_asks["arrange"] + p if _EACH_OF.match(p) else p, own.short,
                                                         speaker_self(ev)) for p in kept)
    # a plan of the other side's or both sides' (下半年双方将…, 浦临区将再组织…) is not the host's to
    # announce in a report (round 29: 据郝建疆介绍，…浦临区将再组织15家企业…)
    plans_others = any(w in p[:max(p.find("将"), 0)] for p in kept
                       for w in (guest.short, *lang_asks.get("both", ())))
    # a symposium's asks said alike when one of them has no verb of its own or opens on 要 (_told)
    # a symposium's asks that its points say already are not asked again (当好民族团结的使者 as a point's
    # heading and an ask: round 43 read four 具体要求 after five points as the points twice); six
    # characters, so that a body's 市委组织部 does not take an ask that names it)
    # (…nor one a point's heading says in short, 严守规矩，保重身体: a heading alone takes it as its body's
    # first sentence, round 48)
    # (…names and the cadres' own words aside: 请各位挂职干部和专业技术人才…做好工作交接 was taken as said by a body's
    # …挂职干部和专业技术人才的心血, session 22's events)
    told = tuple(a for a in _unsaid(ev.asks, tuple(x for p in ev.points for x in (p.heading, p.body) if x),
                                    (host.short, guest.short, *lang["people_subjects"], "和专业技术人才", "各位"), 6)
                 if not any(p.heading and heading_ask(p.heading, (a,)) for p in ev.points)) \
        if ev.kind == "symposium" else ev.asks
    told_alike = any(not a.startswith(tuple(lang_asks["told"])) or a.startswith("要") for a in told)
    occasion = _is_occasion(ev.event.name)        # not a visit (…考察…) named as the occasion
    venue = _venue(ev.event.name)
    own_unit = cnlang.unit_suffix(own.short)
    # the seconded are officials unless the event names only professionals (教育医疗专业技术人才): in
    # its cadres field and the occasion's name (专业技术人才座谈会; not 干部人才座谈会)
    sent = co.cadres + ev.event.name
    cadres = cnlang.counts_first(co.cadres)       # 挂职干部6名 → 6名挂职干部
    names_professionals = any(w in sent for w in lang["professional_words"])
    professionals = names_professionals and not any(w in sent for w in lang["official_words"])
    host_welcome = ev.kind == "welcome" and sp.side == "host"     # (several flags are of a host's welcome only)
    # the body the speaker speaks for (区委、区政府和全区人民; 县人大常委会), '' with no title
    body = represents(sp.title, own) if sp.title else ""
    # a delegation the event names only in its name (桐屿区党政代表团考察蓬岚旗): the group as named
    if not guest.delegation:
        guest = replace(guest, delegation=_named_delegation(ev.event.name, guest.short, lang["delegation_named"]))
    # (…and one that opens on the side's unit, 区妇联代表团 of 珞湾区, not said after it again: 珞湾区区妇联, round 61)
    unit = cnlang.unit_suffix(guest.short)
    if unit and guest.delegation.startswith(unit) and len(guest.delegation) > len(unit) + 2:
        guest = replace(guest, delegation=guest.delegation[len(unit):])
    # a host fact that opens on the help itself (组团式帮扶县人民医院) is the helper's work: said among
    # the cooperation's results, not after 我县干部群众苦干实干 (rounds 15–17)
    # (…and so is one that names the helper at work, 2022年苏瀛市首批组团式援青医疗队进驻州人民医院: the helper
    # said 据我们了解 of its own team's arrival, round 56)
    received = tuple(f for f in host.facts if f.startswith(tuple(lang["help_received"]))
                     or guest.short and guest.short in f and not f.startswith(host.short))
    if received:
        host = replace(host, facts=tuple(f for f in host.facts if f not in received))
        # (with no result before it, the helper by name: 桐屿区组团式帮扶旗人民医院)
        co = replace(co, facts=co.facts + received if co.facts or guest.short in received[0]
                     else (guest.short + received[0], *received[1:]))
        own, other = (host if p is ev.host else p for p in (own, other))
    # a report's host fact of the occasion itself (本次招聘会有…企业参会, 现场…人达成意向) is the day's news,
    # said with the occasion's facts, not as the place's background after 近年来 (round 56's events)
    day = tuple(f for f in host.facts if f.startswith(tuple(lang["occasion_marks"]))) if ev.kind == "news" else ()
    if day:
        host = replace(host, facts=tuple(f for f in host.facts if f not in day))
        co = replace(co, facts=co.facts + day)
        own, other = (host if p is ev.host else p for p in (own, other))
    # the visiting group as a speech names it: 滨江区党政代表团, its leader (刘书记), or 滨江区各位领导
    # (…各位领导一行 says 各位 and 一行 twice: the guest's leader by name when there is no delegation)
    # (a speech says it to their face: 司空书记一行, not 漱玉区委书记司空砚一行; round 11)
    # (the visitors are the receiving side's on a visit to its helper: ev.away)
    vp, vl = (host, hl) if ev.away else (guest, gl)
    # (…the visitors' own: the receiving side's delegation on its visit east, 藜坪县党政代表团赴渌湾区考察对接…座谈会 said
    # whole in the district's welcome, round 102's helper, 788)
    visitors_named = bool(vp.delegation) and vp.short + vp.delegation in ev.event.name
    led = bool(vp.delegation or (vl and vl.title))
    visitors = f"{vp.short}{vp.delegation}" if vp.delegation else (
        (vl.address if ev.kind != "news" else f"{party_title(vp, vl.title)}{vl.name}")
        if led else f"{vp.short}各位领导")
    # the event's facts of the occasion itself (现场达成就业意向…: language.yaml occasion_marks)
    # (…and a fact of a signing at an occasion whose name says it signs, 15家民营企业与…15个村签订结对帮扶协议 at a
    # 村企结对签约仪式: the day's, not the pairing's record after 据了解, session 24's events)
    signed_here = tuple(x for x in co.facts if ev.kind == "news"
                        and any(w in ev.event.name for w in lang["signing_names"])
                        and any(w in x for w in lang["signed_words"])
                        and not any(w in x for w in lang["totals"] + lang["standing_words"]) and not cnlang.dated(x))
    # (…and so is a fact the writer opens on the meeting, 会议通报了…进展: the rest are the pairing's)
    # (…or on the occasion's own last words, 带货节为期3天… at a 直播带货节: said among the pairing's, round 98's 737)
    tail = ev.event.name[-3:] if len(_occasion_noun(ev.event.name)) == 1 else ""
    opened = tuple(x for x in co.facts if x.startswith(tuple(lang["occasion_opens"]))
                   or tail and x.startswith(tail)) + signed_here
    facts_here = any(w in x for x in co.facts for w in lang["occasion_marks"]) or bool(opened)
    this_occasion = lang["this_occasion"].format(venue=venue["venue"])
    joint = _visit_joint(ev.event.name, lang)
    # own/other stay the event's; host/guest above may carry a news speaker
    year = ev.event.date.year
    # (…or the receiving side's visit to its helper, a thanks visit by its kind: 檰江县…答谢座谈会 thanked for nothing but
    # the dinner, session 22's events)
    paired = bool(co.since or co.areas or co.facts or co.donation or cadres or ev.away)
    # (…or a place in it: 淦河区行政中心, 苏渟市高新区 — a report had the host welcome its hosts, round 51)
    at_guest = bool(ev.event.place) and ev.event.place.startswith((guest.name, guest.short)) \
        and host.short not in ev.event.place
    # (…or, with no place given, the station its name's bracket names: …推介会（碶东站）is held in 碶东区, and
    # its report had the host welcome the district's guests, session 21's events)
    bracket = trailing_bracket(ev.event.name)
    core = guest.short[:-1] if len(guest.short) > 2 else guest.short
    at_guest = at_guest or (not ev.event.place and bool(bracket) and core in bracket and host.short not in bracket)
    if co.since:
        # a fact that opens on the pairing's own year (2021年以来禾汀区累计投入…) is said after the
        # pairing's clause without it (round 38's reading: 自2021年结对以来…；2021年以来禾汀区累计投入…)
        # (…but not after a fact of another time: 2026年春节以来，两地已开展…；洎海区累计帮助…2.35万名 read as this
        # spring's, round 76)
        kept_facts, other_time = [], False
        for f in co.facts:
            dropped = f if other_time else _since_dropped(f, co.since)
            other_time = other_time or (dropped == f and _after_time(f, lang["fact_times"]) != f)
            kept_facts.append(dropped)
        co = replace(co, facts=tuple(kept_facts))

    def agent(facts: tuple[str, ...]) -> str:
        return _agent(facts, said_as(ev, "guest"), said_as(ev, "host"),
                      guest.short, host.short, cadres_them(ev))
    co_said = agent(co.facts)

    def at_occasion(said: str) -> str:
        # (本次展销会设展位… , not 活动中，展销会设展位…: round 32; 本次…/现场… as they are)
        # (…nor one that names its own venue: 对接会上，发布会上瑀河区12家… was read as 语序混乱, round 60;
        # 仪式上，签约现场，… round 66)
        # (…发布会现场发布…, 会上，发布会现场… was said: session 26's 657)
        # (…a fact that opens on the bare occasion, 活动表彰…, said at it: 活动中，表彰…, round 97's 718)
        bare = next((w for w in lang["occasion_bare"] if said.startswith(w) and not said.startswith(
            tuple(lang["occasion_marks"])) and not said[len(w):].startswith(("，", "中", "上", "期间", "现场"))), "")
        if bare:
            return lang["occasion_bare"][bare] + said[len(bare):]
        if said.startswith(tuple(lang["occasion_marks"] + lang["occasion_opens"])) or re.match(r"[\u4e00-\u9fff]{0,6}(?:(?:会|式|节|现场)(?:上|中|期间)|现场，|(?:会|式|节)现场)", said):
            return said
        # (…and one that opens on the thing the occasion is of, 研修班为期15天… at its 结业仪式: 仪式上，研修班为期… was
        # read as a 病句, round 101's 780)
        return "本次" + said if said.startswith(tuple(lang["occasion_nouns"])) or tail and said.startswith(tail) \
            or _of_occasion(said, ev) and not said.startswith(tuple(lang["occasion_now"])) \
            else venue["venue_at"] + "，" + said
    # the facts of the occasion itself said after the venue, the cooperation's before them (round 39's
    # event: 活动中，汐湖区累计帮助…7400余名农村劳动力… said years of help as the day's)
    # (the cooperation's: a fact of a total or of its own time, 累计…, 今年以来…; the rest may be the day's
    # even without a mark, 38家企业带来就业岗位2600余个)
    # (…nor one of what is planned or laid out, 共建产业园规划面积8.5平方公里，计划…: said 仪式上，共建产业园规划…,
    # round 66)
    there = tuple(x for x in co.facts if not any(w in x for w in lang["occasion_marks"])
                  and (any(w in x for w in lang["totals"] + lang["standing_words"]) or cnlang.dated(x)))
    # (…and a report's host facts of the day, 本次招聘会…, are the day's whatever they say: ``day`` above;
    # the cooperation's unmarked facts beside them are not, 活动中，琮湾区在丹桐县设立劳务协作工作站3个 read
    # a standing fact as the day's, round 56's events)
    # (…and so are the writer's facts of the meeting and of a signing at it: ``opened`` above)
    # (…and beside facts that open on this occasion, 本次招聘会提供…, the others are the pairing's: 活动中，两地联合开展焊工
    # 培训32期… of years of training, round 101's 777)
    now_opened = tuple(x for x in co.facts if x.startswith(tuple(lang["occasion_now"])))
    if day or opened:
        there = tuple(x for x in co.facts if x not in day + opened)
    elif now_opened:
        there = tuple(x for x in co.facts if x not in now_opened and not any(w in x for w in lang["occasion_marks"]))
    here = tuple(x for x in co.facts if x not in there)
    co_at = "" if not co_said else at_occasion(co_said) if not (here and there) else \
        agent(there) + "。" + at_occasion(agent(here))
    # (the facts stand as a sentence of their own when they open on who did them, or on a time: 五年来
    # 澄港区累计选派… after 在双方共同努力下 read as a 状语 that takes no subject, round 31)
    # (…a verb, not the head of a noun: 培训班为期20天 was said 两地携手培训班…, round 97's helper, 736)
    # (…nor the thing the occasion is about, 联合党支部有党员23名 at its founding: 联合 read as a verb, round 100's helper, 757)
    co_verb = opens_on_verb(co_said, tuple(lang["fact_verbs"])) and not (co.facts and _of_occasion(co.facts[0], ev))
    # (…or on the people who did them within a few characters: 本批挂职干部到岗半年来，推动落实… after 在两地共同推动下 was
    # read as 句式杂糅, session 22's events)
    # (…or on the batch of people itself or on the occasion, 本批期满返程挂职干部3名…, 此次考察团由…组成: a count and no
    # result of the two sides' pushing, session 25's events)
    co_own = bool(co_said) and (co_said.startswith((guest.short, host.short, lang["both_sides_name"], "我", "全", "自",
                                                    *lang["batch_words"], *lang["occasion_now"]))
                                or _after_time(co_said, lang["fact_times"]) != co_said
                                or any(0 <= co_said.find(w) <= 4 and "，" not in co_said[:co_said.find(w)]
                                       for w in lang["people_subjects"]))
    areas = said_areas(co.areas)
    # (the giving side is the guest's whoever speaks: a charity's president in his reply had 洺溪县 for the giver, round 91)
    gift = _gift(ev, guest, lang["gift"])
    donation = _donation(co.donation, ev.event.name, lang["donation"])
    v: dict[str, str] = {
        "own": own.short, "other": other.short, "host": host.short, "guest": guest.short,
        "own_ref": speaker_self(ev), "other_ref": cnlang.other_ref(other.short),
        "own_all": cnlang.all_ref(own.short), "other_all": cnlang.all_ref(other.short),
        # (a town has no 各级领导: 葑塘镇各级领导 was read as 搭配不当, round 81)
        # (a key of its own: it was other_leaders, whose later definition, the leaders' addresses, replaced it, so
        # 向一直以来倾情帮扶我县的麦院长… credited a hospital's vice-president with years of help, round 85)
        "other_side_leaders": other.short + (lang["leaders_of"]["town"] if cnlang.unit_suffix(other.short) in lang["town_units"]
                                        else lang["leaders_of"]["place"]),
        "host_all": cnlang.all_ref(host.short),
        "host_ref": speaker_self(ev) if sp.side == "host" else host.short,
        "name": ev.event.name, "place": ev.event.place, "theme": ev.event.theme,
        # who else attended, as the event gives them (a report's closing: round 70 read 两地有关部门负责同志参加 as
        # invented where the event said no such thing)
        # (a list whose items have their own 和 joined by 以及: 两地有关部门和乡镇负责同志和签约企业代表, session 21's events)
        # (…and by 和 among those that have their own 及: …铁路部门负责同志以及务工人员及家属代表 stacked them, round 76)
        "attendees": _attendees(ev.event.attendees, lang["list_last_and"], j),
        # an occasion named for a visit to the cadres (…看望慰问…座谈会) is not said to visit them again
        "named_visit": "yes" if any(w in ev.event.name for w in lang["visit_words"]) else "",
        # the theme after a verb of doing it (全力以赴{theme_vp}): as it is when it opens on its own verb
        # (推进兵团向南发展…), else with 推进 (全力以赴地震灾后恢复重建 was read as 成分残缺, round 56)
        "theme_vp": _theme_vp(ev.event.theme, tuple(lang["theme_verbs"])),
        "date": cnlang.cn_date(ev.event.date), "month_day": cnlang.cn_month_day(ev.event.date),
        "season": _season(ev.event.date.month),
        "delegation": other.delegation or (guest.delegation if sp.side == "host" else "") or "",
        "guest_delegation": guest.delegation,
        # the visiting group as a report names it: 滨江区党政代表团, else its leader's 一行 (no invented 代表团)
        # (its lead has named the leader with the title: 林少川一行, not 闽澄区委常委、副区长林少川一行 again,
        # round 25)
        # (a report of no visitors named: 鹇湖区一行 read as a place for a group, round 51; 鹇湖区客人)
        "guest_party": f"{guest.short}{guest.delegation}" if guest.delegation else (
            gl.name if gl else guest.short + (lang["guests_word"] if ev.kind == "news" else "")),
        "visitors": visitors,
        # …一行, unless they are 各位领导 already (榆汐区各位领导一行 says 各位 and 一行 twice: round 28)
        "visitors_party": visitors + "一行" if led else visitors,
        "hosts": f"{host.short}各位领导",
        "body": body,
        "own_body_named": _body_named(body, own, lang) if sp.title else f"{own.short}党政领导班子",
        "own_body": body if sp.title else f"{own.short}党政领导班子",
        # a member of the standing committee (宣传部长, 常务副县长) welcoming for 县委、县政府 where the side's
        # first leader is its secretary: 受县委书记…同志委托 (round 49)
        "entrusted": _entrusted(sp, own, lang["entrusted"]),
        # the speaker's own committee and government, as its cadres are told to follow them (县委、县政府)
        "own_party": lang["own_party_units"][own_unit] if own_unit in lang["own_party_units"]
        else lang["own_party"].format(u=own_unit) if own_unit else own.short + lang["own_party_plain"],
        "other_leader": ol.address if ol else "",
        "other_leaders": "、".join(p.address for p in other.leaders[:3]),
        "since": str(co.since) if co.since else "",
        # (这些年 of a pairing of three years or more; round 69 read 这些年 of one begun in 2024, in 2026)
        "paired_long": "yes" if not co.since or year - co.since >= 3 else "",
        "years": cnlang.cn_count(year - co.since) if co.since and 1 < year - co.since <= 10 else "",
        # 多年来 / 长期以来 only of a pairing the event says is years old (round 13: 长期以来 with no since)
        "many_years": "yes" if co.since and year - co.since > 1 else "",
        # 结对以来 / 一直以来的帮扶 only when the event says the two cooperate at all (round 29: a toast
        # of an event with no cooperation said 自两地结对以来 and thanked for years of support)
        # an occasion on the helping side's own ground (a fair of the host's products held in the
        # guest's district): the guest receives, the host thanks (round 31's events: 海文珍…对庄一帆一行
        # 的到来表示热烈欢迎 at a fair in 庄一帆's own district)
        # (a visit to the helper is on its ground: its report says the helper received; its speeches have their
        # own moves, moves.yaml reply-away-host and welcome-away-guest)
        "at_guest": "yes" if (at_guest or ev.away) and (ev.kind == "news" or not ev.away) else "",
        "away": "yes" if ev.away else "",
        "paired": "yes" if paired else "",
        # a rank that is a listing (…创建县, …试点县) is said 是…, not 获评… (round 31)
        "ranks_listed": "yes" if any(w in r for r in host.ranks for w in lang["rank_listings"]) else "",
        "areas": j(areas), "area1": areas[0] if areas else "",
        # the helper named as the one who invested: 临澄区累计投入…; 我区 when it speaks itself
        "co_facts": co_said,
        # (the facts said as a sentence of their own when they open on who did them: 我区累计投入…,
        # 两地共建…; else after 在两地共同努力下: round 30 read 两地携手推进协作，我区累计投入… as a clause
        # that says nothing and a subject that changes)
        "co_facts_subject": "yes" if co_own else "",
        "co_facts_own": "yes" if co_said and not co_verb else "",
        "co_facts_verb": "yes" if co_said and not co_own and co_verb else "",
        "co_facts_noun": "yes" if co_said and not co_own and not co_verb else "",
        "co_facts_at": co_at,
        "donation": co.donation,
        # a sum said as the fund the occasion's name says it is (防汛救灾资金), else 帮扶资金; a gift of things
        # (价值30万元的图书和学习用品) as the event words it: 捐赠帮扶资金价值30万元的图书… (round 56's events)
        **donation,
        # an occasion whose name says a gift and the event gives no sum: the gift said as the name says it
        # (涞湾区爱心企业向漳峪县捐赠仪式 drafted a welcome that never said the gift, round 49)
        **gift,
        # 这些成绩/一项项成果 only after more than one fact (co_facts_many: _fact_flags below)
        # (a welcome that asks what the event asks does not also ask support in every area: round 11)
        "no_asks": "" if asks else "yes", "asks_present": clauses(present),
        # money and projects are spoken of only when the event says what was done (round 12)
        # (…not a gift of things, 智慧教室设备12套: 管好协作资金 was said of one, session 26's events)
        "funds": "yes" if co.donation and not donation["donation_things"]
        or any(w in x for x in co.facts for w in lang["fund_words"]) else "",
        "co_facts_here": "yes" if facts_here else "",
        "co_facts_there": "yes" if co.facts and not facts_here else "",
        "projects": "yes" if any(w in x for x in co.facts + ev.visit.sites for w in lang["project_words"]) else "",
        # a report says who attended only when the event names someone of the sides (round 16: 两地
        # 有关部门负责同志参加 of an event that names no one)
        "anyone": "yes" if host.leaders or guest.leaders else "",
        # …and welcomes the guests' coming only when the event says they come: a delegation, a leader or a visit
        # (湄嵚县方面对渫浦区客人一行的到来表示热烈欢迎 of a tea shop opening in 渫浦区 and of an online job fair,
        # session 27's 677 and 680)
        "guests_come": "yes" if guest.delegation or guest.leaders or any(
            w in ev.event.name for w in lang["visit_joint_words"]) else "",
        # (what both sides agreed is what they signed: a side's own plans or a donation are not 双方商定的事项,
        # round 25 audit)
        "agreed": "yes" if ev.visit.signings else "",
        # what only a host tells the cadres (to lobby their sending units); schools and hospitals
        # only when the cooperation's areas name education or health
        "host_speaks": "yes" if sp.side == "host" else "",
        "guest_speaks": "yes" if sp.side == "guest" else "",
        # what a hospital's or a school's head serves the people in (看病就医, 上学读书: language.yaml serves)
        # a hospital's or a school's head (language.yaml serves): speaks of its own work, not the place's economy
        "inst_head": "yes" if title_serves else "",
        # (what a gift serves: its giver's, a hospital's or a school's, else its own words, 助学帮扶资金)
        # (…a gift the name says too, 捐赠图书仪式: round 91)
        "serves": (title_serves or next((v for k, v in lang["gift_serves"].items()
                            if any(w in f"{co.donation}{ev.event.name}" for w in k.split("|"))), ""))
        if co.donation or gift["gift_named"] else "",
        # a charity's head (慈善总会会长): speaks of charity's calling, not of a political duty (round 91, 611)
        "charity_speaks": "yes" if ev.kind != "news" and any(w in sp.title for w in lang["charity_heads"]) else "",
        "edu_health": "yes" if any(w in a for a in co.areas for w in lang["edu_health_words"]) else "",
        # (两点 of two asks, not 几点: round 25)
        "asks_few": lang["one"] if len(told) <= 1 else lang["few"] if len(told) > 9 else
        cnlang.cn_count(len(told)) + "点",
        # (the other's 全县… said after its name: 磐川县全县… said the place twice, round 32)
        "own_facts": clauses(own.facts),
        "other_facts": clauses([_whole_place(f, other) or f for f in other.facts]),
        "host_facts": clauses(host.facts), "guest_facts": clauses(guest.facts),
        "industries": j(own.industries) if own is host else j(host.industries),
        "host_industries": j(host.industries),
        # the host's industries its facts do not name already (…带来牛羊肉、杂粮等农畜产品参展: not listed again)
        "industries_unsaid": j(tuple(i for i in host.industries if not any(i in f for f in host.facts))),
        "other_industries": j(other.industries),
        "own_industries": j(own.industries),
        # (…without a name of its own before it, 堎坪镇总面积…: said after 我镇 it was 我镇我镇总面积…, round 97's helper, 728)
        "area": _own_name_off(host.area, host), "population": _own_name_off(host.population, host),
        "ranks": j(host.ranks),
        # (a pastoral banner's goods do not 走出大山: round 46; its grassland, by its name or industries)
        "home_land": lang["home_lands"]["grassland"] if any(w in host.name + "".join(host.industries) + "".join(host.facts)
                                                            for w in lang["grassland_words"]) else lang["home_lands"]["hills"],
        # (这份荣誉 of two honours: round 45)
        "ranks_these": lang["these"] if len(host.ranks) > 1 else lang["this_one"],
        # the signings as a list (总投资2.2亿元的…协议: round 56), and as what was done: by the parties a deal
        # names (A与B签订了…), by 双方, or, a firms' deal of none named, signed at the occasion (…协议现场签约,
        # what the event says after it kept after: 还举行了…采购协议，签约金额1.1亿元签约 read as 语序混乱, round 55)
        "visits": j(ev.visit.sites), "signings": signings_listed(ev.visit.signings, lang["signing"]),
        "signings_these": signings_these(ev.visit.signings, lang["signing"]),
        "signings_signed": signings_clause(ev.visit.signings, lang["signing"], firms=True),
        "signings_said": signings_clause(ev.visit.signings, lang["signing"]),
        "signings_parties": "yes" if any(_signing(x, lang["signing"])[0] for x in ev.visit.signings) else "",
        "plans": "" if plans_whole else clauses(plans), "asks": clauses(asks),
        "plans_hosts": "" if plans_others else "yes", "plans_others": "yes" if plans_others else "",
        "plans_whole": ("" if _timed_plan(kept[0], lang_asks) else lang_asks["next"])
        + clauses([plan_said(p, lang_asks, plan_heads, "" if ev.kind == "news" else plan_subject, plan_subject)
                   for p in plans]) if plans_whole else "",
        # the asks said after 恳请{other}: the other side's firms not named again inside them
        # (恳请汐湾区推动更多汐湾区企业… → 恳请汐湾区推动更多企业…; 到鹤沚区稳岗就业 keeps its place)
        # a symposium's asks of the cadres said as the event words them, each with its verb (希望…/要…)
        # (…每人至少带好两名青年教师 said 希望大家…, and so is 要把…带到课堂上 beside it: 提两点要求：要把…；
        # 希望大家… was read as two forms in one list, round 26)
        "asks_told": _told_all(told, lang_asks, told_alike) if ev.kind == "symposium" else "",
        "asks_of_other": _unnamed(clauses(_asked_of(asks, other.short, lang_asks, asked_by)), other.short),
        # (…and asks that open on the other's institution, 岜林县人民医院选好…, said with its name whole: 希望贵县人民医院
        # was read as a district speaking to a county, round 81)
        "asks_inst": "yes" if asks and asks[0].startswith(other.short) and regex(
            "^" + lang["institution_after"]).match(asks[0][len(other.short):]) else "",
        # (an ask of both sides is not asked of the other: 期待贵县两地政协在…加强交流, round 60)
        "asks_both": "yes" if asks and asks[0].startswith(tuple(lang_asks["both"])) else "",
        # 希望滨江区……, unless the asks open on the side asked (a report gives the asks and plans as
        # the host's: asked of the guest); its firms not named again (希望滨江区推动更多企业…)
        "asks_said": (clauses(asks) if asks[0].startswith(asked.short)
                      else asked.short + _unnamed(clauses(asks), asked.short)) if asks else "",
        # the host's facts with the host as their subject, unless a fact has its own (全县……)
        # (a report says the place by name: 据介绍，全县冷水鱼养殖规模… has no 县 of its own, round 26)
        # (全市… in a city's reply to a city would be its own: the host is named, rounds 39–40)
        "host_facts_said": _reported(_subject(host, host.facts), host) if ev.kind == "news" else _subject(
            host, host.facts, named=sp.side == "guest" and cnlang.unit_suffix(host.short) == cnlang.unit_suffix(guest.short)),
        "guest_facts_said": _subject(guest, guest.facts),
        # (in the speaker's own mouth: 我县2020年…, not the place's name again after 青山县总面积…)
        "own_facts_said": _subject(own, own.facts, speaker_self(ev)),
        "cadres": cadres,
        # 分管工作, 民主集中制, 牵线引进的项目 are for officials (round 13)
        # (and not to a group with professionals in it either: 分管领域, 政绩观 said to 8 cadres and 26
        # doctors and teachers, round 23 audits)
        "officials": "yes" if not names_professionals else "",
        # an organisation head does not tell 组织部门 what to do: it is their own department (round 19)
        "not_org_head": "" if lang["org_word"] in sp.title else "yes",
        # a speaker who heads an office or a team (区退役军人事务局局长) does not direct the place's other
        # departments nor pledge its leaders' visits (我们将督促有关部门…, round 59)
        # …and one who heads a firm or a chamber of commerce speaks of no 政治任务 (round 62)
        "firm_speaks": "yes" if firm_speaks(ev) else "",
        # (…a firm that invests, not gives: no 奉献爱心 nor 回报社会 at its plant's opening, round 100's helper, 749)
        "firm_invests": "yes" if firm_speaks(ev) and not co.donation and not any(
            w in ev.event.name for w in lang["gift"]["verbs"]) and (ev.visit.signings or any(
                w in ev.event.name for w in lang["invest_words"])) else "",
        # …and a site of its own it shows the leaders, not visits (此次来访，我们考察了汇穗源…加工厂, round 100's helper, 749)
        "own_site": "yes" if _own_site(ev) else "",
        # (…and a village, which sets up no 招商推介 platform of its own either: round 70)
        "office_speaks": "yes" if own_office(sp.title) or own_unit in lang["small_units"] else "",
        # (…and a people's congress's or a CPPCC's head, who supervises and supports the work, not does it: 以最实的举措
        # 抓好各项协作任务 in a 人大常委会主任's mouth was read wrong-side, round 96's 608)
        "legislature": "yes" if ev.kind != "news" and body.endswith(tuple(lang["legislatures"])) else "",
        "members": next((m for k, m in lang["legislature_members"].items() if body.endswith(k)), ""),
        # (…an office's or a team's own head, not a village's: rewording bureau_speaks)
        "bureau_speaks": "yes" if ev.kind != "news" and own_office(sp.title) else "",
        # …or a town's or a village's: none sets tasks for the county's 各级各部门 (round 86: a town secretary did)
        "body_speaks": "yes" if own_office(sp.title) or own_unit in lang["small_units"] + lang["grassroots_units"] else "",
        # a village speaking: it pairs no 乡镇、村和企业 and builds no 一批示范村 (session 22's events)
        "village": "yes" if own_unit in lang["small_units"] else "",
        # …or a township: it pairs no hospitals and extends nothing 向基层, being it (round 77)
        "grassroots": "yes" if own_unit in lang["grassroots_units"] else "",
        # a symposium of professionals only (教师、医生) is not told of 挂职: language.yaml rewording
        # (…nor is a reply or welcome at a medical team's arrival: 挂职干部和专业人才 said of 队员, round 43)
        # (…and a toast to them: 一批又一批珷山区干部人才 was said at a dinner for 16 teachers, round 69)
        "professionals": "yes" if professionals and ev.kind in ("symposium", "reply", "welcome", "toast") else "",
        # (…and a host's toast to them: 琥港区组团式教育帮扶教师团队一行莅临埸口县 and 给我们的工作多提宝贵意见, round 76)
        # (…not those who come to see them, 卫生健康委员会看望…医疗队: greeted as 各位专家, session 26's 646)
        "pros_welcome": "yes" if professionals and ev.kind in ("welcome", "toast") and sp.side == "host"
        and not any(w in ev.event.name for w in lang["visit_words"]) else "",
        # (…and a welcome of them come to work a term, 到岗, 第三批, or sent as the cadres field says: its points are how
        # they will work and be looked after, not markets and learning from the visitors; round 91, 606)
        "pros_arrival": "yes" if professionals and host_welcome and (
            co.cadres or any(w in ev.event.name for w in lang["pros_arrival_words"])) else "",
        # (…and the host's toast at their dinner: a tourist train's first passengers toasted as 各位领导, round 98's 741)
        "public_welcome": "yes" if (host_welcome or ev.kind == "toast" and sp.side == "host") and any(
            w in f"{guest.delegation}{ev.event.name}" for w in lang["public_groups"]) else "",
        # (…and pupils on a study tour are wished well at their studies, with no 协作大计 to discuss: round 90)
        "students_welcome": "yes" if host_welcome and any(
            w in f"{guest.delegation}{ev.event.name}" for w in lang["student_groups"]) else "",
        "firms_greet": firms_greet,
        "firms_led": _firms_greet(ev, lang["firm_groups"], led=True) if ev.guest.leaders else "",
        # how a firm's or a chamber's head names his own (我们集团): he invites the hosts to it, not to his district
        "firm_self": own_firm(ev)[1],
        "firms_welcome": "yes" if firms_greet else "",
        # an occasion of firms come to look at investing (企业家考察团, 商会…投资考察): its points speak of the business
        # climate and what firms may do, not of aid funds audited or cadres' style (round 91 read both, 605)
        "investors": "yes" if any(w in f"{ev.event.name}{guest.delegation}" for w in lang["firms_audience"]) else "",
        # …or of workers, a job fair or a labour send-off (劳务协作专场招聘会): its reply looks after the workers (round 90)
        "labour_occasion": "yes" if any(w in ev.event.name for w in lang["labour_occasions"]) else "",
        # (a host does not lecture the doctors and teachers another place sent it on 廉洁: round 42)
        "host_to_pros": "yes" if professionals and ev.kind == "symposium" and sp.side == "host" else "",
        **_pros(sent, lang["pros_called"]),
        "host_own": "yes" if ev.kind != "news" and sp.side == "host" else "",
        # a side that is an institution (…学院, …医院), not a place: its people, else ''
        # (the speaker's own first, else the other's: a village's welcome of a firm called the village's people
        # 荑沟村干部职工, round 70)
        "inst_people": cnlang.institution_people(own.name, own.short) or cnlang.institution_people(other.name, other.short),
        "other_inst_people": cnlang.institution_people(other.name, other.short),
        "daytime": "yes" if ev.kind == "toast" and not any(w in ev.event.name for w in lang["evening_words"]) else "",
        # another pairing programme than East–West cooperation (对口援藏…), as the event's words name it
        "programme": _programme(ev, lang["programmes"]),
        # …and its cadres as the event's words call them (援疆干部人才), when they are not professionals only
        "aid_cadres": "" if professionals else _aid_cadres(ev, lang["aid_cadres"]),
        # …or posted on the spot (派驻…干部, 驻…帮扶干部), of whom no 挂职 is said, unless the event says it
        "posted": "yes" if not professionals and _aid_cadres(ev, lang["posted_cadres"])
        and "挂职" not in f"{ev.cooperation.cadres}{ev.event.name}" else "",
        # 临澄区选派的第二批挂职干部, unless the field says who sent them (鹭屿区选派的…, 派驻…的…)
        "cadres_from": cadres if not cadres or guest.short in cadres or any(
            w in cadres for w in lang["sent_words"]) else f"{guest.short}选派的{cadres}",
        "visited": "yes" if ev.visit.sites else "",
        "sites2": "yes" if len(ev.visit.sites) > 1 else "",      # 一个个项目, 先后: more than one
        "prev": "", "prev_title": "", "prev_for_side": "",
        "hl_name": f"{party_title(host, hl.title)}{hl.name}" if hl and hl.title else (hl.name if hl else ""),
        "gl_name": f"{party_title(guest, gl.title)}{gl.name}" if gl and gl.title else (gl.name if gl else ""),
        "hl": hl.name if hl else "", "gl": gl.name if gl else "",
        "guest_named": _named(guest), "host_named": _named(host),
        # an event named as a visit (…考察…) is not said to be a 座谈会 it may not be: 这次活动
        # (an occasion named after the visitors is 这次座谈会 in their own mouth too: round 18, 与大家一道
        # 举行汐川区党政代表团来桉坪县考察对接座谈会 said by 汐川区's secretary)
        # (a visit joined to an occasion by 暨 is, in a speech, the occasion held: 共同举行…代表团赴潆阳区考察对接暨消费帮扶
        # 产品发布会 was read as 搭配不当, round 93's 651)
        "occasion": (ev.event.name if ev.kind == "news" else joint["occasion_part"] or (
                     ev.event.name if not visitors_named else this_occasion)) if occasion else (
            lang.get("unnamed_occasion") or ev.event.name + lang["meeting_word"]),
        # a speech names a long occasion that names the sides by its kind (这次座谈会), not by its
        # whole name (round 10: 与我们共同举行莼湖区党政代表团来碧溆旗考察…座谈会, 会议全称塞进句子)
        # (and so is one that names the visitors themselves, whatever its length: 举行汐川区党政代表团来
        # 桉坪县考察对接座谈会，热烈欢迎汐川区党政代表团一行, round 18)
        # (…and so is one that opens on the venue the sentence names before it: 在碶川县砻下镇枧田村共同举行碶川县砻下镇
        # 枧田村…揭牌仪式, session 26's 645)
        "oname": (ev.event.name if ev.kind == "news" or (len(ev.event.name) <= LONG_NAME
                  or not (host.short in ev.event.name or guest.short in ev.event.name))
                  and not visitors_named and not (len(ev.event.place) > len(host.short) and ev.event.name.startswith(ev.event.place))
                  else this_occasion) if occasion else "",
        "visit_name": "" if occasion else ev.event.name,
        # (…that says a visit, not a thing that opens or is held: …年货节在濉滨区开幕 reported 岌禾县县长带队，濉滨区委书记陪同,
        # round 100's 758)
        "visit_said": "yes" if not occasion and any(w in ev.event.name for w in lang["visit_led_words"]) else "",
        # what a visit is for when its name says it is to comfort (…看望慰问阿腾希日旗困难群众 → 看望慰问困难群众)
        "visit_purpose": "" if occasion else _visit_purpose(ev.event.name, (host.name, host.short), lang["visit_purposes"]),
        # the team of professionals a host's welcome says the visitors come to see (…卫生健康委员会看望组团式帮扶医疗队欢迎会
        # → 组团式帮扶医疗队): named and thanked, not left out (round 93 read such a welcome with no word of the team, 646)
        "visited_team": _visited_team(ev.event.name, lang) if host_welcome else "",
        "occasion_named": "yes" if occasion else "",
        # what the ceremony launches (…挂牌暨…中心启用仪式), said as done in a speech's opening
        "launched": _launched(ev.event.name, lang, not ev.visit.signings) if occasion and ev.kind in ("welcome", "reply")
        else "",
        # (…a start, 开工/奠基/启动, is no fruit borne: 正式开工，两地协作又结出了新的硕果 was read as 不合逻辑, round 98's 727)
        "launched_start": "yes" if _launch_body(ev.event.name, lang["launch"]).endswith(tuple(lang["launch"]["starts"])) else "",
        # the meeting the guests came for (前来参加…联席会议的…一行); not a banquet, nor a visit named
        # by the visitors themselves (为前来参加琅岙区党政代表团…的琅岙区党政代表团一行; round 11)
        "meeting": "" if any(w in ev.event.name for w in lang["not_a_meeting"]) else ev.event.name,
        # a name that joins a visit and an occasion (澉港区党政代表团到猇江县考察对接暨…签约捐赠仪式): a report's lead says the
        # visit, then the occasion it attended where it was held (round 74 read …考察对接暨…仪式在猇江县会议中心举行 as 搭配不当)
        **joint,
        # the occasion a banquet is given for, as its name says it (硘川县…展销会欢迎晚宴 → 硘川县…展销会)
        "banquet_for": _banquet_for(ev.event.name),
        # (a report names whose committee: 代表市委、市政府 of two cities read as either, round 51)
        # (…a town's post by the town's: 符乐群代表柞岭镇党委 was said of 菇岭镇党委书记 in 柞岭县, round 100's helper, 757)
        "hl_body": (body_stem(hl.title, host) if ev.kind == "news" else "") + represents(hl.title, host) if hl else "",
        "gl_body": (body_stem(gl.title, guest) if ev.kind == "news" else "") + represents(gl.title, guest) if gl else "",
        # what each side's leader said, as the event gives it (a report attributes nothing else)
        # (a remark that thanks, 感谢…的真情帮扶, is said in the welcome line that thanks, not after it
        # again: round 25 read …表示感谢。党志远在讲话中表示，感谢…)
        "host_said": _said(hl.name, tuple(r for r in host.remarks if r is not thanks)) if hl else "",
        "hl_thanks": thanks.rstrip("。；，！") if hl and thanks else "",
        "hl_unthanked": hl.name if hl and not thanks else "",
        "guest_said": _said(gl.name, tuple(r for r in guest.remarks if r is not gthanks)) if gl else "",
        "gl_thanks": gthanks.rstrip("。；，！") if gl and gthanks else "",
        "gl_unthanked": gl.name if gl and not gthanks else "",
        # (a firm's head thanks, he does not appraise the county's work: 董事长…对柞岭县干部群众…成绩给予充分肯定, round 100's helper, 757)
        "gl_firm": "yes" if gl and any(w in (gl.title or "") for w in lang["firm_heads"]) else "",
        # the place, unless the occasion's name already says it (…青山县…联席会议在青山县召开); a name
        # of the pair (滨江区—青山县…联席会议) says no place (round 10: 导语缺地点)
        "at_place": ev.event.place if ev.event.place and (
            ev.event.place not in ev.event.name
            or (place_stem(host.short) in ev.event.name and place_stem(guest.short) in ev.event.name)) else "",
        # …nor when it is one of the two sides named beside it (星渚区、砚塘县两地在砚塘县召开)
        # a venue that is a room or a hall of the place (…会议室, …会展中心): not 莅临/来到 it, but the place, then 在 it
        # (round 80: 欢迎…一行莅临嵖源县委第一会议室, 我们…来到埝河县委常委会议室)
        "place_room": "yes" if room else "",
        "place_or_other": other.short if room else ev.event.place,
        "in_place": f"在{ev.event.place}" if room else "",
        "place_apart": ev.event.place if ev.event.place and ev.event.place not in ev.event.name
        and ev.event.place not in (host.short, guest.short) else "",
        # the occasion's name after the two sides, unless it names them itself (棠樾区与青箬县召开棠樾区—青箬县…)
        # a report's occasion whose name says who convened it (…工作队与堎原县召开…座谈会): its headline is the name,
        # and its lead puts the place before the verb (…座谈会召开 and …召开…座谈会在…召开 were said, session 24's events)
        **_named_convening(ev),
        "oname_plain": ev.event.name if occasion and host.short not in ev.event.name
        and guest.short not in ev.event.name else "",
    }
    v.update(venue)
    # the stage of the cadres' term (a symposium's moves differ: welcome and 尽快进入角色 at arrival,
    # thanks for the term's work and 常回来看看 at farewell)
    st = event_stage(ev)
    v.update({s: "yes" if s == st else "" for s in ("arrival", "midterm", "farewell")})
    v["departing"] = "yes" if departing(ev) else ""
    # the writer's own words that ask those who leave to come back (大门永远向大家敞开…常回来看看 in a point,
    # 多回“第二故乡”看看 in the asks): the closing does not ask again (round 80, 514 said it four times)
    own_words = [*ev.asks, *(t for x in ev.points for t in (x.heading, x.body) if t)]
    v["asked_back"] = "yes" if st == "farewell" and any(
        regex(data("eras")["gate"]["ideas"]["come_back"]).search(t) for t in own_words) else ""
    # a farewell symposium whose name says the seeing off (…期满欢送座谈会) opens on 召开座谈会，欢送…, not its name
    # and 欢送 again (举行砀溪县欢送…座谈会，欢送渌滨区选派的…, round 79)
    v["farewell_meeting"] = "yes" if st == "farewell" and ev.kind == "symposium" and ev.event.name.endswith(
        lang["stages"]["farewell_meeting"]) and any(w in ev.event.name for w in lang["stages"]["farewell_said"]) else ""
    # an arrival the name says (欢迎…, 见面…), not one taken for granted: only then is the meeting
    # called a 见面会/动员会 (round 47 read it of a 挂职干部和援派医生座谈会 whose team had long been at work)
    v["rotation"] = "yes" if ev.kind == "symposium" and rotation(ev.event.name) else ""
    v["arrival_named"] = "yes" if st == "arrival" and not v["rotation"] and any(
        w in ev.event.name for w in lang["stages"]["arrival"]) else ""
    # where a report says the signing and the gift were made: at the occasion when its name says so
    # (…暨签约捐赠仪式), else 活动期间 (language.yaml sign_words, sign_at_other)
    v["sign_at"] = v["venue_at"] if any(w in ev.event.name for w in lang["sign_words"]) else lang["sign_at_other"]
    # a signing that is a deal of firms (订单收购协议) is not said to be the two sides' (language.yaml firm_deals)
    # (…when every one is: a list with the two sides' own agreement is 双方签订了…, round 48's 157)
    v["signings_firms"] = "yes" if ev.visit.signings and all(
        any(w in x for w in lang["firm_deals"]) for x in ev.visit.signings) else ""
    # a reply answers the speaker the event names; with none named it answers no one and the warning
    # asks for them (round 11 missed 回应前一位讲话人; round 12 read a default 刚才，某书记的致辞 as an
    # agenda the event does not give)
    if ev.answers is not None:
        v["prev"] = ev.answers.address
        # (…said to speak for the side only when the title is the side's own, not a town's or an office's: 冉书记代表碶川县
        # of a town's secretary, session 26's 649)
        unit = cnlang.unit_suffix(other.short)
        v["prev_for_side"] = "yes" if unit and any(
            f"{unit}{w}" in (ev.answers.title or "") for w in lang["side_posts"]) else ""
    # a host whose facts speak of 脱贫摘帽 before the pairing began did that before the helper came
    v["since_before_facts"] = ""
    for key, facts in (("host_facts", host.facts), ("own_facts", own.facts), ("co_facts", co.facts),
                       ("other_facts", other.facts)):
        v.update(_fact_flags(key, facts))
    # (a list of results, not of the place's nature: 这些成绩 is not said of 平均海拔4300米, round 41)
    # a point the event gives that tells what was felt or praises (感受真情，深受教育; 肯定成绩，感谢付出) is no
    # 工作 to do nor 希望 (points_intro; round 43)
    # (either side an institution: 两地 is 双方; the other's people reworded as other_inst, the speaker's as own_inst)
    v["institution"] = "yes" if v.get("inst_people") else ""
    v["other_inst"] = "yes" if v.get("other_inst_people") else ""
    # a school's or a hospital's head of the receiving side at a symposium or a dinner of the teachers or doctors it receives
    # speaks for the school (我校师生, 全校师生), not the county (全县干部群众, 需要我县帮忙: round 88, a vocational
    # school's farewell of its teachers): the set words reworded as inst_voice
    # (…and at its welcome of them: 全县干部群众铭刻在心 in a hospital president's welcome of the medical experts,
    # session 27's 667)
    voice = lang["inst_voice"].get(self_ref) \
        if ev.kind in ("symposium", "toast", "welcome") and sp.side == "host" and v.get("inst_head") and not v["institution"] \
        else None
    v["inst_voice"] = "yes" if voice else ""
    v["inst_self"], v["inst_all"], v["inst_folk"] = voice or ("", "", "")
    # a work team's own leader speaking to his team (…工作队队长, …工作队领队: its first post), and an occasion of
    # the year's assessment (考核, 迎检) (moves.yaml symposium-team)
    first_post = cnlang.LIST_SEP_RE.split(sp.title)[0] if sp.title else ""
    team_leader = sp.side == "guest" and any(first_post.endswith(t) for t in lang["team_lead_titles"])
    v["team_lead"] = "yes" if ev.kind == "symposium" and team_leader else ""
    # (…and his toast at a dinner of the host's for his team: he thanks the host, not sees his team off, session 22's
    # events: 向即将返回璓江区的同志们表示崇高的敬意 and 沬原县的大门永远为大家敞开 in the team leader's mouth)
    # (…and so does one of the seconded people leading them at their farewell dinner, a head of the host's school
    # 校长（挂职） with the teachers seen off: round 79 read him speak as a delegation's come for a short visit)
    seconded = sp.side == "guest" and bool(co.cadres) and (lang["seconded_mark"] in sp.title or ev.host.short in sp.title)
    v["team_toast"] = "yes" if ev.kind == "toast" and (team_leader or seconded and st == "farewell") else ""
    # …speaking for the team: its leader for his team's members, one seconded for the group seen off (not
    # 涠江区实验中学全体队员, round 79)
    group = ev.guest.delegation
    v["team_named"] = f"{v['own_body_named']}{lang['team_members']}" if team_leader or not group else \
        group if group.startswith(ev.guest.short) else f"{ev.guest.short}{group}"
    # the sending side's team that lives in the host's place (湱江区驻堎原县工作队, its leader 驻堎原县…工作队队长): a
    # report of a meeting it holds with the host does not welcome it as a visitor (round 88)
    posted_in = lang["posted_in"].format(place=ev.host.short)
    v["resident"] = next((w for w in lang["resident_teams"] if any(
        posted_in in x and w in x for x in (ev.event.name, *(p.title for p in ev.guest.leaders[:1])))), "") \
        if ev.kind == "news" and not ev.away else ""
    # (…and so is the sending side's cadre who holds a post in the host's place, 泓川县委常委、副县长（挂职）: not welcomed as
    # 一行 nor thanking for a reception, session 27's 698 and 700; thanked with the seconded cadres)
    if ev.kind == "news" and not ev.away and not v["resident"] and ev.guest.leaders \
            and ev.host.short in ev.guest.leaders[0].title:
        v["resident"] = v.get("aid_cadres") or lang["seconded_cadres"]
    v["assessment"] = "yes" if any(w in ev.event.name for w in lang["assessment_words"]) else ""
    v["rectify"] = "yes" if ev.kind == "symposium" and any(w in ev.event.name for w in lang["rectify_words"]) else ""
    # the sending side's cadre posted here, speaking to its people (voice.posted_in_host): for no body of the sending side
    v["posted_here"] = "yes" if ev.kind == "symposium" and posted_in_host(ev) else ""
    # a camp or a study tour of pupils (…研学夏令营开营仪式): the sites are where the campers go, not a leader's visit
    # (叶恩澍一行实地考察了…科技馆 was read as invented, round 95's 699)
    v["campers"] = next((c for w, c in lang["camp_words"].items() if w in ev.event.name), "")
    # a working meeting of the sending side's people during their term (…工作队2026年年中工作推进会), by its leader
    # or the sending side: the work ahead, not an arrival's hopes (round 96's 615 opened on 总结前一阶段的工作、部署下一步的
    # 任务 and went on 融入当地、调研找定位); not a visit's care (看望、慰问)
    v["work_meeting"] = "yes" if ev.kind == "symposium" and sp.side == "guest" and st == "midterm" \
        and any(w in ev.event.name for w in lang["stages"]["work_meeting"]) \
        and not any(w in ev.event.name for w in lang["stages"]["visit_meeting"]) else ""
    # pupils at the occasion, as its name or its greeting says: told to study, the teachers wished well (session 27's 689)
    v["pupils"] = "yes" if ev.kind in ("welcome", "reply", "symposium") and (
        any(w in ev.event.name for w in lang["pupils_occasions"]) or any(lang["pupils_word"] in a for a in ev.audience)) else ""
    v["job_workshop"] = "yes" if any(w in ev.event.name for w in lang["job_workshop_words"]) \
        and "工坊" not in ev.event.name else ""
    v["women_workshop"] = "yes" if any(w in ev.event.name for w in lang["women_workshop_words"]) else ""
    # the helping side's opening of a training course for the receiving side's cadres (…干部培训班开班式): moves.yaml
    # symposium-training (round 76)
    course = ev.kind == "symposium" and any(w in ev.event.name for w in lang["training_words"])
    v["training"] = "yes" if course and sp.side == "guest" else ""
    # the receiving side's people posted in the helper's place, to whom the helper speaks (甪溪县驻淏江区…工作站工作人员座谈会:
    # moves.yaml symposium-station; round 100's helper, 755)
    v["station"] = "yes" if ev.kind == "symposium" and sp.side == "guest" and not v["training"] and (
        local(re.escape(host.short) + "(?:派驻|驻)" + re.escape(guest.short)).search(ev.event.name + ev.cooperation.cadres)
        or ev.cooperation.cadres.startswith(host.short) and any(w in ev.cooperation.cadres for w in ("派驻", "驻" + guest.short))
    ) else ""
    # the sending side's meeting with its cadres' families (…挂职干部家属座谈会: moves.yaml symposium-families; round 101's 773)
    v["families"] = "yes" if ev.kind == "symposium" and sp.side == "guest" and any(
        w in ev.event.name for w in lang["families_words"]) else ""
    # (…of which learning on the job, 跟岗学习: no classes, rewording shadowing)
    v["shadowing"] = "yes" if course and any(w in ev.event.name for w in lang["shadowing_words"]) else ""
    # …and its close (结业式): the trainees have learnt and go home (session 26's 653 was drafted as an opening)
    v["graduation"] = "yes" if course and any(w in ev.event.name for w in lang["graduation_words"]) else ""
    # …and a report of one (round 101's 780: its host welcomed the trainees as 客人们)
    v["course_close"] = "yes" if ev.kind == "news" and any(w in ev.event.name for w in lang["training_words"]) \
        and any(w in ev.event.name for w in lang["graduation_words"]) else ""
    # …whose trainees are no officials (致富带头人、乡村技能人才): not told of 干部能力 nor 干部队伍 (round 93's 653)
    v["trainees_folk"] = "yes" if course and not any(
        w in f"{co.cadres}{ev.event.name}" for w in lang["trainee_officials"]) else ""
    # …and the receiving side's opening of one at its own place for its own cadres, the helping side's experts
    # teaching: moves.yaml symposium-training-host (round 88 read it drafted as a welcome to seconded cadres)
    v["training_host"] = "yes" if course and sp.side == "host" and not ev.away else ""
    # (experts who teach, as the event names them: welcomed and thanked, wished well)
    v["experts"] = "yes" if course and any(w in x for x in (ev.guest.delegation or "", *ev.audience, *co.facts)
                                           for w in lang["expert_words"]) else ""
    # the speaker's own side is an institution (a school, a hospital): it says nothing of a place's 民生, 返贫
    # or industries as its own work (round 66 read a vocational school's principal say 把有限的财力更多用于民生，
    # 城乡面貌持续改善)
    own = ev.own
    v["own_inst"] = "yes" if ev.kind != "news" and cnlang.institution_people(own.name, own.short) else ""
    # …and the place it is in, as its short name opens on it (葭岙县职业中学 → 葭岙县), else ''
    placed = regex(cnlang.LEADING_PLACE).match(own.short or "")
    v["inst_place"] = placed.group(0) if v["own_inst"] and placed else ""
    v.update(_peers(ev, lang))
    v["place_own"] = "yes" if ev.event.place and ev.event.place in (own.short, own.name) else ""
    v["own_village"] = "yes" if cnlang.unit_suffix(own.short) in lang["small_units"] else ""
    v["other_village"] = "yes" if cnlang.unit_suffix(other.short) in lang["small_units"] else ""
    # (a team of teachers only, or of doctors only: its schools or its hospitals, not both)
    sent = ev.cooperation.cadres + ev.event.name + ev.guest.delegation
    fields = {k for k, ws in lang["pros_fields"].items() if any(w in sent for w in ws)}
    v["edu_only"] = "yes" if fields == {"edu"} else ""
    v["health_only"] = "yes" if fields == {"health"} else ""
    v["sombre"] = "yes" if any(w in ev.event.name + ev.event.theme for w in lang["sombre_words"]) else ""
    v["struck"] = "yes" if any(w in ev.event.name + ev.event.theme for w in lang["struck_words"]) else ""
    v["points_felt"] = "yes" if any(w in (p.heading or "") for p in ev.points
                                    for w in lang["felt_words"] + lang["unasked_words"]) else ""
    # a theme of a period that has ended (巩固拓展脱贫攻坚成果 in 2026: rounds 45's readers) is not said as
    # the moment the speaker is in (当前，我们正处在…的关键时期); a report still names it as the occasion's
    # theme, and the drafter warns (draft.checked)
    # (nor one about the people in the room, 关心关爱挂职干部、推动协作任务落地: 两地正在全力推进关心关爱挂职干部… was
    # read as 搭配不当, round 69)
    v["theme_current"] = "yes" if theme_current(ev) else ""
    # schools or hospitals the event says are paired already (我区8所学校、2家医院与…结对帮扶)
    paired_units = regex(lang["paired_units"])
    v["paired_units"] = "yes" if any(paired_units.search(f) for f in
                                     (*co.facts, *host.facts, *guest.facts, *ev.visit.signings)) else ""
    # a theme both sides are in (乡村全面振兴), not only the helped side's (巩固拓展脱贫攻坚成果…, 有效衔接)
    # a theme that names the programme itself (深化对口援疆, 深化东西部协作): the two sides' work
    v["theme_programme"] = "yes" if any(w in ev.event.theme for w in lang["programme_theme_words"]) else ""
    v["theme_shared"] = "yes" if ev.event.theme and not any(w in ev.event.theme for w in lang["helped_only"]) else ""
    v["youth_camp"] = next((w for w in lang["youth_camps"] if w in ev.event.name), "")
    # a festival the occasion's name says it comes before (春节前看望慰问…: 新春), else ''
    # (…or its theme, 同庆华诞; or a holiday of a fixed day a few days after it, a dinner on 9月29日: session 24's events)
    v["festival"] = next((f for w, f in lang["festivals"].items() if w in ev.event.name), "") \
        or next((f for w, f in {**lang["festivals"], **lang["festival_theme_words"]}.items() if w in ev.event.theme), "") \
        or next((f for md, f in lang["festival_days"].items()
                 if 0 < (_festival_day(ev.event.date, md) - ev.event.date).days <= lang["festival_days_before"]), "")
    # a day of a profession the occasion's name or theme keeps (庆祝教师节暨欢迎…支教教师晚宴: 第四十三个教师节), greeted to
    # the people of that profession (session 25's events: a teachers' dinner on 9月10日 said no word of it)
    day = next(((w, d) for w, d in lang["work_days"].items() if w in ev.event.name or w in ev.event.theme), None)
    v["work_day"] = f"第{cnlang.cn_count(ev.event.date.year - day[1]['first'] + 1)}个{day[0]}" if day else ""
    v["work_day_who"] = day[1]["who"] if day else ""
    # (…of the new year, whose words are 万象更新, 辞旧迎新, 新的一年: round 76 read them at Mid-Autumn)
    v["new_year"] = "yes" if v["festival"] in ("新春", "元旦") else ""
    # a toast to the sending side's people at work in the place, none of its leaders named (values: the spec
    # toast-cadres of moves.yaml and points.yaml)
    # (…or whose occasion names them, 支教教师期满欢送晚宴, whoever of their side's leaders comes: round 67's events)
    # cadres the event names with no specialists among them (驻镇工作组干部3名): thanked for as 干部, not 专业人才; and a
    # group of three or fewer is not said to come 来自不同的单位、不同的行业 (session 22's events)
    cadres_text = co.cadres or ""
    v["cadres_plain"] = "yes" if "干部" in cadres_text and not any(w in cadres_text for w in lang["talent_words"]) else ""
    counts = [int(n) for n in re.findall(r"(\d+)(?:名|人|位)", cadres_text)]
    v["cadres_few"] = "yes" if counts and sum(counts) <= 3 else ""
    # (…not a delegation's dinner whose name says 援青: 欢迎洙阳区援青工作考察团晚宴 was drafted as the district's cadres
    # welcomed to the district, session 25's events)
    v["cadres_toast"] = "yes" if ev.kind == "toast" and not any(w in ev.event.name for w in lang["delegation_words"]) and (
        any(w in ev.event.name for w in lang["cadres_gathering"]) or not ev.other.leaders and any(
            w in ev.cooperation.cadres for w in lang["cadres_gathering"])) else ""
    # …a host's dinner that welcomes them on arrival (欢迎…支教教师晚宴): they are welcomed, not thanked for work done
    v["cadres_welcomed"] = "yes" if v["cadres_toast"] and sp.side == "host" and v.get("arrival_named") else ""
    # a fact of this occasion (本次集中开工协作项目12个…) is no result to introduce as 开花结果 (round 53)
    # (…and the project's own figures at its project's occasion, 项目总投资1.2亿元…: 这些年，项目总投资… read as years of
    # investment, round 100's helper, 749)
    v["co_facts_now"] = "yes" if any(f.startswith(tuple(lang["occasion_now"])) or _of_occasion(f, ev)
                                     or lang["project_word"] in ev.event.name and f.startswith(tuple(lang["fact_things"]))
                                     for f in co.facts) else ""
    v["opening_named"] = "yes" if any(w in ev.event.name for w in lang["opening_words"]) else ""
    v["signing_named"] = "yes" if ev.visit.signings and lang["signing"]["named"] in ev.event.name else ""
    # a draft not asked short (no length, or one of 1,000 characters or more): what it may add to its core
    v["roomy"] = "yes" if not ev.length or ev.length >= 1000 else ""
    # (…or expected, 预计户均增收4500元: not after 两地结对以来, round 97's 720)
    v["co_facts_future"] = "yes" if any(re.search("将(?!军)|预计", f) for f in co.facts) else ""
    # (the host's facts in a report: 近年来 only before results, not before 全县有农村劳动力…, round 56's events)
    # (…nor of what a place is, 福坪社区是全县最大的易地搬迁安置社区: 我们高兴地看到 it, round 101's 769)
    v["host_facts_won"] = "yes" if host.facts and not any(
        w in f for f in host.facts for w in lang["conditions"]) and not any(map(_NATURE.match, host.facts)) else ""
    v["other_facts_hard"] = "yes" if other.facts and all(
        any(w in f for w in lang["hard_words"]) for f in other.facts) else ""
    v["other_facts_won"] = "yes" if other.facts and not any(
        w in f for f in other.facts for w in lang["conditions"]) and not any(map(_NATURE.match, other.facts)) else ""
    # professionals come to work with no leader nor delegation of theirs: they are the visitors welcomed (各位老师), not
    # 淓湖区各位领导 the event never says came (round 97's helper, 707), and not to 考察指导
    v["pros_only"] = "yes" if v.get("pros_arrival") and v.get("pros_greet") and not other.delegation and not (
        other.leaders and other.leaders[0].title) else ""
    if v["pros_only"]:
        v["visitors"] = v["visitors_party"] = v["pros_greet"]
    return v


def _deal_core(deal: str) -> str:
    """What names a deal whatever its parties: its last six characters (潽陵区—勐嵘县文旅协作框架协议 → 协作框架协议,
    旅行社客源输送协议 → 客源输送协议), all of a shorter name."""
    return deal.split("，", 1)[0][-6:]


def _peers(ev: Event, lang: dict[str, Any]) -> dict[str, str]:
    """Two schools' or two hospitals' heads at their own pairing (明湖实验中学 and 岌禾县第一中学): the speaker thanks and
    invites the other's school, not its county's 各位领导, and 两校 is what grew close, not 两地干部群众 (round 100's helper,
    752 and 745); the other's institution (peer), the speaker's (own_inst_name) and the pair's word (peers_word)."""
    other_head = ev.answers if ev.answers is not None and ev.kind == "reply" else \
        ev.other.leaders[0] if ev.other.leaders else None
    if ev.kind not in ("welcome", "reply", "toast") or other_head is None or not other_head.title or not ev.speaker.title:
        return {"peers": ""}
    mine, theirs = own_office(ev.speaker.title), own_office(other_head.title)
    kind = inst_self(mine)
    if not kind or kind != inst_self(theirs):
        return {"peers": ""}
    return {"peers": "yes", "peer": theirs, "own_inst_name": mine, "peers_word": lang["peers_words"][kind]}


def _own_site(ev: Event) -> bool:
    """Whether a firm's head's event lists a site of his own firm (汇穗源嶓源预制菜加工厂 of 粤瀼市汇穗源食品有限公司): its
    name's first two characters after its place's, in a site's name."""
    firm = own_firm(ev)[0]
    brand = regex(r"^(?:[\u4e00-\u9fff]{1,6}?[省市区县州旗盟])*").sub("", firm)[:2]
    return len(brand) == 2 and any(brand in s for s in ev.visit.sites)


def _of_occasion(fact: str, ev: Event) -> bool:
    """A fact that opens on what the occasion is about (专家工作站首批进站专家… at a 专家工作站揭牌仪式, 产地仓由…
    at a 产地仓开仓运营仪式): three characters of the event's name, none of a side's name, in its first eight
    (round 61 read such facts introduced with 近年来 and 这些年)."""
    # (the sides' names out of both first: 濑川区援派医生… shares 区援派 with 濑川区援派干部…欢送座谈会 only
    # across the name)
    sides = (ev.host.name, ev.host.short, ev.guest.name, ev.guest.short)
    name, head = _names_out(ev.event.name, sides, "|"), _names_out(fact[:8], sides, "|")
    return any(HAN3.fullmatch(sub) and sub in name for sub in (head[i:i + 3] for i in range(len(head) - 2)))


HAN3 = regex(r"[\u4e00-\u9fff]{3}")


def _body_named(body: str, own: Party, lang: dict[str, Any]) -> str:
    """The body a speaker speaks for, with its place: 青山 + 县委、县政府…; an institution that is the side
    itself by its full name (鲁琰省农业科学院), a firm or college as its title names it (round 61 read
    省农科院省农业科学院 and 翃山鲁翃市…有限公司)."""
    if own.name.endswith(body):
        return own.name
    league = league_body(own, body)
    if league:
        return league
    # (…and a body named in full with its place, 共青团澥川区委: not 澥川共青团澥川区委, round 97's helper, 729)
    if any(w in body for w in lang["org_words"]) or own.short in body:
        return body
    return place_stem(own.short) + body


def _theme_vp(theme: str, verbs: tuple[str, ...]) -> str:
    """The theme said after a verb of doing it (正在全力{theme_vp}): as it is when it opens on a verb, else
    after 推进, or '' for a slogan (山海情深、携手振兴); a theme whose first clause has none but a later one has (常态化帮扶、推进乡村全面振兴) takes a verb
    for its first that the later ones do not say (深化常态化帮扶、推进…: 两地正在扎实常态化帮扶、推进… was read
    as 成分残缺, session 20's events)."""
    # (…as is too when it opens on 以, the means before its verb: 以科技赋能乡村全面振兴)
    if not theme or theme.startswith(verbs) or theme.startswith("以"):
        return theme
    # (a slogan of the occasion is no task to be at: not said after a verb at all, round 79)
    if theme_slogan(theme):
        return ""
    # (a theme that is a clause of its own, a subject and its verb, 国企担当助力乡村全面振兴, is quoted after the verb:
    # 全力推进国企担当助力… was read as 杂糅, round 67's events)
    first = re.split("[、，]", theme)[0]
    if any(first.find(v) >= 2 for v in data("language")["theme_mid_verbs"]):
        return f"{data('language')['theme_leads'][0]}“{theme}”"
    said = {v for c in re.split("[、，]", theme)[1:] for v in verbs if c.startswith(v)}
    return next((v for v in data("language")["theme_leads"] if v not in said), verbs[0]) + theme


def _asked_of(asks: tuple[str, ...], other: str, asking: dict[str, Any], verbs: tuple[str, ...] = ()) -> list[str]:
    """The asks said after 希望贵县…: the other side not named again at their head; an ask of both
    sides after one of the other's is hoped again (希望贵县…；也希望两地加强…, not 希望贵县…；两地加强…,
    round 31), and one of the other's after an ask of both names the other again (…也希望两地共同推动…；
    同时希望贵市做好…, not …；做好务工人员组织输出, read as the two sides', round 39)."""
    both = tuple(asking["both"])
    out = []
    for k, a in enumerate(asks):
        if a.startswith(other) and not (k and _ASKED_HEAD.match(a[len(other):])):
            after_both = k > 0 and asks[k - 1].startswith(both)
            out.append((asking["again"] + cnlang.other_ref(other) if after_both else "") + a[len(other):])
        else:
            # (…and one of its own people or offices after the first is hoped again: 希望瀔阳区…给予重点支持，专家团队
            # 帮助我县… and …；企业按照东部市场需求… were read as 成分残缺, session 22's events)
            # (…and one that names whom it asks, the other or 县里, with the verb it was asked with: 希望贵县…；
            # 埝河县梳理… and …；县里在…给予支持 were read as 成分残缺, round 79)
            verb = verbs[k] if k < len(verbs) else ""
            names = k and (a.startswith(other) or _NAMES_ASKED.match(a))
            # (…the other named as the first ask named it, 贵县, and its verb with 也: 我们也期待贵县…；请屾原县梳理… was
            # read as 句式杂糅 and 称谓不一, round 85)
            said = cnlang.other_ref(other) + a[len(other):] if names and a.startswith(other) else a
            out.append(asking["also"] + a if k and a.startswith(both) else
                       asking["again"] + a if k and _ASKED_HEAD.match(a) else
                       (asking["also_verb"] + verb if verb and verb != asking["verbs"][0] else asking["again"]) + said
                       if names else a)
    return out


# an ask that opens on whom it asks, a place by its office (县里, 贵县; the other's name is _asked_of's)
_NAMES_ASKED = regex(r"^(?:[县市区州旗盟]里|贵[县市区州旗盟])")

# an ask that names whom it asks, people or an office of a side (专家团队帮助…, 县人社部门和工作站建立…, 企业按照…)
_ASKED_HEAD = regex(r"^(?!推动|帮助|引导|组织|支持|鼓励|动员|协调|促成|在|对|为|把|给|继续|加大|加强|做好)[\u4e00-\u9fff、和]{0,10}?(?:部门|团队|专家|企业|工作站|医院|学校|单位|协会|商会|医疗队|工作队)"
                    r"(?=[\u4e00-\u9fff])(?!的)")


def _fact_flags(key: str, facts: tuple[str, ...]) -> dict[str, str]:
    """What the set language asks of a list of facts: KEY_many (这些成绩, or a line of the whole place,
    坚持以高质量发展统揽全局…, leads more than one fact), KEY_one (one fact alone is said as it is),
    KEY_dated / KEY_undated (the first opens on its own time, so no 近年来 or 自2021年结对以来 leads it:
    近年来，2025年…; 自…以来，今年以来已落实…, round 21)."""
    # (a side's own facts are said years first when any has one, voice._subject: round 39 read 我们高兴地
    # 看到，泾峁县2020年脱贫摘帽… in 2027, the list given 全县滩羊… first)
    dated = bool(facts) and (cnlang.timed(facts[0]) or key in ("host_facts", "own_facts") and any(map(cnlang.dated, facts)))
    # (…nor one that gives a thing's standing size, 产业园规划面积1200亩…: 几年来，…产业园规划面积… was read as a time
    # with nothing done in it, round 98's 725)
    standing = bool(facts) and any(w in facts[0].split("，")[0] for w in data("language")["standing_measures"])
    dated = dated or standing
    return {f"{key}_many": "yes" if len(facts) > 1 else "", f"{key}_one": "yes" if len(facts) == 1 else "",
            f"{key}_standing": "yes" if standing else "",
            f"{key}_dated": "yes" if dated else "", f"{key}_undated": "yes" if facts and not dated else ""}


# the values of the last few events: every draft of --variants and every preview of one event says
# the same event
_event_values = functools.lru_cache(maxsize=16)(event_values)


def theme_slogan(theme: str) -> bool:
    """Whether a theme is a slogan of the occasion (山海情深、携手振兴: language.yaml theme_slogan_words), which a
    report says as the occasion's theme and a speech does not say as a task (``_theme_vp``)."""
    return any(w in theme for w in data("language")["theme_slogan_words"])


def theme_current(ev: Event) -> bool:
    """Whether the event's theme is a task the places are at now, said as such and required of the draft: not
    one whose period has ended (巩固拓展脱贫攻坚成果 in 2026: the writer is told, draft.checked), nor one of caring
    for the people in the room or of a body's own role (关心关爱挂职干部…, 发挥人大职能作用: language.yaml
    theme_of_people)."""
    theme = ev.event.theme
    return bool(theme) and not out_of_era(theme, ev.event.date.year) \
        and not any(w in theme for w in data("language")["theme_of_people"])


def _plan_heads(ev: Event) -> tuple[str, ...]:
    """Who a plan may name as its doer (2027年我市安排…, 双方将…): the two sides, 我X, 我们, 双方, and a firm's
    head's own firm by its word (2027年集团采购…: 我们将集团采购… was said, session 24's events)."""
    asking = data("language")["asking"]
    firm = tuple(k for k in data("language")["firm_self"] if own_firm(ev)[0].endswith(k))
    return (ev.own.short, ev.other.short, speaker_self(ev), asking["we"], *asking.get("both", ()), *firm)


def said_areas(areas: tuple[str, ...]) -> tuple[str, ...]:
    """The cooperation's areas as a speech lists them: not the programme itself beside its parts (对口援青
    with 医疗援青 and 人才援青 was read as 并列不当 eight times in rounds 55–56), unless it is alone."""
    umbrella = set(data("language")["programmes"].values())
    parts = tuple(a for a in areas if a not in umbrella)
    return parts or areas


def heading_facts(ev: Event, heading: str, taken: set[str]) -> tuple[tuple[str, ...], tuple[str, ...],
                                                                    tuple[str, ...]]:
    """The event's facts a heading of the writer's own says what they are about (非遗传承，匠心永续 and
    全县有国家级非遗3项…; 擦亮品牌 and “峣川面匠”劳务品牌…): at most two, the cooperation's first, then
    the host's, then the event's plans (一束阳光，照亮牧民增收路 and …带动周边3个村240户牧民增收: round 58), none of
    ``taken``; by a two-character word of the heading that is neither set language (language.yaml
    heading_common) nor part of a side's name. Round 55 read such headings over 我们将细化举措、压实责任… and
    nothing of the event."""
    lang = data("language")
    names = (ev.host.name, ev.host.short, ev.guest.name, ev.guest.short)
    common = set(lang["heading_common"])
    grams = {g for g in (heading[i:i + 2] for i in range(len(heading) - 1))
             if HAN2.fullmatch(g) and g not in common and not any(g in n for n in names)}
    praise = any(w in heading for w in lang["results_words"])
    if not grams and not praise:
        return (), (), ()
    found = tuple(sorted({w for g in grams for w in (g, *lang["heading_synonyms"].get(g, ()))}))
    co = tuple(f for f in ev.cooperation.facts if f not in taken and (praise or any(w in f for w in found)))[:2]
    host = tuple(f for f in ev.host.facts if f not in taken and any(w in f for w in found))[:2 - len(co)]
    plans = tuple(f for f in ev.plans if f not in taken and any(w in f for w in found))[:2 - len(co) - len(host)]
    return host, co, plans


HAN2 = regex(r"[\u4e00-\u9fff]{2}")
# people named as each doing a plan (挂职青年干部每人…, 援派教师每名…): values.event_values says 安排 before them
_EACH_OF = regex(r"^[\u4e00-\u9fff]{2,10}?(?:干部|教师|医生|专家|队员|同志|人才|学员)(?=每人|每名|每位)")


def facts_said(ev: Event, host_facts: tuple[str, ...], co_facts: tuple[str, ...], plans: tuple[str, ...] = ()) -> str:
    """``host_facts`` and ``co_facts`` said as the moves say the host's and the cooperation's (``_subject``,
    ``_agent``), each a sentence: the body a point of the writer's heading takes (heading_facts)."""
    host, guest, sp, co = ev.host, ev.guest, ev.speaker, ev.cooperation
    out = []
    if host_facts:
        out.append(_subject(host, host_facts, named=sp.side == "guest" and ev.kind != "news"
                            and cnlang.unit_suffix(host.short) == cnlang.unit_suffix(guest.short)))
    if co_facts:
        facts = tuple(_since_dropped(f, co.since) for f in co_facts) if co.since else co_facts
        out.append(_agent(facts, said_as(ev, "guest"), said_as(ev, "host"),
                          guest.short, host.short, cadres_them(ev)))
    if plans:
        # (said as the plans' move says them: its own subject or time kept, else 我们将…)
        asking = data("language")["asking"]
        own, we, me, heads = ev.own, asking["we"], speaker_self(ev), _plan_heads(ev)
        out.append("；".join(plan_said(own_ref(unwilled(p), own.short, me), asking, heads, we, we)
                            for p in plans))
    return "".join(x.rstrip("。；，") + "。" for x in out if x)


def _visit_purpose(name: str, places: tuple[str, ...], verbs: list[str]) -> str:
    """What a visit's name says it comes to do, from its verb on, the host's name taken out, or ''."""
    # (the verb, not a group named by it: 慰问团来…看望慰问…)
    m = regex("(?:" + "|".join(map(re.escape, verbs)) + ")(?![团组队])").search(name)
    if not m:
        return ""
    return _names_out(name[m.start():], places)


def _own_name_off(text: str, host: Party) -> str:
    """A host's area or population without the place's name it opens on (堎坪镇总面积… → 总面积…): the overview says
    the place before it. (A town's head speaks for the town: voice.speakers_place has made it the side already.)"""
    for name in sorted({host.name, host.short} - {""}, key=len, reverse=True):
        if text.startswith(name) and len(text) > len(name) + 2:
            return text[len(name):]
    return text


def _launch_body(name: str, words: dict[str, Any]) -> str:
    """An occasion's name without its ceremony's noun and its year (…2026年…开工仪式 → …开工): what it launches."""
    return regex(words["year"]).sub("", regex(words["ends"]).sub("", name))


def _launched(name: str, lang: dict[str, Any], sign: bool = False) -> str:
    """What an occasion's name says is launched, said as done (…对口支援…人民医院挂牌暨远程会诊中心启用仪式 →
    …人民医院正式挂牌，远程会诊中心正式启用; language.yaml launch), or '': a welcome of such a ceremony never named what it
    was for (round 95's 686)."""
    words = lang["launch"]
    body = _launch_body(name, words)
    said = []
    for part in body.split(words["joined"]):
        verb = next((v for v in words["verbs"] if part.endswith(v)), "")
        # (…and a signing of two it names, A与B合作办学签约, when the event lists no signings to say it: round 97's helper, 706)
        if not verb and sign and part.endswith(words["sign"]) and words["between"] in part:
            verb = words["sign"]
        what = part[:-len(verb)] if verb else ""
        # (…a team's 进驻…启动 said as its moving in: 医疗帮扶队进驻凌溪县人民医院正式启动 → …帮扶队正式进驻凌溪县人民医院)
        # (…and one built by a giver named first, A捐建B“书屋” → 由A捐建的B“书屋”: 这一刻，泷浦汇穗食品有限公司捐建…“汇穗书屋”正式
        # 揭牌 was read as 句式杂糅, round 98's 728)
        built = regex("^(.{2,20}?)(" + "|".join(words["built_by"]) + ")(.{2,})$").match(what)
        if built:
            what = words["by"] + built[1] + built[2] + "的" + built[3]
        into = next((m for m in words["moves_in"] if m in what), "") if verb == words["start"] else ""
        if into and what.index(into) >= 2:
            said.append(what.replace(into, words["adverb"] + into, 1))
        elif len(what) >= 2 and not what.endswith(tuple(words["not_after"])):
            said.append(what + ("" if what.endswith(tuple(words["adverbs"])) else words["adverb"]) + verb)
    return "，".join(said)


def _visited_team(name: str, lang: dict[str, Any]) -> str:
    """The professionals a visit's name says it comes to see (看望组团式帮扶医疗队欢迎会 → 组团式帮扶医疗队), or ''."""
    m = regex("(?:" + "|".join(map(re.escape, lang["visit_words"])) + ")+(?![团队]|组(?!团))(.+)$").search(unbracketed(name))
    if not m:
        return ""
    team = m[1][:len(m[1]) - len(_occasion_noun(m[1]))].removesuffix("欢迎").removesuffix("的")
    return team if 2 < len(team) <= 16 and any(w in team for w in lang["professional_words"]) else ""


def _names_out(text: str, names: tuple[str, ...], mark: str = "") -> str:
    """``text`` with each of ``names`` (the longest first, so a short name inside a long one goes with it)
    replaced by ``mark``."""
    for n in sorted(names, key=len, reverse=True):
        if n:
            text = text.replace(n, mark)
    return text


def _occasion_noun(name: str) -> str:
    """The longest occasion noun (language.yaml occasion_nouns) ``name`` ends on, or ''."""
    return max((n for n in data("language")["occasion_nouns"] if name.endswith(n)), key=len, default="")


def _is_occasion(name: str) -> bool:
    return bool(_occasion_noun(unbracketed(name)))


def _unsaid(items: tuple[str, ...], said: tuple[str, ...], names: tuple[str, ...], size: int = 5) -> tuple[str, ...]:
    """The items (plans, asks) that ``said`` (a report's remarks, a symposium's points) does not say
    already: ``size`` characters in common, names aside. A report gave none of three plans when one of
    them (抓好高山蔬菜产业园二期建设) was in a remark (推动高山蔬菜产业园二期早日建成投产): the gate
    dropped the sentence that said them all."""
    return tuple(i for i in items if not any(_shares_run(i, r, list(names), [], size) for r in said))


def _topic_asks(ask: str, asking: dict[str, Any]) -> str:
    """An ask of a thing and how often it is done (项目台账每周更新，资金拨付进度按月报工作队) with its 要 before how
    often (项目台账要每周更新，资金拨付进度要按月报工作队): 希望大家项目台账每周更新 was read as 搭配不当 (round 72).
    An ask that opens on whom it asks (每名队员每月…) is left as it is."""
    # (…nor one of each of them, 每人每年至少引进…: 每人要每年 was said)
    if ask.startswith(tuple(asking["subjects"]) + tuple(asking["each"]["head"]) + ("每",)):
        return ask
    out = []
    for clause in ask.split("，"):
        at = min((clause.find(w) for w in asking["how_often"] if clause.find(w) >= 2), default=-1)
        out.append(clause[:at] + asking["must"] + clause[at:] if at >= 2 and not clause[:at].endswith("要")
                   and not any(v in clause[:at] for v in asking["told"]) else clause)
    return "，".join(out)


def _told_all(asks: tuple[str, ...], asking: dict[str, Any], uniform: bool) -> str:
    """A symposium's asks as one list, each with its verb; when every one is told 希望大家…, the
    verb is said once (…：希望大家每季度报告一次工作情况，按时参加政策理论学习: 希望大家…；希望大家… read
    as the same words twice, the examples' symposium)."""
    asks = tuple(_topic_asks(a.rstrip("。；，！"), asking) for a in asks)
    # an ask whose own verb comes after a clause of why or when (天冷路滑，下乡进村务必注意交通安全) is said
    # as given, and a list that has one counts its asks (一是…；二是…): 希望大家天冷路滑… was read as 搭配不当
    # (round 69)
    if any("，" in a and any(v in a.split("，", 1)[1] for v in asking["clause_verbs"]) for a in asks):
        if len(asks) == 1:
            return asks[0]
        return "；".join(asking["counted"].format(n=cnlang.cn_number(i)) + a for i, a in enumerate(asks, 1))
    told = [_told(a, asking, uniform) for a in asks]
    tell = asking["tell"]
    if len(told) > 1 and all(t.startswith(tell) for t in told):
        rest = [t[len(tell):] for t in told]
        return tell + ("，" if all(len(r) <= 20 for r in rest) else "；").join(rest)
    return "；".join(told)


def _attendees(names: tuple[str, ...], last_and: str, join: Callable[[tuple[str, ...]], str]) -> str:
    """Who else attended, as a report's closing lists them: the last after 和 when an item has its own 及, after
    ``last_and`` (以及) when one has its own 和, else as ``join`` lists them."""
    if len(names) > 1:
        for inner, sep in (("及", "和"), ("和", last_and)):
            if any(inner in a for a in names):
                return sep.join(["、".join(names[:-1]), names[-1]])
    return join(names)


def _visit_joint(name: str, lang: dict[str, Any]) -> dict[str, str]:
    """visit_part and occasion_part of a name that joins a visit and an occasion with 暨, else ''."""
    visit, sep, rest = name.partition("暨")
    if sep and any(w in visit for w in lang["visit_joint_words"]) and _is_occasion(rest) and not _is_occasion(visit):
        return {"visit_part": visit, "occasion_part": rest}
    return {"visit_part": "", "occasion_part": ""}


_BANQUET_TAIL = regex(r"(?<=[会节式议])(?:欢迎|答谢|欢送)?(?:晚宴|宴会|招待会|午宴)$")


def _banquet_for(name: str) -> str:
    """The occasion a banquet's name says it is given for (…展销会欢迎晚宴 → …展销会), else ''."""
    m = _BANQUET_TAIL.search(name)
    return name[:m.start()] if m and m.start() >= 4 else ""


def donation_said(donation: str) -> str:
    """A gift of things as a speech says it: its worth before it (医疗设备价值320万元 → 价值320万元的医疗设备)."""
    # (things of no figure of their own: 救灾款物共计500万元，其中资金300万元、食品和生活物资价值200万元 is said as it is)
    worth = regex(r"([^\d，,；]+?)价值(" + data("language")["donation"]["sum"] + ")").fullmatch(donation)
    return f"价值{worth[2]}的{worth[1].rstrip('，,、 ')}" if worth else donation


def _donation(donation: str, name: str, words: dict[str, Any]) -> dict[str, str]:
    """donation_fund (500万元帮扶资金) and donation_given (帮扶资金500万元): a sum with the fund the
    occasion's name says (…防汛救灾资金捐赠仪式) or language.yaml donation.fund; a gift of things as it is."""
    if not regex(words["sum"]).fullmatch(donation):
        # (a fund and its sum, 援建资金860万元, is money, not things: 让每一件都用在… was said of it, round 67's events)
        # (…and so is one of a longer name, 产业园配套设施建设资金1000万元: 管好用好，让它们… was said of it, round 86)
        money = bool(regex(words["named"] + words["sum"]).fullmatch(donation)
                     or regex(r"[^，,；、]{2,16}(?:资金|款)" + words["sum"]).fullmatch(donation))
        # (things and then their worth, 医疗设备价值320万元, said 价值320万元的医疗设备: 带来了医疗设备价值320万元 was read as
        # 语序不当, session 22's events)
        said = donation if money else donation_said(donation)
        return {"donation_fund": said, "donation_given": said,
                "donation_things": "yes" if donation and not money else ""}
    named = regex(words["named"]).search(name)
    fund = named[0] if named else words["fund"]
    return {"donation_fund": donation + fund, "donation_given": fund + donation, "donation_things": ""}


def _gift(ev: Event, giver_side: Party, words: dict[str, Any]) -> dict[str, str]:
    """gift_named, gift_what, gift_giver and gift_to of an occasion the name says gives (捐赠…仪式) when the
    event gives no donation: what is given (教育帮扶资金, '' when the name says nothing of it), who gives it
    (the name's words before 向 when they name the giving side: 涞湾区爱心企业; else that side) and to whom
    (洺溪县中小学); and the donor the name says (donor, donor_named)."""
    name = ev.event.name
    verb = next((w for w in words["verbs"] if w in name), "")
    head, _, tail = name.partition(verb) if verb else (name, "", "")
    # (who gives it and to whom: the name's words before and after 向, 泠河区慈善总会 | 洺溪县中小学)
    giver, to_word, to = head.partition(words["to"])
    to_named = bool(to_word)
    # (…and the donor the name says, when it is not the side itself: 涑海区爱心企业向圻桥镇捐赠仪式 was said
    # 涑海区为我们送来了…, and the firms never thanked, round 80)
    donor = giver if verb and to_named and giver.startswith(giver_side.short) and giver != giver_side.short \
        and len(giver) <= 16 else ""
    # (…or an organisation of the other side the name opens on, with no 向: 潨城区红十字会“博爱送万家”…捐赠仪式 was
    # reported as 潨城区向浡江县捐赠…, session 24's events)
    if verb and not to_named and not donor:
        # (the side's name by string work, the organisation by a pattern of the drafter's own: the patterns kept
        # across runs are not built of an event's names, recache.py)
        # (…or the side's stem, a firm named by it: 泷浦汇穗食品有限公司捐建…书屋, said 泷浦区捐赠的…, round 97's helper, 728)
        stem = place_stem(giver_side.short)
        opener = giver_side.short if name.startswith(giver_side.short) else stem if len(stem) >= 2 and name.startswith(stem) \
            else ""
        org = regex("[\u4e00-\u9fff]{0,10}?(?:" + "|".join(words["donor_orgs"]) + ")").match(name, len(opener)) \
            if opener else None
        donor = name[:org.end()] if org else ""
    named = {"donor": donor or giver_side.short, "donor_named": "yes" if donor else ""}
    if ev.cooperation.donation or not verb:
        return {"gift_named": "", "gift_what": "", "gift_act": "", "gift_giver": "", "gift_to": "", **named}
    what = tail
    for end in words["ends"]:
        if what.endswith(end):
            what = what[:-len(end)]
            break
    # (…and whom the name says it is given to, 洺溪县中小学: what a giver's own speech names, round 91)
    what = what if 2 <= len(what) <= 12 else ""
    # (…and the act whole where the name gives no recipient, 捐资助学: session 26's 652)
    # (what money is given for, 捐资助学, is no thing given: 向湄嵚县捐赠助学, 送来了助学, session 27's 671)
    return {"gift_named": "yes", "gift_what": "" if verb in words["money_verbs"] else what,
            "gift_act": verb + what if what else "",
            "gift_giver": giver if giver_side.short in giver and len(giver) <= 16 else giver_side.short,
            "gift_to": to if 2 <= len(to) <= 16 else "", **named}


def _entrusted(sp: Any, own: Party, words: dict[str, Any]) -> str:
    """县委书记马正昆同志, on whose behalf a member of the standing committee speaks for the committee and
    the government (language.yaml entrusted: its first title one of ``titles``, none of ``heads``; its
    side's first leader another, a secretary and not a deputy), else ''."""
    lead = own.leaders[0] if own.leaders else None
    first = cnlang.LIST_SEP_RE.split(sp.title)[0] if sp.title else ""
    if not lead or lead.name == sp.name or words["lead"] not in lead.title or words["not_lead"] in lead.title \
            or not any(first.endswith(t) for t in words["titles"]) or any(w in sp.title for w in words["heads"]):
        return ""
    return words["named"].format(title=lead.title, name=lead.name)
