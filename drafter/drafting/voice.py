"""What the speaker says from the event's own words, in the voice the speech gives them: a side's
titles and the body it speaks for, its leaders named and their remarks reported, its facts said by
the side that did them (我区 in its own mouth, the place by name in a report), its asks and plans
told as the kind tells them, and a host's own place said 我县 after its first mentions
(``own_place``). What the faithfulness check reads past (``fact_said``) is decided here too."""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Any, Callable

from ..recache import local, regex
from ..resources import data
from ..text import cnlang
from .gate import _shares_run
from .types import Event, Party


def party_title(party: Party, title: str) -> str:
    """县委书记 of 青山县 → 青山县委书记; a title naming no unit gets the party's short name. The
    unit is shared only with a body's name (县委, 县政府, 县人大…): 县长 of 紫岩县 is 紫岩县县长, not
    紫岩县长 (round 25: a toast's byline)."""
    short = party.short
    unit = cnlang.unit_suffix(short)
    # (…and any office of it, 区残疾人联合会理事长: 琏溪区区残疾人… was said, round 57's events; not 县长)
    if unit and title.startswith(unit) and len(title) > 2 and title[1] != "长":
        return short[: -len(unit)] + title
    if title.startswith(short):
        return title
    # (the Youth League's committee of the place, 团区委书记: 共青团漎口区委书记, not 漎口区团区委书记, session 24)
    league = league_body(party, title)
    if league:
        return league + title[len(league_post(party)):]
    # (a title that opens on the end of the party's name, 省农业科学院院长 of 鲁琰省农业科学院: the name's head
    # before it, not 省农科院省农业科学院院长, round 61)
    name = party.name
    for k in range(len(name) - 2):
        if title.startswith(name[k:]):
            return name[:k] + title
    # (a post in a firm or a college that names it, 鲁翃市昱湍食品集团有限公司董事长: no place before it, round 61)
    if any(w in title for w in data("language")["org_words"]):
        return title
    # (…nor before a post in another place that names it, 泓川县委常委、副县长（挂职）: not 洑安区泓川县委…, session 27's 700)
    if _OTHER_PLACE_POST.match(title):
        return title
    return short + title


_OTHER_PLACE_POST = regex(r"[\u4e00-\u9fff]{2,8}?(?:县|区|市|旗|州|盟)(?:委|人民政府|政府|人大|政协)")


def league_post(party: Party) -> str:
    """The Youth League committee's short form in a title of the party's unit (团区委, 团县委), or ''."""
    unit = cnlang.unit_suffix(party.short)
    return f"{data('language')['league_head']}{unit}委" if unit else ""


def league_body(party: Party, title: str) -> str:
    """The Youth League committee a title names, by its full name (团区委… of 漎口区 → 共青团漎口区委), or ''."""
    post = league_post(party)
    return f"{data('language')['league_full']}{party.short}委" if post and title.startswith(post) else ""


# a speaker whose first post is a town's or a subdistrict's (坝岭镇党委书记, 枕溪街道党工委书记)
_TOWN_UNITS = ("镇", "乡", "街道")
_TOWN_POST = regex(r"^([\u4e00-\u9fff]{1,6}?(?:镇|乡|街道))(?:党委|党工委|人民政府|政府|办事处)?"
                   r"(?:书记|副书记|镇长|副镇长|乡长|副乡长|主任|副主任)")


def speakers_place(ev: Event) -> Event:
    """``ev`` with the speaker's side said as the town or subdistrict the speaker's first post is in, when
    the side is the county or district around it: a town's secretary speaks as 我镇, for 全镇, of 坝岭镇
    (round 59 read a town secretary say 我县, 全县干部群众 and 我县各级各部门要… fourteen times)."""
    if ev.kind == "news" or not ev.speaker.title:
        return ev
    post = _TOWN_POST.match(cnlang.LIST_SEP_RE.split(ev.speaker.title)[0])
    own = ev.own
    if not post or post[1] == own.short or cnlang.unit_suffix(own.short) in _TOWN_UNITS:
        return ev
    town = post[1]
    party = replace(own, short=town, name=own.name if own.name.endswith(town) else own.name + town)
    return replace(ev, host=party) if ev.speaker.side == "host" else replace(ev, guest=party)


_TRAILING_BRACKET = regex(r"[（(][^（）()]{1,20}[）)]$")


def unbracketed(name: str) -> str:
    """A name without the bracket it may end on: an occasion's (…推介会（碶东站）: its kind is 推介会; read as no
    occasion, its report's lead said 10月19日，勐湳县文化旅游推介会（碶东站）。 with no verb, session 21's events), or
    a title's first post (县农业农村局局长（县乡村振兴局局长）: own_office)."""
    return _TRAILING_BRACKET.sub("", name)


def trailing_bracket(name: str) -> str:
    """The bracket a name ends on (…推介会（碶东站） → （碶东站）), or ''."""
    m = _TRAILING_BRACKET.search(name)
    return m[0] if m else ""


def own_office(title: str) -> str:
    """The office, team or institution a speaker's first post heads, who speaks for it and pledges only its
    own work (区教育局局长 → 区教育局, 团区委书记 → 团区委), or '' (a party committee's, a government's, a town's
    post). A first post of the team sent is read before a post in the other place (援青工作组组长、德沁县委常委、
    副县长 spoke for 璘溪区政府, round 57's events)."""
    lang = data("language")
    first = cnlang.LIST_SEP_RE.split(title)[0] if title else ""
    # (a post held with it, in brackets after it, is not part of it: 县农业农村局局长（县乡村振兴局局长） spoke for
    # 县委、县政府, round 88)
    first = unbracketed(first)
    if _TOWN_POST.match(first):
        return ""
    office = next((first[:-len(w)] for w in lang.get("represents_own_office") or () if first.endswith(w)
                   and len(first) > len(w) + 1), "")
    # (…not the deputy's mark before the post: 我代表漷东区红十字会常务副 was said of its 常务副会长, round 100's helper, 751)
    office = next((office[:-len(m)] for m in lang["post_marks"] if office.endswith(m) and len(office) > len(m) + 1), office)
    # (…or the office whose party group or committee its first post is secretary of, the head's post after
    # it: 县卫生健康局党组书记、局长 spoke for 县委、县政府, round 66)
    if not office:
        office = next((first[:-len(w)] for w in lang["office_party_posts"] if first.endswith(w)
                       and first[:-len(w)].endswith(tuple(lang["office_ends"]))), "")
    # (…and the Youth League's committee, 团区委书记: not 区委、区政府, round 61)
    if not office and first.startswith(lang["league_head"]) and first.endswith("书记"):
        office = first[:-len("书记")]
    # (…also by its full name, 共青团澥川区委书记: it spoke for 区委、区政府和全区人民, round 97's helper, 729)
    if not office and first.startswith(lang["league_full"]) and first.endswith("书记") and len(first) > len(lang["league_full"]) + 3:
        office = first[:-len("书记")]
    return office


def posted_in_host(ev: Event) -> bool:
    """Whether a speaker of the sending side holds a post of the receiving side's own (县委常委、副县长（挂职） of a 区's
    cadre posted to a 县): the byline names the county the post is of, and the speaker speaks for no body of the sending
    side's (淓湖区县委常委… and 我代表淓湖区委、区政府和全区人民 at its team's arrival, round 97's helper, 715)."""
    if ev.speaker.side != "guest" or not ev.speaker.title:
        return False
    first = cnlang.LIST_SEP_RE.split(ev.speaker.title)[0]
    if first.startswith((ev.host.short, place_stem(ev.host.short))) and len(place_stem(ev.host.short)) >= 2:
        return True
    unit, own_unit = cnlang.unit_suffix(ev.host.short), cnlang.unit_suffix(ev.guest.short)
    return bool(unit) and unit != own_unit and first.startswith(tuple(unit + b for b in data("language")["own_posts"]
                                                                      if not b.startswith("副")))


def firm_speaks(ev: Event) -> bool:
    """Whether the speaker heads a firm or a chamber of commerce (language.yaml firm_heads): one who speaks
    for neither its place's government nor its people."""
    return ev.kind != "news" and any(w in ev.speaker.title for w in data("language")["firm_heads"])


def own_firm(ev: Event) -> tuple[str, str]:
    """The firm a speaker heads as its title names it, and how the speaker names it (湔浦鲜达供应链有限公司,
    我们公司: language.yaml firm_self), or ('', ''): a chairman does not name his own firm in the third person
    (round 79 read 湔浦区湔浦鲜达供应链有限公司主营…，这是我们…的底气所在)."""
    if not firm_speaks(ev):
        return "", ""
    body = represents(ev.speaker.title, ev.own)
    self_ref = next((v for k, v in data("language")["firm_self"].items() if body.endswith(k)), "")
    return (body, self_ref) if self_ref and len(body) > len(self_ref) else ("", "")


def inst_self(office: str) -> str:
    """How the head of a hospital or a school names it (我院, 我校: language.yaml inst_self, by the office's end), or ''."""
    return next((v for k, v in data("language")["inst_self"].items() if office.endswith(tuple(k.split("|")))), "") \
        if office else ""


