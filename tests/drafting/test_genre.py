"""Issue 14: drafts a professional writer keeps — the genre's moves, the right voice, dated policy
language, lengths by content, variety between seeds and events, the coherence gate, --gaps."""
import itertools
import random
import re
from dataclasses import replace

import pytest
import yaml

from drafter.checking.lint import lint_text
from drafter.cli import cli
from drafter.drafting.compose import Composer, out_of_era
from drafter.drafting.voice import _NAME_BOUND, party_title, represents
from drafter.drafting.draft import draft, draft_pair, event_seed
from drafter.drafting.event import load_event, parse_event
from drafter.resources import data

from ..conftest import ROOT, strings_in

EXAMPLES = {p.stem: p for p in sorted((ROOT / "examples").glob("*.yaml"))}
RANGES = {"welcome": (800, 3000), "reply": (700, 2500), "symposium": (1000, 4000),
          "news": (400, 1500), "toast": (250, 700)}
FIXED = {"谢谢大家！", "谢谢！", "同志们：", "现在，我提议：", "下面，我提议：", "让我们共同举杯："}


def sentences(text):
    return re.findall(r"[^。！？：\n]+[。！？：]", text)


def ev(name):
    return load_event(EXAMPLES[name])


# ------------------------------------------------------------------ 6. length by content

# the event a length is drafted from when the example holds too little for it (a full event for that
# length: rule 6's "the kind's usual material"); the example reply must say its 17 facts, sites,
# plans and asks whole at 700 characters, and reaches 2,100–2,200 at most without saying an idea again
LONG = {"reply": load_event(ROOT / "tests" / "fixtures" / "events" / "full_reply_long.yaml"),
        # (the example report reached 1,285 of 1,500 with a leader named at the head of every remark;
        # two sayings running are one sentence since round 29)
        "news": load_event(ROOT / "tests" / "fixtures" / "events" / "full_news_long.yaml"),
        # (session 14: a draft says an idea once, so the example welcome's set language no longer
        # stretches it to 3,000; a long welcome is asked of a fuller event)
        "welcome": load_event(ROOT / "tests" / "fixtures" / "events" / "full_welcome_long.yaml")}