def own_institution(ev: Event) -> tuple[tuple[str, ...], str]:
    """The hospital or school a speaker heads as its title names it, in the forms a fact may name it (its place's
    name before it or not: 嵘林县人民医院, 县人民医院), longest first, and how its head names it (我院, 我校:
    language.yaml inst_self), or ((), ''): a president does not name his own hospital in the third person
    (round 84 read 2025年县人民医院门急诊量…；嵘林县人民医院是二级甲等… in its president's welcome)."""
    if firm_speaks(ev) or ev.kind == "news":
        return (), ""
    body = own_office(ev.speaker.title)
    self_ref = inst_self(body)
    if not self_ref or len(body) <= 2:
        return (), ""
    if body.startswith(ev.own.short):
        return (body,), self_ref
    unit = cnlang.unit_suffix(ev.own.short)
    return (ev.own.short + (body[len(unit):] if unit and body.startswith(unit) else body), body), self_ref


def own_names(ev: Event) -> tuple[tuple[str, ...], str]:
    """The speaker's own firm, hospital or school in the forms a fact may name it, longest first, and how the
    speaker names it (我们公司, 我院: ``own_firm``, ``own_institution``), or ((), '')."""
    firm, self_ref = own_firm(ev)
    if not firm:
        return own_institution(ev)
    # (…and its name's head with its kind, as a writer shortens it: 岭山源公司 of 岭山源农业发展有限公司, said in its own
    # manager's mouth, round 100's 747)
    kind = next((k for k in data("language")["firm_self"] if firm.endswith(k)), "")
    shorts = tuple(firm[:n] + kind for n in (4, 3, 2) if kind and len(firm) > n + len(kind) + 1)
    return ((firm, *shorts), self_ref)


def speaker_self(ev: Event) -> str:
    """How the speaker names its own side: 我县 / 我区 / 我旗 (``cnlang.self_ref``); by its name in the mouth
    of a firm's or a chamber's head, who does not speak as the place (round 64 read 我区已动员146家企业… and
    我区将支持… in a food group's chairman's speech)."""
    # (…but a firm of the receiving side's own place names it as its people do, 我们县, not its name seven times: round 100's
    # helper, 747)
    if firm_speaks(ev):
        unit = cnlang.unit_suffix(ev.own.short)
        return data("language")["firm_home"] + unit if ev.speaker.side == "host" and unit else ev.own.short
    return cnlang.self_ref(ev.own.short)


def said_as(ev: Event, side: str) -> str:
    """How a draft names a ``side`` (host or guest) as the doer of a fact: the speaker's own side as it
    names itself (``speaker_self``), the other side and every side in a report by name."""
    return speaker_self(ev) if ev.kind != "news" and ev.speaker.side == side else getattr(ev, side).short


def body_stem(title: str, party: Party) -> str:
    """The place's stem a report says before the body a leader speaks for (``represents``): the town's of a town's post
    (菇岭镇党委书记 → 菇岭), else the side's (柞岭县 → 柞岭)."""
    town = _TOWN_POST.match(cnlang.LIST_SEP_RE.split(title)[0]) if title else None
    return place_stem(town[1]) if town else place_stem(party.short)


def represents(title: str, party: Party) -> str:
    """The body a speaker speaks for: 区委书记 → 区委、区政府和全区人民; 县长 → 县政府和全县人民."""
    lang = data("language")
    unit = cnlang.unit_suffix(party.short) or ""
    last = cnlang.LIST_SEP_RE.split(title)[-1] if title else ""
    first = cnlang.LIST_SEP_RE.split(title)[0] if title else ""
    table = lang.get("represents", [])
    if unit in (lang.get("represents_units") or {}):
        # (a village's branch as the title names it: 村党总支书记 spoke for 村党支部, session 21's events)
        branch = next((b for b in lang["village_branches"] if b in (title or "")), lang["village_branches"][-1])
        return lang["represents_units"][unit].format(people=_people(party, unit), branch=branch)
    # (a town's secretary or head speaks for the town, not the county: 坝岭镇党委书记 代表县委、县政府 was said,
    # round 57's events)
    town = _TOWN_POST.match(first)
    # (…and so does the head of a side that is a township or a town itself, 乡党委副书记、乡长: 乡委、乡政府 was said,
    # round 67's events)
    if town or unit in lang["town_units"]:
        u = cnlang.unit_suffix(town[1]) if town else unit
        return lang["represents_subdistrict" if u == "街道" else "represents_town"].format(
            u=u, people=lang["people"].get(u, "干部群众"))
    office = own_office(title)
    if office:
        # (the place's stem is the caller's to say: own_body_named, a report's hl_body)
        stem = party.short[:-len(unit)] if unit else ""
        # (…only where the place's own unit follows it: 湔浦鲜达供应链有限公司 is a firm's name, not 湔浦 + 鲜达…, round 79
        # read 我代表鲜达供应链有限公司)
        firm = any(w in office for w in lang["org_words"])
        # (…and a firm's name without its place whole: 县岭山源农业发展有限公司 was said of 柞岭县岭山源…, round 100's helper, 747)
        said = office[len(stem) + (len(unit) if firm else 0):] if stem and office.startswith(stem + unit if firm else stem) \
            else office
        # (a park's working committee and its administration: 经济开发区党工委、管委会)
        return said + lang["represents_park"] if first.endswith("党工委书记") else said
    # (a league's government is its administrative office: 盟行政公署, not 盟政府, round 61)
    gov = (lang.get("unit_governments") or {}).get(unit)
    for row in table:
        if any(t and (first.endswith(t) or last.endswith(t)) for t in row["titles"]):
            if unit:
                said = row["text"].format(u=unit, people=_people(party, unit))
                return said.replace(unit + "政府", unit + gov) if gov else said
            return row.get("plain", "").format(place=party.short)
    if unit:
        said = lang["represents_default"].format(u=unit, people=_people(party, unit))
        return said.replace(unit + "政府", unit + gov) if gov else said
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
        # a remark that opens on what will be done, with no subject or 将 (引导玙南区企业到…投资兴业) is said
        # as the leader's intent: …表示，将引导… (…说，引导… was read as 成分残缺, round 69)
        if r.startswith(tuple(lang["bare_verbs"])):
            r = lang["intent"] + r
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


_TIME_HEAD = regex(r"(?:\d{4}年)?(?:\d{1,2}月)?(?:上旬|中旬|下旬|初|底|末|份)?(?:\d{1,2}日)?")


# a fact that says what its subject is (我院是二级甲等综合医院, 嵘林县是…), not what it has done
_NATURE = regex(r"[^，；。\d]{1,14}?是(?![^，；。]*(?:\d|第一|首个))")


def _subject(party: Party, facts: tuple[str, ...], name: str = "", named: bool = False) -> str:
    """A side's facts as one sentence with the side as its subject, unless the first fact has its own
    (青山县……, 全县……, 我县……); ``named``: 全市… would be the speaker's own place (a city's reply to a
    city), so the side is named instead."""
    if not facts:
        return ""
    unit = cnlang.unit_suffix(party.short)
    lang = data("language")
    items = [x.rstrip("。；，！") for x in facts]
    # (a new thing the occasion hands over or opens, 新卫生院建筑面积…, is not the place's profile: a sentence of its own
    # after it; joined to the town's villages and people by ；, round 97's 705)
    new = [x for x in items if _NEW_THING.match(x)]
    if new and len(new) < len(items):
        rest = tuple(x for x in items if x not in new)
        return "。".join([_subject(party, rest, name, named), *(_subject(party, (x,), name, named) for x in new)])
    # (…nor one of the occasion's own, 本届消费帮扶周有…企业参展: 海岚州本届… read as 语序混乱, round 55)
    own = (party.short, "全", "我", *((unit,) if unit else ()), *lang["occasion_now"], *lang["fact_things"])
    whole_named = regex(rf"^(\d{{4}}年)?全{unit}") if unit and not name else None

    def named_whole(x: str) -> str:
        # (another's voice names the place: 2020年全市5个贫困县… → 2020年崇岚市…)
        return whole_named.sub(lambda m: (m[1] or "") + party.short, x, count=1) if whole_named else x

    dated = [x for x in items if cnlang.dated(x)]
    # (…unless one tells what followed the fact before it, 灾情发生后…: kept after it, as the writer has them; 我县灾情发生后
    # 全县紧急转移… was said before the flood, round 97's helper, 704)
    reordered = bool(dated) and (len(dated) < len(items) or dated != sorted(dated, key=_year_of)) \
        and not any(_SEQUEL.match(x) for x in items[1:] if x not in dated)
    if reordered:
        # a side's facts in the order of time, each a clause of its own: the years first, oldest first,
        # then what stands now with its own subject (全县…): a fact of no time after one of 2025 was read
        # as of 2025 (…增长7.1%，新建改建农村公路310公里, round 38), and 2019年脱贫摘帽 between two of now
        # as the crops' (…辣椒种植面积稳定在12万亩；2019年脱贫摘帽, round 39)
        # (全县… in the side's own voice; its name in another's: a city's reply to a city read 全市糖料蔗…
        # as its own city's, rounds 39–40)
        whole = party.short if named else cnlang.all_ref(party.short)
        # (…unless it says its own time, whose subject it names itself: 薰衣草文旅小镇去年接待游客… read
        # 全县薰衣草文旅小镇 as every such town, round 42)
        own_time = regex("|".join(lang["own_times"]) + r"|\d{4}年")
        # (…only before what the whole place has or does, 全县有…, 全县森林覆盖率…: 全县境内槠江…, 全市溇山红茶获…,
        # 全县首发专列… had a subject of their own, round 57's events)
        now = [x if x.startswith(own) or own_time.search(x) or not x.startswith(tuple(lang["whole_heads"]))
               else whole + x for x in items if x not in dated]
        # (…what the side is, 我院是二级甲等综合医院, before them all: it was said after 2025年我院门急诊量…, round 84)
        nature = [x for x in now if _NATURE.match(x)]
        items = nature + sorted(dated, key=_year_of) + [x for x in now if x not in nature]
    if named:
        # (…and throughout where 全市 would be the speaker's own)
        items = [named_whole(x) for x in items]

    def said(clauses: list[str], join: Callable[[list[str]], str]) -> str:
        # (in another's voice the place is named at a sentence's head)
        first = named_whole(clauses[0])
        text = join([first, *clauses[1:]])
        # (2025年全县……: the subject may follow the year)
        # (…or a month and its part: 7月下旬宕沙县遭受强降雨 was said 宕沙县7月下旬宕沙县…, round 56's events)
        head = first[_TIME_HEAD.match(first).end():]
        # (旗第一中学…, 县人民医院…: the place's own institution is the subject; 我旗旗第一中学, round 37)
        # (…and a school's or a hospital's whole, 2026年中考全校平均分…: no 我县 before it, session 26's events)
        # (…nor a firm's name it opens on, 岭山源公司带动…: 我们县岭山源公司 in the firm's own manager's mouth, round 100's
        # helper, 747)
        if head.startswith(own) or _INST_WHOLE.match(head) or _FIRM_HEAD.match(head):
            return text
        # (…and so is a named institution after the year: 2026年，峨屏中学高考本科上线率…, not 我县2026年
        # 峨屏中学…, round 49)
        if head != first and _institution_re().match(head):
            return first[:len(first) - len(head)] + "，" + text[len(first) - len(head):]
        # (a fact whose clause has its kind of place as subject, 2019年贫困旗摘帽, takes 实现 after the
        # place named before it: 我旗2019年贫困旗摘帽 was read as 杂糅, round 46)
        return (name or party.short) + achieved(first) + text[len(first):]
    if reordered:
        # what the place is (平均海拔3800米以上…) is said first, a sentence of its own, before what it
        # did (round 42: …2025年农牧民人均可支配收入…；全县平均海拔3800米以上… read as results and nature mixed)
        nature = [x for x in items if x not in dated and any(w in x for w in lang["conditions"])]
        if nature and len(nature) < len(items):
            return said(nature, "，".join) + "。" + said([x for x in items if x not in nature], "；".join)
    # (a fact and what followed it, 遭受…灾害 and 灾情发生后…, one sentence; the others each their own: the flood and last
    # year's income joined by ；, round 97's 704)
    groups: list[list[str]] = []
    for x in items:
        if groups and _SEQUEL.match(x):
            groups[-1].append(x)
        else:
            groups.append([x])
    if not reordered and len(groups) < len(items):
        return "。".join(said(g, joined) for g in groups)
    return said(items, "；".join if reordered else joined)


@functools.lru_cache(maxsize=1)
def _institution_re() -> re.Pattern[str]:
    """A clause that opens on a named institution (峨屏中学…, 碌川县人民医院…: language.yaml institutions)."""
    return regex(r"^[\u4e00-\u9fff]{1,10}?(?:%s)(?![\u4e00-\u9fff]{0,1}[数量率])" % "|".join(data("language")["institutions"]))


_POOR_PLACE = regex(r"^(\d{4}年)(贫困[县旗区市州])")
# a clause whose subject is an institution as a whole, a few words in (中考全校平均分…, 全院门急诊量…)
_INST_WHOLE = regex(r"^[\u4e00-\u9fff]{0,4}?(?:全校|全院|本校|本院)")
_YEAR_HEAD = regex(r"^(\d{4}年)(?=[\u4e00-\u9fff])")


def achieved(fact: str) -> str:
    """``fact`` with 实现 before a poor place's exit it opens on after its year (2019年贫困旗摘帽 →
    2019年实现贫困旗摘帽), said so after the place's name; the faithfulness check reads this form."""
    return _POOR_PLACE.sub(r"\1实现\2", fact, count=1)


def _year_of(fact: str) -> int:
    """The year a dated fact opens on (2019年…), or after every year (今年以来…, 3月…)."""
    return int(fact[:4]) if fact[:4].isdigit() and fact[4:5] == "年" else 9999


def _programme(ev: Event, named: dict[str, str]) -> str:
    """The pairing programme the event's own words name when it is not East–West cooperation (援藏干部,
    援藏工作组组长 → 对口援藏; language.yaml programmes), else ''."""
    words = " ".join((ev.event.name, ev.event.theme, ev.cooperation.cadres, ev.guest.delegation, *ev.cooperation.areas,
                      *(p.title for p in ev.host.leaders + ev.guest.leaders), ev.speaker.title))
    found = [name for word, name in named.items() if word in words]
    return found[0] if found else ""


def _aid_cadres(ev: Event, pattern: str) -> str:
    """How the event's name or cadres field calls the cadres of another pairing programme than East–West
    cooperation (援疆干部人才, 援藏干部; language.yaml aid_cadres), else ''."""
    found = regex(pattern).search(f"{ev.cooperation.cadres} {ev.event.name}")
    return found.group(0) if found else ""