@pytest.mark.parametrize("kind", sorted(RANGES))
def test_every_kind_reaches_its_range_for_a_full_event(kind):
    lo, hi = RANGES[kind]
    for n in (lo, (3 * lo + hi) // 4, (lo + hi) // 2, (lo + 3 * hi) // 4, hi):
        for seed in (1, 3):
            e = LONG[kind] if kind in LONG and n > (lo + hi) // 2 else ev(kind)
            d = draft(replace(e, length=n), seed=seed)
            assert abs(d.length - n) <= 0.15 * n, (kind, n, seed, d.length)
            assert d.findings == [], d.findings


def test_a_thin_event_gets_the_closest_draft_and_the_fields_to_add():
    thin = load_event(ROOT / "tests" / "fixtures" / "events" / "foreign_reply_minimal.yaml")
    d = draft(replace(thin, length=2500), seed=1)
    assert d.length < 2125 and [f.rule for f in d.findings] == ["length"]
    assert {"cooperation.since", "cooperation.areas", "cooperation.facts", "visit.sites", "plans"} <= set(d.missing)


def test_a_welcome_says_no_set_phrases_where_the_event_gives_no_material_and_why_it_matters_last():
    """moves.yaml lean and last (round 10: the minimal welcomes filled an empty 县情 and an empty
    review with set phrases, and 实践证明… stood before the 县情 of a full one)."""
    def optional(e):
        return Composer(e, random.Random("1:0"), None, lambda section, longest: []).optional_order()

    full = ev("welcome")
    said = [p.move for p in optional(full)]
    assert {"overview", "review"} <= set(said)
    grown = [p.move for p in optional(full) if not p.early]
    first = grown.index("significance")
    assert first > 0 and set(grown[first:]) == {"significance"}
    thin = replace(full, host=replace(full.host, area="", population="", facts=(), industries=(), ranks=()),
                   cooperation=replace(full.cooperation, facts=()))
    assert not {"overview", "review"} & {p.move for p in optional(thin)}


# ------------------------------------------------------------------ 7. variety

@pytest.mark.parametrize("kind", sorted(RANGES))
def test_two_seeds_differ_in_half_their_sentences(kind):
    """Over the set language: the sentences that say a leader's remarks (a report's) or a point's
    body as the event gives them are the event's own words, the same at every seed."""
    e = ev(kind)
    given = [r.rstrip("。") for r in e.host.remarks + e.guest.remarks]
    bodies = "".join(p.body for p in e.points)
    for a, b in ((1, 2), (5, 6)):
        sa = [s for s in sentences(draft(e, seed=a).text)
              if not any(r in s for r in given) and s not in bodies]
        sb = set(sentences(draft(ev(kind), seed=b).text))
        differ = sum(1 for s in sa if s not in sb) / len(sa)
        assert differ >= 0.5, (kind, a, b, differ)


OTHER = {"welcome": "foreign_welcome_full", "reply": "foreign_reply_minimal", "toast": "foreign_toast_guest",
         "symposium": "foreign_symposium", "news": "foreign_news"}


# sentences two events' drafts at their default seeds may share, as measured (the issue asks for
# none beyond the fixed formulas; the set language is finite and the gate refuses some wordings
# in a given draft, so a generic sentence can still coincide). Measured after most set sentences
# came to offer tens to hundreds of wordings (issue 14, item 7): welcome 1, the others 0.
SHARED_WITH_OTHER = {"welcome": 1, "reply": 0, "symposium": 0, "news": 0, "toast": 0}


@pytest.mark.parametrize("kind", sorted(OTHER))
def test_two_events_at_their_default_seeds_read_differently(kind):
    """An example and another event of its kind at their default seeds share at most one generic
    sentence beyond the fixed formulas (measured after the set sentences came to offer tens to
    hundreds of wordings each): the exact bounds in SHARED_WITH_OTHER."""
    one = draft(ev(kind))
    other = draft(load_event(ROOT / "tests" / "fixtures" / "events" / f"{OTHER[kind]}.yaml"))
    assert one.seed != other.seed
    mine = set(sentences(one.text)) - FIXED
    shared = mine & set(sentences(other.text))
    assert len(shared) <= SHARED_WITH_OTHER[kind], shared


REVIEW = ROOT / "docs" / "review" / "events"
# the most sentences two review events' drafts of one kind share (measured over every same-kind
# pair at the default seeds; pairs: welcome 36, reply 28, symposium 21, news 15, toast 21). Since
# most set sentences offer tens to hundreds of wordings (issue 14, item 7) the mean a pair is
# welcome 0.14, reply 0.11, symposium 0.29, news 0, toast 0.05 (it was 0.69, 0.86, 2.48, 0, 0.19),
# the most welcome 1, reply 2, symposium 3, news 0, toast 1 (it was 4, 3, 8-12, 1, 1). A long
# symposium says nearly all of its ~100 positions, so the longest pair (13 and 18, of one host and
# one guest) still meets on a few wordings. With the round-5/6 events (51 in all; pairs welcome 78,
# reply 55, symposium 45, news 28, toast 36; with 52–60: 153, 91, 55, 28, 36) the mean is 0.11, 0.19, 0.33,
# 0.04, 0.06, the most 1, 2, 3, 1, 1. Session 6 (the welcome's lean moves, its 为什么重要 said last,
# two new point sentences of few wordings): mean 0.10, 0.16, 0.33, 0.04, 0.03, the most 2, 2, 2, 1, 1.
# Zero is not reachable by wording alone: 153 welcome pairs each meet on a sentence of N wordings
# about 153/N times, so a set sentence every welcome says would need thousands of wordings.
# Session variety3 (94 review events; pairs 378, 190, 136, 91, 105): the commonly said set sentences
# and point headings given hundreds of wordings, and choices that shared a word (so the gate could
# say only one combination) kept lexically apart: mean 0.15, 0.13, 0.26, 0, 0.06 → 0.06, 0.08,
# 0.15, 0, 0.03; the most 3, 1, 2, 0, 1 → 1, 1, 1, 0, 1.
# Merged with session 8's round-16/17 fixes, its 11 new events and an editor's audit of the new
# wordings, then rounds 18–19's fixes (110 events; pairs 496, 253, 190, 136, 153): mean 0.07, 0.09,
# 0.18, 0, 0.03; the most 1, 2, 2, 0, 1 (a fix that removes a wording moves the draws: reply went
# 1 -> 2 with round 19's).
# Issue 14 (session of the share branch): the positions most often said offered few wordings in
# one of their alternatives (the seed draws an alternative first, then a wording in it: a 4- or
# 9-wording alternative beside 81-wording ones gave most of a position's collisions); ~90 set
# sentences and two heading pairs were widened with independent choices: mean 0.07, 0.06, 0.13,
# 0, 0.01; the most 1, 1, 1, 0, 1 (with a mean of 0.07 over 496 pairs, a pair sharing two is to be
# expected now and then: a wording change elsewhere may bring one back).
# Then round 21's ten new events and fixes (120 events; pairs 595, 300, 231, 171, 171), before the
# share branch: mean 0.07, 0.11, 0.18, 0, 0.02, the most 2, 2, 2, 0, 1; merged with it (the round's
# new idea keys funnel a few positions to their remaining wordings, widened again): mean 0.06, 0.07,
# 0.13, 0, 0.01; the most 2, 2, 2, 0, 1; after round 21's review and its fixes: mean 0.07, 0.05, 0.13,
# 0, 0.01; the most 2, 1, 1, 0, 1.
# Round 23 (130 events; pairs 703, 351, 276, 210, 190): mean 0.06, 0.06, 0.14, 0, 0.01; the most 1,
# 2, 2, 0, 1. Share2 branch: the positions that collided and those most likely to (measured over
# twelve seeds per event: the expected number shared per pair 0.066, 0.057, 0.125, 0.001, 0.019 →
# 0.043, 0.046, 0.110, 0.001, 0.019) given more wordings, a new alternative only as wide as the
# ones beside it (the seed draws an alternative first): mean 0.04, 0.03, 0.08, 0, 0.01; the most
# 2, 1, 1, 0, 1 (an expected 0.04 a pair over 703 pairs: a pair sharing two is to be expected).
# Session 10 (130 events; the sharing branch merged, then rounds 23–24's fixes, which took some
# symposium wordings away: 选派大家来挂职… and three lines of the sending side's in a host's mouth):
# mean 0.05, 0.03, 0.13, 0, 0.01; the most 2, 1, 2, 0, 1; with a symposium's plans said (round 24):
# mean 0.05, 0.03, 0.11, 0, 0.01; the most 2, 1, 1, 0, 1.
# Session 11 (150 events; rounds 25–27's fixes, which took some wordings away and gave the gratitude
# point a pledge without 回报): mean 0.08, 0.03, 0.10, 0, 0.01; the most 2, 1, 1, 0, 1.
# Session 13 (173 events): a host names its own place twice, then says 我县 (voice.own_place), so a set
# sentence no longer differs between two hosts by their names alone (我县的好山好水… in two farewells):
# mean 0.10, 0.06, 0.11, 0, 0.03; the most 2, 2, 2, 0, 1. The mean is held too (MEAN_SHARED_IN_REVIEW).
# Session 15 (233 events: the thirty new ones made pairs of alike occasions that met on 3 sentences until
# their positions gained wordings): mean 0.10, 0.06, 0.08, 0, 0.03; the most 2, 2, 2, 0, 1.
SHARED_IN_REVIEW = {"welcome": 2, "reply": 2, "symposium": 2, "news": 0, "toast": 1}
MEAN_SHARED_IN_REVIEW = 0.15


def _own_material(e):
    """The event's own words of fact: its places' area, population and facts, and its plans."""
    return (e.host.area, e.host.population, *e.host.facts, *e.cooperation.facts, *e.plans)


@pytest.mark.parametrize("kind", sorted(SHARED_IN_REVIEW))
def test_review_events_of_one_kind_share_few_sentences(kind):
    """Every pair of review events of one kind (docs/review/events), each at its default seed: the
    sentences both drafts say, beyond the fixed formulas and the greeting line (尊敬的…：, the
    event's own names), are at most SHARED_IN_REVIEW[kind] (measured; before, every welcome and
    symposium pair shared sentences, up to 15 of ~50 and 30 of ~70; then up to 4 and 12)."""
    events = [e for e in (load_event(p) for p in sorted(REVIEW.glob("*.yaml"))) if e.kind == kind]
    assert len(events) >= 5
    # (a sentence that is one of the event's own asks is the writer's words, not the set language's:
    # events 217 and 222 ask alike, 严守纪律规矩，注意安全，保重身体, said whole since session 17)
    # (…nor a heading or body the event gives: 222 and 247 both head a point 严守规矩，保重身体, session 17)
    # (…nor a report's sentence of the event's theme, 仪式以深化东西部协作、推进乡村全面振兴为主题: fifteen reports give
    # that theme, and its frame is one of a few; session 21)
    said = [{s for s in sentences(draft(e).text) if not s.startswith("尊敬的")
             and not any(a.rstrip("。；！") in s for a in e.asks)
             and not any(x and x.rstrip("。；！") in s for p in e.points for x in (p.heading, p.body))
             and not (e.kind == "news" and e.event.theme and e.event.theme in s and len(s) < len(e.event.theme) + 16)
             # (…nor a report's closing of the event's own attendees: two job fairs name the same offices, session 22)
             and not (e.kind == "news" and e.event.attendees and all(a in s for a in e.event.attendees))
             # (…nor a sentence that says the event's own figures whole, its area, its facts or its plans: 01 and 30 are
             # one county's event in two years, and met on 我县总面积3120平方公里，总人口26万, session 28)
             and not any(f and f.rstrip("。；") in s for f in _own_material(e))}
            - FIXED for e in events]
    shared = [len(a & b) for a, b in itertools.combinations(said, 2)]
    assert max(shared) <= SHARED_IN_REVIEW[kind], max(shared)
    assert sum(shared) / len(shared) <= MEAN_SHARED_IN_REVIEW, sum(shared) / len(shared)


def test_the_review_drafts_kept_in_the_repo_are_what_drafter_writes_now(runner):
    """docs/review/drafts holds, for every review event, the draft at its default seed and the
    warnings (make_drafts.sh): once a shell without drafter on its PATH left all 110 empty, each
    .warn saying "drafter: not found", and that was committed unnoticed."""
    events = sorted(REVIEW.glob("*.yaml"))
    assert len(events) >= 110
    for p in events:
        kept = REVIEW.parent / "drafts" / (p.stem + ".txt")
        r = runner.invoke(cli, ["--lang", "zh", "draft", str(p)])
        assert r.exit_code == 0, (p.name, r.output)
        assert kept.read_text(encoding="utf-8") == r.stdout, p.name
        warn = kept.with_suffix(".warn")
        assert (warn.read_text(encoding="utf-8") if warn.exists() else "") == r.stderr, p.name


def test_the_default_seed_depends_on_the_event_and_variants_name_their_seed(runner):
    a, b = ev("welcome"), ev("reply")
    assert event_seed(a) != event_seed(b) and event_seed(a) == event_seed(load_event(EXAMPLES["welcome"]))
    r = runner.invoke(cli, ["draft", str(EXAMPLES["welcome"]), "--variants", "2", "--seed", "40"])
    assert r.exit_code == 0
    assert "--seed 40" in r.stdout and "--seed 41" in r.stdout


# ------------------------------------------------------------------ 7. the coherence gate

def _near_repeats(text, names):
    gate = data("eras")["gate"]
    from drafter.drafting.gate import _shares_run

    found = []
    for para in text.split("\n")[3:]:
        ss = sentences(para)
        if re.match(r"^(第[一二三四五六]，|[一二三四五六]是)", para):
            ss = ss[1:]           # a point's heading names its topic; its body may name it again
        found += [(x, y) for x, y in zip(ss, ss[1:]) if _shares_run(x, y, names, gate["ignore"])]
    for ph in gate["set_phrases"]:
        if text.count(ph) > 1:
            found.append(ph)
    found += [p for p in text.split("\n") if re.match(r"^(?:这些(?!年)|这样)", p)]
    return found


@pytest.mark.parametrize("kind", sorted(RANGES))
def test_no_near_repeats_no_set_phrase_twice_no_dangling_reference(kind):
    e = ev(kind)
    names = [x for x in (e.host.short, e.guest.short, e.event.name, e.event.place, e.event.theme,
                         *e.host.industries, *e.guest.industries, *e.cooperation.areas,
                         *(p.name for p in e.host.leaders + e.guest.leaders)) if x]
    given = [r.rstrip("。") for r in e.host.remarks + e.guest.remarks]
    given += [x for p in e.points for x in re.findall(r"[^。！？]+", p.body)]     # the writer's own bodies
    for seed in range(6):
        for n in (None, RANGES[kind][1]):
            d = draft(replace(e, length=n), seed=seed)
            # (a leader's remarks are the event's own words, said as given)
            found = [f for f in _near_repeats(d.text, names) if not any(r in str(f) for r in given)]
            assert found == [], (seed, n)


# ------------------------------------------------------------------ 4. voice and titles

def test_the_speaker_speaks_for_the_body_their_title_heads():
    host = ev("welcome").host
    guest = ev("welcome").guest
    assert represents("区委书记", guest) == "区委、区政府和全区人民"
    # a deputy secretary heading the government speaks for 县委、县政府 also with the secretary in the
    # room (round 23's reader counted 代表县政府 alone as wrong-side; an audit had asked for it)
    assert represents("县委副书记、县长", host) == "县委、县政府和全县干部群众"
    assert represents("县长", host) == "县政府和全县干部群众"
    # 各族 only of a multi-ethnic place, known by its name (round 10: checked county by county)
    ethnic = replace(host, name="云川省白鹤市青山彝族自治县", short="青山县")
    assert represents("县委书记", ethnic) == "县委、县政府和全县各族干部群众"
    banner = replace(guest, name="内蒙古自治区某市滨江区")
    assert represents("区委书记", banner) == "区委、区政府和全区各族人民"
    assert party_title(host, "县委书记") == "青山县委书记"
    assert party_title(host, "县委副书记、县长") == "青山县委副书记、县长"
    assert party_title(host, "县长") == "青山县县长"
    assert party_title(host, "县人大常委会主任") == "青山县人大常委会主任"
    assert "代表滨江区委、区政府和全区人民" in draft(ev("reply"), seed=1).text


def test_news_names_both_speakers_and_nobody_accompanies_a_meeting_they_chair():
    for seed in range(8):
        e = ev("news")
        text = draft(e, seed=seed).text
        assert "陪同" not in text and "我" not in text
        assert "欧阳建国" in text and "李明华" in text
        assert re.search("李明华(代表|在讲话中)", text) and re.search("欧阳建国(对|代表|回顾|在讲话中)", text)
        # what each said is what the event gives, attributed by name (never 他: the event gives no sex)
        assert "他" not in text
        assert e.host.remarks[0] in text and e.guest.remarks[0] in text
        # nothing attributed to a leader that the event does not give
        said = re.findall(r"(?:李明华|欧阳建国)(?:在讲话中)?(?:表示|指出|强调|说|介绍|要求)，([^。]+)。", text)
        given = "".join(e.host.remarks + e.guest.remarks + e.plans)
        # (two sayings running are one sentence: …，并强调，…; round 29)
        said = [part for s in said for part in re.split("，并(?:表示|指出|强调)，", s)]
        assert said and all(s in given or s.split("，", 1)[-1] in given for s in said), said
        assert not re.match(r"^(会议|会上)强调", text.split("\n")[2])


def test_titles_are_built_for_every_kind():
    assert draft(ev("news")).title == "滨江区与青山县召开东西部协作高层联席会议"
    named = replace(ev("news"), event=replace(ev("news").event, name="滨江区—青山县东西部协作联席会议"))
    # a name of the pair says no place: the lead says where (round 10: 导语缺地点), the headline
    # does not name 青山县 twice (round 11: 标题重复地名)
    assert draft(named).title == "滨江区—青山县东西部协作联席会议召开"
    assert draft(named).text.split("\n")[1].startswith("4月28日，滨江区—青山县东西部协作联席会议在青山县")
    here = replace(ev("news"), event=replace(ev("news").event, name="青山县东西部协作推进会"))
    assert draft(here).text.split("\n")[1].startswith("4月28日，青山县东西部协作推进会召开。")  # the name says where
    elsewhere = replace(named, event=replace(named.event, place="白鹤市"))
    assert draft(elsewhere).title == "滨江区—青山县东西部协作联席会议在白鹤市召开"
    ceremony = replace(ev("news"), event=replace(ev("news").event, name="东西部协作签约捐赠仪式"))
    assert draft(ceremony).title == "滨江区与青山县举行东西部协作签约捐赠仪式"
    assert "出席仪式" in draft(ceremony).text and "出席会议" not in draft(ceremony).text
    assert draft(ev("toast")).title == "在东西部协作高层联席会议欢迎宴会上的祝酒辞"
    banquet = replace(ev("toast"), event=replace(ev("toast").event, name="欢迎滨江区党政代表团晚宴"))
    assert draft(banquet).title == "在欢迎滨江区党政代表团晚宴上的祝酒辞"
    visit = replace(ev("welcome"), event=replace(ev("welcome").event, name="滨江区党政代表团考察青山县"))
    assert draft(visit).title == "在滨江区党政代表团考察青山县时的致辞"


def test_a_reply_answers_the_host_and_the_pair_greets_the_host_speaker_by_name():
    r = draft(ev("reply"), seed=2).text
    assert re.search(r"刚才，(?:听了|认真聆听了)?李书记", r)
    w, rep = draft_pair(ev("welcome"))
    assert rep.text.split("\n")[3].startswith("尊敬的李书记")
    # the byline names whose secretary speaks (round 11: 署名没有地名)
    assert re.search(r"刚才，(?:听了|认真聆听了)?李书记", rep.text) and w.text.split("\n")[1] == "青山县委书记李明华"
    assert rep.text.split("\n")[1] == "滨江区委书记欧阳建国"
    # with no `answers`, a reply answers no one (round 12: a default 刚才，李书记的致辞 is an agenda the
    # event does not give) and the warning asks for the speaker (round 11: 缺“回应前一位讲话人”一步)
    bare = draft(replace(ev("reply"), answers=None), seed=2)
    assert "刚才" not in bare.text
    assert any("answers" in g for g in bare.gaps), bare.gaps


THIN_VISIT = """kind: symposium
event: {name: 看望慰问挂职干部座谈会, date: 2026-09-24, place: 岭南县}
speaker: {name: 宣子墨, title: 区委常委、组织部部长, side: guest}
host: {name: 西川省岭南县}
guest: {name: 东海市滨湖区}
cooperation: {since: 2021, cadres: 滨湖区第五批挂职干部}
"""

THIN_REPLY = """kind: reply
event: {name: 东西部协作工作座谈会, date: 2026-10-27, place: 岭南县}
speaker: {name: 殳鸣岐, title: 区委书记, side: guest}
answers: {name: 费砚农, title: 县委书记}
host: {name: 西川省岭南县}
guest: {name: 东海市滨湖区}
"""


def test_thin_events_draft_what_they_give_and_greet_whom_they_answer():
    """Round 12's new events: a visiting organisation head's symposium that gives only the pairing's
    year was refused (since left unsaid: exit 3); it says the year, and speaks for the 区委组织部, not
    for 区委、区政府. A reply to a named speaker of a side listing no leaders greets that speaker."""
    visit = draft(parse_event(THIN_VISIT), seed=1).text
    assert "自2021年两地结对以来" in visit
    assert re.search("我谨?代表滨湖区委组织部", visit) and "区政府" not in visit
    assert visit.split("\n")[1] == "滨湖区委常委、组织部部长宣子墨"
    reply = draft(parse_event(THIN_REPLY), seed=1).text
    assert reply.split("\n")[3].startswith("尊敬的费书记，")
    assert "刚才，" in reply and "费书记" in reply.split("\n")[4]


def test_a_symposium_speaks_to_the_cadres_not_to_both_sides():
    for seed in range(5):
        d = draft(ev("symposium"), seed=seed)
        points = [ln for ln in d.text.split("\n") if re.match(r"^(第[一二三四五六]，|[一二三四五六]是|[一二三四五六]、)", ln)]
        body = "\n".join(points) + d.text
        assert "双方要" not in body and "双方将" not in body
        assert "希望大家" in d.text or "希望同志们" in d.text


# ------------------------------------------------------------------ 3. points with substance

def test_points_get_bodies_and_nothing_says_x_is_an_important_part():
    d = draft(ev("symposium"), seed=2)
    text = d.text
    assert "是两地协作的重要内容" not in text
    lines = text.split("\n")
    for heading in ("提高政治站位，当好协作的践行者", "深入调查研究，尽快融入当地"):
        i = next(k for k, ln in enumerate(lines) if heading in ln)
        rest = lines[i].split(heading, 1)[1].lstrip("。") or lines[i + 1]
        assert len(rest) >= 40, (heading, rest)          # a body, not a bare heading
    assert "产业协作" in text and "教育医疗帮扶" in text       # topics get headings and bodies


# ------------------------------------------------------------------ 5. dated policy language

def test_policy_language_is_dated_by_the_event():
    assert out_of_era("找准了我们脱贫攻坚的“短板”", 2026)
    # the transition period's task (2021–2025); from 2026 常态化防止返贫致贫 and 乡村全面振兴
    assert out_of_era("持续巩固拓展脱贫攻坚成果", 2026) and not out_of_era("持续巩固拓展脱贫攻坚成果", 2023)
    assert out_of_era("推动巩固拓展脱贫攻坚成果同乡村振兴有效衔接", 2026)
    assert out_of_era("今年是“十五五”开局之年", 2027) and not out_of_era("今年是“十五五”开局之年", 2026)
    for kind in RANGES:
        for seed in (1, 2):
            text = draft(replace(ev(kind), length=RANGES[kind][1]), seed=seed).text
            assert "有效衔接" not in text and "脱贫攻坚战" not in text
    full = "".join(draft(replace(ev(k), length=RANGES[k][1]), seed=s).text for k in RANGES for s in range(3))
    assert "十五五" in full and "常态化帮扶" in full and "规模性返贫" in full and "乡村全面振兴" in full
    for kind in ("welcome", "reply"):       # a full 2026 speech names the period it is in
        for seed in range(3):
            text = draft(replace(ev(kind), length=RANGES[kind][1]), seed=seed).text
            assert re.search("“十五五”(规划的)?开局之年", text) and "常态化帮扶" in text, (kind, seed)
    older = parse_event((EXAMPLES["welcome"]).read_text(encoding="utf-8").replace("2026-04-28", "2024-04-28"))
    assert "十五五" not in draft(older, seed=1).text


def test_the_helper_is_not_credited_with_what_came_before_the_pairing():
    e = ev("welcome")
    late = replace(e, cooperation=replace(e.cooperation, since=2021))
    for seed in range(6):
        text = draft(late, seed=seed).text
        for s in sentences(text):
            if "2020年" in s:
                assert "滨江区" not in s, s


# ------------------------------------------------------------------ 8. --gaps

def test_gaps_leave_a_visible_mark_that_lint_flags(runner, tmp_path):
    path = ROOT / "tests" / "fixtures" / "events" / "foreign_reply_minimal.yaml"
    r = runner.invoke(cli, ["draft", str(path), "--gaps"])
    assert r.exit_code == 0, r.output
    assert "【待补：协作成效（cooperation.facts）】" in r.stdout
    import datetime as dt

    found = lint_text(r.stdout, dt.date(2027, 9, 3))
    assert any(f.rule == "placeholder" and "待补" in f.message for f in found)
    r = runner.invoke(cli, ["draft", str(path)])
    assert "待补" not in r.stdout


def test_a_thin_news_release_reports_only_courtesy_and_says_what_to_add(runner):
    """A report of an event that gives no remarks names no pledge for anyone; unasked for a length,
    it is short and the warning names the leaders' remarks first."""
    path = ROOT / "docs" / "review" / "events" / "22-news-minimal.yaml"
    r = runner.invoke(cli, ["--lang", "en", "draft", str(path)])
    assert r.exit_code == 0
    text = r.stdout
    assert not re.search("(表示|指出|强调|要求)，", text)        # no words put in a leader's mouth
    assert "出席座谈会" in text and "党政代表团" not in text    # the event names no delegation
    assert "less than a news usually has (450): to make it longer, fill in host.remarks, guest.remarks" \
        in r.stderr.replace("、", ", ")


def test_round3_findings_stay_fixed():
    """What round-3 reviewers found, pinned: 两 before 个/点 (the parse cache had turned the count
    form's key 2 into "2"); no 先后 before a single honour; a helping side does not pledge the
    receiving side's services (专班服务, 用地); news names no 并讲话 and gives the cooperation's figures
    as background, not as a leader's words; a guest's toast thanks 对…款待, not 向…款待."""
    two = load_event(ROOT / "docs" / "review" / "events" / "11-reply-minimal-points.yaml")
    for seed in range(6):
        text = draft(two, seed=seed).text
        assert "二个" not in text and "二点" not in text
        assert re.search("两(个方面|点)", text)
    one_rank = ev("welcome")
    one_rank = replace(one_rank, host=replace(one_rank.host, ranks=one_rank.host.ranks[:1]))
    for seed in range(6):
        assert "先后获" not in draft(one_rank, seed=seed).text
    for seed in range(8):
        text = draft(ev("reply"), seed=seed).text
        assert "专班服务" not in text and "一企一策" not in text and "用地" not in text
        news = draft(ev("news"), seed=seed).text
        assert "并讲话" not in news and not re.search("欧阳建国(回顾|介绍了两地协作)", news)
    toast = load_event(ROOT / "docs" / "review" / "events" / "36-toast-new-guest.yaml")
    for seed in range(6):
        assert not re.search("向[^，。！]{0,12}款待", draft(toast, seed=seed).text)


def test_a_dated_fact_is_not_led_by_jinnianlai_nor_given_its_county_twice():
    """Read as a writer: 「近年来，雾溪县2025年全县……」 says 近年来 before a year and the county twice."""
    e = ev("news")
    dated = replace(e, host=replace(e.host, facts=("2025年全县农村居民人均可支配收入增长8.2%",)))
    for seed in range(8):
        text = draft(dated, seed=seed).text
        assert "近年来，2025年" not in text and "青山县2025年全县" not in text
        # (a report names the place: 2025年青山县…, round 39's reading of 全市 in another's mouth)
        assert "2025年青山县农村居民人均可支配收入增长8.2%" in text


def test_an_ask_said_to_the_other_side_names_its_firms_once_and_keeps_places():
    """恳请汐湾区推动更多汐湾区企业… says 汐湾区 twice: the firms lose the name (round 8); 到鹤沚区稳岗就业
    is a place and keeps it (round 10 found 到稳岗就业 when every occurrence was dropped)."""
    from drafter.drafting.voice import _unnamed

    assert _unnamed("推动更多汐湾区企业来朔云旗考察投资", "汐湾区") == "推动更多企业来朔云旗考察投资"
    assert _unnamed("帮助更多樵岭县群众到鹤沚区稳岗就业", "鹤沚区") == "帮助更多樵岭县群众到鹤沚区稳岗就业"


def test_two_choices_of_one_sentence_never_say_the_same_word():
    """Round 12's audit of the templates: choices that read well alone repeat together (深入 /
    深入了解, 格外高兴 / 感到格外亲切, 稳步发展 / 稳步提升). Every combination of such a sentence that
    repeats gives way to one that does not; words the genre says twice on purpose (eras.yaml
    gate.clash_ignore: 返贫致贫, 第一时间…) do not count."""
    from drafter.drafting.compose import _lazy, _split
    from drafter.drafting.gate import _clash

    assert _clash(["格外高兴", "感到格外亲切"]) and _clash(["稳步发展", "稳步提升"])
    assert not _clash(["格外高兴", "倍感亲切"]) and not _clash(["第一时间对接", "第一时间回应"])
    text = "远方的客人来了，我们[格外高兴|由衷高兴]；亲人来了，我们[感到格外亲切|倍感亲切]。"
    (skel, groups), = _split(text)
    lazy = _lazy(skel, skel, groups, 2026)
    said = {lazy.get(i) for i in range(lazy.n)}
    assert said == {"远方的客人来了，我们格外高兴；亲人来了，我们倍感亲切。",
                    "远方的客人来了，我们由衷高兴；亲人来了，我们感到格外亲切。",
                    "远方的客人来了，我们由衷高兴；亲人来了，我们倍感亲切。"}


# ------------------------------------------------------------------ round 16 (self-read before review)

PROFESSIONALS = """kind: symposium
event: {name: 东西部协作专业技术人才座谈会, date: 2026-09-10, place: 蓬岚旗}
speaker: {name: 斯琴高娃, title: 旗委副书记、旗长, side: host}
host: {name: 朔原自治区碧湄盟蓬岚旗}
guest: {name: 鹭洲市桐屿区}
cooperation: {since: 2021, areas: [教育医疗帮扶], cadres: 桐屿区选派的医生、教师等专业技术人才28名}
length: 1500
"""


def test_professionals_are_not_told_of_gua_zhi_and_a_count_comes_before_its_noun():
    """A symposium of doctors and teachers sent to help (no 干部 or 挂职 in its cadres field) never
    says 挂职 (挂职干部 → 专业技术人才, 挂职期间 → 帮扶期间, no 角色转换 from one side's cadre to the
    other's), and the event's 专业技术人才28名 is said 28名…专业技术人才."""
    for seed in range(6):
        text = draft(parse_event(PROFESSIONALS), seed=seed).text
        assert "挂职" not in text and "干部”到“" not in text
        assert "桐屿区选派的28名医生、教师等专业技术人才" in text and "人才28名" not in text
    officials = draft(parse_event(PROFESSIONALS.replace("医生、教师等专业技术人才28名", "挂职干部6名、专业技术人才41名")
                                  .replace("专业技术人才座谈会", "挂职干部和专业技术人才座谈会")), seed=1).text
    assert "挂职" in officials and "桐屿区选派的6名挂职干部、41名专业技术人才" in officials


def test_a_toast_says_tonight_only_at_an_evening_occasion():
    """今晚 / 今天晚上 / 夜晚 only when the occasion's name says it is an evening's (…晚宴)."""
    base = parse_event((ROOT / "docs" / "review" / "events" / "87-toast-host-canglan-minimal.yaml").read_text())
    assert "晚宴" in base.event.name
    evening = " ".join(draft(base, seed=s).text for s in range(8))
    day = " ".join(draft(replace(base, event=replace(base.event, name="东西部协作联席会议")), seed=s).text
                   for s in range(8))
    assert re.search("今晚|今天晚上|夜晚", evening)
    assert not re.search("今晚|晚上|夜晚", day) and "今天" in day


def test_a_delegation_named_only_in_the_occasion_is_how_a_report_calls_the_visitors():
    """An event that names no leader and no delegation field but is called 桐屿区党政代表团考察蓬岚旗:
    the report welcomes 桐屿区党政代表团一行 (not 桐屿区一行) and says who welcomed it."""
    text = draft(parse_event("""kind: news
event: {name: 桐屿区党政代表团考察蓬岚旗, date: 2026-06-30, place: 蓬岚旗}
host: {name: 朔原自治区碧湄盟蓬岚旗}
guest: {name: 鹭洲市桐屿区}
"""), seed=1).text
    assert "桐屿区党政代表团一行" in text and "桐屿区一行" not in text
    assert "蓬岚旗方面对桐屿区党政代表团一行" in text      # (a place does not 表示欢迎: round 21)


def test_rewording_leaves_what_the_event_says():
    """The event's own words are never reworded: a heading of professionals' symposium that says
    挂职 is said as given (round 16: rewording the filled text dropped it and the draft was refused)."""
    given = PROFESSIONALS + "points:\n- heading: 坚定理想信念，在挂职岗位上勇于担当\n- topic: 教育医疗帮扶\n"
    for seed in range(4):
        text = draft(parse_event(given), seed=seed).text
        assert "坚定理想信念，在挂职岗位上勇于担当" in text and text.count("挂职") == 1


def test_professionals_get_a_point_of_their_own_work_and_none_of_an_officials():
    """Round 17: doctors and teachers were given the officials' points (走村入户, 招商引资) and told to
    show what a 共产党员 is; now one point is always about their own work (its words: 传帮带 or
    在家门口享受到 or 补齐), the survey point is left out, and nobody is assumed a party member."""
    for seed in range(8):
        text = draft(parse_event(PROFESSIONALS), seed=seed).text
        assert not re.search("走村入户|招商引资|共产党员|共产党人|入党初心|分管", text), seed
        # (what they bring, or, when the event's asks say that, what their work is for: round 29)
        # (蓬岚旗 said twice by then is 我旗: voice.own_place)
        assert re.search("把桐屿区的好理念、好技术和好经验带到(?:蓬岚旗|我旗)|(?:把专业本领用在最需要的地方|多出成果、"
                         "多办实事|把一身本领用在群众最需要的地方|多解难题、多办实事)，让群众就近享受到更好的服务",
                         text), seed


# ------------------------------------------------------------------ round 21's reading

def _review_drafts(seeds=(None, 1, 2)):
    for p in sorted(REVIEW.glob("*.yaml")):
        e = load_event(p)
        for s in seeds:
            yield p.name, s, (draft(e) if s is None else draft(e, seed=s)).text


POINT_FIRST = re.compile(r"^(?:第[一二三四五六]，|[一二三四五六]是)[^。！]*[。！](我们还|我们也|在此基础上|还要)")
FOLLOWER = re.compile(r"^(?:我们还|我们也|在此基础上|还要)")


def test_no_paragraph_or_point_opens_on_a_sentence_written_to_follow_another():
    """A point's body whose first sentence the gate gave up opens on the next one, written to follow
    it (第一，突出产业协作，增强造血功能。我们也将用好…; 在此基础上，进一步…): it is opened plainly
    (我们将…, 我们将进一步…), never left with nothing before it, and never emptied."""
    for name, seed, text in _review_drafts():
        for line in text.splitlines():
            assert not POINT_FIRST.match(line) and not FOLLOWER.match(line), (name, seed, line)
            assert not re.fullmatch(r"(?:第[一二三四五六]，|[一二三四五六]是)[^。！]*[。！]", line), (name, seed, line)


def test_the_lead_rewrites_open_a_sentence_plainly():
    from drafter import api
    from drafter.drafting.gate import _gate_memo
    from drafter.errors import DrafterWarning
    lead = _gate_memo(data("eras")["gate"]).lead
    assert lead("我们也将用好两地资源。我们还会推动合作。") == "我们将用好两地资源。我们还会推动合作。"
    assert lead("在此基础上，我们将进一步完善联农带农机制。") == "我们将进一步完善联农带农机制。"
    assert lead("还要把纪律挺在前面。") == "要把纪律挺在前面。"
    assert lead("我们还是一家人。") == "我们还是一家人。"


def test_a_fact_with_its_own_time_is_not_led_by_the_pairings():
    """自2021年两地结对以来，今年以来已落实… (two times leading one clause): a cooperation's fact that
    opens on its own time is said after the pairing's clause, not inside it (round 21)."""
    from drafter.text.cnlang import dated
    assert dated("今年以来已落实财政帮扶资金4600万元") and dated("2025年帮助1200人就业")
    assert dated("五年来，累计投入资金2亿元") and dated("截至目前，引进企业12家")
    assert not dated("累计投入财政帮扶资金1.06亿元") and not dated("引导13家企业落户，完成投资7.8亿元")
    # one reading of N年来 (language.yaml years_since) both for whether a fact is dated and for the
    # voice that says its verb without its time (round 35: 两年来 had two patterns, four digits apart)
    from drafter.drafting.voice import _after_time
    from drafter.resources import data
    times = data("language")["fact_times"]
    for t in ("两年来", "五年以来", "多年来", "3年来，"):
        assert dated(t + "引进企业6家"), t
        assert _after_time(t + "引进企业6家", times) == "引进企业6家", t
    e = load_event(REVIEW / "114-news-zhitong-chenggang-signing.yaml")
    for s in range(6):
        text = draft(e, seed=s).text
        assert "今年以来已落实财政帮扶资金4600万元" in text
        assert not re.search(r"以来[^。；]*，今年以来", text), (s, text)


def test_a_draft_says_the_wider_fields_once_and_a_paragraph_today_and_must_once():
    """更宽领域、更深层次 in a point and again in the hopes; 今天… 今天的会… 今天，和大家…; 必将 three
    times in two paragraphs: round 21's reading of new events."""
    for name, seed, text in _review_drafts():
        assert len(re.findall(r"更(?:宽|广|多)领域|更(?:深|高)层次(?<!领域、更深层次)", text)) <= 2, (name, seed)
        assert len(re.findall(r"领域、更(?:深|高)层次", text)) <= 1, (name, seed)
        for para in text.splitlines():
            assert para.count("今天") <= 1 or para.startswith("今天晚上"), (name, seed, para)
            assert para.count("必将") <= 1, (name, seed, para)


def test_a_skeletons_choices_dated_at_once_as_one_by_one():
    """_dated keeps every choice in one test where no window names a period: the same choices as
    testing each option in its window, over the set language and the years around the eras."""
    from drafter.drafting.compose import _MARK, _dated, _dated_each, _split
    from drafter.resources import load_yaml, templates_dir

    def one_by_one(skel, groups, year):
        return _dated_each(skel.split(_MARK), groups, year)

    texts = {t for f in ("moves.yaml", "points.yaml") for t in strings_in(load_yaml(templates_dir() / f))}
    texts |= {"[脱贫攻坚|乡村振兴]取得[新成效|全面胜利]", "在[十四五|十五五]开局之年", "[打赢|打好]脱贫攻坚战"}
    dated = 0
    for text in sorted(texts):
        for skel, groups in _split(text):
            for year in (2019, 2021, 2024, 2026, 2027):
                expected = one_by_one(skel, groups, year)
                assert _dated.__wrapped__(skel, groups, year) == expected, (skel, year)
                dated += expected != groups
    assert dated      # (some choices do give way: the test reaches the slow path)


def test_one_fact_alone_is_not_led_by_a_line_of_the_whole_place():
    """近几年，我旗坚持以高质量发展统揽全局，旗第一中学高考本科上线率提高12个百分点 (round 21: a line
    of the whole place joined to one school's figure): one fact is said as it is."""
    e = load_event(REVIEW / "103-symposium-host-penglan-talents.yaml")   # (its other fact, 组团式帮扶…,
                                                                          # is said among the cooperation's)
    for s in range(8):
        text = draft(e, seed=s).text
        assert "旗第一中学高考本科上线率提高12个百分点" in text
        assert not re.search(r"(?:坚持|部署|抓落实|苦干|实干|奋进|奋斗|争先)[^。]{0,12}，旗第一中学", text), (s, text)


def test_a_long_reply_pledges_by_four_areas_in_four_points():
    """A reply asked 2,000 characters or more of an event that names four areas makes four points,
    announced as 四 (three points reached 2,500 only by saying an idea again); shorter, or with
    three areas, it keeps three."""
    e = ev("reply")
    assert len(e.cooperation.areas) == 4
    long_, short = draft(replace(e, length=2500), seed=3), draft(replace(e, length=1600), seed=3)
    assert re.search(r"^(?:四、|第四，|四是)", long_.text, re.M)
    assert re.search(r"四(?:点|个方面|层意思|句话)[^。]*：", long_.text)
    assert not re.search(r"^四、|^第四|^四是", short.text, re.M)
    three = replace(e, length=2500, cooperation=replace(e.cooperation, areas=e.cooperation.areas[:3]))
    assert not re.search(r"^四、|^第四|^四是", draft(three, seed=3).text, re.M)


def test_a_figure_of_sales_says_who_helped_sell():
    """两地共建产业园区9个，销售凉岫州农畜产品21亿元 (round 22: the sales said with 两地 as subject):
    the helper 帮助销售; 消费帮扶销售… takes 通过 (round 21)."""
    from drafter.drafting.voice import _agent

    assert _agent(("累计投入财政帮扶资金14.6亿元", "共建产业园区9个", "销售凉岫州农畜产品21亿元"), "我市", "凉岫州") \
        == "我市累计投入财政帮扶资金14.6亿元，两地共建产业园区9个，我市帮助销售凉岫州农畜产品21亿元"
    assert _agent(("累计投入资金2.1亿元", "消费帮扶销售岚榛农特产品4.2亿元"), "汀澜区", "岚榛县") \
        == "汀澜区累计投入资金2.1亿元，通过消费帮扶销售岚榛农特产品4.2亿元"


def test_a_long_welcome_makes_four_points():
    """A welcome asked 2,600 characters or more makes four points (three stopped near 2,600 of
    3,000); shorter, three."""
    e = ev("welcome")
    long_, short = draft(replace(e, length=3000), seed=3), draft(replace(e, length=1900), seed=3)
    assert re.search(r"^(?:四、|第四，|四是)", long_.text, re.M) and not re.search(r"^(?:五、|第五，|五是)", long_.text, re.M)
    assert not re.search(r"^(?:四、|第四，|四是)", short.text, re.M)


def test_a_leader_who_hoped_just_before_goes_on_with_huan_xiwang():
    """宓怀瑾希望…。宓怀瑾希望…。 (two sentences running on the same subject and verb, round 22's
    leftover): the second goes on 还希望…; a 希望 of another subject, or not just before, is left as it is."""
    from drafter import api
    from drafter.drafting.gate import _gate_memo
    from drafter.errors import DrafterWarning

    memo = _gate_memo(data("eras")["gate"])
    assert memo.again("甲。李明华希望两地携手。李明华希望滨江区继续支持。") == \
        "甲。李明华希望两地携手。李明华还希望滨江区继续支持。"
    assert memo.again("李明华希望两地携手。欧阳建国希望两地携手。") == "李明华希望两地携手。欧阳建国希望两地携手。"
    assert memo.again("李明华希望两地携手。据了解，…。李明华希望…。") == "李明华希望两地携手。据了解，…。李明华希望…。"
    # a report that gives the host leader a hope of their own and asks of the guest (review event 35)
    e = load_event(ROOT / "docs" / "review" / "events" / "35-news-new-full.yaml")
    hl = e.host.leaders[0].name
    both = 0
    for seed in range(8):
        text = draft(e, seed=seed).text
        assert not re.search(f"{hl}希望[^。]*。{hl}希望", text)
        # (two hopes running are one sentence, 希望…，并希望…, when the leader is named three times: round 29)
        both += f"{hl}还希望" in text or bool(re.search(f"{hl}希望[^。]*，并", text))
    assert both >= 2


def test_a_report_names_its_leader_once_for_two_sayings_or_two_hopes_running():
    """Round 29: 郝建疆 at the head of six sentences running. Two sayings running are one sentence
    (…，并强调，…), two hopes one (the side asked not named again); 说/介绍 do not go on so, a
    leader named less than three times is left as written, and the report never says 他."""
    from drafter.drafting.gate import one_voice

    sides = ("昭河县", "浦临区")
    text = ("郝建疆代表县委对代表团表示欢迎。郝建疆在讲话中表示，将用好帮扶资金。郝建疆强调，要让成果惠及群众。"
            "郝建疆希望浦临区继续给予支持。郝建疆还希望浦临区帮助打开市场。据了解，双方将举办展销周。")
    assert one_voice(text, "郝建疆", sides) == (
        "郝建疆代表县委对代表团表示欢迎。郝建疆在讲话中表示，将用好帮扶资金，并强调，要让成果惠及群众。"
        "郝建疆希望浦临区继续给予支持，并帮助打开市场。据了解，双方将举办展销周。")
    assert one_voice("甲表示，一。甲说，二。甲介绍，三。", "甲", sides) == "甲表示，一。甲说，二。甲介绍，三。"
    assert one_voice("甲表示，一。甲强调，二。", "甲", sides) == "甲表示，一。甲强调，二。"
    assert one_voice("甲希望昭河县甲。甲希望浦临区乙。甲强调，丙。", "甲", sides) == \
        "甲希望昭河县甲，并希望浦临区乙。甲强调，丙。"


def _round23(kind, **over):
    """A small event of round 23's audit, with the fields a test sets."""
    base = {"kind": kind, "event": {"name": "东西部协作联席会议", "date": "2026-05-10", "place": "沅溪县"},
            "speaker": {"name": "覃立群", "title": "县委书记", "side": "host"},
            "host": {"name": "湘南省沅溪县", "leaders": [{"name": "覃立群", "title": "县委书记"}]},
            "guest": {"name": "江浦市东湖区", "leaders": [{"name": "闵文博", "title": "区委书记"}]},
            "cooperation": {"since": 2021, "areas": ["产业协作", "劳务协作"]}}
    for k, v in over.items():
        base[k] = v
    import yaml
    return parse_event(yaml.safe_dump(base, allow_unicode=True), "round23.yaml")


def test_asks_and_plans_as_users_write_them_are_said_once_and_whole():
    """希望浦临区帮助… in asks was said 还希望浦临区希望浦临区…; a plan with its own subject or time
    (下半年双方将…, 浦临区将…) was said 昭河县接下来将下半年双方将… (round 23's events)."""
    e = _round23("welcome", asks=["希望东湖区继续帮助销售茶叶"],
                 plans=["下半年双方将联合举办茶叶展销周", "推动茶叶产业园二期开工"])
    for seed in range(4):
        text = draft(e, seed=seed).text
        assert "东湖区东湖区" not in text and "希望东湖区希望" not in text and "恳请东湖区希望" not in text
        assert "东湖区继续帮助销售茶叶" in text
        assert "下半年双方将联合举办茶叶展销周，我们将推动茶叶产业园二期开工。" in text
        assert "将下半年" not in text and "下一步，下半年" not in text


def test_a_plan_on_its_own_time_that_names_its_doer_takes_will_after_it():
    """2027年东湖区安排… in the guest's own reply was said 2027年，我们将我区安排… (review event 213): the
    doer it names keeps the place of the subject, 将 after it; a plan that says 将 itself is as it is."""
    e = _round23("reply", speaker={"name": "闵文博", "title": "区委书记", "side": "guest"},
                 plans=["2027年东湖区安排财政帮扶资金2600万元", "下半年双方将联合举办茶叶展销周"])
    n = _round23("news", plans=["2027年东湖区安排财政帮扶资金2600万元"])
    for seed in range(3):
        text = draft(e, seed=seed).text
        assert "2027年，我区将安排财政帮扶资金2600万元；下半年双方将联合举办茶叶展销周" in text
        assert "2027年，东湖区将安排财政帮扶资金2600万元" in draft(n, seed=seed).text


def test_a_symposiums_asks_told_alike_say_their_verb_once():
    """Two asks of no verb of their own were said 希望大家…；希望大家… (the example symposium): the
    verb once, short asks joined by a comma, long ones by a semicolon."""
    base = dict(event={"name": "挂职干部座谈会", "date": "2026-05-10", "place": "沅溪县"},
                cooperation={"since": 2021, "cadres": "挂职干部6名"})
    e = _round23("symposium", asks=["每季度报告一次工作情况", "按时参加政策理论学习"], **base)
    long = _round23("symposium", asks=["每季度向派出单位和我县组织部门报告一次工作情况",
                                       "按时参加我县组织的政策理论学习和业务培训活动"], **base)
    for seed in range(3):
        assert "：希望大家每季度报告一次工作情况，按时参加政策理论学习。" in draft(e, seed=seed).text
        assert ("：希望大家每季度向派出单位和我县组织部门报告一次工作情况；按时参加我县组织的政策理论学习和业务培训活动。"
                in draft(long, seed=seed).text)


def test_a_report_gives_the_plans_its_leaders_remarks_do_not_already_say():
    """One plan of three said in the host leader's remarks (推动茶叶产业园二期早日建成投产) left the
    report saying none of them (the gate dropped the sentence): the others are said, that one once."""
    e = _round23("news", host={"name": "湘南省沅溪县", "leaders": [{"name": "覃立群", "title": "县委书记"}],
                               "remarks": ["沅溪县将推动茶叶产业园二期早日建成投产"]},
                 plans=["抓好茶叶产业园二期建设", "在东湖区开设沅溪农特产品展销中心"])
    for seed in range(4):
        text = draft(e, seed=seed).text
        assert "在东湖区开设沅溪农特产品展销中心" in text
        assert "抓好茶叶产业园二期建设" not in text and text.count("茶叶产业园二期") == 1


def test_a_symposium_says_the_asks_it_is_given_to_the_cadres():
    """A symposium said none of the asks its event gave (round 23's events); each is said with its
    verb, an ask of none taking 希望大家."""
    e = _round23("symposium", event={"name": "挂职干部座谈会", "date": "2026-05-10", "place": "沅溪县"},
                 cooperation={"since": 2021, "cadres": "挂职干部6名"},
                 asks=["希望同志们站好最后一班岗", "严守纪律规矩"])
    for seed in range(3):
        text = draft(e, seed=seed).text
        assert "：希望同志们站好最后一班岗；希望大家严守纪律规矩。" in text


def test_a_reply_says_the_guests_own_facts():
    """A reply given guest.facts printed nothing (its facts had no place: exit 3, round 23's events)."""
    e = _round23("reply", speaker={"name": "闵文博", "title": "区委书记", "side": "guest"},
                 guest={"name": "江浦市东湖区", "leaders": [{"name": "闵文博", "title": "区委书记"}],
                        "facts": ["东湖区地处长江口南岸，是全市先进制造业的重要承载区"]})
    for seed in range(3):
        d = draft(e, seed=seed)
        assert "东湖区地处长江口南岸，是全市先进制造业的重要承载区" in d.text and not d.findings


def test_facts_with_their_own_commas_are_joined_by_semicolons():
    from drafter.drafting.voice import joined

    assert joined(["累计投入资金2亿元", "建成车间5个"]) == "累计投入资金2亿元，建成车间5个"
    assert joined(["产业协作方面，引进企业9家", "劳务协作方面，帮助2300人就业"]) == \
        "产业协作方面，引进企业9家；劳务协作方面，帮助2300人就业"


def test_a_follower_after_a_sentence_that_pledges_nothing_is_opened_plainly():
    """这些年，滨江区把…。我们还将… (还 with no pledge before it: round 23's golden) → 我们将…; after a
    pledge it stays."""
    from drafter import api
    from drafter.drafting.gate import _gate_memo
    from drafter.errors import DrafterWarning

    memo = _gate_memo(data("eras")["gate"])
    assert memo.follow("这些年，滨江区帮了我们很多。我们还将讲好协作故事。") == "这些年，滨江区帮了我们很多。我们将讲好协作故事。"
    assert memo.follow("我们将深化产业合作。我们还将讲好协作故事。") == "我们将深化产业合作。我们还将讲好协作故事。"


def test_a_results_list_names_the_helper_again_after_a_fact_with_its_own_subject_or_time():
    """Round 24: …建成茶叶加工厂2座，通过消费帮扶销售… read as the firms' sales; …加工园年加工能力达到1.5万吨，
    去年帮助… as the park's help; 两地…；今年以来帮助… as both sides'. Each fact is kept whole."""
    from drafter.drafting.voice import _agent

    assert _agent(("累计实施协作项目41个", "栖澄区企业在龙岜建成茶叶加工厂2座", "消费帮扶销售农特产品2.1亿元"),
                  "栖澄区", "龙岜县") == "累计实施协作项目41个，栖澄区企业在龙岜建成茶叶加工厂2座，栖澄区通过消费帮扶销售农特产品2.1亿元"
    assert _agent(("累计选派干部人才186人次", "协作共建的枸杞加工园年加工能力达到1.5万吨", "去年帮助丹湟县1200名群众就业"),
                  "渤宁区", "丹湟县") == \
        "渤宁区累计选派干部人才186人次，协作共建的枸杞加工园年加工能力达到1.5万吨，渤宁区去年帮助丹湟县1200名群众就业"
    assert _agent(("今年以来已落实财政帮扶资金4600万元",), "澄港区", "芷桐县") == "澄港区今年以来已落实财政帮扶资金4600万元"
    # (a list that goes on with its subject is not given it again; 共建 is both sides')
    assert _agent(("累计投入财政帮扶资金1亿元", "共建产业园2个", "实施协作项目58个"), "滨江区", "青山县") == \
        "滨江区累计投入财政帮扶资金1亿元，两地共建产业园2个，实施协作项目58个"


def test_a_symposium_says_the_plans_it_is_given():
    """A host's symposium said nothing of its plans for the cadres (为每位援派医生、教师安排一名本地结对
    徒弟…: round 24)."""
    e = _round23("symposium", event={"name": "援派人才座谈会", "date": "2026-05-10", "place": "沅溪县"},
                 cooperation={"since": 2021, "cadres": "14名医生、12名教师"},
                 plans=["为每位援派医生、教师安排一名本地结对徒弟"])
    for seed in range(3):
        assert "我们将为每位援派医生、教师安排一名本地结对徒弟。" in draft(e, seed=seed).text


# ------------------------------------------------------------------ round 25 (events 131–140)

def test_a_host_greets_none_of_the_guests_it_has_in_its_own_offices():
    """尊敬的邱副县长，同志们： from a county secretary to the sending side's team leader, who is his own
    county's 县委常委、副县长 (round 25); a visiting leader is still greeted."""
    seconded = {"name": "邱正楷", "title": "东湖区驻沅溪县工作组组长，沅溪县委常委、副县长"}
    e = _round23("symposium", event={"name": "挂职干部座谈会", "date": "2026-05-10", "place": "沅溪县"},
                 guest={"name": "江浦市东湖区", "leaders": [seconded]},
                 cooperation={"since": 2021, "cadres": "挂职干部6名"})
    assert draft(e, seed=1).text.splitlines()[3] == "同志们："
    e = _round23("symposium", event={"name": "挂职干部座谈会", "date": "2026-05-10", "place": "沅溪县"},
                 guest={"name": "江浦市东湖区", "leaders": [{"name": "严静澜", "title": "区委常委、组织部部长"},
                                                      seconded]},
                 cooperation={"since": 2021, "cadres": "挂职干部6名"})
    assert draft(e, seed=1).text.splitlines()[3] == "尊敬的严部长，同志们："


def test_a_heading_on_the_cadres_health_gets_a_body_about_it():
    """三是保重身体，安心工作。希望大家把这一条落实到…要多到基层一线调研… (round 25): the heading names
    the care topic, its body says it, and the wishes do not say 保重身体 again."""
    e = _round23("symposium", event={"name": "挂职干部座谈会", "date": "2026-05-10", "place": "沅溪县"},
                 cooperation={"since": 2021, "cadres": "挂职干部6名", "areas": ["产业协作"]},
                 points=[{"topic": "产业协作"}, {"heading": "保重身体，安心工作"}])
    for seed in range(4):
        text = draft(e, seed=seed).text
        lines = text.splitlines()
        at = next(i for i, line in enumerate(lines) if "保重身体，安心工作" in line)
        # (the body on the heading's line, 二是…。…, or on the next, under 二、…)
        point = lines[at] if len(lines[at]) > 12 else lines[at + 1]
        assert "这一条" not in point and re.search("劳逸结合|保重好身体|照顾好自己的身体", point), point
        assert "要遇到" not in point and "立足本职，注意" not in point
        rest = text[text.index(point) + len(point):]
        assert not re.search("保重(好)?身体|劳逸结合|照顾好自己", rest), rest


def test_a_report_says_a_leaders_thanks_once():
    """…表示感谢。党志远在讲话中表示，感谢海澍区长期以来的真情帮扶。 (round 25): a remark that thanks is
    the welcome line's thanks, on both sides."""
    e = _round23("news", event={"name": "东西部协作捐赠仪式暨项目签约会", "date": "2026-07-29", "place": "沅溪县"},
                 host={"name": "湘南省沅溪县", "leaders": [{"name": "覃立群", "title": "县委书记"}],
                       "remarks": ["感谢东湖区长期以来的真情帮扶", "沅溪县将管好用好每一笔帮扶资金"]},
                 guest={"name": "江浦市东湖区", "leaders": [{"name": "闵文博", "title": "区委书记"}],
                        "remarks": ["感谢沅溪县的热情接待", "东湖区将持续发力"]})
    for seed in range(3):
        text = draft(e, seed=seed).text
        # (a report names whose committee, 代表沅溪县委、县政府…, since round 51)
        assert re.search("覃立群代表沅溪县委、县政府和全县干部群众，对[^。]*表示[^。]*欢迎，并感谢东湖区长期以来的真情帮扶。", text)
        assert "闵文博感谢沅溪县的热情接待，对沅溪县" in text
        assert text.count("感谢") == 2, text
        # a ceremony and signing is held, and attended as a signing
        assert "签约会在沅溪县隆重举行" in text or "签约会在沅溪县举行" in text
        assert "出席会议" not in text and "召开" not in text


def test_a_fair_is_held_and_attended_as_an_event():
    from drafter.drafting.values import rotation, _venue

    assert _venue("闽澄区—岩溪县东西部劳务协作专场招聘会") == {"venue": "活动", "venue_at": "活动中", "convene": "举办"}
    assert _venue("东西部协作项目签约会") == {"venue": "签约会", "venue_at": "签约会上", "convene": "举行"}
    assert _venue("东西部协作高层联席会议") == {"venue": "会议", "venue_at": "会上", "convene": "召开"}
    assert _venue("捐赠仪式") == {"venue": "仪式", "venue_at": "仪式上", "convene": "举行"}


def test_a_plan_on_its_own_time_is_said_with_who_plans_it():
    """明年计划安排财政帮扶资金4800万元… with no one who plans (round 25) → 明年，我们计划安排…; a plan
    naming its own subject stays as it is."""
    e = _round23("reply", speaker={"name": "闵文博", "title": "区委书记", "side": "guest"},
                 plans=["明年计划安排财政帮扶资金4800万元", "下半年双方将联合举办茶叶展销周"])
    for seed in range(3):
        text = draft(e, seed=seed).text
        assert "明年，我们计划安排财政帮扶资金4800万元" in text and "下半年双方将联合举办茶叶展销周" in text


def test_a_results_list_opening_on_what_the_host_did_names_the_host():
    """两地协作成效明显，引进澜港区企业建设… (round 25: no one brought them in) → 我县引进…"""
    from drafter.drafting.voice import _agent

    assert _agent(("引进东湖区企业建设丝绸加工项目，带动蚕农4200户", "东湖区援派教师建成5个名师工作室"),
                  "东湖区", "我县") == "我县引进东湖区企业建设丝绸加工项目，带动蚕农4200户；东湖区援派教师建成5个名师工作室"


def test_no_set_sentence_nests_its_choices():
    """[a[b|c]|d] is not a choice the drafter reads: it printed its brackets into a draft (round 25's
    edit, caught before it landed). Every string of the set language opens and closes its choices
    one level deep."""
    import yaml

    from drafter.drafting.environment import choices_well_formed

    for name in ("moves.yaml", "points.yaml"):
        data_ = yaml.safe_load((ROOT / "templates" / name).read_text(encoding="utf-8"))
        for s in strings_in(data_):
            assert choices_well_formed(s), (name, s)
    assert [choices_well_formed(s) for s in ("[甲|乙]丙[丁|戊]", "[甲[乙|丙]|丁]", "[甲|乙", "甲]乙[", "无选项")] == \
        [True, False, False, False, True]


def test_round25_voice():
    """Round 25's wrong-side lines: a 市委常委、副市长 spoke for 市政府 alone; a county secretary told the
    cadres sent to him to train 当地 staff; a county head said 桃岑县的同志们 of his own people; a report
    named the visitor with his whole title twice running."""
    city = _round23("reply", speaker={"name": "陆知行", "title": "市委常委、副市长", "side": "guest"},
                    guest={"name": "澈江市", "leaders": [{"name": "陆知行", "title": "市委常委、副市长"}]})
    assert "代表澈江市委、市政府和全市人民" in draft(city, seed=1).text
    host = replace(city.host, short="沅溪县")
    assert represents("县委常委、组织部部长", host) == "县委组织部"
    sym = _round23("symposium", event={"name": "挂职干部座谈会", "date": "2026-05-10", "place": "沅溪县"},
                   cooperation={"since": 2021, "cadres": "挂职干部6名、专业技术人才12名", "areas": ["产业协作", "人才交流"]})
    for seed in range(4):
        text = draft(sym, seed=seed).text
        assert "当地" not in text and "沅溪县的同志们" not in text, seed
    news = _round23("news", event={"name": "劳务协作专场招聘会", "date": "2026-03-02", "place": "沅溪县"},
                    guest={"name": "江浦市东湖区", "leaders": [{"name": "林少川", "title": "区委常委、副区长"}]})
    text = draft(news, seed=1).text
    assert text.count("区委常委、副区长林少川") == 1 and "林少川一行" in text


def test_a_toast_welcomes_once():
    """今晚…热烈欢迎榆汐区各位领导一行 and then 表示热烈的欢迎 (round 25): the opening says who came."""
    for name in ("toast",):
        for seed in range(6):
            text = draft(ev(name), seed=seed).text
            opening = text.splitlines()[4]
            assert "欢迎" not in opening.split("。")[0], (seed, opening)


def test_round26_events():
    """Round 26's events: a heading of the writer's with a topic it does not name (拓展领域，互利共赢 +
    文旅协作) was refused (the topic was said nowhere); 双方商定的事项 of an event that signs nothing;
    让我们…举杯 before 现在，我提议：…干杯; a report's 全县… of no county; a pledge after 我们相信…."""
    e = _round23("welcome", points=[{"heading": "铭记深情，感恩奋进"},
                                    {"heading": "拓展领域，互利共赢", "topic": "文旅协作"}],
                 plans=["设立企业服务专班"])
    for seed in range(3):
        d = draft(e, seed=seed)
        assert re.search("(在文旅协作方面|围绕文旅协作)，", d.text) and not d.findings
        assert "商定" not in d.text
        hopes = d.text.splitlines()[-2]
        if re.search("我们(坚信|相信|深信|始终相信)，", hopes):
            assert re.search("我们(坚信|相信|深信|始终相信)，[^。]*。$", hopes), hopes
    for seed in range(6):
        text = draft(ev("toast"), seed=seed).text
        assert "举杯。" not in text
    news = _round23("news", host={"name": "湘南省沅溪县", "leaders": [{"name": "覃立群", "title": "县委书记"}],
                                  "facts": ["全县冷水鱼养殖规模达到3.2万吨"]})
    # (全县… by the place's name, not the name and 全县 both: round 31's events, 坳垌县全县…)
    t = draft(news, seed=1).text
    assert "沅溪县冷水鱼养殖规模达到3.2万吨" in t and "沅溪县全县" not in t


def test_round26_readers():
    """What round 26's readers counted: a results list's subject slipping (…建成油茶加工厂1座，去年通过消费帮扶
    销售… as the firms' sales; …进入200多家商超，去年组织…游客 as the kiwis'); 苏汀区组团式帮扶县第一中学以来，…
    with no 自; 提几点要求：要把…；希望大家… of two asks; 当地 of its own place in a host's welcome; officials'
    lines to teachers; a guest's 亲切的问候 to its hosts; 资金项目的支持 of an event that gives no funds."""
    from drafter.drafting.voice import _agent

    assert _agent(("潮汐区企业在松岗县建成油茶加工厂1座", "去年通过消费帮扶销售松岗县农产品1.3亿元"), "潮汐区", "我县") == \
        "潮汐区企业在松岗县建成油茶加工厂1座，潮汐区去年通过消费帮扶销售松岗县农产品1.3亿元"
    assert _agent(("凤岫猕猴桃进入汐潮区200多家商超", "去年组织汐潮区游客到凤岫县旅游3.5万人次"), "汐潮区", "我县") == \
        "凤岫猕猴桃进入汐潮区200多家商超，两地去年组织汐潮区游客到凤岫县旅游3.5万人次"
    assert _agent(("苏汀区组团式帮扶县第一中学以来，学校本科上线率提高11个百分点",), "苏汀区", "我县") == \
        "自苏汀区组团式帮扶县第一中学以来，学校本科上线率提高11个百分点"
    teachers = _round23("symposium", event={"name": "援派教师座谈会", "date": "2026-09-08", "place": "沅溪县"},
                        speaker={"name": "覃立群", "title": "县委副书记、县长", "side": "host"},
                        cooperation={"since": 2021, "areas": ["教育帮扶"], "cadres": "东湖区援派教师16名"},
                        asks=["要把先进的教学理念和方法带到课堂上", "每人至少带好两名本地青年教师"])
    for seed in range(4):
        text = draft(teachers, seed=seed).text
        assert "：希望大家把先进的教学理念和方法带到课堂上，每人至少带好两名本地青年教师。" in text
        assert "几点要求：" not in text and "两点" in text
        assert not re.search("政治判断力|斗争精神|干部人才|组织部门要|各乡镇、各部门|产业发展、就业增收", text), seed
    welcome = _round23("welcome", cooperation={"since": 2021, "areas": ["产业协作", "消费帮扶"],
                                               "facts": ["东湖区企业在沅溪县投资兴办产业项目37个"]})
    for seed in range(6):
        text = draft(welcome, seed=seed).text
        assert "当地" not in text and "资金和项目" not in text and "资金项目" not in text, seed
    reply = _round23("reply", speaker={"name": "闵文博", "title": "区委书记", "side": "guest"})
    for seed in range(6):
        assert "亲切的问候" not in draft(reply, seed=seed).text


def test_round26_repeats_and_a_paragraph_of_one_sentence():
    """我们深知… 我们深知… (the second was 我们也深知 until the follower rule took its 也); 回报 in the
    thanks, a point and the hopes; a welcome's one-sentence significance standing as a paragraph
    before the points' intro (round 26 and round 25's audit)."""
    e = load_event(REVIEW / "132-welcome-yunzhou-mayor-2027.yaml")
    for seed in range(8):
        text = draft(e, seed=seed).text
        assert len(re.findall("我们(也)?深知", text)) <= 1, seed
        assert len(re.findall("回报|作答", text)) <= 2, seed
        lines = text.splitlines()
        intro = next(i for i, ln in enumerate(lines) if ln.endswith("："))
        at = next(i for i in range(intro + 1, len(lines)) if lines[i].endswith("：") or "点" in lines[i][:30])
        before = lines[at - 1]
        assert len(re.findall("[。！？]", before)) > 1, (seed, before)


def test_round27_teachers_and_an_industry_point():
    """Round 27: sixteen seconded teachers were called 专业技术人才 and told to 对接…资源、市场, 发挥…科技、
    医疗等资源优势, 严以用权; a reply's 突出产业协作 had one line on research institutes."""
    teachers = _round23("symposium", event={"name": "组团式教育帮扶教师座谈会", "date": "2026-09-08", "place": "沅溪县"},
                        speaker={"name": "覃立群", "title": "县委副书记、县长", "side": "host"},
                        cooperation={"since": 2021, "areas": ["教育帮扶"], "cadres": "东湖区第三批援派教师16名"})
    for seed in range(6):
        text = draft(teachers, seed=seed).text
        assert "援派教师" in text and "专业技术人才" not in text, seed
        assert not re.search("资源、市场|科技、教育、医疗|严以用权|不同的领域", text), seed
    reply = _round23("reply", speaker={"name": "闵文博", "title": "区委书记", "side": "guest"},
                     cooperation={"since": 2021, "areas": ["产业协作", "消费帮扶"]})
    for seed in range(4):
        lines = draft(reply, seed=seed).text.splitlines()
        at = next(i for i, ln in enumerate(lines) if "产业协作" in ln[:14])
        body = lines[at][14:] if len(lines[at]) > 20 else lines[at + 1]
        assert "产业" in body or "企业" in body, (seed, body)


def test_a_teachers_symposium_says_mentoring_and_bringing_once():
    """苏汀区选派的援派教师 (选派 twice); 传帮带 in two points; 把…好理念、好经验带到… in a point and again in
    the closing (round 27's tree, read before the stop)."""
    e = load_event(REVIEW / "145-symposium-host-teachers-only.yaml")
    for seed in range(6):
        text = draft(e, seed=seed).text
        assert "选派的援派" not in text and text.count("传帮带") <= 1, seed


def test_a_reports_facts_of_the_occasion_are_said_at_it():
    """据了解，两地自2021年结对以来…；38家企业带来就业岗位2600余个，现场达成就业意向860人 was read as five
    years' totals (rounds 25, 26, 27): facts of the occasion itself are said at it."""
    e = load_event(REVIEW / "138-news-jobfair-moderate.yaml")
    for seed in range(6):
        text = draft(e, seed=seed).text
        assert re.search("结对以来[^。]*。活动中，38家闽澄区企业带来就业岗位2600余个，现场达成就业意向860人。", text), seed


def test_round28_readers():
    """Round 28: 喜迎榆汐区各位领导一行 (各位 and 一行 twice); 通过展销会…等平台 (a fair is no 平台)."""
    e = load_event(REVIEW / "140-toast-host-minimal-ziyan.yaml")
    for seed in range(6):
        assert "各位领导一行" not in draft(e, seed=seed).text, seed
    for name in ("welcome", "reply"):
        for seed in range(6):
            assert "等平台" not in draft(ev(name), seed=seed).text


def test_a_teachers_symposium_speaks_of_their_classrooms_and_juniors():
    """Round 28: a symposium for sixteen seconded teachers said nothing of 课堂 or 青年教师 (the officials'
    bridging point instead): professionals only get a point of their own teaching or clinical work."""
    e = load_event(REVIEW / "145-symposium-host-teachers-only.yaml")
    for seed in range(6):
        text = draft(e, seed=seed).text
        assert "本地青年教师" in text.split("此外")[0].split("另外")[0].split("同时，我再")[0], seed
        assert not re.search("反馈给派出单位|发展需求及时|宣传协作中的先进典型", text), seed


def test_a_host_hopes_with_its_guests_not_of_both_sides():
    """希望两地不断深化交流合作 in a host's welcome (round 28: the host is one of the two, 希望双方 reads as a
    third party's): the host says 我们期待与{guest}…."""
    for seed in range(8):
        text = draft(ev("welcome"), seed=seed).text
        assert not re.search("希望(两地|双方)(持续|不断|把)", text), seed


def test_round29_30_facts_in_the_speakers_voice():
    """The cooperation's facts said by whoever speaks: a guest's own place 我区, not its name (渤宁区
    累计选派…，去年帮助…到渤宁区就业, round 30), its own firms 引导…到…落户, not 引进 (round 29; where they settled, round 37), and a side
    that organised its own people not named twice (汐潮区去年组织汐潮区游客…); the draft still carries
    the event's facts (the faithfulness check reads them with the sides' names set aside)."""
    from drafter.drafting.voice import _agent

    assert _agent(("渤宁区累计选派挂职干部186人次", "去年帮助丹湟县1200名群众到渤宁区就业"), "我区", "丹湟县", "渤宁区",
                  "丹湟县") == "我区累计选派挂职干部186人次，去年帮助丹湟县1200名群众到我区就业"
    assert _agent(("共建茶叶精深加工园，引进海晏区企业5家",), "我区", "石阡岭县", "海晏区", "石阡岭县") == \
        "共建茶叶精深加工园，引导我区5家企业到石阡岭县落户"
    assert _agent(("凤岫猕猴桃进入汐潮区200多家商超", "去年组织汐潮区游客到凤岫县旅游3.5万人次"), "汐潮区", "我县",
                  "汐潮区", "凤岫县") == "凤岫猕猴桃进入汐潮区200多家商超，汐潮区去年组织游客到我县旅游3.5万人次"
    # a report keeps every name (no one speaks)
    assert _agent(("去年组织汐潮区游客到凤岫县旅游3.5万人次",), "汐潮区", "凤岫县", "汐潮区", "凤岫县") == \
        "去年组织汐潮区游客到凤岫县旅游3.5万人次"
    e = _round23("reply", speaker={"name": "闵文博", "title": "区委书记", "side": "guest"},
                 cooperation={"since": 2021, "areas": ["产业协作"],
                              "facts": ["东湖区累计投入财政帮扶资金1.2亿元", "引进东湖区企业6家"]})
    for seed in range(4):
        d = draft(e, seed=seed)
        assert d.findings == [] and "我区累计投入财政帮扶资金1.2亿元" in d.text and "引导我区6家企业到沅溪县落户" in d.text
        assert "两地携手推进协作" not in d.text and "两地协作扎实推进，" not in d.text


def test_round29_30_an_event_with_no_cooperation_implies_none():
    """A toast, welcome or reply of an event that gives no cooperation at all says no 结对以来, no years of
    help, no 并肩奋斗 (round 29: 一直以来倾心支持…, 自两地结对以来; round 30: 在并肩奋斗中…凝聚起来的)."""
    for kind in ("toast", "welcome", "reply"):
        side = "guest" if kind == "reply" else "host"
        e = _round23(kind, cooperation={}, speaker={"name": "覃立群" if side == "host" else "闵文博",
                                                    "title": "县委书记" if side == "host" else "区委书记", "side": side})
        for seed in range(6):
            text = draft(e, seed=seed).text
            assert not re.search("结对以来|携手以来|一直以来|长期以来|多年来|并肩奋斗中|卓有成效的工作", text), (kind, seed)


def test_round30_what_a_core_sentence_cannot_help_saying_is_said_once():
    """A core sentence that says an idea in every wording it has wins over an optional one before it
    that says it too (round 30: the review's 把我们的难事当作自己的事, then a point's core 把我们的困难
    当作自己的困难): the gate reads that idea as said from the start."""
    e = load_event(REVIEW / "81-welcome-city-2027.yaml")
    for seed in (57, 1, 2):
        text = draft(e, seed=seed).text
        assert len(re.findall("当作自己的(?:事业|事|困难)|自家的事", text)) <= 2, seed
        assert not re.search("当作自己的困难[^。]*。[^。]*当作自己的事(?!业)|当作自己的事(?!业)[^。]*。[^。]*当作自己的困难", text)


def test_a_report_of_an_occasion_on_the_guests_ground():
    """A fair of the host county's products held in the helping district (event.place is the guest):
    the district receives and welcomes, the county thanks; nobody thanks the county for its reception
    (round 31's event 158: 海文珍…对庄一帆一行的到来表示热烈欢迎 in 庄一帆's own district)."""
    e = load_event(REVIEW / "158-news-shayuan-consumption-fair-moderate.yaml")
    for seed in range(6):
        text = draft(e, seed=seed).text
        assert "对庄一帆一行" not in text and "热情接待" not in text and "的到来表示热烈欢迎，对禺汐区" not in text, seed
        assert re.search("海文珍代表[^。]*对禺汐区[^。]*表示(?:衷心)?感谢", text), seed
        assert re.search("庄一帆对海文珍一行的到来表示(?:热烈)?欢迎", text), seed


# ------------------------------------------------------------------ the stage of the cadres' term

from drafter.drafting.values import event_values, rotation, stage  # noqa: E402

# what only a symposium at the cadres' arrival says (issue: a 欢送座谈会 was drafted as a 见面会)
ARRIVAL_LINES = ("尽快进入角色", "见面会", "从今天起", "大家的到来", "带过来", "新的身份", "首先要了解这里的基本情况")


def _renamed(e, name):
    """The event held at another stage; its own points dropped (the example's are an arrival's, 尽快融入
    当地 and 带过来 in the writer's words, which a draft says as given)."""
    return replace(e, event=replace(e.event, name=name), points=())


def test_the_stage_words_of_the_occasions_name_choose_the_stage():
    for name in ("澄港区援派干部人才欢送座谈会", "挂职干部期满总结座谈会", "援派干部送别座谈会", "挂职干部返程座谈会",
                 "挂职干部离任座谈会", "援派医生期满欢送会"):
        assert stage(name) == "farewell", name
    for name in ("澄港区第六批援派干部人才欢迎座谈会", "挂职干部见面座谈会", "援派干部报到座谈会", "挂职干部岗前培训座谈会",
                 "专业技术人才入职座谈会"):
        assert stage(name) == "arrival", name
    for name in ("淮汐区看望慰问赴昌宁县挂职干部和专业技术人才座谈会", "东西部协作工作推进座谈会", "挂职干部中期座谈会"):
        assert stage(name) == "midterm", name
    # a name that says no stage is an arrival: the kind's drafts of such names are what they were
    for name in ("东西部协作挂职干部座谈会", "澜港区挂职干部和专业技术人才座谈会", "钱屿区组团式帮扶医疗教育人才座谈会"):
        assert stage(name) == "arrival", name
    # (the farewell's words are read first: 欢送 is not 欢迎)
    # a handover (轮换, 交接, 欢迎欢送) welcomes the coming batch, whom the event's cadres are, and thanks
    # the leaving one (round 60 read 欢送第五批… of the batch that had just come; round 58, a rotation drafted
    # as a farewell only)
    for name in ("第六批挂职干部轮换交接座谈会", "挂职干部轮换暨欢迎座谈会", "挂职干部欢迎欢送座谈会"):
        assert stage(name) == "arrival" and rotation(name), name
    assert not rotation("澄港区援派干部人才欢送座谈会") and not rotation("挂职干部见面座谈会")
    v = event_values(load_event(REVIEW / "161-symposium-host-farewell-mianlan-cadres-doctors.yaml"))
    assert (v["arrival"], v["midterm"], v["farewell"]) == ("", "", "yes")
    v = event_values(ev("symposium"))
    assert (v["arrival"], v["midterm"], v["farewell"]) == ("yes", "", "")
    v = event_values(load_event(REVIEW / "162-symposium-guest-midterm-ruijiang-orgchief.yaml"))
    assert (v["arrival"], v["midterm"], v["farewell"]) == ("", "yes", "")


def _farewells():
    """Farewell symposia: the review's host farewells, the example's and a guest's seen off."""
    return [load_event(REVIEW / "161-symposium-host-farewell-mianlan-cadres-doctors.yaml"),
            load_event(REVIEW / "163-symposium-host-farewell-minimal-liaosha.yaml"),
            _renamed(ev("symposium"), "东西部协作挂职干部期满欢送座谈会"),
            _renamed(load_event(REVIEW / "146-symposium-guest-org-head-mixed.yaml"), "淮汐区援派昌宁县干部人才期满欢送座谈会"),
            _renamed(load_event(REVIEW / "145-symposium-host-teachers-only.yaml"), "苏汀区支教教师欢送座谈会")]


def test_a_farewell_symposium_says_no_arrival_line_and_makes_the_farewell_moves():
    for e in _farewells():
        host = e.speaker.side == "host"
        for seed in range(5):
            text = draft(e, seed=seed).text
            said = [w for w in ARRIVAL_LINES if w in text]
            assert said == [], (e.event.name, seed, said)
            # nothing of the term's start (提几点希望 to cadres who are to 尽快熟悉情况, 挂职期间工作顺利)
            assert not re.search("熟悉情况|进入角色|挂职期间[^。]*工作顺利|欢迎大家来到|大家来得正是时候", text), (e.event.name, seed)
            # thanks for the term's work, and an invitation to come back
            if host:
                assert re.search("感谢大家[^。！]*(?:付出|心血)", text), (e.event.name, seed)
                assert "即将返回" in text, (e.event.name, seed)
            else:
                assert re.search("(?:大家|同志们)辛苦了", text) and "回家" in text, (e.event.name, seed)
            # (the host asks them back; the sending side, since round 72, asks them to keep the place in mind:
            # 常回达嵛旗看看 in its mouth was read as the host's invitation)
            # (said once, in a point or in the closing: 我县永远欢迎大家回来 in a point, session 24)
            assert re.search("常回[^。！]{0,6}看看|常回[^。！]{0,6}走走|永远欢迎大家回来|大门永远[^。！]{0,6}敞开" if host else
                             "常回[^。！]{0,6}看看|常回[^。！]{0,6}走走|常关心", text), (e.event.name, seed)
            assert re.search("一路平安|旅途平安|一路顺风|归途顺利", text), (e.event.name, seed)


def test_a_farewell_thanks_for_the_terms_results_the_event_gives_and_no_other():
    e = load_event(REVIEW / "161-symposium-host-farewell-mianlan-cadres-doctors.yaml")
    for seed in range(4):
        d = draft(e, seed=seed)
        # the event's results said, then what the cadres put in them; its ask of 站好最后一班岗 said
        assert "带动茶农3600户" in d.text and "开展新技术新项目27项" in d.text, seed
        # (not 这些变化: results are no changes, round 79's 514; session 27 took it out of the wordings)
        assert re.search("27项。这(?:其中|里面)，|这一项项成果|这些实实在在的成果|成绩的取得|这一个个数字的背后|每一项成果的取得|这些成果的背后", d.text), seed
        assert "站好最后一班岗，做好工作交接" in d.text, seed
        # a farewell's own points: what they leave behind and take home, not 调查研究 on arrival
        assert "继续" in d.text and not re.search("找准定位|打开局面", d.text), seed
        # a full farewell reaches the kind's length (2,000 asked)
        assert [f.rule for f in d.findings] == [] and d.length >= 1700, (seed, d.length, d.findings)
    thin = load_event(REVIEW / "163-symposium-host-farewell-minimal-liaosha.yaml")
    for seed in range(4):
        text = draft(thin, seed=seed).text
        # no results given: no 成绩 nor 这其中凝聚着…, no years (三年来) the event does not give
        assert not re.search("成绩|这一项项成果|这(?:其中|里面)，|[一二三四五六七八九十]年来|多年来", text), seed


def test_a_farewell_asks_a_handover_only_when_the_event_does():
    e = _renamed(ev("symposium"), "东西部协作挂职干部期满欢送座谈会")
    assert not e.asks or not any("交接" in a or "最后一班岗" in a for a in e.asks)
    for seed in range(5):
        text = draft(e, seed=seed).text
        assert "最后一班岗" not in text and "交接" not in text, seed


def test_a_midterm_symposium_says_neither_arrival_nor_farewell_lines():
    for e in (_renamed(ev("symposium"), "东西部协作挂职干部工作推进座谈会"),
              load_event(REVIEW / "162-symposium-guest-midterm-ruijiang-orgchief.yaml")):
        for seed in range(5):
            text = draft(e, seed=seed).text
            assert [w for w in ARRIVAL_LINES if w in text] == [], (e.event.name, seed)
            assert not re.search("一路平安|旅途平安|常回[^。！]{0,6}看看|即将返回|欢送", text.split("\n", 1)[1]), (e.event.name, seed)


def test_an_arrival_symposium_is_drafted_as_before():
    """The stages gate lines and add positions only at mid-term and farewell: an arrival's draft (an
    unmarked name, 见面, 欢迎) is the one it was, arrival lines and all, and says nothing of a farewell."""
    golden = (ROOT / "tests" / "golden" / "symposium-seed2026.txt").read_text(encoding="utf-8")
    assert draft(ev("symposium"), seed=2026).text.strip() in golden
    seen = set()
    for e in (ev("symposium"), load_event(REVIEW / "113-symposium-host-zhitong-secretary-full.yaml"),
              load_event(REVIEW / "15-symposium-host-minimal.yaml"), load_event(REVIEW / "108-symposium-host-orgchief-xiuyun.yaml")):
        for seed in range(5):
            text = draft(e, seed=seed).text
            seen |= {w for w in ARRIVAL_LINES if w in text}
            assert not re.search("一路平安|旅途平安|即将返回|欢送|送别", text), (e.event.name, seed)
    # the arrival lines are still said at arrival
    assert {"大家的到来", "见面会"} & seen and {"进入角色", "熟悉情况"} & {w[2:] for w in seen} | seen, seen


def test_round32_facts_framed_by_what_they_open_on():
    """Round 32: a fact that opens on a verb is both sides' (两地携手共建…), one that opens on a thing
    comes after 在两地共同推动下 (not 两地同心协力，白峪彝绣…), a report's fact that opens on the occasion's
    noun is 本次展销会… (not 活动中，展销会…), what the host did after a clause of both has the host as its
    subject (…，我州引进临滢市企业9家), and the other side's 全县… follows its name once."""
    from drafter.drafting.voice import _agent

    assert _agent(("共建牦牛肉精深加工园区1个，引进临滢市企业9家",), "临滢市", "我州", "临滢市", "曲绒州") == \
        "共建牦牛肉精深加工园区1个，我州引进临滢市企业9家"
    text = draft(load_event(REVIEW / "158-news-shayuan-consumption-fair-moderate.yaml")).text
    assert "本次展销会设展位86个" in text and "活动中，展销会" not in text
    for seed in range(4):
        text = draft(load_event(REVIEW / "153-reply-ruiwan-district-head-answers-full.yaml"), seed=seed).text
        assert "磐川县全县" not in text, seed
    toast = _round23("toast", speaker={"name": "闵文博", "title": "区委书记", "side": "guest"},
                     event={"name": "欢迎晚宴", "date": "2026-05-10", "place": "沅溪县"},
                     cooperation={"since": 2021, "facts": ["沅溪茶叶已在东湖区开设展销门店6家"]})
    for seed in range(6):
        text = draft(toast, seed=seed).text
        assert "沅溪茶叶已在我区开设展销门店6家" in text, seed
        assert not re.search("(?:携手共进|并肩前行|同心协力)，沅溪茶叶", text), seed


def test_every_condition_and_placeholder_of_the_set_language_is_a_value_the_events_give():
    """A misspelt {?flag} or {placeholder} is never given, so its sentence is silently never said:
    every name the built-in set language uses (negated {?!flag} too) is one the drafter computes."""
    from drafter.drafting.compose import CONDITION_RE, PLACEHOLDER_RE

    import yaml

    # filled where they are used, not from the event's values: the points' count, a bank quote in its
    # frame, a topic's name in its heading, the verb of a report's title, a plan's verb phrase, an area as what a
    # course's trainees learn for (compose._trainee_words)
    known = {"n", "q", "topic", "verb", "vp", "as"}
    for f in sorted(REVIEW.glob("*.yaml")) + sorted((ROOT / "examples").glob("*.yaml")):
        known |= set(event_values(load_event(f)))
    used: dict[str, str] = {}
    for name in ("moves", "points"):
        for s in strings_in(yaml.safe_load((ROOT / "templates" / f"{name}.yaml").read_text(encoding="utf-8"))):
            for key in CONDITION_RE.findall(s):
                used.setdefault(key.lstrip("!"), s)
            for key in PLACEHOLDER_RE.findall(CONDITION_RE.sub("", s)):
                used.setdefault(key, s)
    unknown = {k: s for k, s in used.items() if k not in known}
    assert unknown == {}
    # and the negation is read as one: {?!farewell} is said where {?farewell} is not
    from drafter.drafting.compose import _fill

    assert _fill("{?!farewell}甲", {"farewell": ""}) == "甲"
    assert _fill("{?!farewell}甲", {"farewell": "yes"}) is None
    assert _fill("{?farewell}{?!arrival}乙", {"farewell": "yes", "arrival": ""}) == "乙"


def test_an_aid_to_tibet_occasion_is_not_called_east_west_cooperation():
    """An event whose own words name another pairing programme (援藏干部, 援藏工作组组长) is said in
    that programme's name, never 东西部协作 nor its 常态化帮扶 stage (round 29's reader); an East–West
    event keeps its words."""
    tibet = load_event(REVIEW / "136-symposium-guest-lvting-deputy.yaml")
    assert event_values(tibet)["programme"] == "对口援藏"
    said = [draft(tibet, seed=s).text for s in range(6)]
    assert not any("东西部协作" in t or "常态化帮扶" in t for t in said)
    assert any("对口援藏" in t for t in said)
    east_west = load_event(REVIEW / "162-symposium-guest-midterm-ruijiang-orgchief.yaml")
    assert event_values(east_west)["programme"] == ""
    assert any("东西部协作" in draft(east_west, seed=s).text for s in range(6))


def test_round33_farewell_and_midterm():
    """Round 33's reader: a farewell credited the group with 结对带教/带徒弟/接力奋斗/一批惠民项目 the
    event does not give, said its heading's words again in the body (再立新功 under 再立新功), and a
    minimal farewell left out the term's results without a warning; a mid-term visit to 3 cadres and
    15 teachers had nothing for the teachers."""
    from drafter import api
    from drafter.drafting.gate import _gate_memo
    from drafter.errors import DrafterWarning

    farewell = load_event(REVIEW / "161-symposium-host-farewell-mianlan-cadres-doctors.yaml")
    memo = _gate_memo(data("eras")["gate"])
    for seed in range(4):
        d = draft(farewell, seed=seed)
        assert not re.search("结对带教|带徒弟|接力奋斗|一批惠民项目|教学方法|好山好水[^。]*市场", d.text), seed
        # no point body says four characters of its own heading (the genre's common words apart)
        for heading, body in re.findall(r"^[一二三]、(.+)\n(.+)$", d.text, flags=re.M):
            grams = memo.grams((), 4)
            assert grams[heading].isdisjoint(grams[body]), (seed, heading)
    minimal = load_event(REVIEW / "163-symposium-host-farewell-minimal-liaosha.yaml")
    with pytest.warns(DrafterWarning):
        said = api.draft(minimal).warnings
    assert len(said) == 1 and "协作成效（cooperation.facts）" in said[0] and "面积" not in said[0], said
    midterm = load_event(REVIEW / "162-symposium-guest-midterm-ruijiang-orgchief.yaml")
    for seed in range(4):
        text = draft(midterm, seed=seed).text
        assert re.search("在座的(?:各位)?(?:援派)?教师", text), seed
        assert "干部队伍中的一员" not in text and "舍小家、顾大家" not in text, seed


def test_a_host_names_its_own_place_twice_then_says_wo_xian():
    """Round 32's readers: 乌尔图旗 twenty times in one welcome. A host's speech names its place in its
    body twice, then says 我旗/我县 — except inside the occasion's name, the event's own point words and
    where the name is part of a longer word (县委, 政府, …籍, …人 but not 人民)."""
    from drafter.drafting.voice import own_place

    texts = {"a": "欢迎来到沔岚县。沔岚县是好地方。", "b": "沔岚县的产业、沔岚县委的部署、沔岚县人民、沔岚县籍务工人员和沔岚县挂职座谈会。"}
    said = own_place(texts, ["a", "b"], "沔岚县", "我县", 2, ("沔岚县挂职座谈会",))
    assert said == {"a": "欢迎来到沔岚县。沔岚县是好地方。",
                    "b": "我县的产业、沔岚县委的部署、我县人民、沔岚县籍务工人员和沔岚县挂职座谈会。"}
    for f in sorted(REVIEW.glob("*.yaml")):
        e = load_event(f)
        if e.kind == "news" or e.speaker.side != "host":
            continue
        lines = draft(e).text.split("\n")[4:]
        # (headings, on their own line or leading their point, 第三，牵挂溆岚县…。, are not counted)
        body = "\n".join(re.sub("^(?:第[一二三四五六]，|[一二三四五六]是)[^。]*。", "", x)
                         for x in lines if not re.match("^[一二三四五六]、", x)).replace(e.event.name, "")
        # (nor the names of what is signed or visited, kept whole since round 53: 泱浦区—勐琅县…协议)
        for name in (*e.visit.signings, *e.visit.sites):
            body = body.replace(name, "")
        # (an institution's name keeps the place, 剑岙县第一中学: not counted, round 51)
        assert len(re.findall(re.escape(e.host.short) + "(?!" + _NAME_BOUND.pattern + ")", body)) <= 4, f.name


def test_round36_a_heading_given_alone_is_matched_by_its_words_not_told_to_be_carried_out():
    """Round 36: the event's heading 携手九载，情深谊长 (no body) got 我们将把这一点落到实处，细化举措… — a
    task's words for a heading of feeling. The friendship point is known by such words (match:) and
    lends its body; the generic 这一点 body is not said of it."""
    e = load_event(REVIEW / "123-welcome-longba-yao-county-head-points.yaml")
    for seed in range(4):
        text = draft(e, seed=seed).text
        lines = text.split("\n")
        k = next(i for i, x in enumerate(lines) if "携手九载，情深谊长" in x)
        # (its body on the heading's line, or on the next when the heading stands alone: 一、…)
        line = lines[k] if len(lines[k]) > 20 else lines[k] + lines[k + 1]
        assert "这一点" not in line and "落到实处" not in line and len(line) > 40, (seed, line)


def test_round38_counts_facts_plans_and_ranks_are_said_as_a_writer_says_them():
    """Round 38's 病句 and invented lines, each pinned where the drafter words it: 9名其中医生 (a count
    moved across 其中); 我县2025年…增长7.1%，新建改建农村公路310公里 (a fact of no year read as of 2025);
    今年内建成投用…，我们将… (a plan of no subject read as done); 荣获国家重点生态功能区…称号 (a designation
    is not an honour); 自2021年结对以来…；2021年以来禾汀区累计投入… (the pairing's year twice)."""
    from drafter.drafting.types import Party
    from drafter.drafting.voice import _since_dropped, _subject, _subject_after_time
    from drafter.text.cnlang import counts_first
    assert counts_first("淮锡市第五批援藏干部人才21名，其中医生9名、教师6名") == \
        "淮锡市第五批21名援藏干部人才（其中9名医生、6名教师）"
    assert counts_first("选派的挂职干部6名、专业技术人才41名") == "选派的6名挂职干部、41名专业技术人才"
    assert counts_first("第五批挂职干部9名") == "第五批9名挂职干部"
    county = Party(name="某省某市柘阳县", short="柘阳县")
    # (round 39: in the order of time, years first and oldest first, then what stands now with its own
    # subject: …辣椒种植面积稳定在12万亩；2019年脱贫摘帽 read 2019年脱贫摘帽 as the crops')
    assert _subject(county, ("2025年地区生产总值增长7.1%", "新建改建农村公路310公里"), "我县") == \
        "我县2025年地区生产总值增长7.1%；全县新建改建农村公路310公里"
    assert _subject(county, ("全县刺梨种植面积达到31万亩", "2019年脱贫摘帽", "2025年收入增长8.1%"), "我县") == \
        "我县2019年脱贫摘帽；2025年收入增长8.1%；全县刺梨种植面积达到31万亩"
    assert _subject(county, ("2025年收入增长8.1%", "2019年脱贫摘帽"), "我县") == "我县2019年脱贫摘帽；2025年收入增长8.1%"
    assert _subject(county, ("新建改建农村公路310公里", "县人民医院通过三级医院评审"), "我县") == \
        "我县新建改建农村公路310公里，县人民医院通过三级医院评审"
    asking = data("language")["asking"]
    assert _subject_after_time("今年内建成投用富硒茶冷链仓储物流中心", "我们", asking) == \
        "今年内，我们将建成投用富硒茶冷链仓储物流中心"
    assert _subject_after_time("明年计划安排财政帮扶资金4800万元", "我们", asking) == "明年，我们计划安排财政帮扶资金4800万元"
    assert _subject_after_time("下半年双方将联合举办展销周", "我们", asking) == "下半年双方将联合举办展销周"
    assert _since_dropped("2021年以来禾汀区累计投入财政帮扶资金3.74亿元", 2021) == "禾汀区累计投入财政帮扶资金3.74亿元"
    assert _since_dropped("2020年以来禾汀区累计投入财政帮扶资金3.74亿元", 2021) == "2020年以来禾汀区累计投入财政帮扶资金3.74亿元"
    e = load_event(REVIEW / "174-welcome-host-zheyang-secretary-full.yaml")
    news = load_event(REVIEW / "157-news-aodong-heting-signing-donation-full.yaml")
    for seed in range(4):
        text = draft(e, seed=seed).text
        assert "今年内，我们将建成投用富硒茶冷链仓储物流中心" in text, seed
        assert "荣获国家重点生态功能区" not in text and "获评国家重点生态功能区" not in text, seed
        report = draft(news, seed=seed).text
        assert "2021年以来禾汀区" not in report and "禾汀区累计投入财政帮扶资金3.74亿元" in report, seed


def test_round38_the_set_language_presumes_no_path_found_and_no_experience_formed():
    """Round 38 read 走出了一条…的路子, 把协作中形成的好经验…固定下来 and 系统总结协作中的有效做法 as results
    the event does not give; 历经风雨的洗礼 of a pairing of no year; 帮扶义重 with no pairing given. None
    is in the set language now, and the last two only where the event gives what they presume."""
    def said_lines(name):      # (the set language, not the comments that quote what was read)
        text = (ROOT / "templates" / name).read_text(encoding="utf-8")
        return "\n".join(x for x in text.splitlines() if not x.lstrip().startswith("#"))
    moves, points = said_lines("moves.yaml"), said_lines("points.yaml")
    for said in ("走出了一条", "协作中形成的", "总结协作中的", "总结推广]协作中的"):
        assert said not in moves and said not in points, said
    assert all(line.lstrip(' -"').startswith("{?many_years}") for line in moves.splitlines() if "风雨的洗礼" in line)
    assert all("{?paired}" in line for line in moves.splitlines() if "帮扶义重" in line)


def test_round39_a_report_says_the_days_figures_after_the_venue_and_the_totals_before_it():
    """Round 39's event held in the east: 活动中，汐湖区累计帮助勐岚县7400余名农村劳动力… said years of help
    as the day's. A total (累计…) or a fact of its own time is the cooperation's, said before the venue;
    the rest, marked or not (38家企业带来就业岗位2600余个), is the day's. A count is not a time (38家…)."""
    from drafter.text.cnlang import dated
    assert not dated("38家闽澄区企业带来就业岗位2600余个") and dated("3月签订采购协议") and dated("2025年帮助1200人就业")
    e = load_event(REVIEW / "190-news-menglan-xihu-labor-fair-east.yaml")
    for seed in range(4):
        text = draft(e, seed=seed).text
        assert "活动中，汐湖区累计" not in text and "汐湖区累计帮助勐岚县7400余名农村劳动力到汐湖区稳岗就业。本次展销会" in text, seed
    jobs = draft(load_event(REVIEW / "138-news-jobfair-moderate.yaml"), seed=0).text
    assert "38家闽澄区企业带来就业岗位2600余个，现场达成就业意向860人" in jobs



def test_round39_a_farewell_dinner_sees_guests_off_and_the_voices_hold():
    """Round 39: a host's 欢送晚宴 toast said 今晚，…一行来到镇岭县, 表示热烈的欢迎 and 多看一看 (not kept);
    a host told departing cadres of another place 具体要求; a city's reply to a city read the host's
    全市… as its own; 2027年安排…, an ask of the host after one of both (…；做好务工人员组织输出), 引进
    我区企业 in the helper's own symposium, and 欢迎同志们回家 before they had left."""
    from drafter.drafting.voice import _subject_after_time, own_firms
    toast = draft(load_event(REVIEW / "192-toast-host-zhenling-farewell-dinner.yaml")).text
    assert "送行" in toast or "饯行" in toast
    for said in ("热烈的欢迎", "诚挚的欢迎", "来到镇岭县", "多看一看", "多走走", "接风", "有朋自远方来"):
        assert said not in toast, said
    farewell = draft(load_event(REVIEW / "188-symposium-host-xulan-farewell-secretary.yaml")).text
    # (…but its own framing of them: 拜托大家, or 心里话, one of its wordings)
    assert "具体要求" not in farewell and re.search("拜托|心里话", farewell)
    reply = draft(load_event(REVIEW / "186-reply-guest-chonglan-city-mayor-full.yaml")).text
    assert "2020年崇岚市5个贫困县全部脱贫摘帽" in reply and "。全市" not in reply
    assert "2027年，我们将安排财政帮扶资金3亿元以上" in reply
    assert "同时希望贵市做好务工人员组织输出，与我市企业精准对接" in reply
    asking = data("language")["asking"]
    assert _subject_after_time("明年安排援疆资金1.1亿元", "我们", asking) == "明年，我们将安排援疆资金1.1亿元"
    assert own_firms("两年来挂职干部牵线引进溪屿区企业6家", "溪屿区", "我区", "泾峁县") == \
        "两年来挂职干部牵线引导我区6家企业到泾峁县落户"
    visit = draft(load_event(REVIEW / "169-symposium-guest-xiyu-orgchief-farewell.yaml"), seed=157).text
    assert "欢迎同志们回家" not in visit and "回家" in visit and "引进我区" not in visit


def test_a_report_whose_name_is_no_occasion_still_says_the_place():
    """The property test's event (news, named 一, held at 一一一): the lead of a name that is neither
    an occasion nor a visit said the date and the name, not the place the event gives."""
    e = parse_event("kind: news\nevent: {name: 一, date: 2018-01-01, place: 一一一}\n"
                    "host: {name: 一丁县}\nguest: {name: 一一县}\n")
    text = draft(e, seed=0).text
    assert text.split("\n")[1] == "1月1日，一，活动在一一一举行。", text


def test_round40_another_sides_whole_place_is_named_and_a_farewell_says_farewell_things():
    """Round 40: 全市糖料蔗… in a city mayor's reply to a city (whose 全市?); 情深似海，帮扶情重 (no such
    word); 让这些心血…发挥作用; 营造…关心挂职干部的良好氛围 at their farewell; 走访…产业园考察; 着眼教育医疗援疆
    as a heading; 在融入当地中打开局面 at mid-term; a sending side's 把…好方法带过来."""
    reply = draft(load_event(REVIEW / "186-reply-guest-chonglan-city-mayor-full.yaml"), seed=167).text
    assert "崇岚市糖料蔗种植面积稳定在310万亩" in reply and "全市糖料蔗" not in reply
    for seed in range(4):
        farewell = draft(load_event(REVIEW / "188-symposium-host-xulan-farewell-secretary.yaml"), seed=seed).text
        assert "良好氛围" not in farewell and "这些心血" not in farewell, seed

    def said_lines(name):
        text = (ROOT / "templates" / name).read_text(encoding="utf-8")
        return "\n".join(x for x in text.splitlines() if not x.lstrip().startswith("#"))
    said = said_lines("moves.yaml") + said_lines("points.yaml")
    for bad in ("帮扶情重", "这些心血", "着眼{topic}", "着眼|", "在融入当地中[找准定位|找准位置|打开局面]", "走访]{visits}考察",
                "好方法带过来"):
        assert bad not in said, bad


def test_round41_a_guest_on_its_own_ground_receives_and_no_result_is_presumed():
    """Round 41: a reply at a fair in the speaker's own district said 这次来到翎泉县, thanked 翎泉县 for
    its 热情接待 and invited them to 澹溪区做客 (not kept); an unpaired first visit's funds point spoke of
    来之不易的协作成果 and 资金和项目; 平均海拔4300米 among 这些成绩; 我们将县委组织部、县教育局将…."""
    fair = draft(load_event(REVIEW / "197-reply-guest-danxi-fair-vice-head-moderate.yaml")).text
    for said in ("来到翎泉县", "热情接待", "到澹溪区做客", "此行"):
        assert said not in fair, said
    assert "来到澹溪区表示热烈欢迎" in fair
    for seed in range(4):
        first = draft(load_event(REVIEW / "195-welcome-host-shujiang-first-visit-secretary.yaml"), seed=seed).text
        assert "来之不易的协作成果" not in first and "资金和项目" not in first and "资金项目的支持" not in first, seed
    aid = draft(load_event(REVIEW / "196-reply-guest-langchuan-jiecang-aid-secretary-full.yaml")).text
    assert "这些成绩" not in aid
    teachers = draft(load_event(REVIEW / "198-symposium-host-zhaosong-teachers-orgchief.yaml")).text
    assert "县委组织部、县教育局将为每位支教教师安排1名联系领导" in teachers and "我们将县委组织部" not in teachers


def test_round42_a_places_nature_is_told_and_hosts_do_not_lecture_professionals():
    """Round 42: 我们高兴地看到，杰仓县…平均海拔4300米; 全县薰衣草文旅小镇去年接待… (全县 before a subject of its
    own with its own time); a host telling another place's doctors and teachers 净化社交圈… (wrong side);
    璟川市党政代表团成员… in a report of a meeting held in 璟川市 itself."""
    aid = draft(load_event(REVIEW / "196-reply-guest-langchuan-jiecang-aid-secretary-full.yaml")).text
    # (what the place is, said first and told: 据我们了解，杰仓县平均海拔4300米…。杰仓县2019年脱贫摘帽…)
    assert not re.search("(?:高兴|欣喜)地看到[^。]*海拔", aid) and re.search("(?:据我们了解|我们了解到)，杰仓县平均海拔4300米", aid)
    assert "。杰仓县2019年脱贫摘帽；" in aid
    from drafter.drafting.types import Party
    from drafter.drafting.voice import _subject
    county = Party(name="某省某州昭河县", short="昭河县")
    assert _subject(county, ("2025年棉花种植面积达到48万亩", "薰衣草文旅小镇去年接待游客65万人次")) == \
        "昭河县2025年棉花种植面积达到48万亩；薰衣草文旅小镇去年接待游客65万人次"
    pros = draft(load_event(REVIEW / "126-symposium-host-taocen-doctors-teachers.yaml"), seed=197).text
    assert "净化社交圈" not in pros and "慎独慎微" not in pros
    meeting = draft(load_event(REVIEW / "200-news-endai-jingchuan-joint-meeting.yaml")).text
    assert "璟川市党政代表团成员" not in meeting


def _review(num):
    """A review event by its number (docs/review/events/NUM-….yaml)."""
    return load_event(next(REVIEW.glob(f"{num}-*.yaml")))


def test_round43_readers():
    """Round 43's findings (docs/review/round43), each at five seeds of the event the reader read."""
    said = {n: [draft(_review(n), seed=s).text for s in range(5)] for n in
            (207, 208, 211, 212, 213, 214, 216, 219, 220, 221, 222, 226)}
    # a fact of years ago is not seen on a visit (我们欣喜地看到，丹屿县2020年脱贫摘帽…)
    assert not any(re.search("看到，丹屿县2020年", t) for t in said[212])
    # the helped side's theme is not both sides' (两地都处在巩固拓展脱贫攻坚成果…的关键时期)
    assert not any("两地都处在巩固" in t for t in said[211])
    # a point's body does not open on 为此 (二、借势借力，产业共兴 / 为此，我们将…), and a host does not
    # 引导 firms to itself
    for t in said[207]:
        assert not re.search(r"(\n|[一二三四五六]是[^。\n]+。|第[一二三四五六]，[^。\n]+。)为此", t)
        assert "引导更多企业到我市" not in t
    # what a visit taught its guests is not a point on schools, nor 工作 to do (感受真情，深受教育)
    for t in said[213]:
        point = next(line for line in t.split("\n") if "感受真情，深受教育" in line)
        assert "学校" not in point and "教育资源" not in point
        assert "个方面的工作" not in t and "个方面的事情" not in t
    # a point that praises is no 希望 (肯定成绩，感谢付出)
    assert not any("点希望" in t for t in said[220])
    # a plan on an occasion's time is said as it is; 明年起 is one time
    for t in said[208]:
        assert "将推介周期间" not in t and "推介周期间，我县各景区对棣湖区游客实行门票半价优惠" in t
    for t in said[226]:
        assert "将起" not in t and "明年起" in t
    # a place's nature is not 这些成绩 (边境县、边境线长86公里)
    assert not any(re.search("边境线[^。]*这些成绩", t) for t in said[214])
    # a medical team is not 挂职干部和专业人才; a host does not lecture the doctors sent to it on 廉洁
    assert not any("挂职干部和专业人才" in t for t in said[216])
    assert not any(re.search("贪欲|派驻管理", t) for t in said[219])
    # what 这些 refers to is what was just said (这些好理念、好方法 after 好理念、好技术和好经验)
    assert not any("这些好理念、好方法" in t or "这些好作风、好方法" in t for t in said[221])
    # an ask a point says already is not asked again (当好民族团结的使者)
    for t in said[222]:
        assert t.count("民族团结的使者") == 1 and "四点具体要求" not in t


def test_a_fact_with_a_subject_of_its_own_leaves_the_next_without_the_one_before():
    """…前两批挂职干部牵线引进樟屿区企业13家，到位投资4.1亿元；帮助我县5200余名… was read as the cadres'
    doing (round 43): the helper is named again."""
    from drafter.drafting.voice import _agent

    assert _agent(("樟屿区累计选派挂职干部和专业技术人才214人次", "前两批挂职干部牵线引进樟屿区企业13家",
                   "帮助红岘县5200余名农村劳动力到东部地区稳岗就业"), "樟屿区", "我县") == \
        "樟屿区累计选派挂职干部和专业技术人才214人次，前两批挂职干部牵线引进樟屿区企业13家，" \
        "樟屿区帮助红岘县5200余名农村劳动力到东部地区稳岗就业"


def test_round43_repeats_said_once():
    """Round 43's repeats of an idea in other words: a welcome's industry point said 专班服务…用地、用工、
    融资 and its 携手并进 point 要素保障 again, 围绕花椒…等特色产业 in both (event 204); 共商协作大计、共叙两地
    情谊 then 两地共叙情谊、共商合作 (event 209). Each idea in one sentence at most, at six seeds."""
    ideas = ("要素保障|专班服务|全程代办|(?:用地|土地)、用工|营商环境", r"围绕.{0,24}等特色(?:产业|资源)",
             "共叙(?:两地)?(?:情谊|友谊|友情)|叙(?:友情|情谊)、话合作")
    for n in (204, 205, 207, 209, 210):
        for seed in range(6):
            said = sentences(draft(_review(n), seed=seed).text)
            for idea in ideas:
                assert sum(bool(re.search(idea, s)) for s in said) <= 1, (n, seed, idea)


def test_round44_readers():
    """Round 44's findings (docs/review/round44: events 204–233 at seed 211), at that seed and four more."""
    seeds = (211, 0, 1, 2, 3)
    said = {n: [draft(_review(n), seed=s).text for s in seeds] for n in
            (204, 207, 208, 211, 213, 216, 219, 221, 222, 226, 231)}
    wrong = {204: "守护好、运用好", 207: "珍视每一份帮扶", 208: "更多我县", 211: "两地定期会商机制",
             213: "将专人跟进", 216: "对接下来的协作", 219: "在外工作", 221: "干部群众的自家人",
             231: "这份情谊我们一定倍加珍惜"}
    for n, words in wrong.items():
        assert not any(words in t for t in said[n]), (n, words)
    # a report gives a plan of no subject none (明年起，彭沙县将每年… → 明年起，将每年…)
    for t in said[226]:
        assert "明年起，将每年在橘湾区举办" in t and "彭沙县将每年" not in t
    # a minimal welcome: no couplet that says one thing twice, no 各位领导 in the thanks after the welcome's,
    # more fields of cooperation and 主动对接 hoped once
    for t in (draft(_review(n), seed=s).text for n in (209, 210) for s in seeds):
        assert not re.search("(?:山海那头|千里之外)的亲人来了", t) and "各位领导和各界朋友" not in t
        ss = sentences(t)
        for idea in ("(?:更多|更宽|更广)领域|引向深入|拓展合作领域", "主动(?:与.{0,6})?(?:对接|常态对接)"):
            assert sum(bool(re.search(idea, s)) for s in ss) <= 1, idea
    # a long symposium says each set idea once, and 形象, 短板 once in a paragraph
    for t in said[222]:
        ss = sentences(t)
        for idea in ("就近享受|在家门口享受", "宣传员|推介员", "带不走的(?:人才)?队伍", "经得起检验的", "提档升级"):
            assert sum(bool(re.search(idea, s)) for s in ss) <= 1, idea
        for para in t.split("\n"):
            assert len(re.findall("形象", para)) <= 1 and len(re.findall("短板", para)) <= 1, para


def test_round45_readers(runner):
    """Round 45's findings (docs/review/round45: events 174–203 at seeds 223, 227, 229), at the
    reader's seed and three more."""
    read = {174: 223, 176: 223, 178: 223, 180: 223, 184: 227, 185: 227, 192: 227, 194: 229, 195: 229, 199: 229}
    said = {n: [draft(_review(n), seed=s).text for s in (seed, 0, 1, 2)] for n, seed in read.items()}
    wrong = {174: "巩固拓展脱贫攻坚成果", 176: "开展教育、医疗等领域结对帮扶", 178: "互派干部挂职", 180: "今年，将11月",
             184: "这份荣誉", 185: "产业链条短", 192: "这份情谊弥足珍贵", 194: "一定用好用足", 195: "一定用好用足",
             199: "常回来看看"}
    for n, words in wrong.items():
        assert not any(words in t for t in said[n]), (n, words)
    assert all("今年11月双方将在淞嘉区" in t for t in said[180])
    assert not any(re.search("签署[^。]*，必将为两地", t) for t in said[194])
    # a theme of a period that has ended is not said as the present task, and the writer is told
    r = runner.invoke(cli, ["--lang", "zh", "draft", str(next(REVIEW.glob("174-*.yaml"))), "--seed", "223"])
    assert r.exit_code == 0
    assert "活动主题（巩固拓展脱贫攻坚成果、推进乡村全面振兴）是2026年以前那个阶段的提法：稿中没有用它" in r.stderr


def test_a_welcome_of_nothing_a_point_is_made_of_makes_two_points():
    """Round 45: a minimal welcome's three points of set language said their ideas twice and the
    closing again (event 175, which gives only the pairing's year): two points, and the gratitude
    point is not headed 携手共进，常来常往."""
    for seed in (223, 0, 1, 2, 3):
        t = draft(_review(175), seed=seed).text
        assert len(re.findall(r"(?m)^(?:第[一二三]，|[一二三]是|[一二三]、)", t)) == 2, seed
        assert re.search("两(?:点|层)[^：\n]{0,8}：", t), seed
        assert not re.search(r"(?m)^(?:第[一二]，|[一二]是|[一二]、)[^。\n]*常来常往", t), seed


def test_round46_readers(runner):
    """Round 46's findings (docs/review/round46: events 204–233 at seed 239), at that seed and three more."""
    nums = (205, 208, 209, 210, 213, 219, 221, 222, 223)
    said = {n: [draft(_review(n), seed=s).text for s in (239, 0, 1, 2)] for n in nums}
    wrong = {205: "走出大山", 208: "这份支持", 209: "这份支持", 210: "这份支持", 219: "在调研中提出的",
             222: "与我县结对", 223: "巩固拓展脱贫攻坚成果"}
    for n, words in wrong.items():
        assert not any(words in t for t in said[n]), (n, words)
    assert not any(re.search("点打算：|个方面的(?:工作|事情)：", t) for t in said[213])
    assert not any(re.search("点希望，[^：\n]{0,6}共勉：", t) for t in said[221])
    # a report leaves a theme of an ended period out, and the warning says so
    r = runner.invoke(cli, ["--lang", "zh", "draft", str(next(REVIEW.glob("223-*.yaml"))), "--seed", "239"])
    assert r.exit_code == 0 and "巩固拓展" not in r.stdout
    assert "活动主题（巩固拓展脱贫攻坚成果、推进乡村全面振兴）是2026年以前那个阶段的提法：稿中没有用它" in r.stderr


def test_round47_readers():
    """Round 47's findings (docs/review/round47: events 141–173 at seeds 241/243/247) and the four
    round 46 left (events 205, 218, 226, 228 at seed 239), each at its seed and three more."""
    read = {151: 241, 155: 241, 164: 243, 167: 243, 169: 243, 170: 243, 144: 247,
            205: 239, 218: 239, 226: 239, 228: 239}
    said = {n: [draft(_review(n), seed=s).text for s in (seed, 0, 1, 2)] for n, seed in read.items()}
    wrong = {151: "全面了解发展情况", 164: "规模持续扩大", 167: "积极大力", 170: "今年，将秋季",
             144: "共同举行这次活动", 205: "我旗2019年贫困旗摘帽", 218: "的学校与我县学校结对", 228: "双方签署"}
    for n, words in wrong.items():
        assert not any(words in t for t in said[n]), (n, words)
    # a meeting whose name does not say it is the cadres' first is not called a 见面会 or 动员会
    assert not any(re.search("是一?次?(?:见面会|欢迎会)", t) for t in said[155])
    # what both sides built, after the cadres' doing, is both sides' (not the cadres')
    assert all("；两地建成滩羊肉精深加工生产线1条" in t for t in said[169] if "牵线引导我区6家企业" in t)
    assert all("据了解，今年秋季双方将在岚港区联合举办" in t for t in said[170])
    assert all("我旗2019年实现贫困旗摘帽" in t for t in said[205])
    assert all(t.startswith("彭沙县消费帮扶特色农产品展销会在橘湾区举办\n") for t in said[226])
    # (…现场签约 since round 55: 还举行了…协议，签约金额…签约 was read as 语序混乱)
    assert all("咖啡生豆订单收购协议现场签约" in t for t in said[228])
    # a 欢迎座谈会 still is one
    e = _review(155)
    e2 = replace(e, event=replace(e.event, name="滨榭区挂职干部和援派医生欢迎座谈会"))
    assert any(re.search("(?:见面会|欢迎会)", draft(e2, seed=s).text) for s in range(8))


def test_round48_readers():
    """Round 48's findings (docs/review/round48: events 204–233 at seed 251), at that seed and three more."""
    read = (218, 219, 220, 223, 228)
    said = {n: [draft(_review(n), seed=s).text for s in (251, 0, 1, 2)] for n in read}
    wrong = {218: "就大家在我县帮扶，", 219: "就大家在我县帮扶，", 220: "大家在这里大有作为", 223: "会上，",
             228: "同时签署了"}
    for n, words in wrong.items():
        assert not any(words in t for t in said[n]), (n, words)
    # a signing and a gift the occasion's name does not say it holds are said 活动期间, not 会上
    assert all("\n活动期间，" in t for t in said[223])
    # …and one it says (…签约暨捐赠仪式) at it
    assert re.search("仪式上，[^。]*双方(?:签订|签署)了", draft(_review(157), seed=251).text)
    # no set sentence takes for given what the cadres brought or proposed
    texts = [draft(_review(n), seed=s).text for n in (210, 221, 206, 161) for s in range(6)]
    assert not any(re.search("深情厚谊，也带来了[^。]*(?:经验|理念)|对大家提出的意见建议|(?<!破)解复杂问题的办法", t) for t in texts)
    # a writer's heading and body take no default point's sentences that share only its form (当好…使者)
    body = _review(222).points[3].body
    for seed in (251, 0, 1, 2):
        t = draft(_review(222), seed=seed).text
        line = next(x for x in t.split("\n") if body in x)
        assert line.endswith(body) and (line.startswith(("四、", "第四，", "四是")) or line == body), seed


def test_no_paragraph_says_cheng_zhi_twice():
    """Round 48: 表示诚挚的谢意！也向大家的家属致以诚挚的问候 (诚挚 in neighbouring sentences, a repeat the
    readers count); the gate lets a paragraph say it once (eras.yaml paragraph_caps). Before: 61
    paragraphs of the review events' drafts at three seeds said it twice."""
    twice = [(name, s) for name, s, t in _review_drafts() for para in t.split("\n") if para.count("诚挚") > 1]
    assert twice == []


def test_a_farewell_point_leaves_the_liaison_to_the_writers_asks():
    """Round 48 (event 221): a farewell's point said 当好两地协作的联络员 and the writer's asks 当好两地协作的
    宣传员、联络员 after it; the gate says 联络员 once in a draft's sentences (eras.yaml ideas: liaison),
    the event's own words keeping it (a heading is not a sentence: seed 1's third point is headed so)."""
    for seed in (251, 0, 2, 3):
        t = draft(_review(221), seed=seed).text
        assert t.count("联络员") == 1 and "当好两地协作的宣传员、联络员" in t, seed


def test_round48_symposium_of_aid_to_xinjiang():
    """Round 48's reader of the 援疆 symposium (event 222), not kept four rounds running: a heading alone
    that says an ask in short (严守规矩，保重身体 / 严守纪律规矩，注意安全，保重身体) took a set body and the
    ask came again among the 具体要求; 提高站位，深刻认识援疆工作的重大意义 opened on 从政治和全局的高度
    对待挂职工作 and never said what it heads; the cadres the event calls 援疆干部人才 were 挂职干部."""
    ask = "希望大家严守纪律规矩，注意安全，保重身体。"
    for seed in (251, 0, 1, 2):
        t = draft(_review(222), seed=seed).text
        # the ask is the point's first sentence, said once, and no 希望大家 runs twice after it
        line = _point(t, "严守规矩，保重身体")
        assert line.count(ask) == 1 and t.count("注意安全，保重身体") == 1, seed
        assert not re.search(ask + "希望大家", line), seed
        # the heading on the work's meaning opens on its meaning
        first = _point(t, "深刻认识援疆工作的重大意义")
        assert re.search("重大意义[^。]*。", first.split("重大意义", 1)[1]), seed
        assert "挂职干部" not in t and t.count("援疆干部人才") >= 5, seed
    # a heading alone on taking up the post takes the point of settling in (尽快转换角色，融入砚溪 took
    # 希望大家把这一条落实到挂职工作的每一天)
    for seed in (None, 0, 1):
        t = draft(_review(45), seed=seed).text
        assert "把这一条落实到" not in t and "角色" in _point(t, "融入砚溪").split("融入砚溪", 1)[1][:40], seed


def _point(text, heading):
    """A point of ``text`` whose heading says ``heading``: its heading and body, on one line or two."""
    lines = text.split("\n")
    i = next(k for k, x in enumerate(lines) if heading in x)
    # (…a heading on its own line, 一、…, whatever follows the words looked for: 做实职业教育合作，打通就业增收通道)
    alone = lines[i].endswith(heading) or re.match("[一二三四五六七八九十]+、", lines[i])
    return lines[i] + ("\n" + lines[i + 1] if alone else "")


def test_a_heading_says_an_ask_only_when_each_of_its_clauses_is_in_it():
    from drafter.drafting.voice import heading_ask
    asks = ("牢记援疆使命，在推动产业援疆和就业援疆上多出实招", "严守纪律规矩，注意安全，保重身体")
    assert heading_ask("严守规矩，保重身体", asks) == asks[1]
    assert heading_ask("牢记使命，多出实招", asks) == asks[0]
    assert heading_ask("提高站位，深刻认识援疆工作的重大意义", asks) is None
    assert heading_ask("保重身体", asks) is None            # one clause: the six-character rule's
    assert heading_ask("严守规矩，勇于担当", asks) is None    # one clause of two
    assert heading_ask("严规，保重身体", asks) is None        # a clause under three characters


def test_the_theme_of_revival_is_said_once():
    """Round 48: a welcome's overview said 扎实推进乡村全面振兴 and its next paragraph 正处在推进乡村全面振兴的
    关键时期 (the event's theme): the gate says the idea once (eras.yaml ideas: revival_push). Before:
    12 drafts of the review events at three seeds said it twice."""
    twice = [(name, s) for name, s, t in _review_drafts() if t.count("推进乡村全面振兴") > 1]
    # (…unless the event's own words say it twice, its theme and a leader's remark: 597, whose report says both
    # and nothing of its own)
    assert twice == [("597-news-fuchuan-quandong-industry-projects-signing-full.yaml", s) for s in (None, 1, 2)]


def test_round49_readers():
    """Round 49's findings (docs/review/round49: events 234–263 at seed 277), at that seed and three more."""
    for seed in (277, 0, 1, 2):
        said = {n: draft(_review(n), seed=seed).text for n in (237, 238, 243, 245, 247, 248, 250, 252, 256, 259)}
        # a title the event quotes keeps its place's name; an institution's fact after its year has
        # its own subject; a plan led by an office is said whole; a plan's own time comes first
        assert "“景沐县发展顾问”" in said[250] and "我县发展顾问" not in said[250], seed
        assert "2026年，峨屏中学" in said[248] and "我县2026年峨屏中学" not in said[248], seed
        assert "县委组织部将牵头建立" in said[247] and "我们将县委组织部" not in said[247], seed
        assert "春节后，我们将组织" in said[237] and "将春节后" not in said[237], seed
        # a fact that names its own subject is not put after the place's name, nor the economy after it
        assert "碌川县碌川县" not in said[245] and not re.search("人民医院[^。]*经济社会发展", said[245]), seed
        # two posts of one person are one title in a report's lead; a firms' deal is not 双方's
        assert "总指挥、托克拜县委常务副书记聂孟川" in said[256], seed
        # (…said 现场签约 since round 55, the event's words after a deal kept after it)
        assert "双方签署了纺纱织布" not in said[256] and "纺纱织布一体化项目投资协议现场签约" in said[256], seed
        # a welcome dinner does not say the visit is done
        assert not re.search("考察指导，(?:给了我们|给我们带来了)", said[259]), seed
        # no shortcomings of a place the event says nothing of
        assert "短板" not in said[252], seed
        # a gift the occasion's name says is said, by whom and of what
        assert re.search("涞湾区爱心企业[^。]*捐赠", said[238]) and "一次盛会" not in said[238], seed
        assert "捐赠的教育帮扶资金" in said[243], seed
        # a farewell's points of praise and remembrance are 心里话, and no 再提 with nothing before it
        assert "点心里话：" in said[250] and "再提三点" not in said[250], seed


def test_a_heading_alone_is_never_followed_by_this_point():
    """Round 49: a heading alone that no default point says (山海相约，再启新程; 情系岑坞，全力支持;
    真情付出，实绩可鉴) took 我们将把这一点落到实处… or 希望大家把这一条落实到…, read as pointing at
    nothing; such headings now find their point, and the words for a heading of its own say no 这一点."""
    said = [(name, s) for name, s, t in _review_drafts()
            if re.search("这一点落到实处|围绕这一点|把这一条落实|这一条，希望", t)]
    assert said == []


def test_a_member_of_the_standing_committee_welcomes_on_the_secretarys_behalf():
    """Round 49 (event 240): a 县委常委、宣传部部长 said 我谨代表县委、县政府和全县各族干部群众 where the
    county's first leader, its secretary, is named: read as 越位. He speaks 受县委书记…同志委托; a
    secretary, a county head or a deputy secretary does not (events 204, 209)."""
    for seed in (277, 0, 1):
        t = draft(_review(240), seed=seed).text
        assert "受县委书记马正昆同志委托，我" in t, seed
    assert not any("委托" in draft(_review(n)).text for n in (204, 209, 234, 237))


def test_a_reply_whose_first_point_is_what_was_seen_announces_impressions_too():
    """Round 49 (event 244): 我们将扎实做好四个方面的工作： then 第一，亲眼所见，倍感振奋 (an impression, not
    a work): a heading of what was seen or felt makes the intro 感受和打算 (language.yaml felt_words)."""
    for seed in (277, 0, 1):
        t = draft(_review(244), seed=seed).text
        intro = t.split("亲眼所见，倍感振奋")[0].rstrip("一、第一，是\n").split("\n")[-1]
        assert re.search("感受和打算|体会和打算|认识和打算", intro) and "方面的工作" not in intro, (seed, intro)


def test_round50_readers():
    """Round 50's findings (docs/review/round50: events 234–263 at seed 283), at that seed and three more."""
    for seed in (283, 0, 1, 2):
        said = {n: draft(_review(n), seed=seed).text for n in (240, 247, 249, 250, 254, 259)}
        # an ask that names whom it asks is told without its own 要 after them
        assert "希望挂职干部在产业招商" in said[247] and "希望挂职干部要" not in said[247], seed
        # firms' deals signed at the occasion are their own clause, before the gift
        assert "项目投资协议现场签约；晗山区向蓼坪县捐赠" in said[254] and "还举行了" not in said[254], seed
        # a dinner's visit is made time for, not 安排到
        assert "各位领导安排到" not in said[259] and re.search("专门|专程", said[259]), seed
        # what the cadres did since they came has them as its subject
        assert "到岗以来，大家牵线" in said[249], seed
        # a farewell is not told of burdens ahead nor of methods it did not say it formed
        assert not re.search("担子不轻|代言人|固化为制度|一张名片|亮丽名片", said[250]), seed
        # the host names itself once in a sentence
        assert not re.search("我县将把我们的|到布峪县投资", said[240]), seed


def test_farewell_symposia_share_little_at_other_seeds():
    """Session 17: the seven farewell symposia of the review events met on 0.83 sentences a pair (each at
    one of six seeds against another at the next), their set language being one wording per position
    in many places; each such position gained another as wide: 0.48. Held at 0.6."""
    events = [load_event(p) for p in sorted(REVIEW.glob("*symposium*farewell*.yaml"))]
    assert len(events) >= 6
    said = {}
    for i, e in enumerate(events):
        for s in range(6):
            said[i, s] = {x for x in sentences(draft(e, seed=2000 + s).text)
                          if not any(a.rstrip("。；！") in x for a in e.asks)} - FIXED
    shared = [len(said[a, s] & said[b, (s + 1) % 6]) for s in range(6)
              for a, b in itertools.combinations(range(len(events)), 2)]
    assert sum(shared) / len(shared) <= 0.6, sum(shared) / len(shared)


def test_a_heading_that_names_an_area_takes_that_areas_body():
    """Round 50 (event 247): 牵线搭桥，助力产业发展 alone took the bridge point (牵线 and 助力…发展 shared with its
    headings) and said nothing of industry; a heading that names an area of the work takes the topic's body
    unless a default point shares four words with it (points.yaml area_topics)."""
    for seed in (283, 0, 1):
        body = _point(draft(_review(247), seed=seed).text, "牵线搭桥，助力产业发展").split("助力产业发展", 1)[1]
        assert re.search("项目|企业|招商", body[:80]), (seed, body[:80])


def test_round51_readers():
    """Round 51's findings (docs/review/round51: the twenty new events 264–283 at seed 293), at that seed
    and two more."""
    for seed in (293, 0, 1):
        said = {n: draft(_review(n), seed=seed).text for n in (265, 266, 270, 273, 275, 278, 279, 280)}
        # a report of an occasion held on the visitors' own ground: the receiving side thanks, the
        # other welcomes, each side's committee named
        for n, host_lead, guest_lead in ((278, "拓永福", "陶亦丞"), (280, "杨昭远", "范承朗")):
            assert not re.search(host_lead + "代表[^。]*一行[^。]*欢迎", said[n]), (n, seed)
            assert not re.search(guest_lead + "[^。]*(?:热情接待|精心安排)表示感谢", said[n]), (n, seed)
        assert "杨昭远代表思沧市委、市政府" in said[280], seed
        # an institution keeps its name; an office's plan is said whole; a year's deadline is whole
        assert "旬梓县中学高考" in said[273] and "我县中学" not in said[273], seed
        assert "县财政将每年安排" in said[273] and "我们将县财政" not in said[273], seed
        assert "区委、区政府将每年组织" in said[275] and "我们将区委" not in said[275], seed
        assert "2027年底前，我们将完成" in said[266], seed
        # no 近年来 over a place's nature; a heading of thanks makes no 希望 of the points
        assert "近年来，索琼县平均海拔" not in said[275], seed
        # a report with no visitors named calls them 客人
        assert "鹇湖区一行" not in said[279] and "鹇湖区客人" in said[279], seed
        # a host does not 帮助 its own schools, nor speaks of teachers the event does not say are sent
        assert "帮助提升教学" not in said[265] and "选派的骨干教师" not in said[265], seed
        # a heading that names an area (药材产业) speaks of it
        body = _point(said[270], "做强药材产业").split("做强药材产业", 1)[1][:120]
        assert re.search("产业|企业|药材", body.split("，", 1)[1]), (seed, body)
        assert "时刻牢记、认真践行" not in said[275], seed


def test_an_occasion_named_for_its_work_gets_a_point_on_it():
    """Round 51: a minimal welcome at a canteen purchase meeting (267) and a minimal reply at a sales
    meeting (271) drafted their default points on investment and friendship, and a joint vocational school
    (265) got the basic-education topic (互联网+教育, 村小). A welcome or a reply of no points whose occasion's
    name says its work (points.yaml occasion_topics) says it first; 职业教育 is a topic of its own."""
    for seed in (293, 0, 1):
        for n, words in ((267, "消费帮扶"), (271, "消费帮扶")):
            t = draft(_review(n), seed=seed).text
            first = re.search("(?:^|\n)(?:第一，|一、|一是)([^。\n]*)", t).group(1)
            assert words in first, (n, seed, first)
        point = _point(draft(_review(265), seed=seed).text, "职业教育合作")
        assert re.search("职业院校|订单班|实习实训|技能人才", point) and "村小" not in point, seed
    # an occasion whose name says no work keeps its default points (the example welcome)
    first = re.search("(?:^|\n)(?:第一，|一、|一是)([^。\n]*)", draft(ev("welcome"), seed=2026).text).group(1)
    assert "消费帮扶，" not in first[:12], first


def test_round52_readers():
    """Round 52's findings (docs/review/round52: events 264–283 at seed 307), at that seed and two more."""
    for seed in (307, 0, 1):
        said = {n: draft(_review(n), seed=seed).text for n in (264, 266, 269, 270, 273, 274)}
        # what else the cadres field says of them is in brackets, not run into 同…见面
        assert "32名支教教师（8月下旬到岗，分布在全县9所中小学）" in said[273], seed
        # no 紧扣守牢…底线; industries are no 资源; a place's counts are no 成绩
        assert "紧扣守牢" not in said[264] and "等特色资源优势" not in said[266], seed
        assert not re.search("在校生2.6万人[^。]*成绩", said[269]), seed
        # the helper trains 本土人才 for the place it helps; no 在两地情谊上当先锋; whose 送行
        assert "我市将围绕教育、医疗、农业等领域开展精准培训，培养" not in said[270], seed
        assert "当先锋" not in said[274] and "，大家聚在一起，给大家送行" not in said[274], seed


def test_a_farewells_topics_are_what_the_cadres_leave_and_keep_up():
    """Rounds 51–52 (event 274): a medical team's farewell of three topics alone was told 在民生一线办实事
    and 帮助我县医院完善诊疗规范 — work still to do there (four wrong-side, twice). A farewell's topic alone
    takes a farewell point's body, each point another, under a heading that names the topic."""
    for seed in (307, 293, 0, 1):
        t = draft(_review(274), seed=seed).text
        assert not re.search("民生一线|完善诊疗规范|参与我县干部培训", t), seed
        # (继续关心/继续支持 since round 56: 接续民族团结 was read as 搭配不当)
        assert re.search("(?:继续关心|继续支持)医疗帮扶，", t), seed


def test_a_topic_the_heading_does_not_say_is_said_in_the_body():
    """Session 17 (event 295): the topic 关心关爱 of a symposium took the heading 保重身体，安心工作, which does
    not say it, and the draft was refused (missing-fact, exit 3) at every seed; the body now says it first,
    in the topic's own words (我们对大家的关心关爱，…)."""
    e = _review(295)
    for seed in (None, 1, 2, 3):
        t = (draft(e) if seed is None else draft(e, seed=seed)).text
        assert "关心关爱" in t, seed


def test_a_heading_of_its_own_takes_the_occasions_work_once():
    """Round 53: welcomes and replies whose headings name nothing the drafter knows (工坊开业，喜事临门;
    门诊楼启用，喜上加喜; 县校携手，正当其时) got 我们将细化举措、压实责任… and nothing else, four drafts not
    kept. The first such heading takes the occasion's own work (points.yaml occasion_topics)."""
    # (290's heading of joy says the occasion is a joy since round 54, and its later point keeps 医疗)
    # (287's heading takes the event's facts of the workshop since round 55: heading_facts)
    for n, words in ((287, "非遗工坊|产业|企业"), (289, "人才|挂职|交流")):
        for seed in (311, 0, 1):
            t = draft(_review(n), seed=seed).text
            first = re.search("(?:^|\n)(?:第一，|一、|一是)[^\n]*(?:\n[^一二三四第\n][^\n]*)?", t).group(0)
            assert re.search(words, first.split("，", 1)[1] if "，" in first else first) \
                and "细化举措、压实责任" not in first, (n, seed, first[:80])


def test_round53_readers():
    """Round 53's findings (docs/review/round53: events 284–303 at seed 311), at that seed and two more:
    a signing's name keeps the host's name (泱浦区—勐琅县…协议, not 泱浦区—我县); a fact of this occasion
    (本次集中开工…) is not introduced as results (开花结果); a visit before the New Year wishes it."""
    for seed in (311, 0, 1):
        t284 = draft(_review(284), seed=seed).text
        assert "泱浦区—我县" not in t284 and "泱浦区—勐琅县东西部协作协议" in t284, seed
        t285 = draft(_review(285), seed=seed).text
        assert not re.search("(?:落地生根|开花结果|见行见效)，本次", t285), seed
        t295 = draft(_review(295), seed=seed).text
        assert "新春佳节" in t295, seed


def test_a_writers_heading_does_not_use_up_the_topic_a_later_point_names():
    """Round 53 (event 296): 向援藏教师们致敬 (a writer's heading and body) took the education topic, so the
    topic 教育援藏 after it got the words for schools and hospitals told to teachers; 家乡是大家坚强的后盾 got
    要多到基层一线调研; 我们将区教育局每学期组织… had two subjects."""
    for seed in (311, 0, 1):
        t = draft(_review(296), seed=seed).text
        assert "医院" not in _point(t, "教育援藏"), seed
        assert "基层一线调研" not in _point(t, "家乡是大家坚强的后盾"), seed
        assert "我们将区教育局" not in t, seed


def test_round54_readers():
    """Round 54's findings (docs/review/round54: events 284–303 at seed 317): a helper's reply does not run
    the receiving side's 防止返贫致贫机制, nor speaks of cadres the event does not send, nor 深化 pairings it
    does not give; no 各项事项."""
    for seed in (317, 0, 1):
        for n in (292, 293):
            t = draft(_review(n), seed=seed).text
            assert not re.search("关心关爱措施|推动常态化防止返贫致贫机制|深化\\[?村|各项事项", t), (n, seed)


def test_round54_headings_of_joy_and_the_topic_a_later_point_names():
    """Round 54 (events 290, 294): 门诊楼启用，喜上加喜 took the occasion's 医疗 topic, and the point 聚焦医疗援疆
    after it got the words for schools; under the heading of joy, it now says the occasion is a joy, and the
    later point keeps its topic. Science commissioners (科技特派员) are not called 挂职干部."""
    for seed in (317, 0, 1):
        t = draft(_review(290), seed=seed).text
        second = re.search("(?:^|\n)(?:第二，|二是|二、)[^\n]*", t).group(0)
        assert "今天举行的" in _point(t, "喜上加喜") and "医疗援疆" in second and "学校" not in second, seed
        t294 = draft(_review(294), seed=seed).text
        assert "挂职干部" not in t294 and "科技特派员" in t294, seed


def test_round55_readers():
    """Round 55's findings (docs/review/round55: events 284–303 at seed 337), at that seed and two more:
    科技特派员 are professionals (no 招商引资, no 干部培训); a heading of welcome or of the side's own care says
    so; points that are not all hopes are not introduced as 希望; a report's occasion facts (本届…, 消费帮扶周…)
    keep their own subject; a firms' deal with a sum after it is said whole; a writer's heading takes the
    event's facts it is about (非遗传承 over 全县有国家级非物质文化遗产…)."""
    for seed in (337, 0, 1):
        t294 = draft(_review(294), seed=seed).text
        assert not re.search("招商引资|干部培训|挂职干部|已落地的协作项目", t294), seed
        welcome = _point(t294, "欢迎各位专家来到安篁")
        assert re.search("一家人|到了家", welcome) and "调研" not in welcome, seed
        care = _point(t294, "做好服务保障，让专家安心工作")
        assert "劳逸结合" not in care and re.search("我们将|我们还将|一定", care), seed
        assert not re.search("[五5]点希望", t294), seed
        assert "翊江区累计选派科技特派员42人次，引进推广新品种新技术56项" in t294, seed
        t296 = draft(_review(296), seed=seed).text
        assert "劳逸结合" not in _point(t296, "家乡是大家坚强的后盾") and "这样的条件" not in t296, seed
        t297 = draft(_review(297), seed=seed).text
        assert not re.search("有资金项目的功劳|点希望|多年以后", t297) and "我县协助组织" not in t297, seed
        t298 = draft(_review(298), seed=seed).text
        assert not re.search("通过消费帮扶周|海岚州本届|签约金额1.1亿元签约", t298), seed
        assert "采购协议，签约金额1.1亿元" in t298, seed
        t287 = draft(_review(287), seed=seed).text
        assert "国家级非物质文化遗产" in _point(t287, "非遗传承，匠心永续"), seed
        t293 = draft(_review(293), seed=seed).text
        assert "挂职" not in _point(t293, "交往交流，心手相牵"), seed


def test_round56_readers():
    """Round 56's findings (docs/review/round56: the twenty new events 304–323 at seed 347): the programme
    is not listed beside its parts (对口援青、医疗援青…); a plan with its own subject is not put after 我们将;
    a corps regiment says 我团 and speaks for 团党委、团; counts before each noun; a deal that names its
    parties is said by them; a gift of things is no 帮扶资金; a college is no 地 and has no 人民; a host fact
    of the day is the day's news; a team leader speaks for the team."""
    for seed in (347, 0, 1):
        said = {n: draft(_review(n), seed=seed).text for n in
                (304, 305, 306, 307, 310, 311, 313, 314, 315, 316, 317, 319, 320, 321, 322)}
        for n in (306, 307, 310, 314, 315, 322):
            assert not re.search("对口援[青疆藏]、", said[n]), (n, seed)
        assert not re.search("我们将(?:县财政|曲隆乡|每批|我市|每个|区领导|县卫生健康局)", "".join(said.values())), seed
        assert "我们总面积" not in said[307] and "团党委、团和全团" in said[307] and "团委、团政府" not in said[307], seed
        assert "8名挂职干部、37名专业技术人才" in said[313], seed
        assert not re.search("双方签[署订]了?[^。；]*与[^。；]*协议", said[317] + said[321]), seed
        assert "8个花椒专业合作社签订了保底收购协议" in said[319], seed
        assert "总投资2.2亿元的浣溪瑞祺电子有限公司" in said[304] and "，总投资2.2亿元、" not in said[304], seed
        assert "宕沙县7月下旬宕沙县" not in said[320] and "防汛救灾资金500万元" in said[320], seed
        assert not re.search("学院人民|两地|双方干部群众", said[321]), seed
        assert "近年来，丹桐县" not in said[317], seed
        assert "代表沅泽区教育援藏工作队" in said[316] and "区委、区政府" not in said[316], seed
        assert "我们将着力始终" not in said[306] and "全力以赴地震" not in said[306], seed
        assert "招商引资" not in _point(said[305], "营商环境") and "营商环境" in said[305], seed
        assert "接续民族团结" not in said[315] and "基层一线调研" not in said[315], seed
        assert "拜个早年" in said[314] and "点希望" not in said[314], seed


def test_a_signing_is_read_for_its_parties_and_its_sum():
    """The parties of a deal end on an organisation (the last before what is signed), else on a place (the
    first); a sum after it is said before it in a list and after it when the parties sign it."""
    from drafter.drafting.voice import _signing, signings_clause, signings_listed
    words = data("language")["signing"]
    assert _signing("浙岚椒香食品科技有限公司与汉岭县8个花椒专业合作社保底收购协议", words) == \
        ("浙岚椒香食品科技有限公司与汉岭县8个花椒专业合作社", "保底收购协议", "", "")
    assert _signing("苏嵘工贸职业技术学院与望岜县校县结对合作协议", words) == \
        ("苏嵘工贸职业技术学院与望岜县", "校县结对合作协议", "", "")
    assert _signing("纺纱织布一体化项目投资协议，总投资3亿元", words) == ("", "纺纱织布一体化项目投资协议", "总投资3亿元", "")
    assert signings_listed(("甲项目投资协议，总投资2.2亿元", "乙协议，计划吸纳劳动力1200人"), words) == \
        "总投资2.2亿元的甲项目投资协议和乙协议（计划吸纳劳动力1200人）"
    assert signings_clause(("2026年度协作协议", "甲公司与乙县企业采购协议，签约金额1.1亿元"), words) == \
        "双方签署了2026年度协作协议；甲公司与乙县企业签订了采购协议，签约金额1.1亿元"
    assert signings_clause(("纺纱织布一体化项目投资协议",), words, firms=True) == "纺纱织布一体化项目投资协议现场签约"


def test_a_plan_with_its_own_subject_is_said_with_it():
    """Round 56: 我们将我市每年接收…, 我们将曲隆乡寄宿制学校2027年…, 我们将每批援青医疗队保持… were read as
    句式杂糅 (voice.headed_plan); 每年 is how often, not each of a group."""
    from drafter.drafting.voice import headed_plan
    asking = data("language")["asking"]
    assert headed_plan("我市每年接收医护人员40名", ("我市",), asking, "我们") == "我市将每年接收医护人员40名"
    assert headed_plan("曲隆乡寄宿制学校2027年秋季学期投入使用", (), asking, "我们") == \
        "曲隆乡寄宿制学校将于2027年秋季学期投入使用"
    assert headed_plan("每批援青医疗队保持20人以上", (), asking, "我们") == "我们将确保每批援青医疗队保持20人以上"
    assert headed_plan("每年举办一次对接会", (), asking, "我们") == ""
    assert headed_plan("实现我市三级医院与州人民医院远程会诊常态化", (), asking, "我们") == ""


def test_names_and_bodies_of_units_that_are_no_county():
    """A corps regiment (二二七团) says 我团 and speaks for 团党委、团; a group (苏嵘集团) and a delegation are
    no 团; a team leader speaks for the team; the programme is not listed beside its parts."""
    from drafter.drafting.types import Party
    from drafter.drafting.values import said_areas
    from drafter.text import cnlang
    assert cnlang.self_ref("二二七团") == "我团" and cnlang.self_ref("苏嵘集团") == "我们"
    assert cnlang.unit_suffix("第十五师") == "师" and cnlang.unit_suffix("教师") == ""
    regiment = Party(name="西垣生产建设兵团第十五师二二七团", short="二二七团")
    assert represents("团党委书记、政委", regiment) == "团党委、团和全团干部职工群众"
    district = Party(name="苏沅市沅泽区", short="沅泽区")
    assert represents("沅泽区教育援藏工作队领队", district) == "区教育援藏工作队"
    assert represents("区委书记", district) == "区委、区政府和全区人民"
    assert said_areas(("对口援青", "医疗援青", "人才援青")) == ("医疗援青", "人才援青")
    assert said_areas(("对口援青",)) == ("对口援青",)
    assert cnlang.counts_first("第四批挂职干部8名、专业技术人才37名（教师21名、医生16名）") == \
        "第四批8名挂职干部、37名专业技术人才（教师21名、医生16名）"


def test_round57_readers_and_events():
    """Round 57 (events 304–323 at seed 353) and the twenty events 324–343 of session 18, whose writer found
    two refusals (a farewell symposium's theme, a guest's firms of a kind) and slips; each at three seeds."""
    for seed in (353, 0, 1):
        said = {n: draft(_review(n), seed=seed).text for n in
                (306, 308, 312, 324, 325, 328, 332, 334, 336, 338, 339, 343)}
        assert "喜悦" not in said[306], seed
        assert "考察交流" not in said[308] and "看望慰问困难群众" in said[308] and "每一个协作项目" not in said[308], seed
        assert not re.search("村小|远程教学", said[312]), seed
        assert "珈湖区—我县" not in said[324] and "全县境内" not in said[324], seed
        assert "我县农产品冷链物流中心" not in said[325], seed
        assert "全市溇山" not in said[328] and "全县首发" not in said[339], seed
        assert "琏溪区区" not in said[332], seed
        assert not re.search("落户我县|落户洛岈县", said[334]), seed
        assert "代表镇党委、镇政府" in said[336] and "县委、县政府" not in said[336] and "欧阳队长" in said[336], seed
        lead = said[338].split("\n")[1]
        assert "带队" not in lead and "陪同" not in lead, seed
        assert said[343].startswith("在璘溪区援青工作组2027年新春团拜会上的祝酒辞\n"), seed
        assert "代表璘溪区援青工作组" in said[343], seed
    # a farewell symposium of a current theme says it (it was refused: the theme was required, never said)
    e = _review(334)
    themed = replace(e, event=replace(e.event, theme="深化东西部协作"))
    for seed in (0, 1, 2):
        d = draft(themed, seed=seed)
        assert "深化东西部协作" in d.text and not [f for f in d.findings if f.rule == "missing-fact"], seed
    # a guest's firms keep their kind in its own voice (引进璨江区纺织服装企业4家 lost 纺织服装 and was refused)
    from drafter.drafting.voice import own_firms
    assert own_firms("引进璨江区纺织服装企业4家，新增就业岗位2600个", "璨江区", "我区", "墨勒县") == \
        "引导我区4家纺织服装企业到墨勒县落户，新增就业岗位2600个"
    # a theme that is the programme itself is the two sides' work, not the place's
    t307 = draft(_review(307), seed=353).text
    assert not re.search("我团正[^。]*深化对口援疆", t307)


def test_round58_topics_of_ecology_and_of_help_to_people_in_need():
    """Round 58 (events 324–343 at seed 359): 守好绿水青山，共享生态红利 and an ecology pact, a donation for the
    disabled, a veterans' job fair were drafted with points of nothing (我们将细化举措、压实责任…); they take
    the topics of ecology and of help to people in need, and the occasion's own work. A farewell of no
    results given says none (这里面既有资金项目的作用 was read as invented)."""
    for seed in (359, 0, 1):
        t324 = draft(_review(324), seed=seed).text
        eco = _point(t324, "守好绿水青山，共享生态红利")
        assert re.search("生态|绿水青山就是金山银山", eco) and "细化举措" not in eco, seed
        t332 = draft(_review(332), seed=seed).text
        assert "助残帮扶" in t332, seed
        t333 = draft(_review(333), seed=seed).text
        assert "退役军人就业创业" in t333, seed
        t337 = draft(_review(337), seed=seed).text
        assert "资金项目" not in t337, seed


def test_a_writers_heading_takes_the_plans_it_is_about():
    """Round 58 (events 324, 326): 携手建立长效机制 and 一束阳光，照亮牧民增收路 took the same set pledges; a
    heading of the writer's own takes the event's plans it shares a word with (after the facts), said as
    the plans' paragraph would say them, and that paragraph does not say them again."""
    for seed in (359, 0, 1):
        t326 = draft(_review(326), seed=seed).text
        assert "光伏+养殖" in _point(t326, "一束阳光，照亮牧民增收路") and t326.count("光伏+养殖") == 1, seed
        t324 = draft(_review(324), seed=seed).text
        assert "碳汇资源本底调查" in _point(t324, "携手建立长效机制") and t324.count("本底调查") == 1, seed


SET_PLEDGES = re.compile("细化举措|细化工作举措|压实责任|压实工作责任|一项一项抓好落实|跟踪问效")


def test_round59_headings_of_their_own_say_what_they_head():
    """Rounds 58–59 (events 324, 326, 329): headings of the writer's own that match no point of the kind
    were said with the same set pledges (我们将细化举措、压实责任…), after the event's facts too. A heading of
    a mechanism takes the topic of the work's mechanisms; one of thanks (援青情深，恩重如山) the side's thanks,
    one of what the visit showed (看到了变化，更坚定了信心) what the guests saw, and after the facts a
    heading takes no set pledges."""
    for seed in (367, 359, 0, 1, 2):
        t324 = draft(_review(324), seed=seed).text
        mech = _point(t324, "携手建立长效机制")
        assert "会商" in mech and not SET_PLEDGES.search(mech), (seed, mech)
        t326 = draft(_review(326), seed=seed).text
        sun = _point(t326, "一束阳光，照亮牧民增收路")
        assert "240户" in sun and not SET_PLEDGES.search(sun), (seed, sun)
        t326 = draft(replace(_review(326), length=2600), seed=seed).text
        thanks = _point(t326, "援青情深，恩重如山")
        assert re.search("情义|真情|知恩奋进", thanks) and not SET_PLEDGES.search(thanks), (seed, thanks)
        t329 = draft(_review(329), seed=seed).text
        seen = _point(t329, "看到了变化，更坚定了信心")
        assert re.search("看到了|感受到了", seen) and not SET_PLEDGES.search(seen), (seed, seen)


def test_an_enclave_parks_symposium_of_industry_and_investment():
    """Event 355 (an enclave park's annual meeting, read before round 60): 园区共建 took industry's words and
    招大引强，做大做优 after it got 希望大家从自己做起…; a point on bringing in investment is a topic of its own.
    A plan whose doer is 区里 keeps it (not 我们将区里每年安排…), and 立足本职 is said once."""
    for seed in (373, 0, 1, 2):
        t = draft(_review(355), seed=seed).text
        inv = _point(t, "招大引强，做大做优")
        assert re.search("招商|签约落地|龙头企业", inv) and "从自己做起" not in inv, (seed, inv)
        assert "将区里" not in t and "区里将每年安排专项资金" in t, seed
        assert t.count("立足本职") <= 1 and t.count("立足岗位") <= 1, seed


def test_an_ask_of_both_sides_is_not_asked_of_the_other():
    """Round 60 (events 344, 349): 希望两地人大/两地政协… was said 我们也期待贵县两地政协在…加强交流; an ask of
    both sides is hoped without naming the other before it."""
    for seed in (373, 0, 1, 2, 3):
        for num, ask in ((344, "两地人大建立常态化交流机制"), (349, "两地政协在民主监督")):
            t = draft(_review(num), seed=seed).text
            assert ask in t and not re.search("(?:贵[县区市州旗]|[\u4e00-\u9fff]{2}[县区])" + ask[:4], t), (num, seed)


def test_round59_readers():
    """Round 59 (events 324–343 re-read at seed 367), each finding at five seeds: a theme of verb phrases
    after 推进 (正在全力推进践行“两山”理念…, four times); a theme of the helped side's land said as both
    sides' (两地都在扎实推动牧区畜牧业…); a town's secretary speaking as 我县 and for 全县 (fourteen times);
    an ask of the trainees in the room asked of 贵县; 这些年 before the facts of this very course; 多年的实践
    证明 of a pairing of no given age; a bureau head directing 有关部门; a heading after the writer's own
    point on ecology taking ecology's set words again."""
    for seed in (367, 0, 1, 2, 3):
        for num in (324, 325, 329, 331):
            t = draft(_review(num), seed=seed).text
            assert not re.search("推进(?:践行|补齐|办好|培育)", t), (num, seed)
        t330 = draft(_review(330), seed=seed).text
        assert "两地都在扎实推动牧区" not in t330 and "两地都在全力推动牧区" not in t330, seed
        t336 = draft(_review(336), seed=seed).text
        assert "我县" not in t336 and "全县" not in t336 and "我镇" in t336, seed
        assert "镇党委、镇政府和全镇干部群众" in t336, seed
        t357 = draft(_review(357), seed=seed).text
        assert "枕溪街道党工委、街道办事处" in t357 and "街道政府" not in t357, seed
        t331 = draft(_review(331), seed=seed).text
        assert "希望各位学员学以致用" in t331 and "贵县各位学员" not in t331, seed
        assert not re.search("(?:这些年|近年来|几年来)，本期", t331), seed
        t332 = draft(_review(332), seed=seed).text
        assert "实践证明" not in t332 and "协作实践" not in t332, seed
        t333 = draft(_review(333), seed=seed).text
        assert "督促有关部门" not in t333 and "领导互访" not in t333, seed
        t326 = draft(_review(326), seed=seed).text
        ahead = _point(t326, "乘势而上，再谱新篇")
        assert "绿水青山" not in ahead and "生态优势" not in ahead, (seed, ahead)


def test_round60_readers_symposia_and_reports():
    """Round 60 (events 354–363 at seed 373), each finding at five seeds: a rotation's handover meeting
    bade farewell to the batch that had just come (欢送珣山区第五批…); a subdistrict's secretary spoke for a
    街道政府; 我们欣喜地看到 before what a place is (…苘坝镇辖9个村); a report said 两地结对以来 before what is
    still to come, and 对接会上 before a fact that names its own venue (发布会上…)."""
    for seed in (373, 0, 1, 2, 3):
        t354 = draft(_review(354), seed=seed).text
        assert "欢送珣山区第五批" not in t354 and "即将期满返回" in t354 and "欢迎" in t354, seed
        t357 = draft(_review(357), seed=seed).text
        assert not re.search("地看到，[^。]*(?:辖|聚居)", t357), seed
        for num in (340, 360):
            t = draft(_review(num), seed=seed).text
            assert not re.search("结对以来，[^。]*将", t), (num, seed)
        t359 = draft(_review(359), seed=seed).text
        assert "会上，发布会上" not in t359 and "活动中，发布会上" not in t359, seed


def _speaks_for(bodies, seed):
    """Each review event's speaker speaks for the body given (我代表…), not for a party committee and
    government."""
    for num, body in bodies.items():
        said = re.search("我(?:谨)?代表([^，！。]*)[，！。]", draft(_review(num), seed=seed).text).group(1)
        assert body in said and "政府" not in said, (num, seed, said)


def test_round60_readers_welcomes_and_replies():
    """Round 60 (events 344–353 at seed 373), each finding at five seeds: heads of a park, a hospital, a
    school, a chamber of commerce and a commerce office spoke for 县委、县政府 or 区委、区政府 and pledged
    the government's funds, talent and visits (项目怎么选、资金怎么用; 引进急需紧缺人才); a signing ceremony's
    welcome of 1,200 characters named none of its three projects; a heading of thanks (感谢厚爱，倍感温暖) was
    said as a joy and then 我们将加强统筹协调…."""
    bodies = {346: "经济开发区党工委、管委会", 348: "县人民医院", 350: "琬江中学", 351: "瓈安区商会",
              352: "商务委员会"}
    for seed in (373, 0, 1, 2, 3):
        _speaks_for(bodies, seed)
        t346 = draft(_review(346), seed=seed).text
        assert all(p in t346 for p in ("精密结构件项目", "电子元器件生产基地项目", "茶籽油精深加工项目")), seed
        t351 = draft(_review(351), seed=seed).text
        assert "项目怎么选" not in t351 and "领导互访" not in t351, seed
        t350 = draft(_review(350), seed=seed).text
        assert "急需紧缺人才" not in t350, seed
        thanks = _point(draft(_review(344), seed=seed).text, "感谢厚爱，倍感温暖")
        assert not SET_PLEDGES.search(thanks) and "统筹协调" not in thanks, (seed, thanks)


def test_a_writers_body_that_opens_as_a_follower_is_said_and_not_refused():
    """Event 374 (a year-end summary, session 19's events) was refused with exit 3 at every seed: its point
    body 我们也要清醒看到…, opening a point, is said 我们要清醒看到…, and the check knows it as said. A
    training class's point on its skill and a digital-countryside point have words of their own (events 331,
    352: round 59–60 read 技能培训 drafted as 劳务输出 and 做实数字乡村 over set words)."""
    for seed in (None, 0, 1, 2, 379):
        t = draft(_review(374), seed=seed).text
        assert "清醒看到，协作项目带农联农还不够紧密" in t, seed
        t352 = draft(_review(352), seed=seed).text
        assert re.search("授课|学以致用|一技之长", t352) and re.search("电商服务体系|电商公共服务中心|带头人", t352), seed


def test_round61_readers():
    """Round 61 (events 364–383 at seed 379), each finding at five seeds: heads of a youth league, a women's
    federation, a firm and a provincial academy spoke for 区委、区政府 (wrong-side 22), the academy's byline
    said 省农科院省农业科学院; a year's summary meeting was drafted as a farewell (invented 11); experts were
    told of 挂职岗位; a league's government was 盟政府; a visit on the helper's ground had the helper's leader
    lead it; 区妇联代表团 came after 珞湾区 again; a provincial section chief was addressed by his whole post; a
    gift of sports equipment was to be managed as 资金."""
    # (the league's committee by its full name, 共青团澋河区委: session 24)
    bodies = {369: "共青团澋河区委", 370: "昱湍食品集团有限公司", 372: "鲁琰省农业科学院", 368: "县妇联", 382: "珞湾区妇联"}
    for seed in (379, 0, 1, 2, 3):
        _speaks_for(bodies, seed)
        t372 = draft(_review(372), seed=seed).text
        assert "省农科院省农业科学院" not in t372 and t372.split("\n")[1].startswith("鲁琰省农业科学院院长"), seed
        t374 = draft(_review(374), seed=seed).text
        assert not re.search("返回|归程|新的岗位|一路平安|送别|欢送", t374), seed
        t376 = draft(_review(376), seed=seed).text
        assert "挂职" not in t376, seed
        t379 = draft(_review(379), seed=seed).text
        assert "盟政府" not in t379, seed
        t380 = draft(_review(380), seed=seed).text
        assert re.search("石岫峰(?:带队|率队)，[^。]*戈澹如陪同", t380), seed
        t368 = draft(_review(368), seed=seed).text
        assert "区区妇联" not in t368, seed
        t364 = draft(_review(364), seed=seed).text
        assert "芮副处长" in t364 and "芮省" not in t364, seed
        t367 = draft(_review(367), seed=seed).text
        assert not re.search("体育器材[^。]*资金", t367), seed


def test_rounds62_63_readers():
    """Rounds 62–63 (events 344–383 at seeds 383 and 389), each finding at five seeds: heads of a youth
    league, a school, a chamber of commerce, an education bureau and a firm pledged the district's cadres,
    funds and 政治任务 (wrong-side 10 and 25); a pairing signed that day was looked back on (回顾两地协作的
    历程); a festival's opening wished it nothing."""
    for seed in (383, 389, 0, 1, 2):
        for num in (350, 351):
            t = draft(_review(num), seed=seed).text
            assert not re.search("干部挂职|协作资金|压实各级各部门|帮扶资金用在", t), (num, seed)
        # (a chamber of commerce speaks of no 政治任务; a school and a bureau may)
        assert "政治任务" not in draft(_review(351), seed=seed).text, seed
        # (an education bureau is a government office: 政治任务 is its own to say, the district's funds not)
        t371 = draft(_review(371), seed=seed).text
        assert not re.search("干部挂职|协作资金|帮扶资金用在|产业协作", t371), seed
        t369 = draft(_review(369), seed=seed).text
        assert not re.search("选派更多教育、医疗|学校结对帮扶", t369), seed
        t347 = draft(_review(347), seed=seed).text
        assert "回顾两地协作" not in t347 and "协作的历程" not in t347, seed
        t353 = draft(_review(353), seed=seed).text
        assert "圆满成功" in t353, seed


def test_an_office_heads_welcome_says_the_places_industries():
    """Event 368 (a women's federation's chairwoman, no facts of the county): once an office's head no longer
    said 我们立足资源禀赋，培育发展…, the county's industries went unsaid and the draft was refused (exit 3) at
    five seeds; they are said as the place's."""
    for seed in (None, 1, 2, 3, 4, 5):
        t = draft(_review(368), seed=seed).text
        assert "苗绣" in t and "竹编" in t and "我们立足" not in t, seed


def test_round64_readers():
    """Round 64 (events 344–353 and 364–373 at seed 397), each finding at five seeds: a food group's chairman
    pledged, under 回馈乡亲, 村企结对 and the district's support against a return to poverty (the occasion's
    work, 乡村振兴, is not a firm's own); an academy's plan 工作站每年安排… was said 我们将工作站每年安排…."""
    for seed in (397, 0, 1, 2, 3):
        t370 = draft(_review(370), seed=seed).text
        assert not re.search("村企结对|村村结对|规模性返贫", t370), seed
        t372 = draft(_review(372), seed=seed).text
        assert "工作站将每年安排专家" in t372 and "将工作站每年" not in t372, seed


def test_a_firms_head_speaks_of_the_district_by_name():
    """Round 64 (event 370, a food group's chairman at its donation): he said 我区已动员146家企业…, 带着翃山区人民的
    情谊 and that the group's gift was 翃山区人民的一点心意 (wrong-side 10); a firm's head names the district it
    comes from and calls its gift its own."""
    for seed in (397, 0, 1, 2, 3):
        t = draft(_review(370), seed=seed).text
        assert "我区" not in t and "翃山区人民" not in t and "翃山区已动员146家企业" in t, seed
    # one value for how the speaker names its side: a bank's 〔我方自称〕 slot is filled with it too
    from drafter.drafting.draft import slot_values
    from drafter.drafting.voice import speaker_self
    ev = _review(370)
    assert (speaker_self(ev), slot_values(ev, 3)["self_ref"]) == ("翃山区", "翃山区")
    assert speaker_self(_review(369)) == "我区"


def test_cadres_posted_on_the_spot_are_no_seconded_cadres_and_a_signing_symposium_names_its_pact():
    """Round 65: a subdistrict's 驻镇帮扶干部 and a district's 派驻飞地产业园干部 were called 挂职干部 (选派干部到
    栎坪县挂职: invented), and a 党建联建签约暨驻镇帮扶干部座谈会 never said what was signed."""
    for seed in (401, None, 1, 2):
        for num in (355, 357):
            t = draft(_review(num), seed=seed).text
            assert "挂职" not in t, (num, seed)
        t = draft(_review(357), seed=seed).text
        assert "枕溪街道党工委—苘坝镇党委党建联建协议" in t and "选派的3名驻苘坝镇帮扶干部" in t, seed


def test_a_symposium_heading_alone_says_the_facts_it_is_about_then_asks_the_cadres():
    """Round 65: 园区共建，利益共享 was followed by 招商 words while the park's tax share and jobs stood in the
    overview; 支部连支部，党员手拉手 by 在实际工作中见行动、见成效 and nothing of the 7 party branches paired."""
    for seed in (401, None, 1, 2):
        t = draft(_review(355), seed=seed).text
        point = _point_of(t, "园区共建，利益共享")
        assert "税收由两地按约定比例分成" in point and "园区吸纳嵋垭县群众就业3100人" in point, seed
        assert t.count("税收由两地按约定比例分成") == 1, seed
        t = draft(_review(357), seed=seed).text
        point = _point_of(t, "支部连支部，党员手拉手")
        assert "7个社区党组织与苘坝镇9个村党组织结对共建" in point and "希望大家" in point, seed


def _point_of(text, heading):
    """The point under ``heading``: its line, and the next when the heading stands alone (一、…)."""
    lines = text.splitlines()
    i = next(k for k, x in enumerate(lines) if heading in x)
    return lines[i] + (lines[i + 1] if lines[i].rstrip("。").endswith(heading) else "")


def test_a_report_names_no_place_twice_in_its_headline_nor_lists_industries_its_facts_name():
    """Round 65: …琰城市—敖嵩盟…展销会在琰城市会展中心举办 (琰城市 twice in the headline); …带来牛羊肉、杂粮、乳制品
    等600余种农畜产品参展；牛羊肉、杂粮和乳制品等特色产业正在加快发展 (杂糅, a judgement not the event's); a
    toast at a 答谢晚宴 titled …答谢晚宴上的答谢祝酒辞."""
    for seed in (401, None, 1, 2, 3):
        lines = draft(_review(379), seed=seed).text.splitlines()
        assert lines[0] == "2026年“金秋山海行”琰城市—敖嵩盟东西部协作消费帮扶展销会举办", seed
        assert "特色产业" not in "".join(lines) and "正在加快发展" not in "".join(lines), seed
        assert draft(_review(378), seed=seed).text.splitlines()[0] == "澋河区—澴溪县东西部协作劳务协作专场招聘会举办"
        t = draft(_review(378), seed=seed).text
        assert "正在加快发展" not in t and t.count("咖啡和甘蔗") == 1, seed
        assert draft(_review(382), seed=seed).text.splitlines()[0] == "在珞湾区妇联代表团答谢晚宴上的祝酒辞"


def test_session20_events_draft_what_they_give():
    """Session 20's events: a host's symposium never said the sending side's fact (珰沙区是全省先进制造业强区)
    and was refused; a heading's facts said as a point's body were reworded (当地群众 → 我县群众) and refused;
    a theme of a noun and a verb phrase was said after 扎实 with no verb (扎实常态化帮扶、推进…); a team's working
    meeting was met as its arrival."""
    from drafter.drafting.values import event_values
    for seed in (None, 1, 2, 409):
        assert "珰沙区是全省先进制造业强区" in draft(_review(394), seed=seed).text, seed
        assert "在我县共吸纳当地群众就业2600余人" in draft(_review(396), seed=seed).text, seed
        t = draft(_review(397), seed=seed).text
        assert "常态化帮扶、推进" not in t.replace("深化常态化帮扶、推进", ""), seed
    assert event_values(_review(397))["midterm"] == "yes"
    assert event_values(_review(397))["theme_vp"] == "深化常态化帮扶、推进乡村全面振兴"


def test_a_toast_at_a_gathering_of_the_sending_sides_people_toasts_them():
    """Round 66 (event 403, a banner's 新春团拜会 for the 挂职干部和专业技术人才 of its partner district): the toast
    greeted 尊敬的璒山区各位领导, welcomed them to the banner, told them 一路辛苦了 and 常来常往 (no leader
    had come: invented, wrong side); it greets the cadres, wishes them the festival and thanks them."""
    for seed in (409, None, 1, 2, 3):
        lines = draft(_review(403), seed=seed).text.splitlines()
        text = "".join(lines)
        assert lines[3] == "各位挂职干部、同志们、朋友们：", seed
        for said in ("各位领导", "一路辛苦", "常来常往", "光临", "欢迎"):
            assert said not in text, (seed, said)
        assert re.search("节日的问候|节日问候|新春的祝福", text) and text.endswith("干杯！"), seed
        assert re.search("这(?:其中|里面)，(?:有在座各位|凝聚着在座各位|有同志们)", text), seed
    # a toast at a dinner for visitors is as it was
    assert "各位领导" in draft(_review(401), seed=409).text


def test_a_symposium_of_firms_is_drafted_as_its_sides_welcome_and_says_so():
    """Round 66 (event 396, a county head's symposium with the partner district's entrepreneurs): drafted as a
    talk to seconded cadres (挂职, 组织的重托, 选派…: 26 wrong-side lines). A symposium of firms' people and no
    cadres is drafted as the side's welcome, greeting the entrepreneurs, and the writer is told."""
    import warnings as w
    for seed in (409, None, 1, 2):
        with w.catch_warnings():
            w.simplefilter("ignore")
            d = draft(_review(396), seed=seed)
        lines = d.text.splitlines()
        assert lines[3] == "尊敬的雍部长、颜主席，各位企业家、朋友们：", seed
        for said in ("挂职", "选派", "组织的", "干部人才"):
            assert said not in d.text, (seed, said)
        assert any("symposium of firms" in x or "企业界人士" in x for x in d.warnings), d.warnings
        assert not any("cooperation.facts" in x for x in d.warnings), d.warnings
    # a symposium of cadres is still one
    from drafter.drafting.draft import drafted_as
    assert drafted_as(_review(394)) == (_review(394), "")


def test_round66_voices_and_facts():
    """Round 66: a 县卫生健康局党组书记、局长 and a 医院党委副书记、院长 spoke for 县委、县政府 / pledged to 督促有关部门;
    a helper's reply pledged the receiving side's 民生实事; 我区委组织部; 支医专家 called 教师; 这些年，我区今年…;
    仪式上，共建产业园规划面积…; 是两地携手发展的一条宝贵经验 (an experience the event does not say)."""
    from drafter.drafting.voice import own_office, own_ref
    from drafter.text.cnlang import dated
    assert [own_office(t) for t in ("县卫生健康局党组书记、局长", "暝港区人民医院党委副书记、院长", "县委书记",
                                    "镇党委书记", "县委副书记、县长")] == ["县卫生健康局", "暝港区人民医院", "", "", ""]
    assert own_ref("埙河区委组织部每半年看望一次挂职干部", "埙河区", "我区") == "区委组织部每半年看望一次挂职干部"
    assert dated("珹西区今年选派支教教师23名") and not dated("珹西区累计选派支教教师23名")
    for seed in (409, None, 1, 2):
        t = draft(_review(387), seed=seed).text
        assert "代表县委、县政府" not in t and "代表县卫生健康局" in t, seed
        assert "督促有关部门" not in draft(_review(392), seed=seed).text, seed
        t = draft(_review(389), seed=seed).text
        assert "民生实事" not in t and "远程医疗、远程教育等服务" not in t and "宝贵经验" not in t, seed
        assert "我区委" not in draft(_review(391), seed=seed).text, seed
        t = draft(_review(395), seed=seed).text
        assert "选派的教师" not in t and "这些年，我区今年" not in t, seed
        assert "仪式上，共建产业园" not in draft(_review(398), seed=seed).text, seed


def test_a_schools_head_speaks_for_the_school():
    """Round 66 (event 388, a vocational school's principal welcoming its partner school's teachers): the
    welcome said 我们干部群众, 把有限的财力更多用于民生，城乡面貌持续改善, 让群众早日受益, 在我们期间, invited the
    partner school's friends to 投资兴业 and put 我们将细化举措…让群众看到实实在在的变化 under 远道而来，情暖校园."""
    from drafter.text.cnlang import self_ref
    assert [self_ref(x) for x in ("葭岙县职业中学", "暝港区人民医院", "青山县", "某集团")] == ["我校", "我院", "我县", "我们"]
    for seed in (409, None, 1, 2):
        t = draft(_review(388), seed=seed).text
        for said in ("干部群众", "民生", "城乡面貌", "让群众", "在我们期间", "投资兴业", "细化举措"):
            assert said not in t, (seed, said)
        assert "葭岙县有滩羊" in t or "这里的滩羊" in t or "葭岙县发展了滩羊" in t, seed


def test_a_farewell_toast_for_the_sending_sides_teachers_sees_them_off():
    """Round 67's events (423, a county's farewell dinner for 16 援派支教教师 after their year): the toast saw off
    甘副局长一行 and 各位领导 and never thanked the teachers; it sees the teachers off and thanks them."""
    for seed in (419, None, 1, 2, 3):
        t = draft(_review(423), seed=seed).text
        assert "甘副局长一行" not in t and "各位领导" not in t, seed
        assert re.search("为珷山区第三批16名援派支教教师(?:送行|饯行)", t), seed
        assert "在我县工作顺利" not in t and "身在异乡" not in t, seed


def test_round67_events_sentences():
    """Round 67's events as their writer read them: 我代表乡委、乡政府; 今年秋季，我们将学期招收…; 援建资金860万元…
    让每一件都用在…; 我们将装配式建筑部品部件生产基地2027年内开工; 在扛起国企责任，做实产业帮扶上积极牵线搭桥;
    全力推进国企担当助力乡村全面振兴."""
    from drafter.drafting.values import _theme_vp
    verbs = tuple(data("language")["theme_verbs"])
    assert _theme_vp("国企担当助力乡村全面振兴", verbs) == "推进“国企担当助力乡村全面振兴”"
    assert _theme_vp("以科技赋能乡村全面振兴", verbs) == "以科技赋能乡村全面振兴"
    assert _theme_vp("乡村全面振兴", verbs) == "推进乡村全面振兴"
    for seed in (None, 1, 2, 419):
        t = draft(_review(407), seed=seed).text
        assert "乡委" not in t and "乡党委、乡政府" in t and "将学期" not in t, seed
        assert "每一件" not in t, seed
        t = draft(_review(412), seed=seed).text
        assert "将装配式" not in t and "在扛起国企责任" not in t and "推进国企担当" not in t, seed


def test_round68_readers():
    """Round 68 (events 384–403 again, at seed 421, after round 66's fixes): a hospital's president said
    暝港区人民医院人民的一份心意 and would 动员…更多企业 and 组织…的企业; a visit to teachers and doctors headed 代表家乡，
    看望大家 was introduced as 四点希望 over a cadre's body; a county's welcome of 14 doctors said 各位领导在百忙之中前来
    and 莅临…考察指导; a cadres' arrival 标志着两地协作又结出了新的果实."""
    for seed in (421, None, 1, 2):
        t = draft(_review(392), seed=seed).text
        for said in ("医院人民", "医院的企业", "更多企业、社会组织", "医院社会各界"):
            assert said not in t, (seed, said)
        t = draft(_review(395), seed=seed).text
        assert not re.search("[四4]点希望", t) and re.search("代表家乡，看望大家[。\n][^。]*问候", t), seed
        t = draft(_review(387), seed=seed).text
        assert "百忙之中" not in t and "考察指导" not in t and "各位领导此行" not in t, seed
        assert "结出了新的果实" not in draft(_review(391), seed=seed).text, seed


def test_round67_readers():
    """Round 67 (events 404–423 at seed 419): 双方签订…加工项目 (a project is no document signed); a state firm's
    reply at a 捐赠仪式暨产业项目签约会 never named its agreements, and a base was read as a party (…与瓴溪县装配式建筑
    部品部件生产基地签订了投资协议); a tourist group welcomed as 各位领导 come 考察指导, its visit said as done; a host
    named the helper's duty (始终把东西部协作作为重要政治责任); a tourism bureau promised 一流营商环境."""
    for seed in (419, None, 1, 2):
        t = draft(_review(405), seed=seed).text
        assert not re.search("签[订署][^。；]*项目[、，。和；]", t.replace("项目投资协议", "").replace("项目合作协议", "")), seed
        t = draft(_review(412), seed=seed).text
        assert "浙琛城建集团与瓴溪县签订了装配式建筑部品部件生产基地投资协议" in t, seed
        t = "".join(draft(_review(408), seed=seed).text.splitlines()[4:])   # (the greeting is the event's audience)
        for said in ("各位领导", "考察指导", "实地了解了", "政治责任", "营商环境"):
            assert said not in t, (seed, said)


def test_round69_office_heads_keep_to_their_work():
    """Round 69: a county's 人社局长 pledged to 搭建产销对接、项目对接平台 and a district's 教育局长 to 组织…企业来看
    一看桑蚕、沃柑 (another office's or the district's work)."""
    for seed in (431, None, 1, 2, 3):
        assert not re.search("项目对接]?平台|招商推介", draft(_review(406), seed=seed).text), seed
        assert "的企业来" not in draft(_review(411), seed=seed).text, seed


def test_round69_readers():
    """Round 69 (events 404–423 at seed 431) and session 21's events: 二年同心同行; 同5名玓山区在嵯岭县挂职干部…见见面;
    希望大家天冷路滑，…; 两地正在全力推进关心关爱挂职干部…; 濮知衡说，引导玙南区企业…; 对这次签署的金额1.6亿元的…签订…协议;
    a dinner for 16 teachers said 一批又一批…干部人才 and 大家就当是回到了家 at their send-off; a medical team seen off
    after a year told 这些年 and of industries 两地 grew; 第一批…挂职干部协调落实…，我县引进企业8家; 借…机会 twice;
    a fair's report (…推介会（碶东站）) led with no verb, its host welcoming its hosts."""
    for seed in (431, None, 1, 2):
        t = draft(_review(411), seed=seed).text
        assert "二年" not in t, seed
        t = draft(_review(416), seed=seed).text
        assert "同5名" not in t and "在嵯岭县挂职的5名干部" in t, seed
        assert "希望大家天冷" not in t and "一是天冷路滑，下乡进村务必注意交通安全；二是按时体检" in t, seed
        assert "推进关心关爱" not in t, seed
        assert "在砳川县帮扶的12名医疗专家" in draft(_review(417), seed=seed).text, seed
        t = draft(_review(418), seed=seed).text
        assert "说，引导" not in t and "将引导玙南区企业到鹤琈县投资兴业" in t, seed
        assert "金额1.6亿元的" not in draft(_review(410), seed=seed).text, seed
        t = draft(_review(423), seed=seed).text
        assert "干部人才" not in t and "回到了家" not in t, seed
        t = draft(_review(415), seed=seed).text
        for said in ("这些年", "原单位的同事", "离不开两地的携手努力"):
            assert said not in t, (seed, said)
        t = draft(_review(414), seed=seed).text
        assert "我县引进企业8家" not in t and t.count("机会，") <= 1, seed
        assert draft(_review(404), seed=seed).text.count("机会，") <= 1, seed
        t = draft(_review(439), seed=seed).text
        assert "碶东站）举办。" in t and "对碶东区客人" not in t and "碶东区方面对勐湳县" in t, seed


def test_a_receiving_sides_visit_to_its_helper_is_drafted_in_its_own_voice(tmp_path):
    """A county's delegation thanking its helper in the east (event 430 writes the district that hosts it as
    host): the sides are turned round, the county speaks as the receiving side on its helper's ground
    (no 我县帮助我县…, no help pledged to its helper), and the file's own field names are used in what it is
    told. Written the contract's way (the receiving side as host, a reply by its side, the occasion on the
    helper's ground) it is the same draft; a reply by the host's side on its own ground is still refused.
    The helper welcoming that delegation at home welcomes it to its own place and pledges."""
    import yaml
    from drafter.errors import InputError

    src = next(REVIEW.glob("430-*.yaml"))
    e = load_event(src)
    assert e.away and e.turned and e.host.short == "蓍川县" and e.speaker.side == "host"
    for seed in (None, 1, 2, 3):
        t = draft(e, seed=seed).text
        for said in ("我县帮助我县", "帮助鄫河区", "支持鄫河区", "关注鄫河区", "共同共建"):
            assert said not in t, (seed, said)
        assert "鄫河区帮助我县1.6万名农村劳动力到鄫河区稳岗就业" in t and re.search("对鄫河区[^。]*(热情接待|盛情)", t), seed
    raw = yaml.safe_load(src.read_text(encoding="utf-8"))
    canon = dict(raw, host=dict(raw["guest"], delegation=None), guest={k: v for k, v in raw["host"].items()},
                 speaker=dict(raw["speaker"], side="host"))
    canon["host"].pop("delegation")
    canon["guest"]["delegation"] = raw["guest"]["delegation"]
    p = tmp_path / "canon.yaml"
    p.write_text(yaml.safe_dump(canon, allow_unicode=True, sort_keys=False), encoding="utf-8")
    c = load_event(p)
    assert c.away and not c.turned
    assert draft(c, seed=1).text == draft(e, seed=1).text
    wrong = dict(canon, event=dict(canon["event"], name="鄫河区党政代表团到蓍川县考察座谈会", place="蓍川县会议中心"))
    p.write_text(yaml.safe_dump(wrong, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(InputError):
        load_event(p)
    home = dict(raw, kind="welcome", speaker={"name": "邴晞岑", "title": "区委书记", "side": "host"},
                plans=["2027年安排蓍川县财政帮扶资金5000万元"], asks=["希望蓍川县管好用好协作资金"],
                points=[{"topic": "产业协作"}, {"topic": "劳务协作"}])
    home.pop("answers")
    p.write_text(yaml.safe_dump(home, allow_unicode=True, sort_keys=False), encoding="utf-8")
    w = load_event(p)
    assert w.away and w.speaker.side == "guest" and w.own.short == "鄫河区"
    for seed in (None, 1, 2):
        t = draft(w, seed=seed).text
        assert re.search("欢迎蓍川县党政代表团(一行)?(来|来到|莅临)鄫河区", t), seed
        assert "我区累计投入蓍川县财政帮扶资金4.7亿元" in t and "到鄫河区考察" not in t and "来到蓍川县" not in t, seed


def test_round70_readers():
    """Round 70 (events 424–443 at seed 433): a village's welcome of a firm spoke for 村委、村政府, called its own
    people 干部职工, the firm's 各界朋友, 双方企业 and the firm's full name ten times, and remembered help never
    given; an orgchief's visit introduced 四点希望 over headings of greeting and praise (代表区委向大家问好; 大家干得好，
    成绩看得见 over 希望大家…); a farewell said 这些成效能够取得 before any; a team leader at his team's assessment
    meeting spoke as a visitor (看望慰问…, 代表工作队向同志们致以…崇高的敬意, 派出单位要…); a CPPCC chair said
    推进发挥政协优势 and 摆在全局工作的重要位置; teachers come to teach were 这次来访; reports closed on 有关部门负责同志
    参加 nobody gave."""
    for seed in (433, None, 1, 2):
        t = draft(_review(426), seed=seed).text
        for said in ("村政府", "荑沟村干部职工", "各界朋友", "双方企业", "有限公司", "铭刻在心", "铭记在心", "招商推介"):
            assert said not in t, (seed, said)
        assert "村党支部、村委会和全村干部群众" in t and "淠宁食品集团" in t, seed
        t = draft(_review(434), seed=seed).text
        assert not re.search("[四4]点希望", t) and re.search("成绩看得见[。\n]2027年以来我区挂职干部牵头落实协作项目23个", t), seed
        assert re.search("向大家问好[。\n][^。]*问候", t), seed
        assert "这些成效" not in draft(_review(435), seed=seed).text, seed
        t = draft(_review(436), seed=seed).text
        for said in ("看望慰问", "崇高的敬意", "派出单位要", "娘家人"):
            assert said not in t, (seed, said)
        assert "考核" in t.split("\n")[4] and "台账" in t, seed
        t = draft(_review(428), seed=seed).text
        assert "推进发挥" not in t and "全局工作的" not in t, seed
        assert "来访" not in draft(_review(427), seed=seed).text, seed
        for n in (437, 438, 440):
            assert "负责同志参加" not in draft(_review(n), seed=seed).text, (seed, n)
    # (a teaching team's leader who is the county school's 执行校长 was required in the greeting the host did not
    # say, and the event refused at two seeds; since round 71 the host greets him, and requires what it says)
    from drafter.drafting.draft import checked
    for seed in (3, 5):
        assert "林校长" in checked(draft(_review(427), seed=seed)).text.split("\n")[3], seed


def test_a_report_says_who_attended_as_the_event_gives_them(tmp_path):
    """event.attendees: a report closes on who else attended only as the event gives them."""
    src = (ROOT / "examples" / "news.yaml").read_text(encoding="utf-8")
    assert "  attendees: [两地有关部门负责同志]\n" in src
    p, q = tmp_path / "news.yaml", tmp_path / "none.yaml"
    p.write_text(src.replace("  attendees: [两地有关部门负责同志]\n", "  参加人员: [两地有关部门负责同志, 企业代表]\n"),
                 encoding="utf-8")
    q.write_text(src.replace("  attendees: [两地有关部门负责同志]\n", ""), encoding="utf-8")
    e = load_event(p)
    assert e.event.attendees == ("两地有关部门负责同志", "企业代表")
    for seed in (None, 1, 2):
        assert re.search("两地有关部门负责同志和企业代表参加(了)?[^。]*。$", draft(e, seed=seed).text.strip()), seed
        assert "参加" not in draft(load_event(q), seed=seed).text.strip().split("\n")[-1], seed


def test_an_institution_is_one_table_its_people_and_its_self():
    """An institution's people and how it names itself come from one table (language.yaml institution_kinds):
    a primary school and a township health centre named themselves 我校/我院 but were no institution when two
    tables listed them."""
    from drafter.text import cnlang
    assert [cnlang.institution_people(n) for n in ("蕖汀镇中心小学", "蕖汀镇卫生院", "淠宁食品集团", "蕖汀县")] == \
        ["师生", "医护人员", "干部职工", ""]
    assert [cnlang.self_ref(n) for n in ("蕖汀镇中心小学", "蕖汀镇卫生院", "淠宁食品集团", "蕖汀县")] == \
        ["我校", "我院", "我们", "我县"]


def test_round71_readers_and_session21_events():
    """Round 71 (events 424–443 at seed 439) and events 444–463: a farewell's topic heading 继续关心产业协作 over
    words of the cadres' style; a team leader's assessment meeting given an arrival's points; a village's
    welcome of a firm wishing 再结硕果 and saying 双方干部群众; a teaching team 莅临…调研指导 and its leader, the
    county school's 执行校长, not greeted; a batch seen off at its term's end (期满轮换欢送) drafted as arriving; a
    firm's whole name seven times; 村党总支书记 speaking for 村党支部; 拓琰山主任 greeted and 拓主任 answered; 和 twice
    among the attendees; a visit named 看望慰问 said to visit again; a district welcoming the county's
    delegation at home saying nothing of the county or of what it will see."""
    for seed in (439, None, 1, 2):
        t = draft(_review(435), seed=seed).text
        assert re.search("继续(关心|支持)产业协作，[^\n]*[。\n][^\n]*我县的产业协作", t), seed
        assert "期盼也日益迫切" not in t and "期盼也越来越高" not in t, seed
        t = draft(_review(436), seed=seed).text
        assert "台账" in t and re.search("自查|查漏补缺", t) and "融入当地" not in t, seed
        t = draft(_review(426), seed=seed).text
        assert "双方干部群众" not in t and "再结硕果" not in t, seed
        t = draft(_review(427), seed=seed).text
        assert "调研指导" not in t and "欧阳局长、林校长" in t, seed
        t = draft(_review(457), seed=seed).text
        assert "即将" in t and "见个面" not in t and "施展才干的舞台" not in t, seed
        t = draft(_review(447), seed=seed).text
        assert "有限公司" not in t.split("\n", 3)[3] and "村党总支、村委会" in t, seed
        assert "拓琰山主任" not in draft(_review(453), seed=seed).text, seed
        t = draft(_review(458), seed=seed).text
        assert "负责同志以及签约企业代表参加" in t, seed
        assert draft(_review(456), seed=seed).text.count("看望慰问") == 1, seed
        t = draft(_review(446), seed=seed).text
        assert "嵎川县农村居民人均可支配收入" in t or "2025年嵎川县" in t, seed


def test_the_receiving_sides_delegation_is_named_under_host_on_its_helpers_ground(tmp_path):
    """Written the contract's way (the receiving side as host), the visiting delegation is the host's:
    host.delegation is a field (it was an unknown key), and the helper's welcome at home welcomes it by it."""
    import warnings as _w
    src = next(REVIEW.glob("451-*.yaml")).read_text(encoding="utf-8")
    text = src.replace("  short: 洑坡县\n", "  short: 洑坡县\n  delegation: 党政代表团\n", 1)
    p = tmp_path / "reply.yaml"
    p.write_text(text, encoding="utf-8")
    with _w.catch_warnings():
        _w.simplefilter("error")
        e = load_event(p)
    assert e.away and e.host.delegation == "党政代表团"
    w = tmp_path / "welcome.yaml"
    w.write_text(text.replace("kind: reply", "kind: welcome").replace("  name: 农翊澄\n  title: 县委书记\n  side: host",
                                                                      "  name: 禤渟岳\n  title: 区委书记\n  side: guest", 1),
                 encoding="utf-8")
    for seed in (None, 1, 2):
        assert "欢迎洑坡县党政代表团" in draft(load_event(w), seed=seed).text, seed


def test_round72_readers():
    """Round 72 (events 444–463 at seed 443, first reading): a plan 为每名挂职干部安排… taken for an office's and said
    下一步，为每名…; the county's thanks in the east wishing the district 乡村全面振兴再结硕果, saying 带回了 while there,
    and inviting no one; 两地正在扎实发挥人大职能作用; a sending side's farewell introducing praise as 三点希望 and
    inviting its cadres back to the host's place."""
    for seed in (443, None, 1, 2):
        assert "下一步，为每名" not in draft(_review(454), seed=seed).text, seed
        t = draft(_review(450), seed=seed).text
        assert "乡村全面振兴再结硕果" not in t and "带回了" not in t and re.search("邀请芃川区的各位领导", t), seed
        assert "发挥人大职能" not in draft(_review(453), seed=seed).text, seed
        t = draft(_review(457), seed=seed).text
        assert "点希望" not in t and "常回达嵛旗" not in t, seed
        # (a team leader's ask of a thing and how often, and his plan of a month: 希望大家项目台账每周更新; 9月底前完成…
        # with no one who does it)
        t = draft(_review(455), seed=seed).text
        assert "项目台账要每周更新，资金拨付进度要按月报工作队" in t and "大家项目台账" not in t, seed
        assert "9月底前，我们将完成" in t or "9月底前完成" not in t, seed
        assert "每人要每年" not in draft(_review(433), seed=seed).text, seed


def test_round72_readers_left_over():
    """What round 72's readers found and session 21 left: a village's welcome of the firm it pairs with today
    wishing 更加丰硕的成果 and 深化合作 of a pairing not begun, and 双方群众 of a firm; a shared park's firms said
    我县引进 (the event says the park brought them in, not who); a plan on the aid money said 我们将援助资金实行…
    (event 306)."""
    for seed in (443, None, 1, 2, 3, 5):
        t = draft(_review(447), seed=seed).text
        assert not re.search("更加丰硕|深化合作|更大的成绩|双方群众|再结硕果", t), seed
        t = draft(_review(451), seed=seed).text
        assert "两地共建茳湾—洑坡桑蚕产业园，引进缫丝、织绸企业6家" in t and "我县引进" not in t, seed
        t = draft(_review(306), seed=seed).text
        assert "援助资金将实行专账管理" in t and "我们将援助资金" not in t, seed
    # (a helper's firms brought in after a shared park are still the host's doing, round 32)
    from drafter.drafting.voice import _agent
    assert _agent(("共建牦牛肉精深加工园区1个，引进临滢市企业9家",), "临滢市", "我州", "临滢市", "曲绒州") == \
        "共建牦牛肉精深加工园区1个，我州引进临滢市企业9家"


def test_a_send_off_at_home_sees_the_cadres_off_to_go():
    """Session 22's events: a sending side's 欢送座谈会 at its own bureau (潠河区教育局会议室) in August sees its
    teachers off to go, not home at their term's end (即将结束在嵺川县工作的同志们, 即将回家); the same name held at
    the host's place, or a name of the term's end, is still a farewell."""
    from drafter.drafting.values import event_stage

    ev = _review(473)
    for seed in (449, None, 1, 2, 3):
        t = draft(ev, seed=seed).text
        assert "为即将奔赴嵺川县的第三批16名组团式教育帮扶教师送行" in t or "即将奔赴嵺川县" in t or "壮行" in t, seed
        assert not re.search("即将结束|即将回家|踏上归程|回到潠河区后", t), seed
    assert event_stage(ev) == "arrival"
    assert event_stage(replace(ev, event=replace(ev.event, place="嵺川县教育局会议室"))) == "farewell"
    assert event_stage(replace(ev, event=replace(ev.event, name="潠河区第三批组团式教育帮扶教师期满欢送座谈会"))) == "farewell"


def test_a_year_end_review_is_no_list_of_hopes():
    """Session 22's events: a year-end review (474) whose points praise the year (一年来协作成效实实在在) and own its
    shortfalls was introduced 我提四点希望 and 也提几点希望."""
    for seed in (449, None, 1, 2, 3):
        t = draft(_review(474), seed=seed).text
        assert "点希望" not in t and "一年来协作成效实实在在" in t, seed


def test_session22_events():
    """What the events 464–483 drafted before their first reading: a plan on the firms of its own after its time
    said 2026年底前，我们将首批入园企业全部开工 (465)."""
    for seed in (449, None, 1, 2):
        t = draft(_review(465), seed=seed).text
        assert "2026年底前，首批入园企业将全部开工" in t and "我们将首批" not in t, seed
    assert "我们将对新落地企业实行" in draft(_review(304), seed=1).text
    # (472: a plan of an office's said with 将 after it, and one of 年底前 or 国庆节前 with its whole time)
    for seed in (None, 1, 2):
        t = draft(_review(472), seed=seed).text
        assert "区委组织部将为每名挂职干部建立成长档案" in t and "年底前，我们将召开" in t and "国庆节前，" in t, seed
        assert "将前召开" not in t and "我们将国庆" not in t, seed
        # (the cadres' facts after their own subject, not 在两地共同推动下，本批挂职干部…)
        assert "在两地共同推动下，本批" not in t and "在两地携手推动下，本批" not in t, seed


def test_round73_readers():
    """Round 73 (events 464–483 at seed 449, first reading): things worth a sum said 带来了医疗设备价值320万元; a second ask
    of its own subject joined without its verb (…给予重点支持，专家团队帮助…; …；企业按照…); a plan on the workstation and
    one for the holidays said 我们将工作站配备…, 我们将国庆、元旦、春节期间…; a village secretary pledging 村村结对…一批示范村
    and 两地乡镇、村和企业深度结对; three cadres of a town's work group thanked for as 专业人才 and 来自不同的单位、不同的行业;
    the county's thanks visit to the east thanking for nothing but the dinner; 2027年1月底，我们将前完成…; 通过消费帮扶我旗
    牛羊肉…; the year-end review's ask of the cadres taken as said by a body naming them; the helper's director at home
    toasting as a visitor to the county (宾主相聚在硘川县, 对硘川县的盛情款待表示衷心感谢)."""
    for seed in (449, None, 1, 2):
        t = draft(_review(464), seed=seed).text
        assert "价值320万元的医疗设备" in t and "同时希望专家团队帮助我县" in t, seed
        t = draft(_review(468), seed=seed).text
        assert "工作站将配备专职工作人员3名" in t and "同时希望县人社部门和工作站建立周调度机制" in t, seed
        t = draft(_review(470), seed=seed).text
        assert "国庆、元旦、春节期间，我们将在我区组织" in t and "同时希望企业按照" in t, seed
        t = draft(_review(466), seed=seed).text
        assert not re.search("一批[^，。]*示范村|乡镇、村和企业|乡镇、村、企业|底线形成合力", t), seed
        t = draft(_review(475), seed=seed).text
        assert not re.search("专业人才|不同的单位", t), seed
        t = draft(_review(471), seed=seed).text
        assert re.search("(?:关心|支持|帮扶|帮助|牵挂)檰江县(?:发展)?的瀜北区|给予檰江县的", t), seed
        t = draft(_review(474), seed=seed).text
        assert "2027年1月底前，我们将完成" in t and "通过消费帮扶采购我旗牛羊肉" in t, seed
        assert "做好工作交接，节后按时返岗" in t and "协作资金的70%以上将用于产业发展" in t, seed
        t = draft(_review(482), seed=seed).text
        assert t.startswith("在硘川县农特产品进湭北消费帮扶展销会欢迎晚宴上的祝酒辞\n"), seed
        assert not re.search("相聚在硘川县|来到硘川县|盛情款待|热情接待", t) and "来到湭北区" in t or "在湭北区" in t, seed


def test_a_team_leaders_toast_at_the_hosts_farewell_dinner_thanks_the_host():
    """Session 22's events (480): the work team's own leader at the dinner the county gives his team at its term's
    end was drafted seeing his team off in the sending side's voice (向即将返回璓江区的同志们表示崇高的敬意, 沬原县的
    大门永远为大家敞开); he thanks the host, gives it the credit and keeps it in mind, and greets its leaders."""
    for seed in (449, None, 1, 2, 3):
        t = draft(_review(480), seed=seed).text
        assert re.search("为我们(?:设宴)?(?:送行|饯行)", t) and "全体队员，向沬原县的各位领导和同志们表示" in t, seed
        assert not re.search("即将返回璓江区的同志们|大门永远为大家敞开|常回来|为大家送行|为大家饯行", t), seed
        assert t.splitlines()[3].startswith("尊敬的海书记"), seed


def test_round74_readers():
    """Round 74 (events 444–463 at seed 451, after round 72's fixes): a writer's heading alone, 以服务暖人心, over 我们将细化
    举措、压实责任 (and then 在以服务暖人心上多搭桥梁); a village's welcome of a firm saying 我村生态优良、资源富集 and the firm's
    市场容量大; 这份真情 with nothing before it; 两地协作正在从单向帮扶向双向协作转变 and industries 规模不断扩大 the events
    do not give."""
    for seed in (451, None, 1, 2):
        t = draft(_review(448), seed=seed).text
        body = _point(t, "以服务暖人心")
        assert re.search("营商环境|全程服务|全生命周期服务|惠企政策", body) and not re.search("细化举措|在以服务", body), seed
        assert not re.search("领导干部联系重点企业|放管服", t), seed
        t = draft(_review(447), seed=seed).text
        assert not re.search("生态优良|资源富集|市场容量大", t), seed
        assert "这份真情" not in draft(_review(451), seed=seed).text, seed
        for n in (454, 457):
            t = draft(_review(n), seed=seed).text
            assert not re.search("单向帮扶向双向|规模不断扩大", t), (n, seed)
        assert "；促成我区" not in draft(_review(457), seed=seed).text, seed
        # (a report of a visit joined to an occasion: the visit, then the occasion where it was held)
        t = draft(_review(458), seed=seed).text
        assert t.startswith("澉港区党政代表团到猇江县考察对接并出席东西部协作项目签约捐赠仪式\n"), seed
        assert "澉港区党政代表团到猇江县考察对接，并" in t and "考察对接暨" not in t, seed


def test_round75_and_76_readers():
    """Rounds 75 (464–483 at seed 457, after round 73's fixes) and 76 (484–503 at seed 461, first reading): a training
    course the helper runs for the county's cadres drafted as a talk to its own seconded cadres (大家代表着泮塘区的形象,
    在挂职岗位上再立新功); a school head's toast to arriving teachers as to visiting leaders (莅临, 多提宝贵意见, 常来常往);
    a firm's reply at a flood donation with 这些成绩实属不易 of the flood's damage, 心情格外激动, a gift's worth hung on the
    whole gift, 两地都在全力推进携手抗洪救灾, an office's 立足自身职能 and 我们将捐赠物资3天内…, 今年，我们将秋冬季…; a
    Mid-Autumn dinner's 万象更新; a send-off at home asking the absent host to care for them; an agriculture bureau
    pledging 产业、就业; a report's total of the pairing's years said after this spring's without its year, and its
    attendees 以及…及…; 促成我区机关…."""
    for seed in (461, None, 1, 2):
        t = draft(_review(494), seed=seed).text
        assert not re.search("挂职|代表着泮塘区的形象|代表的是泮塘区|拜托磴水县", t) and "预祝" in t and "学员" in t, seed
        t = draft(_review(502), seed=seed).text
        assert not re.search("莅临|宝贵意见|常来常往", t), seed
        t = draft(_review(488), seed=seed).text
        assert not re.search("成绩实属不易|成绩来之不易|心情格外激动|两地都在|立足自身职能|价值200万元的救灾款物|喜在心上", t), seed
        assert "捐赠物资将在3天内全部运抵" in t and "今年秋冬季，我们将组织" in t, seed
        assert not re.search("万象更新|辞旧迎新|新的一年", draft(_review(503), seed=seed).text), seed
        assert "拜托嵺川县" not in draft(_review(473), seed=seed).text and "恳请嵺川县" not in draft(_review(473), seed=seed).text, seed
        assert "产业、就业" not in draft(_review(482), seed=seed).text, seed
        t = draft(_review(496), seed=seed).text
        assert "2021年以来洎海区累计帮助莪岗县2.35万名" in t and "负责同志以及" not in t, seed


def test_round77_and_78_readers():
    """Rounds 77 (484–503 again at seed 467) and 78 (404–423 at seed 469): a township's welcome at an aided clinic's
    handover pledging 医院结对帮扶…向基层延伸 and serving experts the event does not send; a hospital head's reply pledging
    the district's firms, investment and society's forces; a tourist group welcomed 莅临阿瑙旗指导工作."""
    for seed in (467, None, 1, 2):
        t = draft(_review(486), seed=seed).text
        assert not re.search("医院结对帮扶|向基层延伸|选派的医疗专家", t), seed
        t = draft(_review(489), seed=seed).text
        assert not re.search("引导企业|企业到芨原县|社会各界", t), seed
    for seed in (469, None, 2, 3):
        assert not re.search("指导工作|考察指导|调研指导", draft(_review(408), seed=seed).text), seed
        # (a medical team's farewell: no 远程教研, one figure of a relay, each topic's lead its own)
        t = draft(_review(415), seed=seed).text
        assert not re.search("远程教研|合格的答卷", t), seed
        assert len(re.findall("任期虽然结束了|工作虽然告一段落", t)) <= 1 and t.count("希望大家继续关心") <= 1, seed
        assert "特色产业各具特色" not in draft(_review(416), seed=seed).text, seed


def test_round79_readers():
    """Round 79 (504–523 at seed 471, first reading): a hospital head's reply at its gift of equipment said the gift was
    淅门区人民的一片真情 and pledged to sell the county's produce to the district's firms and citizens."""
    for seed in (471, None, 1, 2, 3):
        t = draft(_review(509), seed=seed).text
        assert not re.search("淅门区人民|推介给淅门区", t) and "价值180万元的医疗设备" in t, seed


def test_round79_readers_left_over():
    """Round 79's other findings, mended in session 23, each at five seeds of the event the reader read."""
    seeds = (471, None, 1, 2, 3)
    # 514, a county secretary's farewell for cadres at term end: the occasion's name and 欢送 again; their coming
    # said as today's; a slogan theme 推进'd; results pointed at as 这些变化; the county's own work said to those who
    # leave; the topic 产业合作 with nothing of industry; 和我县共事的同志们
    for seed in seeds:
        t = draft(_review(514), seed=seed).text
        opening = t.split("\n")[4]
        assert opening.startswith("今天，我们在砀溪县委常委会议室召开座谈会，") and "欢送渌滨区第三批挂职干部期满返程座谈会" \
            not in opening, seed
        assert not re.search("(?<!当初，)(?<!那时候，)(?<!还记得当初，)大家[^。]{0,40}来到砀溪县干事创业", t), seed
        assert "推进山海情深" not in t and "这些变化的背后" not in t and "获得感、幸福感" not in t, seed
        assert "抢抓东西部协作的重大机遇" not in t and "和我县共事的同志们" not in t, seed
        lines = t.split("\n")
        point = next(line for line in lines if "继续支持产业合作" in line and line.startswith(("二、", "第二", "二是")))
        body = lines[lines.index(point) + 1] if point.startswith("二、") else point
        assert "引进渌滨区企业7家，到位投资3.9亿元" in body, seed
    # 523, a school's head posted as the host's school's head, toasting at the teachers' farewell dinner: not as a
    # delegation's come to visit, and for the teachers seen off, not his school at home
    for seed in seeds:
        t = draft(_review(523), seed=seed).text
        assert not re.search("走进嵊原县|款待|代表涠江区实验中学", t), seed
        assert "代表涠江区第二批组团式教育帮扶教师" in t and re.search("送行|饯行", t), seed
    # 510, a firm's chairman: his firm by its full name, and as his own in its facts; a later ask that names whom it
    # asks keeps its verb
    for seed in seeds:
        t = draft(_review(510), seed=seed).text
        assert "代表湔浦鲜达供应链有限公司" in t and "湔浦区湔浦鲜达" not in t, seed
        assert "我们公司主营生鲜农产品采购和配送" in t and "我们公司2023年以来累计采购" in t, seed
        # (…with 也 before it, and the other as the first ask named it: round 85)
        assert "；也请县里在冷链运输车辆通行" in t, seed
    for seed in seeds:
        t = draft(_review(508), seed=seed).text
        assert "；也请贵县梳理一批适合东部企业投资的项目" in t, seed


def test_a_slogan_theme_is_no_task():
    """A theme that is the occasion's slogan (山海携手、共促振兴) is not said after a verb of doing it in a speech, nor
    required of it; a report still says it as the theme."""
    from drafter.drafting.values import _theme_vp, event_values
    verbs = tuple(data("language")["theme_verbs"])
    for theme in ("山海情深、携手振兴", "山海携手、共促振兴", "携手抗洪救灾、共建美好家园", "万企兴万村，携手促振兴"):
        assert _theme_vp(theme, verbs) == "", theme
    assert _theme_vp("深化东西部协作、推进乡村全面振兴", verbs) == "深化东西部协作、推进乡村全面振兴"
    assert _theme_vp("共建肉牛产业链、共享协作新成果", verbs) == "共建肉牛产业链、共享协作新成果"
    for num in (493, 370, 488):
        for seed in (None, 1, 2):
            t = draft(_review(num), seed=seed).text
            assert not re.search("(推进|深化|推动)(山海携手|万企兴万村|携手抗洪)", t), (num, seed)
    ev = _review(493)
    assert event_values(ev)["theme_vp"] == ""


def test_session23_events():
    """Session 23's new events (524–543), as their writer read their drafts: a Hui county head greeted 纳县长, not by
    his whole name; a seconded vice county head greeted without （挂职）; a half year's review of a work team is
    mid-term, not a send-off; a plan of a district's department takes 将 after the department."""
    from drafter.text import cnlang
    assert cnlang.address("纳润川", "县委副书记、县长") == "纳县长"
    assert cnlang.address("殷澄观", "县委常委、副县长（挂职）") == "殷副县长"
    for seed in (None, 1, 2):
        assert "尊敬的马书记、纳县长，" in draft(_review(529), seed=seed).text, seed
        assert "殷副县长（挂职）" not in draft(_review(532), seed=seed).text, seed
        t = draft(_review(536), seed=seed).text
        assert not re.search("踏上归程|旅途平安|一路顺风|即将返回", t), seed
        t = draft(_review(530), seed=seed).text
        assert "我区将商务部门" not in t and "我区商务部门将对每个签约项目安排专人跟踪服务" in t, seed
    assert event_values(_review(536))["midterm"] == "yes"


def test_round80_readers():
    """Round 80 (504–523 at seed 473, after round 79's fixes): an office's or an institution's head spoke as the district
    (a CPPCC chairman's 保持支持力度不减 and 工作机制, a hospital head's 淅门区所能 and 讲给淅门区的干部群众听, an agriculture
    bureau's 全县干部群众翘首以盼); one point alone was numbered 一、 with no 二; a gift of the district's firms was said as
    the district's, and the firms never thanked; a shortfall was owned of a pairing the event gives no history of."""
    for seed in (473, None, 1, 2, 3):
        t = draft(_review(511), seed=seed).text
        assert not re.search("支持力度不减|工作机制|动员漯湾区|讲给漯湾区", t), seed
        assert not re.search("^(?:一、|第一，|一是)", t, re.M) or re.search("^(?:二、|第二，|二是)", t, re.M), seed
        t = draft(_review(509), seed=seed).text
        assert not re.search("淅门区所能|讲给淅门区|还有不少需要改进的地方|我们的工作还有", t), seed
        t = draft(_review(507), seed=seed).text
        assert re.search("向涑海区爱心企业(?:表示衷心的感谢|致以诚挚的谢意|的爱心善举致敬)", t), seed
        assert not re.search("涑海区(?:为我们)?(?:送来了|带来了)帮扶资金", t), seed
        t = draft(_review(505), seed=seed).text
        assert "翘首以盼" not in t and "全县干部群众期盼已久" not in t, seed
        # (…and no one 莅临 or 来到 a meeting room: 欢迎…一行莅临嵖源县委第一会议室, 我们…来到埝河县委常委会议室)
        for n in (504, 506, 508):
            assert not re.search("(?:莅临|来到|亲临)[^，。；]{0,12}(?:会议室|行政中心)", draft(_review(n), seed=seed).text), (n, seed)


def test_round81_readers():
    """Round 81 (524–543 at seed 475, first reading): a hospital's president called his hospital 我区人民医院 and asked
    贵县人民医院, and said his gift was for the county's 发展; a town's thanks to 葑塘镇各级领导; a farewell's 我县这几年的
    变化，这里面… and a medical team credited with every area's work; a report's 自2021年开始结对协作；此次捐赠物资…; a toast's
    一茬接一茬 of batches the event does not give; 多到村组农户和群众家中去."""
    for seed in (475, None, 1, 2, 3):
        t = draft(_review(531), seed=seed).text
        assert not re.search("我区人民医院|贵县人民医院|岜林县的发展尽", t), seed
        assert "葑塘镇各级领导" not in draft(_review(527), seed=seed).text, seed
        t = draft(_review(535), seed=seed).text
        assert "这几年的变化，这里面" not in t and not re.search("专业技术人才[^。]{0,20}在[^。]*产业协作[^。]*(?:作用|贡献)", t), seed
        assert not re.search("结对协作；此次", draft(_review(538), seed=seed).text), seed
        assert "一茬接一茬" not in draft(_review(543), seed=seed).text, seed
        assert "村组农户和群众家中" not in draft(_review(534), seed=seed).text, seed
        # (…a chamber's president reporting 滠湖区的情况 and then his chamber, pledging 推进各项协作工作, and a point of
        # feeling under 三个方面的工作; an education bureau's 资源与市场深度对接, 共推项目 and 全县干部群众)
        t = draft(_review(532), seed=seed).text
        assert "滠湖区的情况" not in t and "推进各项协作工作" not in t, seed
        assert not re.search("工作：\n(?:一、|第一，|一是)来了就被赕源打动", t), seed
        t = draft(_review(528), seed=seed).text
        assert not re.search("市场深度对接|共推项目|全县干部群众一定|全县上下一定", t), seed


def test_rounds82_and_83_readers():
    """Rounds 82 (524–543 again at seed 477) and 83 (444–463 at seed 479): 越往深处走…越来越高 (杂糅); a farewell
    symposium called 总结会 its name does not say, and 这次座谈会，既是…，说起分别，大家… in one sentence; a host telling
    those who leave 我县永远是大家的娘家 (the sender's word); 这次，大家安排了… of the hosts' own visit plan; 双方各界人士
    of a village and a firm; 与杻浦区携手对标先进地区; 舍小家、为大家 said of 大家."""
    for seed in (477, 479, None, 1, 2):
        for n in (455, 456, 493):
            assert not re.search("越往[^。]{0,8}走，[^。]{0,12}越来越|越往[^。]{0,8}，[^。]{0,12}也更高了", draft(_review(n), seed=seed).text), (n, seed)
        t = draft(_review(535), seed=seed).text
        assert "也是总结会" not in t and not re.search("也是[^。]{0,4}会，(?:说起分别|离别之际|我们|大家)", t), seed
        assert "娘家" not in t, seed
        assert "大家安排了" not in draft(_review(446), seed=seed).text, seed
        assert "各界人士" not in draft(_review(447), seed=seed).text, seed
        assert "对标先进地区" not in draft(_review(448), seed=seed).text, seed
        assert "舍小家、为大家" not in draft(_review(456), seed=seed).text, seed
        # (…and a reply's points that open on thanks, 感谢硙原的盛情接待, are no 认识: 三点认识和打算, round 82)
        assert "认识和打算" not in draft(_review(529), seed=seed).text, seed
        # (…and no 项目 of a gift of money only: 葑塘镇既送来了资金和项目, round 82)
        assert "送来了资金和项目" not in draft(_review(527), seed=seed).text, seed


def test_session24_left_over():
    """Left over from rounds 80 and 82: a term-end farewell whose own point and asks ask the cadres back
    (大门永远向大家敞开…常回来看看, 多回“第二故乡”看看) asked them back twice more in set sentences (514); a
    report put the writer's 会议通报了…进展 among the pairing's results after 据介绍 (537); a farewell
    recalled their coming with 那时候 right after today's send-off."""
    back = re.compile(r"[常多]回|欢迎大家回来|永远欢迎|大门永远")
    for seed in (473, 481, None, 1, 2, 3):
        t = draft(_review(514), seed=seed).text
        # the writer's own point and asks say it, and nothing else does
        said = [s for s in re.split("(?<=[。！])", t) if back.search(s)]
        assert all(re.search("常回家看看|砀溪的大门|带着家人|第二故乡", s) for s in said), (seed, said)
        assert "那时候" not in t, seed
        report = draft(_review(537), seed=seed).text
        assert re.search("[。]会议通报了2026年上半年协作工作进展", report), seed
        assert not re.search("[；，]会议通报了|会上，灈湾—垌溪共建产业园", report), seed
        # (round 83, 457: the sending side's charge to keep the place in mind said after its wishes)
        t457 = draft(_review(457), seed=seed).text
        assert not re.search("最后，[^。]*！[^。]*常关心", t457), seed
    # a farewell whose writer asks nothing of the kind still asks them back once
    for seed in (None, 1, 2):
        t = draft(_review(535), seed=seed).text
        assert 1 <= len(re.findall(r"常回", t)) <= 2, seed


def test_buyers_are_no_leaders():
    """Round 80 (505): an agriculture bureau welcoming a group of buyers no leader of theirs leads greeted them
    尊敬的泚阳区各位领导, wished 各位领导 well and pledged to learn their 先进理念. They are greeted as buyers; a
    group with a leader of its own, or one the event lists no firms in, is greeted as before."""
    for seed in (473, 481, None, 1, 2, 3):
        t = draft(_review(505), seed=seed).text
        assert t.splitlines()[3] == "尊敬的各位采购商朋友，同志们：", seed
        assert "各位领导" not in t and not re.search("学习泚阳区|泚阳区的先进理念|考察指导", t), seed
    raw = yaml.safe_load(next(REVIEW.glob("505-*.yaml")).read_text(encoding="utf-8"))
    toast = dict(raw, kind="toast")
    assert draft(parse_event(yaml.safe_dump(toast, allow_unicode=True), "505t.yaml")).text.splitlines()[3] \
        == "尊敬的各位采购商朋友，同志们："
    # (led by an official of theirs, they are greeted by that official, as any delegation, and as buyers after the
    # leaders: 尊敬的阎局长，各位领导、同志们 of a buyers' group was read as greeting no buyer, round 100's helper, 747)
    led = dict(raw, guest=dict(raw["guest"], leaders=[{"name": "甄望舒", "title": "区商务局副局长"}]))
    t = draft(parse_event(yaml.safe_dump(led, allow_unicode=True), "505l.yaml")).text
    assert t.splitlines()[3] == "尊敬的甄副局长，各位领导、各位采购商朋友：", t.splitlines()[3]


def test_session24_events():
    """The helper's reading of events 544–563 (session 24): an ask that states before it tells (希望大家四季度是…关键期,
    希望大家消费帮扶进度滞后…); a theme that opens on a verb of its own (全力深化对标年度任务); a plan of a quarter
    (我们将三季度组织…); a firm's head announcing 一个方面的事情, pledging a district's 扛在肩上 and inviting to his
    district, his 助学 gift for the county's 发展; a hospital's head's bare facts, 政治任务 and 资源禀赋, its doctors'
    干部在这里工作顺心; teachers made 班子成员 and briefed by 各乡镇和部门; a farewell's invented 一年多; a dinner on
    9月29日 with no word of 国庆, and 相聚一堂 twice; 漎口区团区委书记 for 共青团漎口区委书记."""
    for seed in (481, None, 1, 2, 3):
        t = draft(_review(554), seed=seed).text
        assert "四季度是项目验收和年度考核的关键期，大家要抓紧推进资金拨付和项目验收" in t and "希望大家四季度" not in t, seed
        t = draft(_review(556), seed=seed).text
        assert "消费帮扶进度滞后，每名队员要牵头落实一个采购渠道" in t and "希望大家消费帮扶" not in t, seed
        assert "希望大家队员之间" not in t and "三季度，我们将组织" in t, seed
        assert "深化对标" not in t, seed
        t = draft(_review(551), seed=seed).text
        assert not re.search("一个方面|一点(?:想法|打算|意见)", t), seed
        assert "垱坪县的孩子们上学读书" in t and "为垱坪县的发展添一把力" not in t, seed
        assert not re.search("扛在肩上|第一信号|常到澋川区走一走", t), seed
        t = draft(_review(548), seed=seed).text
        assert not re.search("工作顺心、生活舒心、群众|政治任务|资源禀赋", t), seed
        assert not re.search("\n2025年县人民医院门急诊量", t), seed
        t = draft(_review(553), seed=seed).text
        assert not re.search("班子成员|各乡镇和部门要|各乡镇、各部门要主动", t), seed
        assert "一年多" not in draft(_review(555), seed=seed).text, seed
        t = draft(_review(561), seed=seed).text
        assert "国庆" in t and not ("相聚一堂" in t and "欢聚一堂" in t), seed
        t = draft(_review(562), seed=seed).text
        assert t.splitlines()[1] == "共青团漎口区委书记蓝予澈" and "代表共青团漎口区委" in t, seed


def test_round84_readers():
    """Round 84 (events 544–553 at seed 481): a firm's chairman said 政治责任, 必须…抓下去, 提高协作的精准度, a
    pairing's 结对以来 the event does not give, and a set heading stood alone before his one point (551); a
    hospital's president named his hospital in the third person, its 2025 figure before what it is, and pledged
    两地学校、医院和村社结对共建 and 守住…返贫 (548); an education director told teachers of 产业 short boards and set
    tasks for 各级各部门 (553)."""
    headings = "深化友谊|珍视情谊|厚植情谊|增进友谊|珍惜情谊|加强互访交流|密切往来交流|深化交流交往"
    for seed in (481, None, 1, 2, 3):
        t = draft(_review(551), seed=seed).text
        assert not re.search("政治责任|抓下去|精准度|出发点和落脚点|结对以来|携手以来", t), seed
        assert not re.search(f"\\n(?:{headings})，", t), seed
        t = draft(_review(548), seed=seed).text
        assert "我院是二级甲等综合医院，开放床位520张；2025年我院门急诊量38.2万人次" in t, seed
        assert not re.search("结对共建|规模性返贫|嵘林县人民医院是", t), seed
        t = draft(_review(553), seed=seed).text
        assert not re.search("产业[^。]{0,12}短板|各级各部门", t), seed


def test_round84_readers_kept_with_findings():
    """Round 84, drafts kept with findings: a children's summer camp's toast said no word of the camp (562); a reply
    introduced its own district after the gift, out of place (549); a farewell said 好经验…传承, 好理念…接过来 and
    好做法…梳理好 in one draft (555)."""
    carry = re.compile("(?:好作风|好经验|好理念|好做法|好思路)[^。]{0,14}(?:传承|接过来|接着用|用下去|坚持好|梳理好|继承)")
    for seed in (481, 483, None, 1, 2):
        assert re.search("(?:这次|此次)夏令营，两地的孩子们", draft(_review(562), seed=seed).text), seed
        t = draft(_review(549), seed=seed).text
        assert t.index("溎湖区地区生产总值1320亿元") < t.index("我区累计投入屾原县财政帮扶资金"), seed
        assert len(carry.findall(draft(_review(555), seed=seed).text)) <= 1, seed


def test_round86_readers():
    """Round 86 (events 464–483 at seed 485): a gift of 产业园配套设施建设资金 managed as things (让它们…, 465); a
    health director's 我们会开展重点专科共建…，帮助提升医院的… (the helper's words, 464); a send-off at home asking
    the absent hosts 也希望嵺川县的同志们对大家多指导 (473); a year-end review's 大家这次来我旗 (474); a town
    secretary setting tasks for 各级各部门 (475)."""
    for seed in (485, None, 1, 2, 3):
        assert "让它们" not in draft(_review(465), seed=seed).text, seed
        assert "帮助提升医院" not in draft(_review(464), seed=seed).text, seed
        assert not re.search("也希望嵺川县的(?:同志们|领导和同志们)对大家", draft(_review(473), seed=seed).text), seed
        assert "这次来我旗" not in draft(_review(474), seed=seed).text, seed
        assert "各级各部门" not in draft(_review(475), seed=seed).text, seed


def test_round85_readers():
    """Round 85 (events 544–563 again, at seed 483): a hospital's president thanked 一直以来倾情帮扶我县的麦院长 (a
    visiting vice-president credited with years of help: the key that named the other side's leaders as a body was
    overwritten by the leaders' addresses) and spoke for 全县干部群众 (548); a firm thanked its hosts for 大量富有成效的
    工作 of a pairing the event does not give (551); 我们也期待贵县…；请屾原县梳理… (549)."""
    for seed in (483, None, 1, 2, 3):
        t = draft(_review(548), seed=seed).text
        assert not re.search("帮扶我县的麦院长|支持我县发展的麦院长|帮助我县的麦院长|全县干部群众一定", t), seed
        assert "富有成效的工作" not in draft(_review(551), seed=seed).text and \
            "卓有成效的工作" not in draft(_review(551), seed=seed).text, seed
        t = draft(_review(549), seed=seed).text
        assert "；也请贵县梳理一批适合东部企业投资的项目清单" in t and "请屾原县" not in t, seed


def test_round87_readers():
    """Round 87 (events 564–583, first reading at seed 487, and the helper's own reading): plans said after 我们将
    whole (我们将飞地园区实行…, 我们将集团采购…力争…, 我们将培训结束后…, 我们将年货节期间在…); a report whose name says who
    convenes it (…与堎原县召开…座谈会召开); a gift an organisation of the side gives (潨城区红十字会) said as the
    district's, and 潨城区捐赠物资将…; a signing's own fact said after 据了解 (579); a slogan theme 推进'd (山海同游);
    a town told 诚信经营 and 考察洽谈 (566); a school told 各接收单位…写好鉴定 (575); 我讲讲三点希望; a 迎春联谊会
    with no word of the New Year (582)."""
    for seed in (487, None, 1, 2):
        assert "飞地园区将实行" in draft(_review(564), seed=seed).text, seed
        assert "2027年，集团采购漹川县农特产品力争达到3000万元" in draft(_review(571), seed=seed).text, seed
        t = draft(_review(576), seed=seed).text
        assert not re.search("将培训结束后|将年内", t) and "培训结束后，" in t, seed
        assert "年货节期间，我们将在" in draft(_review(569), seed=seed).text, seed
        t = draft(_review(578), seed=seed).text
        assert t.splitlines()[0] == "湱江区驻堎原县工作队与堎原县召开防止返贫动态监测和帮扶工作座谈会", seed
        assert "8月5日，湱江区驻堎原县工作队与堎原县在堎原县农业农村局会议室召开防止返贫动态监测和帮扶工作座谈会。" in t, seed
        t = draft(_review(580), seed=seed).text
        assert "潨城区红十字会向浡江县捐赠价值120万元的棉被、米油等物资" in t and "潨城区捐赠物资" not in t, seed
        assert "仪式上，湴浦区15家民营企业与瀹源县15个村签订结对帮扶协议" in draft(_review(579), seed=seed).text, seed
        assert "推进文旅协作、山海同游" not in draft(_review(565), seed=seed).text, seed
        assert not re.search("诚信经营|考察洽谈", draft(_review(566), seed=seed).text), seed
        t = draft(_review(575), seed=seed).text
        assert not re.search("各接收单位要|讲讲", t), seed
        assert re.search("新春|拜个早年", draft(_review(582), seed=seed).text), seed


def test_round88_readers():
    """Round 88 (events 564–583 at seed 489): a training class the county holds for its own cadres, the helping
    district's experts teaching (576), drafted as a welcome to seconded cadres — 96 of its own village secretaries
    were 漷城区选派的学员, asked to 融入我县 and 身在异乡, the experts never welcomed, and the bureau's director
    spoke for 县委、县政府 (a post in brackets after his own); a vocational school's principal seeing off the
    teachers it received (575) spoke for the county (全县干部群众, 需要我县帮忙, 各接收单位要…) and said 在这里，在这个
    送别的时刻，我再提三点希望; a resident work team's leader (578) welcomed as a visitor (叶澧衡一行) who thanked for a
    reception."""
    for seed in (489, None, 1, 2, 3):
        t = draft(_review(576), seed=seed).text
        assert not re.search("挂职|身在异乡|选派的96名学员|融入我县|县委、县政府|派出单位|第二家乡", t), seed
        assert "我代表县农业农村局，向柏局长和各位专家表示" in t, seed
        assert re.search("！祝各位专家[^！]+！", t) and "提升能力本领、推进乡村全面振兴" in t, seed
        t = draft(_review(575), seed=seed).text
        assert not re.search("全县干部群众|需要我县|各接收单位|各有关部门|在这里，在这个|再提|新的岗位又在前面", t), seed
        assert not re.search(r"同我县[^，。]*同吃一锅饭|基层一线同群众打交道|好经验、好路子", t), seed
        assert "我代表县职业高级中学" in t, seed
        t = draft(_review(578), seed=seed).text
        assert not re.search("一行表示|热情接待|周到安排", t), seed
        assert re.search("对湱江区(?:长期以来|一直以来)的(?:倾力帮扶|大力支持)和工作队的辛勤付出表示", t), seed


def test_office_behind_a_post_in_brackets():
    """A post held with the first, in brackets after it, leaves the office the first post heads (round 88)."""
    from drafter.drafting.voice import own_office

    assert own_office("县农业农村局局长（县乡村振兴局局长）") == "县农业农村局"
    assert own_office("县农业农村局局长") == "县农业农村局"
    assert own_office("区农业农村局（区乡村振兴局）局长") == "区农业农村局（区乡村振兴局）"
    assert own_office("县委书记") == ""


def test_industries_said_once():
    """The county's list of industries is said once in a draft, wherever the set language would say it again
    (round 84: 茶叶、精品水果、竹木加工和民族医药 in the overview, the first point and the second); at each review
    event's default seed, over every event that lists two industries or more, only a core sentence that has no
    other wording says it twice (one event, a team's own gathering; the tree before repeated it in 113 of the first 378)."""
    from drafter.drafting.event import load_event
    from drafter.drafting.values import event_values

    repeating, drafts = [], 0
    for path in sorted((ROOT / "docs" / "review" / "events").glob("*.yaml")):
        listed = event_values(load_event(path)).get("host_industries", "")
        if "、" not in listed and "和" not in listed:
            continue
        drafts += 1
        if draft(load_event(path)).text.count(listed) > 1:
            repeating.append(path.name[:3])
    # (the count grows with the review events: 397 of 623 list two industries or more)
    assert drafts >= 397 and repeating == ["493"], (drafts, repeating)


def test_round89_readers():
    """Round 89 (events 564–583 at seed 491, after round 88's fixes): a town's welcome of firms come to pair with its
    villages said nothing of the pairing and promised 高层互访 (566); an ethnic affairs director's point on
    交往交流交融 spoke of tourist routes, and his third joined resources to markets (567), as did a medical insurance
    director's (568); a judgement of the cooperation before the day's count (两地协作扎实推进，本次专列…, 565); a
    farewell that switched its subject half-way (…欢送湓浦区选派的同志们，大家在…的工作就要结束了) and a school's
    principal selling the county's produce (575); 学好用好这次培训 and a sentence with no subject at a training
    class (576)."""
    for seed in (491, None, 1, 2, 3):
        t = draft(_review(566), seed=seed).text
        assert "村企结对" in t and "高层互访" not in t, seed
        t = draft(_review(567), seed=seed).text
        assert not re.search("旅游线路|推介.{0,4}文旅资源|市场优势", t) and "铸牢中华民族共同体意识" in t, seed
        assert "市场优势" not in draft(_review(568), seed=seed).text, seed
        assert not re.search("两地协作[^。]{0,6}，本次", draft(_review(565), seed=seed).text), seed
        t = draft(_review(575), seed=seed).text
        assert "湓浦区选派的同志们在岈山县的工作" in t and not re.search("推一推|农特产品", t), seed
        t = draft(_review(576), seed=seed).text
        assert not re.search("学好用好这次培训|结业不是学习的终点，在|本乡本村", t), seed


def test_session25_events():
    """Twenty new events (584–603), read by the helper who wrote them: 我们将将… of a plan that opens on 将 (594); 我区
    引导12家我区企业 (589); 我区将名师工作室与…结对 (592); a slogan theme 推进'd (594, 587); a batch's headcount said
    as a result (在两地共同推动下，本批…; 一项项协作举措开花结果，本批研学团…); a hospital's president speaking for
    the county (596); a teachers' dinner on 教师节 with no word of it (603); a farewell dinner's reply that never
    said farewell nor what was signed (602); a 共富工坊's unveiling welcomed with investment (586); county
    departments' cadres at a training class told of 本乡本村 (595)."""
    for seed in (5, None, 1, 2, 3):
        t = draft(_review(594), seed=seed).text
        assert not re.search("将将|推动下，本批|推进感恩", t), seed
        assert "我区引导12家企业到岨川县投资" in draft(_review(589), seed=seed).text, seed
        assert "我区名师工作室将与澪平县学校结对" in draft(_review(592), seed=seed).text, seed
        assert not re.search("推进山海研学|开花结果，本批", draft(_review(587), seed=seed).text), seed
        t = draft(_review(596), seed=seed).text
        assert not re.search("我县正在加快追赶|各有关单位|我县是一片|我县的发展", t), seed
        assert "第四十三个教师节" in draft(_review(603), seed=seed).text, seed
        t = draft(_review(602), seed=seed).text
        assert re.search("送行|饯行", t) and "2027年度东西部协作协议" in t, seed
        assert re.search("共富工坊，", draft(_review(586), seed=seed).text), seed
        assert "本乡本村" not in draft(_review(595), seed=seed).text, seed


def test_a_long_symposium_makes_four_points():
    """A symposium asked 3,600 characters or more of an event that gives no points makes four, as a welcome does
    from 2,600 (points.yaml four_points_from): event 18, asked 3,800, drafted about 1,900 of three points, and
    about 2,100 of four."""
    for seed in (None, 3, 11):
        t = draft(_review(18), seed=seed).text
        assert re.search(r"^(?:四是|四、|第四，)", t, re.M), seed
        assert not re.search(r"^(?:五是|五、|第五，)", t, re.M), seed
        assert not re.search(r"^(?:四是|四、|第四，)", draft(replace(_review(18), length=3000), seed=seed).text, re.M), seed


def test_round90_readers():
    """Round 90 (events 584–603, first reading at seed 493) and the helper who wrote 604–623: a school's dinner that
    welcomes the teachers come to it drafted as a gathering of those long at work (做了大量工作, 603); a hospital's
    president speaking for the organisation department and its units (596); pupils on a study tour asked to 共商协作
    大计, wished 工作顺利 and pledged 学校结对 by a culture bureau (587); a district's toast at the county's dinner for its
    援青 delegation drafted as the district's own cadres welcomed to the district (623); 我们将将… (614); 本地本地农技人员
    and 越往深处走…更加凸显 (616); 渼川县签订了5个村…协议 (609); 我们将秋季学期开学前… (604); 在两地共同推动下，此次
    考察团由…组成 (610)."""
    for seed in (493, 7, None, 1, 2):
        t = draft(_review(603), seed=seed).text
        assert re.search("欢迎澓河区的(?:同志们|各位同志)来到", t) and not re.search("做了大量工作|扎根我县", t), seed
        assert not re.search("组织部门|各单位要|所在单位", draft(_review(596), seed=seed).text), seed
        assert not re.search("共商协作大计|工作顺利|学校结对|教师培训", draft(_review(587), seed=seed).text), seed
        t = draft(_review(623), seed=seed).text
        assert "欢迎洙阳区的同志们" not in t and "挂职干部" not in t and re.search("感谢|谢意", t), seed
        assert "将将" not in draft(_review(614), seed=seed).text, seed
        assert not re.search("本地本地|越往深处走", draft(_review(616), seed=seed).text), seed
        assert "渼川县5个村签订了结对共建乡村振兴示范村协议" in draft(_review(609), seed=seed).text, seed
        assert "将秋季学期开学前" not in draft(_review(604), seed=seed).text, seed
        assert "推动下，此次考察团" not in draft(_review(610), seed=seed).text, seed


def test_round91_readers():
    """Round 91 (events 604–623, first reading at seed 495): science commissioners welcomed as 组团式帮扶, a team the
    event does not say they came as (616)."""
    for seed in (495, 7, None, 1, 2, 3):
        assert "组团式" not in draft(_review(616), seed=seed).text, seed


def test_round91_points_of_the_occasion():
    """Round 91's welcomes and replies whose points were the genre's generic ones where the occasion asks for its
    own, and round 90's job fair: an entrepreneurs' inspection told of audited aid funds and cadres' style (605);
    agricultural experts come to work at a town welcomed as visiting leaders and told of 要素保障 and 招商 (606); a
    chamber's president pledging 在营商环境上多出一份力 (610); a charity's book donation that never named the books and
    spoke of a political duty (611); a technician college pledging 远程教学 for village schools (612); a job fair's
    reply with nothing of the workers (590)."""
    for seed in (495, 493, None, 1, 2, 3):
        t = draft(_review(605), seed=seed).text
        assert "营商环境" in t and not re.search("审计|学习泃东区|泃东区干部[^群]", t), seed
        t = draft(_review(606), seed=seed).text
        assert t.splitlines()[3] == "尊敬的各位专家，同志们、朋友们：", seed
        assert "农技专家" in t and not re.search("要素保障|招商推介|企业家|各位领导的来访|在我镇期间", t), seed
        assert "在营商环境上多出一份力" not in draft(_review(610), seed=seed).text, seed
        t = draft(_review(611), seed=seed).text
        assert "我们向洺溪县中小学捐赠图书" in t and "政治责任" not in t, seed
        t = draft(_review(612), seed=seed).text
        assert "职业院校" in t and "远程教学" not in t, seed
        assert re.search("务工的乡亲|务工人员", draft(_review(590), seed=seed).text), seed


def test_session26_events():
    """Twenty new events (624–643), read by the helper who wrote them: the greeting that names a leader twice when the
    audience names him too (633, 634, 643); a school's farewell of its teachers drafted as of cadres who 走村入户, its
    school's results said as the county's (634); a hospital's president ordering 有关部门和单位 (635); a labour force
    said as a development to be glad of, and 我们院校 (630); a gift of classroom equipment said as funds to audit (625);
    此外 joining set words to a writer's own body (626); a report's 携手共进，产业园规划面积… (639); a team's dinner on
    the night it arrives thanking for support at work (642); a full toast at the helper's dinner for the receiving
    side's delegation that came to 259 of 600 characters (643)."""
    for seed in (None, 1, 2, 3):
        for n in (633, 634, 643):
            greeting = draft(_review(n), seed=seed).text.splitlines()[3]
            named = re.match("尊敬的(.+?)，", greeting)[1].split("、")
            assert not any(a in greeting[greeting.index("，"):] for a in named), (n, seed)
        t = draft(_review(634), seed=seed).text
        assert not re.search("走村入户|挂职干部|我县2026年中考", t), seed
        assert not re.search("有关部门和单位要|各有关部门要|各接收单位要", draft(_review(635), seed=seed).text), seed
        assert not re.search("发展态势令人振奋|我们院校", draft(_review(630), seed=seed).text), seed
        assert not re.search("协作资金|帮扶资金", draft(_review(625), seed=seed).text), seed
        assert "。此外，" not in draft(_review(626), seed=seed).text.splitlines()[10], seed
        assert "携手共进，产业园" not in draft(_review(639), seed=seed).text, seed
        assert "来到淯源县以来" not in draft(_review(642), seed=seed).text, seed
        t = draft(_review(643), seed=seed).text
        assert "湉西区智能家电产业园" in t and len(t) >= 350, seed


def _filled(ev):
    """An event with every material field a full event file may give filled in where it gives none."""
    co = ev.cooperation
    return replace(
        ev, event=replace(ev.event, place=ev.event.place or "县会议中心", theme=ev.event.theme or "推进乡村全面振兴"),
        host=replace(ev.host, facts=ev.host.facts or ("全县有行政村126个，2025年村级集体经济收入全部超过5万元",),
                     industries=ev.host.industries or ("茶叶", "中药材")),
        guest=replace(ev.guest, facts=ev.guest.facts or ("全区2025年地区生产总值达到1280亿元",),
                      industries=ev.guest.industries or ("智能制造", "现代物流")),
        cooperation=replace(co, since=co.since or 2021, areas=co.areas or ("产业协作", "劳务协作"),
                            facts=co.facts or ("2021年以来累计实施协作项目36个",), donation=co.donation or "200万元"),
        visit=replace(ev.visit, sites=ev.visit.sites or ("县职业技术学校实训基地",),
                      signings=ev.visit.signings or ("2026年劳务协作框架协议",)),
        plans=ev.plans or ("年内组织两地企业开展用工对接活动3场",), asks=ev.asks or ("在农产品进机关食堂上给予支持",),
        length=None)


def test_a_full_event_is_never_refused():
    """Every review event with every material field filled in (a place, facts of both sides, a pairing, a gift, sites,
    a signing, plans, asks) is drafted with each fact said: session 26's helper found a full training class (636 in
    its fuller form, tests/data/events/training-class-full.yaml) refused for want of moves that say them, and
    filling the review events found a visit's place, a team's gift and a helper's record at a training class said
    nowhere. No finding but the length's."""
    refused = []
    for path in sorted(REVIEW.glob("*.yaml")):
        d = draft(_filled(load_event(path)))
        errors = [f.rule for f in d.findings if f.severity == "error" and f.rule != "length"]
        if errors:
            refused.append((path.name, errors))
    assert refused == []
    full = load_event(ROOT / "tests" / "data" / "events" / "training-class-full.yaml")
    assert [f.rule for f in draft(full).findings if f.severity == "error" and f.rule != "length"] == []


def test_round92_readers():
    """Round 92 (events 624–643, first reading at seed 497): a school's gift of classroom equipment welcomed with a point
    of markets (625); a principal pledging 远程教学 for the county's township schools (632); 希望湉西区继续推动湉西区…企业
    (631); a school's farewell of its teachers introducing points of praise as 希望 and its asks with 叮嘱 (634); 帮助培训
    干部是…平台 and 就办好这期培训班…提希望 said to trainees (636); 聚焦…等方面密切配合 (638); a team's dinner on its night
    of arrival telling of days worked together (642); 生态畜牧品质上乘 (643)."""
    for seed in (497, None, 1, 2, 3):
        t = draft(_review(625), seed=seed).text
        assert "爱心捐赠" in t and not re.search("资源禀赋|市场优势", t), seed
        assert not re.search("远程教学|乡镇学校", draft(_review(632), seed=seed).text), seed
        assert "推动湉西区电子" not in draft(_review(631), seed=seed).text, seed
        t = draft(_review(634), seed=seed).text
        assert not re.search("叮嘱|点希望", t), seed
        assert not re.search("帮助培训干部是|就办好这期培训班", draft(_review(636), seed=seed).text), seed
        assert not re.search("聚焦[^。，]*等方面", draft(_review(638), seed=seed).text), seed
        assert not re.search("同吃一锅饭|共干一件事|一直激励", draft(_review(642), seed=seed).text), seed
        assert "品质上乘" not in draft(_review(643), seed=seed).text, seed


def test_session26_events_second_batch():
    """Twenty more events (644–663), read by the helper who wrote them: a training course's close drafted as its opening,
    and refused for want of its pairing's areas when no year was given (653); a team's year-end report drafted as its
    arrival (656); an assessment team's welcome that never said the assessment (648); a health commission come to see
    its medical team greeted as 各位专家 (646); a chamber's student-aid gift told of 营商环境 (652); a chairman at his
    firm's village pairing speaking of 两地干部常来常往 (649); 春节期间由市委组织部将逐户走访 (654: 春节期间，将由…); 会上，发布会现场发布…
    (657); a flood relief gift's report that never thanked for it (660); 卢副书记，卢书记 in one greeting (662); a place said
    twice in the opening's sentence (645); 更需要…支持 and 十分需要…支持 in one welcome (644)."""
    for seed in (None, 1, 2, 3):
        t = draft(_review(653), seed=seed).text
        assert "结业" in t and not re.search("热烈欢迎|的到来|认真听好每一堂课|预祝", t), seed
        assert not re.search("的到来|欢迎大家来到", draft(_review(656), seed=seed).text), seed
        assert "考核" in draft(_review(648), seed=seed).text.split("\n", 9)[-1], seed
        assert draft(_review(646), seed=seed).text.splitlines()[3].startswith("尊敬的瀛西区"), seed
        assert "营商环境" not in draft(_review(652), seed=seed).text, seed
        assert "两地干部常来常往" not in draft(_review(649), seed=seed).text, seed
        assert "春节期间，将由市委组织部逐户走访" in draft(_review(654), seed=seed).text, seed
        assert "会上，发布会现场" not in draft(_review(657), seed=seed).text, seed
        assert re.search("对泠南区的(?:倾情捐赠|爱心捐赠|真情援助)表示", draft(_review(660), seed=seed).text), seed
        assert "卢书记" not in draft(_review(662), seed=seed).text.splitlines()[3], seed
        assert "砻下镇枧田村，与我们共同举行碶川县砻下镇" not in draft(_review(645), seed=seed).text, seed
        assert len(re.findall("(?:迫切需要|十分需要|更需要|正需要)[^。；]{0,10}(?:支持|帮助)", draft(_review(644), seed=seed).text)) <= 1, seed
    refused = load_event(ROOT / "tests" / "data" / "events" / "graduation-no-year.yaml")
    assert [f.rule for f in draft(refused).findings if f.severity == "error" and f.rule != "length"] == []


def test_round93_readers():
    """Round 93 (events 644–663, first reading at seed 499): a chamber's 捐资助学 whose reply never said the gift (652); a
    chairman at his firm's village pairing pledging for the two places and told the town's secretary spoke 代表碶川县,
    and a village's households said as a development to be glad of (649); a hospital's president asking support for
    the county's development (646); a medical team's farewell of no results given told it brought 适宜技术, wished well
    在新的岗位上 and said to keep a style 在我县养成的 (655); an assessment team's welcome that opened on 隆重举行,
    考察指导 and 共商协作大计 (648)."""
    for seed in (499, None, 1, 2, 3):
        assert "捐资助学，这是我们的一份心意" in draft(_review(652), seed=seed).text, seed
        t = draft(_review(649), seed=seed).text
        assert not re.search("代表碶川县|高兴地看到|两地关系|双方始终", t), seed
        assert "支持我县" not in draft(_review(646), seed=seed).text, seed
        assert not re.search("适宜技术|新的岗位|养成的", draft(_review(655), seed=seed).text), seed
        # (an assessment team is not welcomed as leaders come 考察指导, nor to 共商协作大计: 648)
        assert not re.search("隆重|考察指导|共商协作大计|共叙两地情谊", draft(_review(648), seed=seed).text), seed


def test_session27_mended_readings_of_round93():
    """Round 93's readings not mended in session 26: a hospital president's welcome of the health commission come to
    see the medical team never named the team, said 对我县而言 and pledged 开展医院结对帮扶, the helper's line (646); a
    county head told the seconded cadres their term 为干部增长才干提供了难得机会, the sender's line (656); a course's close
    told village leaders and skilled workers of 提升干部能力 and 要帮助当地…, said 特色产业各具特色 and left out the
    event's two plans (653); a reply named its occasion whole, 共同举行…代表团赴潆阳区考察对接暨消费帮扶产品发布会 (651)."""
    for seed in (499, None, 1, 2, 3):
        t = draft(_review(646), seed=seed).text
        assert "组团式帮扶医疗队的各位专家" in t and not re.search("对我县而言|开展医院结对帮扶", t), seed
        assert not re.search("增长才干|经受锻炼|锤炼本领|成长进步", draft(_review(656), seed=seed).text), seed
        t = draft(_review(653), seed=seed).text
        assert not re.search("干部|帮助当地|各具特色|在学习中", t), seed
        assert "明年，我们将在我区再办两期乡村振兴人才培训班，培训蒗溪县学员100名" in t, seed
        t = draft(_review(651), seed=seed).text
        assert "举行消费帮扶产品发布会" in t and "举行洑水县" not in t, seed


def test_session27_events():
    """The helper's own reading of session 27's new events (664–683), mended before round 94: a host's welcome at the
    training course it holds asked the guests to 全程参训 and thanked them for seconded cadres (668: drafted as the
    course's speech, with a warning); 尊敬的各位专家，各位专家、同志们 and 全县干部群众 in a hospital president's welcome
    (667); a report welcoming 客人一行 the event never says came (677, 680); 回到滘江区后 three times in one point and
    units told to publicise the cadres at their farewell (675); a reply that never named its two agreements (672); a
    chairman's 协作工作还有…薄弱环节 (670); 向湄嵚县捐赠助学 and 发挥企业自身优势 twice (671); a toast to a teaching team
    that welcomed 浍滨区各位领导 and said 今晚 twice (681)."""
    for seed in (None, 1, 2, 3, 4):
        d = draft(_review(668), seed=seed)
        assert d.kind == "symposium" and d.title.endswith("开班式上的讲话"), seed
        assert not re.search("恳请潖湾区|挂职干部|干部的本领|干部人才", d.text), seed
        assert "希望大家全程参训，不迟到、不早退" in d.text, seed
        t = draft(_review(667), seed=seed).text
        assert t.split("\n")[3] == "尊敬的各位专家，同志们：" and "全县干部群众" not in t, seed
        for n in (677, 680):
            assert not re.search("到来|客人", draft(_review(n), seed=seed).text), (n, seed)
        t = draft(_review(675), seed=seed).text
        point = next(x for x in t.split("\n") if "常回麓沣看看" in x)
        assert point.count("回到滘江区后") <= 1 and "先进典型" not in t, seed
        t = draft(_review(672), seed=seed).text
        assert "框架协议" in t and "马铃薯全粉加工项目投资协议" in t, seed
        assert not re.search("薄弱环节|离群众的期盼", draft(_review(670), seed=seed).text), seed
        t = draft(_review(671), seed=seed).text
        assert "捐赠助学" not in t and t.count("发挥企业自身优势") <= 1, seed
        t = draft(_review(681), seed=seed).text
        assert t.split("\n")[3].startswith("尊敬的各位老师") and "各位领导" not in t, seed
        assert t.split("\n")[4].count("今晚") <= 1, seed


def test_round94_readers():
    """Round 94 (events 664–683, first reading at seed 501): 东西部协作这篇大文章一定会取得…成效 (666); experts come to work
    welcomed 考察交流 and spoken of as 他们 before them (667); farmers at their course told of 本单位, 分管的工作 and a
    现场教学 the event does not give (668); 选派干部来挂职，既是…纽带 (673); a principal telling 相关部门 what to do and
    taking teachers into the banner's ranks (674); 这些看得见的变化，这里面…, 一点一滴的变化…倾注了心血 and 回到原岗位 after
    在新的岗位上 (675); 又一务实举措 of an occasion no earlier one is given for (677, 680); a chamber's head opening the
    district's doors (682); 这也是我们共同的心血 of a visit (683)."""
    for seed in (501, None, 1, 2, 3):
        assert "大文章" not in draft(_review(666), seed=seed).text, seed
        assert not re.search("考察交流|指导工作|让他们帮助", draft(_review(667), seed=seed).text), seed
        assert not re.search("分管|本单位|现场教学", draft(_review(668), seed=seed).text), seed
        assert "选派干部来挂职，既是" not in draft(_review(673), seed=seed).text, seed
        assert not re.search("相关部门要|人才队伍中的一员|干部队伍中的一员", draft(_review(674), seed=seed).text), seed
        t = draft(_review(675), seed=seed).text
        assert not re.search("这些看得见的变化|这里面既有|回到原岗位|一点一滴的变化", t), seed
        for n in (677, 680):
            assert "又一" not in draft(_review(n), seed=seed).text, (n, seed)
        assert "潖湾区的大门" not in draft(_review(682), seed=seed).text, seed
        assert "共同的心血" not in draft(_review(683), seed=seed).text, seed


def test_session27_events_second_batch():
    """The helper's own reading of events 684–703, mended before round 95: an assessment team's welcome that would learn
    from the team and invite its friends to visit (688); a chairman at the opening of the school his group built who
    greeted 亲爱的同学们, never spoke to them and came 共商协作大计 (689); a 帮扶车间's投产 spoken of as 共富工坊 (692);
    希望大家第三批同志… (693); a send-off at home opened as a visit to 岜沅县 and thanking its absent leaders (695); a
    principal speaking of 我县的人才队伍, the county's 民生短板 and 下乡调研 (696); a report welcoming the sending side's
    cadre posted in the county as 一行 come to visit, with his title garbled as 洑安区泓川县委常委… (698, 700); a hospital
    president's 我县将推进重点专科共建 (686)."""
    for seed in (None, 1, 2, 3, 4):
        t = draft(_review(688), seed=seed).text
        assert not re.search("学习|走一走|营商环境|投资兴业", t), seed
        t = draft(_review(689), seed=seed).text
        assert re.search("同学们，希望你们", t) and "协作大计" not in t, seed
        assert "工坊" not in draft(_review(692), seed=seed).text, seed
        t = draft(_review(693), seed=seed).text
        assert "希望大家第" not in t and "希望第四批同志要" not in t, seed
        t = draft(_review(695), seed=seed).text
        assert "送行" in t.split("\n")[4] or "壮行" in t.split("\n")[4], seed
        assert not re.search("来到岜沅县|各级领导", t), seed
        t = draft(_review(696), seed=seed).text
        assert not re.search("我县的人才队伍|人才队伍中的一员|正在[^。]*短板|下乡调研", t), seed
        for n in (698, 700):
            t = draft(_review(n), seed=seed).text
            assert not re.search("一行表示|热情接待|一行实地|一行考察", t), (n, seed)
        assert "洑安区泓川县" not in draft(_review(700), seed=seed).text, seed
        assert "我县将" not in draft(_review(686), seed=seed).text, seed


def test_round95_readers():
    """Round 95 (events 684–703, first reading at seed 503): an entrepreneurs' tour welcomed 莅临…指导工作 (687); an
    assessment welcome introducing its points as on 加强两地协作 (688); a send-off at home saying 这里 of the county the
    cadres go to (695); a principal's 这个大家庭 with nothing before it (696); a posted cadre's visit said 会前 (700)."""
    for seed in (503, None, 1, 2, 3):
        assert not re.search("指导工作|考察指导|调研指导", draft(_review(687), seed=seed).text), seed
        intro = next(x for x in draft(_review(688), seed=seed).text.split("\n")[4:] if x.endswith("："))
        assert not re.search("[加深]强两地协作|拓展两地合作", intro), seed
        t = draft(_review(695), seed=seed).text
        assert not re.search("这里的同志|选派到这里|在这里留下", t), seed
        t = draft(_review(696), seed=seed).text
        assert "就是这个大家庭" not in t, seed
        assert "会前" not in draft(_review(700), seed=seed).text, seed


def test_round96_readers():
    """Round 96 (events 604–623 again, at seed 505): a charity's president at its book gift pledging 选派优秀教师 and
    教师队伍素质, the education office's work (611: a charity's own work is what its title says, not the occasion's);
    a health bureau head's 全县干部群众一直铭刻在心 (607: an office's head speaks as 我们)."""
    for seed in (505, None, 1, 2, 3):
        assert not re.search("选派[^。]*教师|教师队伍", draft(_review(611), seed=seed).text), seed
        assert "全县干部群众" not in draft(_review(607), seed=seed).text, seed


def test_a_near_miss_of_the_length_takes_the_closest_of_the_seeds_renderings():
    """The example welcome asked 3,000 characters came to 2,510 at seed 3 (1.6% outside the contract's band) while
    most seeds reached it: a draft that misses the band narrowly (within 25%) is rendered again with the seed's next
    RNGs, at most NEAR_MISS_CANDIDATES in all, and the closest kept; one in the band is the first rendering."""
    from drafter.drafting import draft as drafting

    # (asked 3,200 since session 29: the example's material grew, and at 3,000 every seed's first rendering is in the band)
    e = replace(ev("welcome"), length=3200)
    d = draft(e, seed=8)
    assert 2720 <= d.length <= 3680 and [f.rule for f in d.findings] == [], d.length
    assert drafting.NEAR_MISS_CANDIDATES == 3 and drafting.NEAR_MISS == 0.25
    # (in the band at once: the same text whatever the number of renderings allowed)
    inband = draft(ev("welcome"), seed=3)
    drafting.NEAR_MISS_CANDIDATES = 1
    try:
        assert draft(ev("welcome"), seed=3).text == inband.text
        assert draft(e, seed=8).length < 2720
    finally:
        drafting.NEAR_MISS_CANDIDATES = 3


def test_session28_mended_readings_of_rounds_94_to_96():
    """What rounds 94–96 read and session 27 left open: a farewell's heading of praise over a body of asks (675: its
    results said under it); 双方签署了 beside a deal naming its parties, and a chairman naming his own firm in the third
    person (670); 乐正副区长 of a leader the audience calls 乐区长 (666); a people's congress's head 抓好各项协作任务 and
    多年的实践 of a pairing the event gives no start (608); a team's mid-year working meeting told to 融入当地 (615); the
    campers' study sites said as a leader's visit (699); a hospital's 挂牌暨远程会诊中心启用 never named (686)."""
    for seed in (501, 503, 505, None, 1, 2):
        d675 = draft(_review(675), seed=seed).text
        first = re.search(r"(?:一、|一是|第一，)真情帮扶，留下了看得见的实绩[。\n]?([^\n]*)", d675)
        assert first and "两年来挂职干部牵线引进滘江区企业9家" in first[1] and "梳理" not in first[1], (seed, first)
        d670 = draft(_review(670), seed=seed).text
        assert "双方签署" not in d670 and "沥海鸿橙食品有限公司与" not in d670, seed
        d666 = draft(_review(666), seed=seed).text
        assert "尊敬的闵区长、乐副区长，" in d666 and "乐正副区长" not in d666, seed
        d608 = draft(_review(608), seed=seed).text
        assert "抓好各项协作任务" not in d608 and "多年的实践" not in d608 and "体会尤深" not in d608, seed
        d615 = draft(_review(615), seed=seed).text
        assert "融入当地" not in d615 and "协作任务" in d615, seed
        d699 = draft(_review(699), seed=seed).text
        assert "一行实地考察" not in d699 and "营员们将" in d699, seed
        d686 = draft(_review(686), seed=seed).text
        assert "溇河区人民医院对口支援曲嵘县人民医院正式挂牌，远程会诊中心正式启用" in d686, seed
    # (a farewell's praise heading with no results to say: its praise, not a body of asks)
    e = _review(675)
    bare = replace(e, cooperation=replace(e.cooperation, facts=()),
                   points=(replace(e.points[0], heading="真情付出，实绩可鉴"), *e.points[1:]))
    body = re.search(r"(?:一、|一是|第一，)真情付出，实绩可鉴[。\n]?([^\n]*)", draft(bare, seed=501).text)[1]
    assert "看在眼里" in body and "希望" not in body, body


def test_session28_events():
    """Events 704–723, as the helper who wrote them read their drafts at seed 3: a posted vice-head speaking for the
    district's committee at its team's arrival, 专程看望 those who come that day, and 淓湖区县委常委 in the byline (715);
    淓湖区各位领导 welcomed where only teachers came (707); 我们将联络处每年组织… (710); 近年来 before a year's and the present's
    figures (714, 717); 灾情发生后 said before the flood, and 到企业 for 到淓湖区企业 (704); a science bureau that never speaks
    to its 科技特派员 (711); a dinner of 620 workers that never speaks to them (723); a principal's 结合我县的实际 and
    漖川区干部敢为人先 (706)."""
    for seed in (3, None, 1, 2):
        d715 = draft(_review(715), seed=seed).text
        assert d715.splitlines()[1] == "峓河县委常委、副县长（挂职）蒋思沛", seed
        assert "代表淓湖区委" not in d715 and "看望" not in d715, seed
        d707 = draft(_review(707), seed=seed).text
        assert "各位领导" not in d707 and "各位老师" in d707.split("\n", 4)[4], seed
        assert "联络处将每年组织" in draft(_review(710), seed=seed).text, seed
        assert "近年来，医疗队" not in draft(_review(714), seed=seed).text, seed
        assert "近年来，嵱平县现有" not in draft(_review(717), seed=seed).text, seed
        d704 = draft(_review(704), seed=seed).text
        assert d704.index("遭受特大暴雨洪涝灾害") < d704.index("灾情发生后全县紧急转移"), seed
        assert "到淓湖区企业稳岗就业" in d704, seed
        assert "希望大家扎根田间地头" in draft(_review(711), seed=seed).text or \
            "希望大家沉下身子、扎根田间地头" in draft(_review(711), seed=seed).text, seed
        assert "各位老乡" in draft(_review(723), seed=seed).text.split("\n", 4)[4], seed
        d706 = draft(_review(706), seed=seed).text
        assert "结合我县的实际" not in d706 and "漖川区干部" not in d706, seed
        assert "漖川区职业技术学院与嵱平县职业技术学校合作办学正式签约" in d706, seed


def test_round97_readers():
    """Round 97 (events 704–723, at seed 507: 20 of 20 kept): the flood and last year's income joined by ；(704); a posted
    vice-head thanking the county for 一直以来 caring for a team that came that day, and asking it of the county he helps
    lead (715); 大家在这里能够施展才干 of the place a send-off at home sends them to, and 前两批我区 (716); 在外务工 and
    娘家人 in the employing district's mouth (708); the day's commendation said after 两地结对以来 (718); a future
    fact in the pairing's clause (720)."""
    for seed in (507, None, 1, 2, 3):
        d704 = draft(_review(704), seed=seed).text
        assert "未发生因灾返贫；2025年" not in d704 and "未发生因灾返贫。2025年" in d704, seed
        d715 = draft(_review(715), seed=seed).text
        assert "一直以来" not in d715 and "希望峓河县" not in d715 and "派出单位要" not in d715, seed
        d716 = draft(_review(716), seed=seed).text
        assert "大家在这里" not in d716 and "前两批我区" not in d716 and "我区前两批" in d716, seed
        d708 = draft(_review(708), seed=seed).text
        assert "在外务工" not in d708 and "娘家人" not in d708, seed
        d718 = draft(_review(718), seed=seed).text
        assert "结对以来，活动" not in d718 and "活动中，表彰返乡创业带头人20名" in d718, seed
        d720 = draft(_review(720), seed=seed).text
        assert not re.search("结对以来[^。]*预计", d720), seed


def test_session28_events_second_batch():
    """Events 724–743, as the helper who wrote them read their drafts at seed 3: the receiving side's young cadres on the job
    at the helper's drafted as the helper's own sent west (735); a course's close at home drafted as its opening (736); an
    audit's rectification meeting drafted as the cadres' arrival, and 希望大家各项目单位… (733); a youth league's secretary
    for 区委、区政府和全区人民, and 我们将挂职青年干部每人… (729); a Spring Festival dinner with no festival and the
    speaker's own gift 我们一定把它用好 (742); 我镇我镇总面积, a firm's gift said the district's, 我们还将书屋每天… (728);
    我区—榕埕县…产业园 (725); …直播带货节，活动在…举行 (737, 740); a women's federation on investment (727); a helping
    district's health bureau 主动对接帮扶医院和专家 (732); a guest named 褚维昇, refused as traditional (739)."""
    for seed in (3, None, 1):
        d735 = draft(_review(735), seed=seed).text
        assert "到觉洛县挂职" not in d735 and "拜托觉洛县" not in d735 and "跟岗" in d735.split("\n", 4)[4], seed
        d736 = draft(_review(736), seed=seed).text
        assert "将在这里" not in d736 and "预祝" not in d736 and "顺利结业" in d736, seed
        d733 = draft(_review(733), seed=seed).text
        assert "希望大家各" not in d733 and "整改" in d733.split("\n", 4)[4].split("希望各项目单位")[0], seed
        d729 = draft(_review(729), seed=seed).text
        assert "区委、区政府和全区人民" not in d729 and "代表共青团澥川区委" in d729 and "将挂职青年干部" not in d729, seed
        d742 = draft(_review(742), seed=seed).text
        assert "把它用好" not in d742 and re.search("新春|春节", d742.split("\n", 4)[4]), seed
        d728 = draft(_review(728), seed=seed).text
        assert "我镇我镇" not in d728 and "泷浦区捐赠" not in d728 and "将书屋" not in d728, seed
        assert "我区—" not in draft(_review(725), seed=seed).text, seed
        for n in (737, 740):
            assert "，活动在" not in draft(_review(n), seed=seed).text, (n, seed)
        assert "投资兴业" not in draft(_review(727), seed=seed).text, seed
        assert "主动对接帮扶医院" not in draft(_review(732), seed=seed).text, seed
    assert "褚维昇" in draft(_review(739), seed=3).text


def test_round98_readers():
    """Round 98 (events 724–743, at seed 509: 17 of 20 kept): an audit's rectification meeting opened as a talk with the
    cadres (733); 集中学习, 本地 and 预祝培训班… of learning on the job (735); 比送钱送物更管长远 in the receiving side's
    mouth (736); 结对情谊 of a firm the event pairs with no one (731); …正式开工，…结出了新的硕果 (727); 泷浦汇穗食品有限公司捐建…
    正式揭牌 (728); the festival's own facts among the pairing's (737); a tourist train's passengers toasted as 各位领导 and
    asked for 宝贵意见 (741)."""
    for seed in (509, None, 1, 2):
        d733 = draft(_review(733), seed=seed).text
        assert "交心会" not in d733 and "跨越山海" not in d733, seed
        d735 = draft(_review(735), seed=seed).text
        assert not re.search("集中学习|本地实际|培训班", d735.split("\n", 4)[4]), seed
        assert "送钱送物" not in draft(_review(736), seed=seed).text, seed
        assert "结对情谊" not in draft(_review(731), seed=seed).text, seed
        assert not re.search("开工，[^。]*硕果", draft(_review(727), seed=seed).text), seed
        assert "由泷浦汇穗食品有限公司捐建的" in draft(_review(728), seed=seed).text, seed
        assert "本次带货节为期3天" in draft(_review(737), seed=seed).text, seed
        d741 = draft(_review(741), seed=seed).text
        assert "各位领导" not in d741 and "宝贵意见" not in d741, seed


def test_round99_readers():
    """Round 99 (events 664–683 again, at seed 511: 17 of 20 kept): a chamber's president at a student-aid gift pledging
    to treat 结对帮扶 as his own business and 情谊越走越亲, a pairing the event never gives, and calling his federation
    我们企业 (671)."""
    for seed in (511, None, 1, 2, 3):
        d671 = draft(_review(671), seed=seed).text
        assert "结对帮扶当作" not in d671 and "情谊越走越亲" not in d671 and "我们企业" not in d671, seed


def test_session29_mended_readings_of_rounds_97_to_99():
    """What rounds 97–99 read and session 28 left: a health centre handed over named in its town's profile by ；
    (…占72%；新卫生院建筑面积…) and its handing over never said, 岈源县我镇 in its name, 尊敬的冼区长，刀县长、各位领导 (705);
    找准了两地产业协作的切入点 of a visit that found nothing (712); 几年来，…产业园规划面积… (725); farmers at their course
    asked 在产业协作上多想办法 (668); 付出了多少、收获了多少 for the people to judge, 借这个机会，我们在这里相聚 (675)."""
    for seed in (507, None, 1, 2, 3):
        d705 = draft(_review(705), seed=seed).text
        assert "；新卫生院" not in d705 and "我镇新卫生院建筑面积4600平方米，设置床位60张。" in d705, seed
        assert "中心卫生院正式交付使用" in d705 and "县我镇" not in d705, seed
        assert d705.split("\n")[3] == "尊敬的冼区长、刀县长，各位领导、各位医护人员、乡亲们：", seed
        assert "找准了" not in draft(_review(712), seed=seed).text, seed
        assert not re.search("[这近几]年[来些]，[^。]*规划面积", draft(_review(725), seed=seed).text), seed
        assert "产业协作上" not in draft(_review(668), seed=seed).text, seed
        d675 = draft(_review(675), seed=seed).text
        assert "收获了多少" not in d675 and "借这个机会，我们在这里相聚" not in d675, seed


def test_session29_events():
    """Events 744–763 and what their helper read at seed 3: a hospital's fact of its paired hospital refused (我县中医医院
    for 嶓源县中医医院, 745); a firm's name cut to 县岭山源… and a producer pledging 回报社会 to its buyers, greeted as
    各位领导 (747); a Red Cross's 常务副会长 speaking for 红十字会常务副 and thanking for 热情接待 after an ice storm (751);
    a town's secretary reported for 柞岭镇 of 菇岭镇 and a firm's chairman appraising the county (757); a deal written with
    its verb said 签订了…签订… (758); 组织1000名我区职工, a route 签署的, no 预祝, self-criticism at its own promotion (748);
    a firm at its own plant's opening visiting it (749); a principal thanking the county's leaders (752); a labour
    bureau's talk to the county's own staff in its district drafted as to its own cadres sent out (755); a meeting of
    science commissioners at work met as their arrival (754); Teachers' Day said no word of (756); a CPPCC chairman's
    two lead-ins and government pledges (744); 我村人民 (746); 各位领导 of overseas Chinese investors (761); a firm's
    职能 (763)."""
    for seed in (3, None, 1, 2):
        d745 = draft(_review(745), seed=seed).text
        assert "嶓源县中医医院坐诊带教" in d745 and "各级领导和社会各界" not in d745, seed
        d747 = draft(_review(747), seed=seed).text
        assert "代表岭山源农业发展有限公司" in d747 and "回报社会" not in d747, seed
        assert d747.split("\n")[3] == "尊敬的阎局长，各位领导、各位采购商朋友：", seed
        d751 = draft(_review(751), seed=seed).text
        assert "常务副，" not in d751 and "热情接待" not in d751 and "为柞岭县的发展" not in d751, seed
        d757 = draft(_review(757), seed=seed).text
        assert "代表菇岭镇党委" in d757 and "柞岭镇" not in d757 and "给予充分肯定" not in d757, seed
        assert "签订了农特产品供应商签订" not in draft(_review(758), seed=seed).text, seed
        d748 = draft(_review(748), seed=seed).text
        assert "1000名我区" not in d748 and "签署的濉滨区3家旅行社" not in d748 and "预祝" in d748, seed
        assert "还有一些不足" not in d748, seed
        d749 = draft(_review(749), seed=seed).text
        assert "我们考察了汇穗源" not in d749 and "奉献爱心" not in d749 and "竣工正式投产" not in d749, seed
        assert "岌禾县各位领导的热情接待" not in draft(_review(752), seed=seed).text, seed
        d755 = draft(_review(755), seed=seed).text
        assert "挂职" not in d755 and "淏江区的形象" not in d755 and "老乡" in d755, seed
        d754 = draft(_review(754), seed=seed).text
        assert "见面" not in d754.split("\n")[4], seed
        d756 = draft(_review(756), seed=seed).text
        assert "教师节" in d756.split("\n")[4] and "医院" not in d756, seed
        d744 = draft(_review(744), seed=seed).text
        assert not re.search("介绍一下(有关|相关)情况|通报一下", d744), seed
        assert "主体责任" not in d744, seed
        assert "我村人民" not in draft(_review(746), seed=seed).text, seed
        assert "各位领导的到来" not in draft(_review(761), seed=seed).text, seed
        assert "自身职能" not in draft(_review(763), seed=seed).text, seed


def test_a_deputy_speaks_for_the_office_and_a_deal_written_with_its_verb_keeps_its_parties():
    """A deputy's or an acting head's post speaks for the office, not for 红十字会常务副 (round 100's helper, 751); a
    deal the event writes with its verb after both parties, A与B签订…协议, has them all before it (758); a deal that is no
    document is agreed, not signed (748)."""
    from drafter.drafting.voice import _signing, own_office, signings_these
    assert [own_office(t) for t in ("漷东区红十字会常务副会长", "漷东区商务局副局长", "县人民医院执行院长", "区工商联副主席")] \
        == ["漷东区红十字会", "漷东区商务局", "县人民医院", "区工商联"]
    words = data("language")["signing"]
    assert _signing("濉滨区12家企业与岌禾县农特产品供应商签订采购协议，金额3200万元", words) == \
        ("濉滨区12家企业与岌禾县农特产品供应商", "采购协议", "金额3200万元", "")
    assert signings_these(("甲区3家旅行社开通乙县旅游专线", "甲区旅行社协会与乙县文化和旅游局“组团游”合作协议"), words) == \
        "商定的甲区3家旅行社开通乙县旅游专线，以及甲区旅行社协会与乙县文化和旅游局签订的“组团游”合作协议"


def test_round100_readers():
    """Round 100 (events 744–763, at seed 513: 19 of 20 kept): a hospital president's pledges of the county's (745); a
    principal thanking the county (752); 又一成果 of a first signing (746); 签订了…必将迈出 (747); its county's
    industries as a firm's own 延链补链 (747); a place's sights as 成绩 (748); 对我们的工作是很好的指导 with no subject
    (744); 稳就业是最基本的民生 (755); a fair's host reported as 陪同 (758); 倍受 (761); 长期以来…倾注心血 of an undated
    pairing (751)."""
    for seed in (513, None, 1, 2, 3):
        d745 = draft(_review(745), seed=seed).text
        assert not re.search("对接帮扶医院和专家|引导群众|投资兴业", d745), seed
        assert "感谢岌禾县" not in draft(_review(752), seed=seed).text, seed
        assert "又一成果" not in draft(_review(746), seed=seed).text, seed
        d747 = draft(_review(747), seed=seed).text
        assert "必将迈出" not in d747 and "延链补链" not in d747 and "岭山源公司" not in d747, seed
        assert not re.search("境内有[^。]*来之不易", draft(_review(748), seed=seed).text), seed
        assert "，对我们的工作是很好的指导" not in draft(_review(744), seed=seed).text, seed
        assert "稳就业是最基本的民生" not in draft(_review(755), seed=seed).text, seed
        assert "陪同" not in draft(_review(758), seed=seed).text.split("\n")[1], seed
        assert "倍受" not in draft(_review(761), seed=seed).text, seed
        assert "倾注心血" not in draft(_review(751), seed=seed).text, seed


def test_session29_events_second_batch():
    """Events 764–783 and their helper's reading at seed 3: 帮助186名我县妇女 (765); a disabled federation's gift reply
    with one point and no numbering, its aids 为…的发展 (771); a 送行午宴 toasted as a welcome (781); a Mid-Autumn dinner's
    guest toast with no word of the festival (782); 把这件好事当作自家的事来办 with nothing before it (769, 772)."""
    for seed in (3, None, 1, 2):
        assert "186名我县" not in draft(_review(765), seed=seed).text, seed
        d771 = draft(_review(771), seed=seed).text
        assert re.search("^(?:一是|第一，|一、)", d771, re.M) and "为岨源县的发展" not in d771, seed
        d781 = draft(_review(781), seed=seed).text
        assert "到来表示" not in d781 and re.search("送行|饯行", d781), seed
        assert "中秋" in draft(_review(782), seed=seed).text.split("\n", 4)[4], seed
        for n in (769, 772):
            assert "这件好事" not in draft(_review(n), seed=seed).text, (n, seed)


def test_round101_readers():
    """Round 101 (events 764–783, at seed 515: 16 of 20 kept): a college's opening of a county's class drafted as a visit
    (768); a families' meeting spoken to the cadres away at work (773); a park's annual dinner toast with neither its
    signing nor its plan (783); a report's years of training said as done at the event and 近年来 of a standing count
    (777); a course's close welcoming its trainees as guests, 仪式上，研修班为期… (780); 捐赠物资和资金 of wheelchairs
    (771); a farewell lunch's 迎来远方的朋友们 (781); 高兴地看到 what a community is (769); 基础条件还不牢固 (764)."""
    for seed in (515, None, 1, 2, 3):
        d768 = draft(_review(768), seed=seed).text
        assert "考察对接" not in d768 and "同学们" in d768.split("\n")[4], seed
        d773 = draft(_review(773), seed=seed).text
        assert not re.search("挂职的第三批9名干部|见个面|代表的是宛桥区的形象|跨越山海", d773) and "家属" in d773.split("\n")[5], seed
        d783 = draft(_review(783), seed=seed).text
        assert "招商合作协议" in d783 and "5家以上企业" in d783, seed
        d777 = draft(_review(777), seed=seed).text
        assert "活动中，两地联合开展" not in d777 and "近年来，芃溪县常年" not in d777, seed
        d780 = draft(_review(780), seed=seed).text
        assert "客人们的到来" not in d780 and "仪式上，研修班" not in d780, seed
        assert "物资和资金" not in draft(_review(771), seed=seed).text, seed
        assert "迎来远方的朋友们" not in draft(_review(781), seed=seed).text, seed
        assert not re.search("看到[^。]*是全县最大", draft(_review(769), seed=seed).text), seed
        assert "基础条件还不" not in draft(_review(764), seed=seed).text, seed


def test_session29_events_third_batch():
    """Events 784–803 (the genre's common occasions) and their helper's reading at seed 3: 禚建华书记 and 苻振国区长 greeted
    by the whole name (788, 803); a district's welcome of a county's delegation at home naming the occasion 藜坪县党政代表团
    赴渌湾区考察对接…座谈会 whole, 组织30家我区企业 (788); a sending side's organisation chief greeting none of the county's
    leaders at his cadres' mid-term visit (794); a county's mid-term visit told 在融入我州中找准切入点 (796); 让来我旗投资
    的企业在我旗发展得更好 (787)."""
    for seed in (3, None, 1, 2):
        d788 = draft(_review(788), seed=seed).text
        assert "禚书记" in d788 and "禚建华书记" not in d788, seed
        assert "赴渌湾区考察对接东西部协作工作座谈会" not in d788.split("\n", 4)[4], seed
        assert "30家我区" not in d788, seed
        assert "苻区长" in draft(_review(803), seed=seed).text, seed
        assert draft(_review(794), seed=seed).text.split("\n")[3].startswith("尊敬的冶部长，"), seed
        assert "找准切入点" not in draft(_review(796), seed=seed).text, seed
        assert "在我旗发展得更好" not in draft(_review(787), seed=seed).text, seed


def test_round102_readers():
    """Round 102 (events 784–803, the genre's common occasions, at seed 517: 19 of 20 kept): 希望滃州市引导更多滃州市有色金属
    深加工企业 (786); 我们在渌湾区…欢迎…来渌湾区 (788); 我县引进泓北区企业16家到我县投资 (791)."""
    for seed in (517, None, 1, 2, 3):
        assert "引导更多滃州市" not in draft(_review(786), seed=seed).text, seed
        assert not re.search("在渌湾区[^。]*来渌湾区", draft(_review(788), seed=seed).text), seed
        assert "16家到我县投资" not in draft(_review(791), seed=seed).text, seed


def test_round103_readers():
    """Round 103 (events 704–723 again, at seed 519: 20 of 20 kept): 我们会同嵱平县保持密切联系, 会同 read as the verb (716);
    各位老乡到漖川区务工，就是我们的家人 (723)."""
    for seed in (519, None, 1, 2, 3):
        assert "会同嵱平县" not in draft(_review(716), seed=seed).text, seed
        assert "务工，就是" not in draft(_review(723), seed=seed).text, seed


def test_round102_farewell_feeling_keeps_its_subject():
    """Round 102's 795: 大家和我县群众结下了深厚感情，倾注了真情、付出了心血 made the county's people share what the cadres
    gave; the farewell's line says what the cadres did alone."""
    for seed in (517, None, 1, 2, 3):
        assert "群众结下了深厚感情，倾注了真情" not in draft(_review(795), seed=seed).text, seed