def _pros(sent: str, called: dict[str, dict[str, str]]) -> dict[str, str]:
    """How a symposium of professionals only calls them (pros, pros_bare, pros_place, pros_juniors):
    by the one kind its cadres field or name speaks of (教师 → 援派教师…), else by default."""
    kinds = [k for k in called if k != "default" and any(w in sent for w in called[k].get("words") or (k,))]
    return {k: v for k, v in called[kinds[0] if len(kinds) == 1 else "default"].items() if k != "words"}


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
    year, or N年来: years_since)."""
    m = regex(r"^(?:(?:" + "|".join(map(re.escape, times)) + r"|\d{4}年)(?:以来|来)?|"
              + cnlang.years_since() + r")，?").match(fact)
    return fact[m.end():] if m else fact


def _signing(text: str, words: dict[str, Any]) -> tuple[str, str, str, str]:
    """A signing as (parties, what is signed, a sum said before it, the rest after it): 浙岚…公司与汉岭县8个
    花椒专业合作社保底收购协议 → ('浙岚…公司与汉岭县8个花椒专业合作社', '保底收购协议', '', ''); …投资协议，
    总投资2.2亿元 → ('', '…投资协议', '总投资2.2亿元', ''). language.yaml signing: the parties end on an
    organisation (the last one before what is signed), else on a place (the first)."""
    name, _, tail = text.partition("，")
    money = tail if regex(words["sum"]).fullmatch(tail) else ""
    rest = "" if money else tail
    docs = "|".join(map(re.escape, words["documents"]))
    # (…a signing the event writes with its verb after both parties, A与B签订…协议: its parties are all before it; 与岌禾县签订了
    # 农特产品供应商签订采购协议 was said, round 100's helper, 758)
    for verb in words["verbs"]:
        at = name.find(verb)
        if at > 0 and "与" in name[:at] and regex(rf"(?:{docs})$").search(name) and len(name) - at - len(verb) >= 2:
            return name[:at], name[at + len(verb):], money, rest
    for orgs, lazy, counted in ((words["organisations"], "", ""), (words["places"], "?", f"(?:{words['counted']})?")):
        m = regex(rf"^(.+?与.+{lazy}(?:{'|'.join(map(re.escape, orgs))}){counted})(.{{2,24}}?(?:{docs}))$").match(name)
        if m:
            # (…and without the verb the event may write before it: 8家商超与峂川县合作社签订农产品采购协议)
            return m[1], m[2].removeprefix(words["verb"]), money, rest
    return "", name, money, rest


def _as_document(doc: str, money: str, words: dict[str, Any]) -> str:
    """A signing the event names by its project (马铃薯全粉加工项目, 5个产业合作项目) said as what is signed: its
    agreement (…项目投资协议 when a sum is invested, else …项目合作协议): 双方签订…项目 was read as 搭配不当,
    round 67."""
    if not doc.endswith(words["project"]) or doc.endswith(tuple(words["documents"])):
        return doc
    return doc + (words["invest_doc"] if money and words["invest_word"] in money else words["project_doc"])


def signings_listed(signings: tuple[str, ...], words: dict[str, Any]) -> str:
    """The signings as a list after 双方签署 / 对这次签署的: a sum before what it is of (总投资2.2亿元的…协议;
    …协议，总投资2.2亿元、…协议，总投资1.5亿元和… was read as 结构混乱, round 56), the rest in brackets."""
    out = []
    for x in signings:
        parties, doc, money, rest = _signing(x, words)
        doc = _as_document(doc, money, words)
        said = (parties + doc) if parties else doc
        out.append((money + "的" if money else "") + said + (f"（{rest}）" if rest else ""))
    return cnlang.join_list(out)


def signings_these(signings: tuple[str, ...], words: dict[str, Any]) -> str:
    """The signings after 对这次: each by who signed it when the event names them (琇湾区8家商超与峂川县合作社签订
    的1.6亿元农产品采购协议), the others 签署的…; 对这次签署的金额1.6亿元的…与…签订农产品采购协议 was read as
    句式杂糅 (round 69)."""
    out, plain = [], []
    for x in signings:
        parties, doc, money, rest = _signing(x, words)
        if not parties:
            plain.append(x)
            continue
        doc = _as_document(doc, money, words)
        amount = next((money[len(w):] for w in words["amount_labels"] if money.startswith(w)), money)
        out.append(f"{parties}{words['signed_of']}{amount}{'的' if money and amount == money else ''}{doc}"
                   + (f"（{rest}）" if rest else ""))
    if not plain:
        return cnlang.join_list(out)
    # (…a deal that is no document nor project, 3家旅行社开通…旅游专线, agreed, not signed: round 100's helper, 748)
    docs = tuple(words["documents"]) + (words["project"],)
    acts = [x for x in plain if not x.partition("，")[0].endswith(docs)]
    plain = [x for x in plain if x not in acts]
    listed = "、".join(signings_listed((x,), words) for x in plain)
    # (签署的A和B和C与D签订的E: the deals of no parties listed first, the others after 以及)
    if not out and not acts:
        return words["signed_these"] + signings_listed(tuple(plain), words)
    heads = ([words["signed_these"] + listed] if plain else []) + ([words["agreed_these"] + "、".join(acts)] if acts else [])
    return words["as_well"].join([*heads, *([cnlang.join_list(out)] if out else [])])


def signings_clause(signings: tuple[str, ...], words: dict[str, Any], firms: bool = False) -> str:
    """The signings as what was done: a deal that names its parties said by them (A与B签订了…协议; 双方签署了
    A与B…协议 was read as 句式杂糅, round 56), the others by 双方 (签署了…), or, a firms' deal of no parties
    named (``firms``), as signed at the occasion (…投资协议现场签约)."""
    plain, own = [], []  # (the deals of no parties named, and the clauses said so far)
    for x in signings:
        parties, doc, money, rest = _signing(x, words)
        doc = _as_document(doc, money, words)
        if parties:
            # (the sum after it: 签订了签约金额1.1亿元的采购协议 says 签 twice)
            own.append(f"{parties}{words['signed']}{doc}" + "".join(f"，{t}" for t in (money, rest) if t))
        else:
            plain.append(x)
    if plain and firms:
        own = [signings_listed(tuple(plain), words) + words["here"], *own]
    elif plain and own and all(any(w in x for w in data("language")["firm_deals"]) for x in plain):
        # (…a firms' deal after the deals of named parties, not 双方's: 双方签署了…订单收购协议；A与B签订了… was read as
        # naming no one, round 94's 670; the two sides' own agreement stays 双方's)
        own = [*own, words["also_signed"] + signings_listed(tuple(plain), words)]
    elif plain:
        own = [words["both"] + signings_listed(tuple(plain), words), *own]
    return "；".join(own)


def _hosts_act(text: str, lang: dict[str, Any]) -> bool:
    """A clause of what only the receiving side does: 引进/招引 firms, projects or capital (引进昀江区企业
    14家), not the techniques its helpers bring (引进推广新品种新技术 was said 我县引进推广…, round 55)."""
    clause = re.split(r"[，；]", text, maxsplit=1)[0]
    return clause.startswith(tuple(lang["host_verbs"])) and any(w in clause for w in lang["host_verb_objects"])


def _means(fact: str, via: dict[str, str]) -> str:
    """What a fact that opens on its means takes after its subject (消费帮扶销售… → 通过; language.yaml
    agent_via), not an area's name (消费帮扶方面，…)."""
    tails = ("方面", *data("language")["verb_not_before"])
    return next((p for w, p in via.items() if fact.startswith(w) and not fact[len(w):].startswith(tails)), "")


def joined(items: list[str]) -> str:
    """Items of a list said in one sentence: commas between them, semicolons when an item has its own
    commas (产业协作方面，引导…，建成…；劳务协作方面，帮助…: round 23's events read one comma-joined
    run-on of five results by area)."""
    return ("；" if any("，" in x for x in items) else "，").join(items)


_SINCE_EVENT = regex(r"^[^，,；;]{4,30}以来[，,]")
_CADRES_SINCE = regex(r"^自?[^，,；;]{0,8}(?:挂职干部|干部人才|援[疆藏青]干部|医疗队|支教教师|工作队)[^，,；;]{0,8}(?:到岗|到任|进驻|抵达|来到[^，,；;]{0,8})以来[，,]")


_OWN_FIRMS = regex(r"^引进([^，；]*?)(企业|客商)(\d+家)?([^，；]*)")


def own_firms(fact: str, helper: str, doer: str, place: str = "") -> str:
    """A fact as the helper says it of its own firms: 引进海晏区企业5家 → 引导我区5家企业到青山县落户 (引进
    is the receiving side's verb; where they settled said, round 37: 引导我市11家企业落户 went nowhere);
    the faithfulness check accepts this form of the event's fact."""
    settle = f"到{place}落户" if place else "落户"

    def said(c: str) -> str:
        # (…anywhere in its clause: 两年来挂职干部牵线引进溪屿区企业6家 in 溪屿区's own speech, round 39)
        at = c.find("引进" + helper)
        # (…what kind of firms kept: 引进璨江区纺织服装企业4家 → 引导我区4家纺织服装企业, round 57's events)
        return c if at < 0 else c[:at] + _OWN_FIRMS.sub(
            lambda m: f"引导{doer}{m[3] or ''}{m[1].replace(helper, '', 1)}{m[2]}" + (m[4] or settle), c[at:], count=1)
    return "，".join(map(said, fact.split("，")))


def cadres_them(ev: Event) -> str:
    """Who a fact after the cadres' arrival is said of in this kind's voice (大家 to the cadres, 他们 of
    them; language.yaml cadres_them), '' in a report, which says the fact as the event gives it."""
    if ev.kind == "news":
        return ""
    return data("language")["cadres_them"]["symposium" if ev.kind == "symposium" else "other"]


def _with_them(fact: str, them: str) -> str:
    """``fact`` with ``them`` as the subject after the cadres' arrival it opens on (本批挂职干部到岗以来，
    大家牵线…), unless it goes on with a subject of its own; the faithfulness check reads this form."""
    m = _CADRES_SINCE.match(fact)
    if not m or fact[m.end():].startswith(tuple(data("language")["fact_subjects"])):
        return fact
    return fact[:m.end()] + them + fact[m.end():]


def _agent(facts: tuple[str, ...], doer: str, host: str = "", helper: str = "", host_name: str = "",
           them: str = "") -> str:
    said = _agent_said(facts, doer, host, helper, host_name, them)
    # (the speaker's own firms after its own name in one clause are not named again: 我区引导12家我区企业, session 25's events)
    # (string work, not a pattern: the doer is the event's name, and the patterns kept across runs are the drafter's)
    firms, at = doer + data("language")["firms_word"], said.find(doer) if doer else -1
    while at >= 0:
        end = min((i for i in (said.find(c, at) for c in "，；。") if i >= 0), default=len(said))
        inside = said.find(firms, at + len(doer), end)
        if inside >= 0:
            said = said[:inside] + said[inside + len(doer):]
        at = said.find(doer, end)
    # (…and the speaker's side before a batch of its own, not after it: 前两批我区挂职干部人才… was read as 语序不当, round 97's
    # 716: 我区前两批…)
    return _BATCH_SELF.sub(r"\2\1", said)


_BATCH_SELF = regex(r"((?:前[两三四五六]|首|第[一二三四五六七八九十]+)批)(我[县区市旗州盟])")


def opens_on_verb(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` opens on one of ``words`` as a verb, not as the head of a noun (language.yaml verb_not_before):
    消费帮扶周为期7天 is no 消费帮扶 done, and was said 浙漪市通过消费帮扶周为期7天 (round 55); 培训班为期20天 no 培训 (736)."""
    tails = tuple(data("language")["verb_not_before"])
    return any(text.startswith(w) and not text[len(w):].startswith(tails) for w in words)


def _agent_said(facts: tuple[str, ...], doer: str, host: str = "", helper: str = "", host_name: str = "",
                them: str = "") -> str:
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
    # (a fact that opens on the cadres' arrival goes on with them as its subject: 自本批挂职干部到岗以来，牵线
    # 引导… had none, rounds 49 and 50; ``them``: 大家 to the cadres themselves)
    if them:
        items = [_with_them(x, them) for x in items]
    items = [_bought(x) for x in items]
    if helper and doer and doer != helper:
        # (the helper speaking does not 引进 its own firms: that is the receiving side's verb; round 29:
        # 引进海晏区企业5家 in 海晏区's reply → 引导我区5家企业落户)
        items = [own_firms(x, helper, doer, host_name) for x in items]
    verbs = tuple(lang["agent_verbs"])
    opens = opens_on_verb
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
    if items and not named and opens(cores[0], verbs) and not opens(items[0], verbs):
        # (said by the doer; the rest goes on as below, with that subject)
        items[0] = doer + items[0]
        named = bool(doer)
    if not items or not (opens(items[0], verbs) or named):
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
        # (…and what both sides build, 建成…/共建…, after a fact with a subject of its own is both sides':
        # 挂职干部牵线引导…；建成滩羊肉精深加工生产线1条 was read as the cadres' building, round 47)
        bv, bname = tuple(lang["both_verbs"]), lang["both_sides_name"]
        for k in [k for k in range(1, len(items)) if items[k].startswith(bv) and not items[k - 1].startswith(bname)]:
            items[k], cores[k] = bname + items[k], bname + cores[k]
        return joined(_voiced([host + x if host and _hosts_act(x, lang)
                       else doer + x if doer and k and own and cores[k].startswith(own) and not x.startswith(doer)
                       else doer + _means(x, via) + x if doer and k and (x.startswith(rv) or opens(cores[k], verbs))
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
        said = next((w for v, w in who.items() if opens(core, (v,)) and w
                     and (w != host or v not in lang["host_verbs"] or _hosts_act(core, lang))), None)
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
            # (…and so does any fact that opens on no verb of a side's: it has a subject of its own,
            # 前两批挂职干部牵线引进…, and 帮助我县5200余名… after it was read as the cadres' doing, round 43)
            if k and said is None:
                subject = None
    return joined(_voiced(out, doer, helper, host, host_name))


# a host speaks of its own place by name this many times in a speech's body, then as 我县/我旗/我市 (round
# 32's readers: 乌尔图旗 twenty times in one welcome; a secretary says 我县 to the cadres sent to him)
OWN_NAME_KEEP = 2
# what may follow the name where 我县 cannot stand for it: 沔岚县委, 沔岚县政府, 沔岚县籍, 沔岚县人 (not 人民)
# (…nor where the name is an institution's: 旬梓县中学 said 我县中学 read as every school of the county, round 51)
_NAME_BOUND = regex(r"委|政府|籍|人(?!民)|人民医院|中学|小学|第[一二三四五六七八九十]|职业|实验|中医|医院|妇幼")


_SENTENCES_RE = re.compile(r"[^。！？]+[。！？]?")


@functools.lru_cache(maxsize=64)
def _name_re(text: str) -> re.Pattern[str]:
    return re.compile(re.escape(text))


def own_place(texts: dict[str, str], order: list[str], name: str, ref: str, keep: int,
              protect: tuple[str, ...], shares: Callable[[str, str], bool] | None = None,
              bodies: tuple[str, ...] = ()) -> dict[str, str]:
    """The moves' texts (in ``order``) with the speaker's own place after its first ``keep`` mentions
    said as ``ref`` (我县), except inside what the event names (``protect``: the occasion, its points'
    words), where the name is part of a longer word (``_NAME_BOUND``), and in a sentence that would
    then share a run of four characters with its neighbour (我县的发展… twice: the gate read the name
    as a name, not as words; ``shares``: the gate's own test, remembered, else ``_shares_run``). The
    speaker's own office named with its place (``bodies``: 淯川县农业农村局) is said with the place's unit
    (县农业农村局), not 我县农业农村局 (round 88's training class)."""
    if sum((texts.get(m) or "").count(name) for m in order) <= keep:
        return texts            # (most renders: nothing to say otherwise)
    if shares is None:
        def shares(a: str, b: str) -> bool:
            return _shares_run(a, b, [], [])
    out, seen = dict(texts), 0
    # (each sentence of what is protected: a body of the writer's of several sentences is never one
    # sentence of the text, and 榕垭县的每一位干部… became 我县的… and was refused as not said, round 56's events)
    protect = tuple(q for p in protect if p and name in p for q in _SENTENCES_RE.findall(p) if name in q)
    found = _name_re(name)
    unit = cnlang.unit_suffix(name) or ref
    for m in order:
        t = texts.get(m) or ""
        if name not in t:
            continue
        ss = _SENTENCES_RE.findall(t)
        for k, s in enumerate(ss):
            if name not in s:
                continue
            spans = [(at.start(), at.end()) for p in protect for at in _name_re(p).finditer(s)] if protect else []
            # (nor inside quotation marks: a title the event quotes, “景沐县发展顾问”, round 49)
            if "“" in s:
                spans = [*spans, *((at.start(), at.end()) for at in _QUOTED.finditer(s))]
            parts, last = [], 0
            for at in found.finditer(s):
                a, e = at.span()
                if spans and any(x <= a < y for x, y in spans):
                    continue
                seen += 1
                # (…nor a town inside its county's name, 岈源县那勐镇中心卫生院: 岈源县我镇…, round 97's 705)
                # (…nor after a count of its people, 186名峨坪县妇女: 帮助186名我县妇女, round 100's helper, 765)
                if seen <= keep or _NAME_BOUND.match(s, e) or a and s[a - 1] in _WIDER_UNITS + "名家个":
                    continue
                parts += [s[last:a], unit if bodies and s.startswith(bodies, a) else ref]
                last = e
            if not parts:
                continue
            said = "".join(parts) + s[last:]
            if not any(shares(said, nb) and not shares(s, nb) for nb in ss[max(k - 1, 0):k] + ss[k + 1:k + 2]):
                ss[k] = said
        out[m] = "".join(ss)
    return out


_QUOTED = regex(r"“[^”]*”")
_WIDER_UNITS = "县区市州旗盟"


def _count_after(text: str, name: str) -> str:
    """``text`` with a count of units before a place's name said after it (30家渌湾区企业 → 渌湾区30家企业)."""
    return local(r"(\d+(?:家|个))(" + re.escape(name) + ")").sub(r"\2\1", text) if name in text else text


def _name_said(name: str, bound: str) -> re.Pattern[str]:
    """A place's own name where a speaker says it as 我X: not inside the pairing's joint name (澥川区—榕埕县…, round 97's
    helper, 725), not after a count of its people (1000名濉滨区职工, round 100's helper, 748), not where ``bound`` follows
    it (an institution's name, 浰湖区人民医院: round 81). Its text has the counts of units put after it first
    (``_count_after``)."""
    return local("(?<!—)(?<!名)" + re.escape(name) + "(?!—|" + bound + ")")


def own_ref(text: str, name: str, ref: str) -> str:
    """``text`` with the speaker's own place ``name`` said as ``ref`` (我县), but not inside quotation
    marks: 聘请为“景沐县发展顾问” is a title, not 我县发展顾问 (round 49)."""
    # (…and before its committee or government, its unit alone: 埙河区委组织部 → 区委组织部, not 我区委组织部,
    # round 66)
    unit = cnlang.unit_suffix(name)
    if unit and name:
        text = local(re.escape(name) + "(?=" + "|".join(data("language")["own_bodies_after"]) + ")").sub(unit, text)
    # (…nor in an institution's name: 浰湖区人民医院 is not 我区人民医院 in its own president's mouth, round 81)
    # (…nor in the pairing's joint name, 澥川区—榕埕县东西部协作产业园: not 我区—榕埕县…, round 97's helper, 725)
    # (…nor after a count of its people, 1000名濉滨区职工: 组织1000名我区职工 was read as a 病句, round 100's helper, 748;
    # a count of its firms goes after it, 组织30家渌湾区企业 → 组织我区30家企业, round 102's helper, 788)
    text = _count_after(text, name) if name else text
    said = _name_said(name, data("language")["institution_after"]) if name else None

    def sub(part: str) -> str:
        return said.sub(ref, part) if said else part
    if "“" not in text:
        return sub(text)
    out, last = [], 0
    for at in _QUOTED.finditer(text):
        out += [sub(text[last:at.start()]), at.group(0)]
        last = at.end()
    return "".join(out) + sub(text[last:])


def _whole_place(text: str, party: Party) -> str | None:
    """What a fact says after 全县/全区… of ``party`` (its own subject: the whole place), or None."""
    unit = cnlang.unit_suffix(party.short)
    return text[2:] if unit and text.startswith("全" + unit) else None


def _sides(ev: Event) -> tuple[str, ...]:
    """The sides' names, 我县/我区 and 全县, longest first: what voicing a fact may change (``_voiced``,
    ``_reported``, other_facts), so what the faithfulness check reads past."""
    forms, self_ref = own_names(ev)
    names = {ev.host.short, ev.guest.short, cnlang.self_ref(ev.host.short), cnlang.self_ref(ev.guest.short),
             *("全" + u for u in (cnlang.unit_suffix(ev.host.short), cnlang.unit_suffix(ev.guest.short)) if u),
             *forms, *((self_ref,) if forms else ())}
    return tuple(sorted(names, key=len, reverse=True))


def _set_aside(text: str, names: tuple[str, ...]) -> str:
    for name in names:
        text = text.replace(name, "")
    return text


def _bought(fact: str) -> str:
    """A fact whose verb is 消费帮扶 with what was bought after it, said with its verb (消费帮扶乌嵻旗牛羊肉… →
    消费帮扶采购乌嵻旗牛羊肉…: language.yaml consumption_verb)."""
    lang = data("language")
    cv = lang["consumption_verb"]
    if fact.startswith(cv["word"]) and not fact[len(cv["word"]):].startswith(
            tuple(cv["unless"]) + tuple(lang["verb_not_before"])):
        return cv["said"] + fact[len(cv["word"]):]
    return fact


def fact_said(text: str, ev: Event) -> Callable[[str], bool]:
    """Whether ``text`` says an event's fact in a voice the drafter gives it: with the sides named as
    the speaker or a report names them (渤宁区… → 我区…, 组织汐潮区游客 → 组织游客, 全县… → 靖川县…), or, in
    the helping side's mouth, its firms brought in said as its own (``own_firms``). The text is read
    once for all the event's facts."""
    names = _sides(ev)
    bare = _set_aside(text, names)
    guest_speaks = ev.kind != "news" and ev.speaker.side == "guest"
    doer = said_as(ev, "guest") if guest_speaks else cnlang.self_ref(ev.guest.short)

    since = ev.cooperation.since

    them = cadres_them(ev)

    def said(fact: str) -> bool:
        # (…or with its verb: ``_bought``)
        bought = _bought(fact)
        return one(fact) or bought != fact and one(bought)

    def one(fact: str) -> bool:
        # (a fact that opens on the pairing's year is said without it, after the pairing's clause)
        fact = _since_dropped(fact, since) if since else fact
        if them and _CADRES_SINCE.match(fact):
            # (自…到岗以来，大家…: _agent; a report says it as the event does)
            fact = _with_them(("" if fact.startswith(("自", "从")) else "自") + fact, them)
        aside = _set_aside(fact, names)
        # (…and the host's own place after its 引进 said 前来: 我县引进泓北区企业16家前来投资, _voiced)
        return (fact in text or aside in bare or aside.replace("到投资", "前来投资") in bare or achieved(fact) in text
                # (2026年，峨屏中学…: an institution's fact after its year, ``_subject``)
                or _YEAR_HEAD.sub(r"\1，", fact, count=1) in text
                # (活动表彰… said at the occasion, 活动中，表彰…: values.at_occasion)
                or any(fact.startswith(w) and at + fact[len(w):] in text for w, at in data("language")["occasion_bare"].items())
                or guest_speaks and _firms_said(own_firms(fact, ev.guest.short, doer, ev.host.short), doer, text))
    return said


def _firms_said(said: str, doer: str, text: str) -> bool:
    """Whether ``text`` says a fact in the helper's voice (``own_firms``), also after its subject: 我区引导4家…
    企业 (_voiced's own_people_verbs)."""
    return said in text or said.replace("引导" + doer, "引导", 1) in text


def _since_dropped(fact: str, since: int) -> str:
    """``fact`` without the pairing's year it opens on (2021年以来，… / 自2021年以来… / 2021年来…)."""
    m = regex(rf"^自?{since}年(?:以)?来，?").match(fact)
    return fact[m.end():] if m and fact[m.end():] else fact


def _voiced(clauses_: list[str], doer: str, helper: str, host: str, host_name: str) -> list[str]:
    """The facts in the speaker's voice: its own place by its name said 我区/我县 (渤宁区累计选派…，去年
    帮助丹湟县1200名群众到渤宁区就业 in 渤宁区's speech, round 30), and a side that organised its own
    people not named twice (汐潮区去年组织汐潮区游客… → 汐潮区去年组织游客…). The faithfulness check
    reads the event's facts with the sides' names and 我X set aside (``fact_said``)."""
    out = []
    lang = data("language")
    for c in clauses_:
        # (…not after a clause of another subject, whose verbs it goes on with: 第一批…挂职干部协调落实…，我县引进
        # 企业8家 made the cadres' firms the county's, round 69)
        if host and host_name and host != host_name and "，" in c and not any(
                w in c.split("，", 1)[0] for w in lang["people_subjects"]):
            # (what the host did, after a clause of both: 共建…园区1个，我州引进临滢市企业9家, round 32)
            # (…when what it brought in is the helper's: a shared park's 引进缫丝、织绸企业6家 goes on with both
            # sides, and 两地共建…产业园，我县引进… was read as a subject the event does not give, round 72)
            c = "，".join(host + part if k and _hosts_act(part, lang) and (not helper or helper in part)
                         else part for k, part in enumerate(c.split("，")))
        for name, ref in ((helper, doer), (host_name, host)):
            if name and ref and name != ref and name in c:
                # (not an institution's name: 旬梓县中学 is not 我县中学, round 51)
                # (…nor the pairing's joint name, 澥川区—榕埕县…产业园: round 97's helper, 725)
                # (…nor after a count of its people: 帮助186名我县妇女, round 100's helper, 765; a count of its firms goes
                # after it, 12家泑山区企业 → 我区12家企业, round 102's helper, 788)
                c = _name_said(name, _NAME_BOUND.pattern).sub(ref, _count_after(c, name))
        # (…nor the host's own place after its own 引进: 我县引进珞湖区企业7家落户洛岈县, round 57's events)
        if host and host_name and c.startswith(host):
            for place in (host_name, host):
                # (…nor 到我县投资: 我县引进泓北区企业16家到我县投资, round 102's 791)
                c = host + c[len(host):].replace("到" + place + "落户", "落户").replace("落户" + place, "落户") \
                    .replace("到" + place + "投资", "前来投资")
        # (…nor one that guides its own firms: 浣溪区引导浣溪区企业14家…, round 56's tree)
        for who in (doer, host, helper):
            for verb in lang["own_people_verbs"]:
                if who and c.startswith(who) and verb + who in c[len(who):]:
                    c = who + c[len(who):].replace(verb + who, verb, 1)
                # (…nor, going on with its subject, its own units as 我区's: …；促成我区机关和企业采购… read as 主语混乱,
                # round 74; 促成区内机关和企业…)
                elif verb == "促成" and who and who.startswith("我") and len(who) == 2 and c.startswith(verb + who):
                    c = verb + who[1] + "内" + c[len(verb + who):]
        out.append(c)
    return out


# what a clause states rather than asks (…是…关键期, …进度滞后, …任务重): an ask that opens on one tells after it
_STATES = regex(r"是[^，。；]{1,16}(?:期|年|月|阶段|时候|关口|节点)$|(?:滞后|不足|偏慢|较慢|不到位|较重|繁重|紧迫|临近|将至|在即)$")
# …and a clause that names who is to do it and its own 要 (每名队员要…)
_OWN_TO = regex(r"[^，。；要]{1,8}(?<![需重主只必])要(?!求)")
_BATCH = regex(r"第[一二三四五六七八九十]{1,2}批[^，。；]{0,6}?(?:同志|干部|人才|教师|医生|队员|专家)")


def _told(ask: str, asking: dict[str, Any], uniform: bool) -> str:
    """A symposium's ask as the speaker tells it: with its own verb (希望…, 要…), or 希望大家…; in a list
    that has one of the second kind, every ask 希望大家… (要把… → 希望大家把…)."""
    if ask.startswith(tuple(asking["told"])) and not (uniform and ask.startswith("要")):
        return ask
    # (an ask that states before it tells, 四季度是…关键期，要抓紧… or …进度滞后，每名队员要牵头…: told as it is,
    # its own 要 given 大家; not 希望大家四季度是…, session 24's events)
    head, comma, tail = ask.partition("，")
    if comma and not head.startswith(tuple(asking["subjects"])) and _STATES.search(head):
        if tail.startswith("要") and len(tail) > 2:
            return f"{head}，{asking['told_again']}{tail[1:]}"
        if _OWN_TO.match(tail):
            return ask
    # (…and one that names a batch as whom it asks, 第三批同志回去以后…: not 希望大家第三批同志…, session 27's 693)
    batch = _BATCH.match(ask)
    if batch or ask.startswith(tuple(asking["subjects"])):
        # (…and without its own 要 after whom it names: 希望挂职干部要在…, round 50)
        subject = batch[0] if batch else next(w for w in asking["subjects"] if ask.startswith(w))
        rest = ask[len(subject):]
        return asking["tell_named"] + subject + (rest[1:] if rest.startswith("要") and len(rest) > 2 else rest)
    # (…and one that names who is to do it with its own 要, 队员之间要互相补位: not 希望大家队员之间要…)
    if _OWN_TO.match(ask):
        return ask
    return asking["tell"] + (ask[1:] if ask.startswith("要") and len(ask) > 2 else ask)


def _ask_said(ask: str, lang: dict[str, Any]) -> str:
    """An ask without the verb of asking it opens on (希望浦临区帮助… → 浦临区帮助…): the sentence that
    says it has its own (希望…, 恳请…)."""
    for verb in lang["verbs"]:
        if ask.startswith(verb) and len(ask) > len(verb) + 1:
            return ask[len(verb):].lstrip("，")
    return ask


# a plan's time that is the end of a stage of the occasion's, with no comma after it (培训结束后…, 挂职期满后…)
# (…or its span, 年货节期间在…设立…: 我们将年货节期间在… was said, round 87)
_AFTER_STAGE = regex(r"[^，。；\d]{1,8}?(?:(?:结束|完成|结业|期满|到岗|返回|开班|开工|投产)(?:后|以后|之后)|(?<=[节会周季])期间)"
                     r"(?=[\u4e00-\u9fff])")
# …and the aim a plan says itself (力争…, 确保…), which takes no 将 of the speaker's
_OWN_AIM = regex(r"力争|确保|争取")


def _timed_plan(plan: str, asking: dict[str, Any]) -> bool:
    """A plan that opens on its own time (下半年…, 今年计划…, 2027年…: language.yaml asking.plan_times),
    or on a time of the occasion's, before a comma (推介周期间，我县各景区…: round 43 read 下一步，我们将
    推介周期间，我县各景区…)."""
    return plan.startswith(tuple(asking["plan_times"])) or plan[:1].isdigit() or bool(_OWN_TIME.match(plan)) \
        or bool(_HOLIDAYS.match(plan)) or bool(_AFTER_STAGE.match(plan))


# the month after a plan's year or time word (今年11月, 2027年3月底)
# (…or its season or part of the year: 今年秋季双方将…, not 今年，将秋季双方将…, round 47)
# (…and the term it names: 今年秋季学期招收… was said 今年秋季，我们将学期招收…, round 67's events)
# (…with its bound: 2027年1月底前完成… was said 2027年1月底，我们将前完成…, session 22's events)
_MONTH = regex(r"(?:\d{1,2}月(?:份|初|底|中旬|上旬|下旬)?|[春夏秋冬]{1,2}[季天](?:学期)?|[上下]半年|年[初中底内]|[春秋]学期|第?[一二三四]季度)"
               r"(?:前|以前|之前|起|后|以后)?")

# (…or the holidays it is for: 国庆、元旦、春节期间在瑎台区组织… was said 我们将国庆、元旦、春节期间…, session 22's events)
_HOLIDAYS = regex(r"(?:(?:春节|元旦|国庆|中秋|五一|端午|清明)节?[、和]?){1,4}(?:期间|前后|前|后)(?=[\u4e00-\u9fff])")

# a time a plan opens on before its comma: …期间，…之际，…以后，
_OWN_TIME = regex(r"[^，。；]{1,12}(?:期间|之际|之前|之后|以前|以后|当天|前夕)，")


def _subject_after_time(plan: str, subject: str, asking: dict[str, Any], heads: tuple[str, ...] = ()) -> str:
    """A plan that opens on its own time and goes on without a subject (明年计划安排…) is said with
    the speaker's after the time (明年，我们计划安排…; round 25 read 明年计划安排… with no one who plans);
    one that names its own (下半年双方将…) as it is; one whose subject is one of ``heads`` (a side's
    name, 我区, 双方) with no 将 of its own takes it after that subject (2027年苏檀市安排… was said
    2027年，我们将我市安排…, review event 213: 2027年，我市将安排…)."""
    # (2027年安排…: round 39; 2027年底前完成… was said 2027年底，我们将前完成…, round 51)
    year = regex(r"\d{4}年(?:内|底|初|中)?(?:前|以前|之前|起|后|以后)?").match(plan) \
        or regex(r"\d{1,2}月(?:份|初|底|中旬|上旬|下旬)?(?:前|以前|之前|起|后|以后)(?=[\u4e00-\u9fff])").match(plan) \
        or _HOLIDAYS.match(plan)
    # (…or a month alone with its bound, 9月底前完成…: said with no one who does it after a team's asks, round 72)
    # (the longest time it opens on: 明年起…, not 明年 and then 将起…, round 43)
    time = year[0] if year else max((w for w in asking["plan_times"] if plan.startswith(w)), key=len, default="")
    # (…or the end of a stage of the occasion's, 培训结束后每名学员撰写…: 我们将培训结束后每名学员… was said, session 24)
    after_stage = _AFTER_STAGE.match(plan) if not time else None
    if after_stage:
        time = after_stage[0]
    # (…and its month: 今年11月双方将…, not 今年，将11月双方将…, round 45)
    month = _MONTH.match(plan, len(time)) if time else None
    if month:
        time = plan[:month.end()]
    rest = plan[len(time):].lstrip("，,")
    # (今后，每批援青医疗队保持… was said 今后，我们将每批…, round 56)
    headed = headed_plan(rest, (), asking, subject) if time and not rest.startswith(heads) else ""
    if headed:
        return f"{time}，{headed}"
    head = next((h for h in sorted(heads, key=len, reverse=True) if h and rest.startswith(h)), "")
    if time and head and len(rest) > len(head) + 1:
        after = rest[len(head):]
        if not after.startswith(tuple(asking["intent"]) + ("将", "要", "还将", "也将", "再")):
            # (…none where it says its own aim, 力争…: 2027年，集团将采购…力争达到… doubled it, session 24's events)
            return f"{time}，{head}{'' if _OWN_AIM.search(after) else '将'}{after}"
        return plan
    thing = _THING_THEN_VERB.match(rest) if time else None
    if thing:
        # (…and one on a thing of its own takes 将 after it: 2026年底前，首批入园企业将全部开工)
        return f"{time}，{rest[:thing.end()]}将{rest[thing.end():]}"
    if time and _names_doer(rest):
        # (…and one that names its own doer and 将 after its time is said as it is, whatever the time)
        return plan
    if time and not subject:
        # (a report does not give a plan of no subject a doer: 明年起，彭沙县将每年… was read as invented,
        # round 44; 明年起，将每年…: its 将 still says it is to come, 今年内建成投用… read as done, round 38)
        if not rest:
            return plan
        return f"{time}，{'' if rest.startswith(tuple(asking['intent'])) else '将'}{rest}"
    if time and rest.startswith(tuple(asking["subjectless"])):
        # (明年，我们计划安排…; 明年，我们将安排… where no word of intent is there: round 38's reading)
        will = "" if rest.startswith(tuple(asking["intent"])) else "将"
        return f"{time}，{subject}{will}{rest}"
    # (…and one that goes on with its verb and no one who will do it, 今年内建成投用…: round 38 read it
    # as done already) with the speaker's 将
    if time and rest and not _whole_plan(rest, asking):
        return f"{time}，{subject}将{rest}"
    return plan


def headed_plan(plan: str, heads: tuple[str, ...], asking: dict[str, Any], subject: str = "") -> str:
    """A plan whose subject is its own, said with it and 将, else '': a side (我市每年接收… → 我市将每年
    接收…), a named institution (曲隆乡寄宿制学校2027年秋季学期投入使用 → …学校将于2027年…), or each of a
    group (每批援青医疗队保持20人以上 → 确保每批…: asking.each). Round 56 read 我们将我市每年接收…, 我们将曲隆乡
    寄宿制学校…, 我们将每批援青医疗队保持… as 句式杂糅."""
    will = tuple(asking["intent"]) + ("将", "要", "还将", "也将", "再")
    head = next((h for h in sorted(heads, key=len, reverse=True) if h and plan.startswith(h)), "")
    if head and len(plan) > len(head) + 1 and not plan[len(head):].startswith(will + ("，",)):
        # (…its body named after it is the subject: 我区名师工作室将与…结对, not 我区将名师工作室与…, session 25's events)
        body = regex("[\u4e00-\u9fff]{1,8}?(?:" + "|".join(data("language")["plan_bodies"]) + ")(?=[与同和在为向到])"
                     ).match(plan, len(head))
        if body:
            return plan[:body.end()] + "将" + plan[body.end():]
        return head + "将" + plan[len(head):]
    # (the institution named, then the time it is for: not 实现…医院与…, which opens on its verb)
    m = _institution_re().match(plan)
    if m and (regex(r"\d{4}年").match(plan, m.end()) or plan[m.end():].startswith(tuple(asking["plan_times"]))):
        return plan[:m.end()] + "将于" + plan[m.end():]
    if plan.startswith(tuple(asking["each"]["head"])):
        return (subject + "将" if subject else "") + asking["each"]["verb"] + plan
    return ""


def unwilled(plan: str) -> str:
    """A plan without the 将 it opens on, which the set language or ``plan_said`` says before it (我们将将每位同志的
    挂职表现…, session 25's events)."""
    will = data("language")["plan_will"]
    return plan[len(will):] if plan.startswith(will) and len(plan) > len(will) + 3 else plan


def plan_said(plan: str, asking: dict[str, Any], heads: tuple[str, ...], subject: str, doer: str) -> str:
    """A plan as a speech or a report says it: whole when it says who or when itself (``_subject_after_time``,
    ``subject`` after its time), with its own subject and 将 (``headed_plan``), else ``doer`` 将 before it."""
    # (a plan on a thing of the event's, 援助资金实行专账管理…, takes 将 after it: 我们将援助资金实行… was read as
    # 成分残缺, round 64's event 306)
    # (…one whose doer it names after 由, 春节期间由市委组织部逐户走访…: 将 before 由, not after its doer,
    # 春节期间由市委组织部将逐户走访 was said, session 26's 654)
    by_doer = asking["by_doer"]
    by = plan.find(by_doer["word"], 0, 9)
    if by >= 0 and "将" not in plan[:by + 10] and not any(c in plan[:by] for c in "，；：") \
            and plan[by + 1:by + 2] not in by_doer["not_before"] and plan[by - 1:by] not in by_doer["not_after"]:
        return plan[:by] + ("，" if by else "") + "将" + plan[by:]
    thing = _THING_THEN_VERB.match(plan) or _LEAD_HEAD_RE.match(plan) or _BODY_THEN_OFTEN.match(plan)
    if thing:
        # (…and 在 before a span of days: 捐赠物资将在3天内全部运抵…)
        return plan[:thing.end()] + ("将在" if _SPAN_RE.match(plan, thing.end()) else "将") \
            + plan[thing.end():]
    if _whole_plan(plan, asking):
        return _subject_after_time(plan, subject, asking, heads)
    return headed_plan(plan, heads, asking, subject) or doer + "将" + plan


def _whole_plan(plan: str, asking: dict[str, Any]) -> bool:
    """A plan that says who or when itself (下半年双方将…, 浦临区将再组织…): 将 after a short head of no
    punctuation, or its own time. A plan opening on 将 (将协作资金用于…) is not: the template's 将
    stands for it. The head may list its doers (县委组织部、县教育局将…: round 41 read 我们将县委组织部、
    县教育局将…)."""
    return _names_doer(plan) or _timed_plan(plan, asking)


def _names_doer(plan: str) -> bool:
    """A plan that names who will do it before its 将 (双方将…, 县委组织部、县教育局将…): a short head of
    no punctuation."""
    at = plan.find("将")
    if 2 <= at <= 14 and not any(c in plan[:at] for c in "，；："):
        return True
    # (…or a subject before its own time: 装配式建筑部品部件生产基地2027年内开工 was said 我们将装配式…基地2027年内
    # 开工, round 67's events)
    if _SUBJECT_THEN_TIME.match(plan):
        return True
    # (…or a thing of its own that it is done to, 援助资金实行专账管理…: plan_said)
    if _THING_THEN_VERB.match(plan):
        return True
    # (…or an office that leads it: 县委组织部牵头建立… was said 我们将县委组织部牵头建立…, round 49; 县财政每年
    # 安排…, 区委、区政府每年组织…, round 51)
    return bool(_LEAD_HEAD_RE.match(plan) or _BODY_THEN_OFTEN.match(plan))


# a plan that opens on the money or the works it is about, then how they are handled (援助资金实行专账管理, 帮扶项目
# 全部公开公示)
# (…or the firms or works, then what becomes of them: 首批入园企业全部开工 was said 2026年底前，我们将首批入园企业全部开工,
# session 22's events; not a verb's object, 帮助企业建成…)
# a span of days a plan is done within (3天内, 2个月内)
_SPAN = r"\d+(?:天|日|周|个月)内"
_SPAN_RE = regex(_SPAN)
_THING_THEN_VERB = regex(r"^(?!对|为|向|给|把|将|让|使|帮助|引导|组织|推动|支持|引进|招引|动员|协调|争取|推进|完成|实现|建设|新建|培育|扶持|带动|确保|力争)"
                         r"[\u4e00-\u9fff]{0,8}?(?:资金|款项|经费|物资|项目|企业|工程|工作站|服务站|园区|基地|车间|专柜|厂房)"
                         r"(?:的[\d.]+%(?:以上)?)?"
                         r"(?=(?:" + _SPAN + r")?(?:实行|实施|全部|一律|统一|严格|按照|做到|专款|接受|建成|投产|开工|完工|竣工|落地|入驻|投入使用|配备|用于|运抵))")

# (…or a body of its own before how often it acts, 联络处每年组织会员企业…: 我们将联络处每年组织… was read as 病句, round 97's
# helper, 710)
# (…and a place of its own, 书屋每天课后…向全镇学生开放: 我们还将书屋每天… was read as 病句, round 97's helper, 728)
_BODY_THEN_OFTEN = regex(r"^[\u4e00-\u9fff]{0,8}?(?:联络处|工作站|服务站|商会|协会|工作队|工作组|指挥部|学校|医院|学院|公司|集团|合作社"
                         r"|书屋|图书室|阅览室|卫生院|卫生室|中心|车间)"
                         r"(?=每年|每季度|每月|每半年|每学期|每周|每天|定期|常年)")

# a clause that opens on a firm's name (岭山源公司带动…)
_FIRM_HEAD = regex(r"^[\u4e00-\u9fff]{2,10}?(?:公司|集团|合作社)(?![\u4e00-\u9fff]{0,1}[数量率])")
# a fact of a new building or institution by what it has (新卫生院建筑面积…, 新校区占地…)
_NEW_THING = regex(r"^新[\u4e00-\u9fff]{1,8}?(?:院|校|校区|园区|馆|中心|车间|工厂|大楼|楼|站|所)"
                   r"(?:建筑面积|占地|总投资|设置|设有|共有|配备|可容纳|规划)")
_SEQUEL = regex(r"^[^，；]{0,8}?(?:发生后|之后|以后|过后)")

_SUBJECT_THEN_TIME = regex(r"[^，。；：\d]{2,16}(?=\d{4}年|今年|明年|年内)")

# (…or its leaders, 区领导逐户走访…, and an office's own 安排/为…: 我们将县财政安排…, 我们将县卫生健康局为每位专家
# 建立…, round 56; …or the place as its people say it, 区里每年安排…: round 60 read 我们将区里每年安排专项资金)
# (…not a head that ends on 干部: 为每名挂职干部安排… is no office's, and was said 下一步，为每名…, session 21's events)
# (…and its departments, 我区商务部门对每个签约项目… was said 我区将商务部门对…, session 23's events)
_LEAD_HEAD = (r"^(?:[\u4e00-\u9fff、]{1,12}?(?:(?<!干)部门?|局|委|办|院|中心|站|队|政府|财政|小组|指挥部|领导)|[县区市州旗镇乡村]里)")
_LEAD_VERB = r"(?:牵头|负责|统筹|联合|每年|每半年|每季度|每月|每学期|定期|设立|出资|安排|为|逐户|带队|向|对)"
# (…said with 将 after the office: 下一步，区委组织部为每名挂职干部建立成长档案 read as done already, session 22's events)
_LEAD_HEAD_RE = regex(_LEAD_HEAD + "(?=" + _LEAD_VERB + ")")


def _unnamed(text: str, side: str) -> str:
    """``text`` without ``side``'s name where it only says whose firms they are (更多滨江区企业 → 更多
    企业; 湉西区电子信息、智能家电企业 → 电子信息、智能家电企业: 希望湉西区继续推动湉西区… was read as
    成分赘余, round 92), said after a verb that names ``side`` already; a place a thing happens in keeps it."""
    if not side:
        return text
    # (the firms' trades between the name and the word: short ones, listed with 、, no verb between)
    # (…up to eight characters: 滃州市有色金属深加工企业, round 102's 786)
    trades = r"(?:[\u4e00-\u9fff]{2,6}、){0,4}[\u4e00-\u9fff]{0,8}?"
    # (re, not recache.regex: a pattern of the event's own name is not kept across runs)
    # (…nor where people go to them: 帮助受灾群众到淓湖区企业稳岗就业 lost whose firms, round 97's helper, 704)
    return re.sub("(?<![到去进赴在])" + re.escape(side) + "(?=" + trades + "(?:" + "|".join(data("language")["firm_words"]) + "))", "", text)


_CLAUSES = regex(r"[，、；,;]")


def _spread_in(part: str, clause: str) -> bool:
    """``part``'s characters in order inside ``clause``, spread over at most twice its length
    (严守规矩 in 严守纪律规矩)."""
    for start in (i for i, ch in enumerate(clause) if ch == part[0]):
        k, j = 1, start + 1
        while k < len(part) and j < len(clause) and j - start < 2 * len(part):
            k += clause[j] == part[k]
            j += 1
        if k == len(part):
            return True
    return False


def heading_ask(heading: str, asks: tuple[str, ...]) -> str | None:
    """The ask a point's heading says in short: each of the heading's two or more clauses inside one
    of the ask's (严守规矩，保重身体 of 严守纪律规矩，注意安全，保重身体; round 48 read that point's
    set body and then the ask as the same thing twice)."""
    parts = [p for p in _CLAUSES.split(heading.rstrip("。！；：，")) if p]
    if len(parts) < 2 or any(len(p) < 3 for p in parts):
        return None
    for ask in asks:
        clauses = [c for c in _CLAUSES.split(ask) if c]
        if all(any(_spread_in(p, c) for c in clauses) for p in parts):
            return ask
    return None
