"""From an event to a draft: plan the points, pick phrases, render the kind's template at the
length level that fits, keep the least repetitive of a few renderings, and check the result.

One ``random.Random`` per draft; nothing here iterates over a set or depends on hashing, so the
same event and seed give the same bytes in any process."""
from __future__ import annotations

import functools
import random
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable


from ..recache import regex
from ..text import cnlang
from ..checking.rules import Finding, carries_retired
from ..errors import DraftCheckError, TemplateError
from ..i18n import _, field_label, kind_name
from ..text.markers import TRACE_PIECE_RE
from .event import file_field
from .compose import Composer, moves_data, out_of_era, point_count, title_for
from .values import (_event_values, _visit_joint, departing, donation_said, event_stage, said_areas, theme_current,
                     theme_slogan)
from .voice import party_title, place_stem, posted_in_host, speaker_self, speakers_place
from .types import Event, Party, Point
from ..bank.store import Phrase, PhraseBank, load_bank
from .environment import make_env, render
from ..resources import data, templates_dir
from .gate import _gate_memo
from ..bank.sections import SLOT_RE, slot_ids

DEFAULT_SEED = 2026
CANDIDATES = 1         # one wording per seed: the gate, not a choice among renderings, keeps it clean
# …unless that one misses the length band narrowly: then up to NEAR_MISS_CANDIDATES renderings of the seed (each
# its own RNG, "{seed}:k") and the closest kept. A draft in the band, or far out of it for want of material, is the
# first rendering still (session 27: the example welcome at 3,000 characters came 1.6% short at seed 3 while
# most seeds reached the band; the choice among renderings of one seed is as reproducible as the first)
NEAR_MISS = 0.25
NEAR_MISS_CANDIDATES = 3
TOLERANCE = 0.15           # the contract: within ±15% of the target length
NEUTRAL = ("quote", "formula", "idiom")
# a bank sentence that points back, dates itself or speaks of a visit's details cannot stand alone
_BANK_REFUSE = regex(r"^(?:这|此|同时|但|而|因此|所以|另外|此外|其中|对此|总之|总而言之|一是|二是|三是|首先|其次|最后)|这些|这样|这种|今年|去年|明年|本次|这次|此次|"
                          r"刚才|上午|下午|昨天|今天|近日|周末|[0-9０-９]|〔")


@dataclass
class Draft:
    """A drafted text, with how it was drafted and what its checks found."""
    text: str
    title: str
    kind: str
    template: str
    seed: int
    level: int
    trace: list[dict[str, Any]] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    target: int | None = None          # the length asked for (characters), if any
    missing: list[str] = field(default_factory=list)   # optional fields that would say more
    gaps: list[str] = field(default_factory=list)      # the moves left unsaid for want of material (县情…)
    warnings: list[str] = field(default_factory=list)  # what checked() warned about (also as DrafterWarning)
    least: int = 0                     # the kind's least usual length, in the templates it was drafted from
    # the event as it was drafted (a symposium of firms as its side's welcome: drafted_as), for checked()
    event: Any = field(default=None, compare=False, repr=False)

    @property
    def length(self) -> int:
        return cnlang.hanzi_count(self.text)


# ------------------------------------------------------------------ phrases from the bank

class Picker:
    """Chooses bank phrases for one rendering: fitting the kind, side and occasion, every slot
    fillable from the event, never specific, never the same phrase twice."""

    def __init__(self, bank: PhraseBank, event: Event, rng: random.Random, n_points: int,
                 exclude: frozenset[str] = frozenset(),
                 pools: dict[tuple[Any, ...], list[tuple[Phrase, str]]] | None = None) -> None:
        self.bank, self.event, self.rng = bank, event, rng
        self.used: set[str] = set(exclude)
        self.trace: list[dict[str, Any]] = []
        self.values = slot_values(event, n_points)
        self.labels = slot_ids()
        self.pools = pools if pools is not None else {}
        # a symposium held in the course or at the end of the cadres' term (stage, read once)
        self.later = event.kind == "symposium" and event_stage(event) != "arrival"

    def fill(self, text: str) -> str | None:
        def one(m: re.Match[str]) -> str:
            value = self.values.get(self.labels.get(m.group(1), ""), "")
            if not value:
                raise KeyError(m.group(1))
            return value
        try:
            return SLOT_RE.sub(one, text)
        except KeyError:
            return None

    def fits(self, p: Phrase) -> bool:
        """Every section is filtered by side, occasion and era: a phrase the bank knows no side for
        is used only where no side matters (quotes, formulas, idioms)."""
        ev = self.event
        if not p.usable:
            return False
        year = ev.event.date.year
        if carries_retired(p.text, year) or out_of_era(p.text, year):
            return False
        if ev.kind == "news":
            return p.section == "quote"
        if p.kinds and "speech" not in p.kinds:
            return False
        if p.section in NEUTRAL and not p.sides:
            return True
        if ev.speaker.side not in p.sides:
            return False
        symposium = ev.kind == "symposium"
        if p.occasions and (("symposium" in p.occasions) != symposium):
            return False
        # (大家的到来恰逢其时 is said to cadres who have just come, not at mid-term or a farewell)
        if self.later and _arrival_only().search(p.text):
            return False
        return True

    def sentences(self, section: str, longest: int) -> list[tuple[str, dict[str, Any]]]:
        """Whole bank sentences of a section that may stand in a move: fitting, filled, short
        enough, opening on nothing they would point back at, naming no time of their own."""
        key = (_SENTENCES, section, longest)        # (what stands does not depend on the seed)
        found = self.pools.get(key)
        if found is None:
            found = []
            for p, filled in self.pool(section, None, None):
                if not (6 if section == "quote" else 12) <= len(filled) <= longest or not filled.endswith(("。", "！")):
                    continue
                if _BANK_REFUSE.search(filled) or "〕委" in p.text or "〕党委" in p.text \
                        or _specific().search(p.text):   # 〔我方〕委、区政府; one text's place, batch or month
                    continue
                if section != "quote" and not self._on_topic(filled):
                    continue
                found.append((p, filled))
            self.pools[key] = found
        return [(filled, {"origin": "phrase", "id": p.id, "section": p.section, "sources": p.sources})
                for p, filled in found if p.id not in self.used]

    def _on_topic(self, text: str) -> bool:
        """A bank sentence speaks of the cooperation (协作, 帮扶, 两地…: eras.yaml bank_topic.need), and
        not of one field's people the event does not name (老师, 患者, 志愿者…: bank_topic.avoid): an
        archive's report on a school gives 我们的老师要虚心向志愿者学习, not a line for a welcome."""
        topic = _bank_topic()
        if not topic["need"].search(text):
            return False
        said = self.event_text
        return not any(m.group(0) not in said for m in topic["avoid"].finditer(text))

    @functools.cached_property
    def event_text(self) -> str:
        return _event_text(self.event)

    def pool(self, section: str, shape: str | None, contains: str | None) -> list[tuple[Phrase, str]]:
        """Phrases of a section that fit this event, filled; computed once per event and bank
        (``shared_pools``)."""
        key = (section, shape, contains)
        if key not in self.pools:
            found = []
            for p in self.bank.by_section(section):
                if (shape and p.shape != shape) or (contains and contains not in p.text):
                    continue
                if self.fits(p):
                    filled = self.fill(p.text)
                    if filled:
                        found.append((p, filled))
            self.pools[key] = sorted(found, key=lambda x: x[0].id)
        return self.pools[key]

    def say(self, section: str, shape: str | None = None, contains: str | None = None) -> str:
        pool = [(p, f) for p, f in self.pool(section, shape, contains)
                if p.id not in self.used and p.text not in self.used]
        if not pool:
            return ""
        p, filled = self.rng.choice(pool)
        self.used.update((p.id, p.text))
        self.trace.append({"text": filled, "origin": "phrase", "id": p.id, "section": p.section,
                           "sources": p.sources})
        return filled


_SENTENCES = object()       # Picker.sentences' key in the pools


# the pools of the last few (bank, event) pairs, by identity: the drafts of --variants and the web
# page's previews of one event pick from the same phrases (what fits does not depend on the seed)
_POOLS: list[tuple[PhraseBank, Event, dict[tuple[Any, ...], Any]]] = []


def shared_pools(bank: PhraseBank, ev: Event) -> dict[tuple[Any, ...], Any]:
    for b, e, pools in _POOLS:
        if b is bank and e is ev:
            return pools
    pools: dict[tuple[Any, ...], Any] = {}
    _POOLS.insert(0, (bank, ev, pools))
    del _POOLS[4:]
    return pools


@functools.lru_cache(maxsize=64)
def _event_text(ev: Event) -> str:
    """Every word the event gives, once per event (a draft's candidates each ask for it)."""
    import json
    from dataclasses import asdict

    return json.dumps(asdict(ev), ensure_ascii=False, default=str)


@functools.lru_cache(maxsize=1)
def _arrival_only() -> "re.Pattern[str]":
    """What only a symposium at the cadres' arrival says (language.yaml arrival_only)."""
    from ..resources import data
    return regex(data("language")["arrival_only"])


@functools.lru_cache(maxsize=1)
def _bank_topic() -> dict[str, "re.Pattern[str]"]:
    from ..resources import data

    t = data("eras")["bank_topic"]
    return {"need": regex(t["need"]), "avoid": regex(t["avoid"])}


def _specific() -> "re.Pattern[str]":
    from ..resources import data

    return regex(data("eras")["bank_refuse"])


def slot_values(ev: Event, n_points: int) -> dict[str, str]:
    own, other = ev.own, ev.other
    values = {"self_place": own.short, "other_place": other.short,
              "self_ref": speaker_self(ev), "self_all": cnlang.all_ref(own.short),
              "amount": ev.cooperation.donation, "points": cnlang.cn_count(n_points)}
    if own.leaders:
        values["self_leader"] = own.leaders[0].address
    if other.leaders:
        values["other_leader"] = other.leaders[0].address
    return values


# ------------------------------------------------------------------ plan

# ------------------------------------------------------------------ render and choose

_BLANK_LINE_RE = regex(r"\n\s*\n")


def _paragraphs(raw: str) -> str:
    """Template output → text: blank lines separate paragraphs, lines inside one are joined."""
    paras = []
    for block in _BLANK_LINE_RE.split(raw):
        joined = "".join(line.strip() for line in block.splitlines())
        if joined:
            paras.append(joined)
    return "\n".join(paras) + "\n"


def repetition(text: str) -> int:
    """Close repetition: 4-character runs and 2-character words met again within 60 characters."""
    t = "".join([ch for ch in text if "\u4e00" <= ch <= "\u9fff"])
    score = 0
    for size, window in ((4, 150), (2, 12)):
        last: dict[str, int] = {}
        get = last.get
        for i, gram in enumerate([t[i:i + size] for i in range(len(t) - size + 1)]):
            if i - get(gram, -window) < window:
                score += size
            last[gram] = i
    return score


def _context(ev: Event, picker: Picker, rng: random.Random, composed: dict[str, Any], order: list[str],
             title: str, numbering: str) -> dict[str, Any]:
    def choose(*options: str) -> str:
        return rng.choice(options)

    return {
        **_event_context(ev),
        "points": composed["points"], "n_points": len(composed["points"]),
        "n_points_cn": cnlang.cn_count(len(composed["points"])),
        "moves": composed["moves"], "order": order, "title": title,
        "numbering": numbering,
        "say": picker.say, "choose": choose,
    }


@functools.lru_cache(maxsize=16)
def _event_context(ev: Event) -> dict[str, Any]:
    """What the templates are given of the event itself, made once per event (every draft of
    ``--variants`` renders two; the sandbox lets no template change a value)."""
    own, other = ev.own, ev.other
    values = _event_values(ev)
    # (a reply to a named speaker of a side that lists no leaders greets that speaker: 尊敬的费书记)
    addresses = [p.address for p in _greeted(ev)[:3]] or (
        [ev.answers.address] if ev.answers is not None and ev.kind == "reply" else [])
    firms_greet = values.get("firms_greet", "")
    pros_greet = values.get("pros_greet", "") if values.get("pros_welcome") else ""
    # whom the greeting's head names: the leaders, else the firms' people, else the professionals
    # (尊敬的各位专家，各位专家、同志们 repeated the audience's own 各位专家: session 27's 667)
    heads = addresses or ([firms_greet] if firms_greet else [pros_greet] if pros_greet else [])
    audience = [a for a in ev.audience if not any(_same_address(a, b) for b in heads)]
    # the persons the audience names first are greeted with the leaders, 尊敬的冼区长、刀县长，各位领导…: not
    # 尊敬的冼区长，刀县长、各位领导… (round 97's 705)
    if addresses:
        while audience and _personal(audience[0]) and len(addresses) < 4:
            addresses = [*addresses, audience.pop(0)]
    return {
        "ev": ev, "kind": ev.kind, "side": ev.speaker.side, "level": 0,
        "host": ev.host, "guest": ev.guest, "own": own, "other": other, "speaker": ev.speaker,
        "own_ref": speaker_self(ev), "other_ref": cnlang.other_ref(other.short),
        "own_all": cnlang.all_ref(own.short),
        "addresses": addresses,
        # the audience the event names, less those the greeting has named already (尊敬的莫部长，莫部长、同志们; 卢副书记，
        # 卢书记: session 26)
        "audience": audience,
        "date_cn": cnlang.cn_date(ev.event.date), "month_day": cnlang.cn_month_day(ev.event.date),
        "join": cnlang.join_list, "cn_number": cnlang.cn_number,
        "leaders_text": _leaders_text,
        # the byline names the speaker's place (鹤沚区委书记滕予安): at a meeting of two sides, 县委书记
        # alone does not say whose (round 11)
        # (…the receiving side's, of a post the sending side's speaker holds there: not 淓湖区县委常委…, round 97's helper)
        "byline_title": party_title(ev.host if posted_in_host(ev) else own, ev.speaker.title) if ev.speaker.title else "",
        # a toast to the sending side's people at work in the place greets them, no leaders (round 66)
        "to_cadres": bool(values.get("cadres_toast")) and not values.get("team_toast"),
        # a group of buyers or entrepreneurs no leader of theirs leads is greeted as such (各位采购商朋友, round 80)
        "firms_greet": firms_greet,
        # …and one a leader of theirs leads, greeted after the leader (尊敬的阎局长，各位采购商朋友)
        "firms_led": values.get("firms_led", ""),
        # …and professionals with no leader of theirs by what they are (各位专家, round 91)
        "pros_greet": pros_greet,
        # a sending side's leader visiting its cadres at their county greets the county's leaders the event names
        # (尊敬的冶部长，…: round 102's helper, 794); not at home, where the county is not in the room
        "greet_hosts": ev.kind == "symposium" and ev.speaker.side == "guest" and not ev.away and not departing(ev)
        and not any(values.get(f) for f in ("families", "station", "training")),
    }


def _personal(address: str) -> bool:
    """Whether an audience's item addresses one person (刀县长, 张总), not a group (各位领导, 乡亲们, 女士们、先生们)."""
    groups = data("language")["audience_groups"]
    return 2 <= len(address) <= 6 and not address.startswith(tuple(groups["heads"])) \
        and not address.endswith(tuple(groups["ends"]))


def _same_address(a: str, b: str) -> bool:
    """Whether two forms of address name one person: the same, or one the shorter form of the other (卢书记 of
    卢副书记: the same surname's first character and title's last two)."""
    return a == b or len(a) >= 3 and a[0] == b[0] and a[-2:] == b[-2:] and len(a) < len(b)


def _greeted(ev: Event) -> list[Any]:
    """The other side's leaders the greeting names. A host greets none of those the sending side has
    posted in the host's own offices (钱屿区驻桃岑县工作队领队，桃岑县委常委、副县长): a county
    secretary does not say 尊敬的 to his own county's vice-head (round 25)."""
    leaders = list(ev.other.leaders)
    if ev.speaker.side != "host":
        return leaders
    # (the place's stem, 桃岑 of 桃岑县; the whole name where the stem is one character, 澧 of 澧县)
    stem = place_stem(ev.own.short)
    stem = stem if len(stem) >= 2 else ev.own.short
    # (a post of the host's, 桃岑县委常委: one of the title's parts opens on the place; 琪湾区驻坝岭镇…工作队队长
    # is the sending side's team in it, greeted: a town's secretary dropped 欧阳队长, round 59's fixes)
    # (…of its committee or government, not of one of its schools: a teaching team's leader who is the county
    # school's 执行校长 is greeted, 尊敬的欧阳局长、林校长, round 71)
    # (…in a welcome, a reply or a toast: a symposium's cadres are 同志们, whatever post they hold here)
    def posted(part: str) -> bool:
        if not part.startswith(stem):
            return False
        if ev.kind == "symposium":
            return True
        rest = part[len(ev.own.short):] if part.startswith(ev.own.short) else part[len(stem):].lstrip("县区市旗州盟")
        return rest.startswith(tuple(data("language")["own_posts"])) or part.endswith(tuple(data("language")["own_post_ends"]))
    return [p for p in leaders if not any(posted(part) for part in cnlang.LIST_SEP_RE.split(p.title or ""))]


def _leaders_text(party: Party) -> str:
    return cnlang.join_list([f"{p.title}{p.name}" for p in party.leaders])


def event_seed(ev: Event) -> int:
    """The default seed: from what the event is, so two events do not read alike, and the same
    event always reads the same (no hashing that depends on the process)."""
    import hashlib

    key = "|".join([ev.kind, ev.event.name, ev.event.date.isoformat(), ev.event.place, ev.host.name,
                    ev.guest.name, ev.speaker.name, ev.speaker.title])
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16) % 1000000


# drafting makes and drops many small containers and keeps none in a cycle it needs collected
# while it runs: a process that drafts (``drafter draft``, the web page's previews) collects the
# young generation every so many allocations, not Python's 700 (per draft of welcome --variants 101
# under callgrind: 36.39M -> 35.80M instructions; the web preview's slowest of 60, 191–229 ms, with
# spikes of 40–70 ms every few requests as the collector walked the drafting memos, -> 21 ms)
YOUNG_GENERATION = 20_000


def draft(ev: Event, *, seed: int | None = None, templates: str | None = None,
          bank: PhraseBank | None = None, exclude: frozenset[str] = frozenset(),
          minutes: float | None = None, gaps: bool = False) -> Draft:
    """Draft one speech (or news release) for ``ev``: the kind's moves from the event and the set
    language, at the level of detail that comes closest to the length asked."""
    if seed is None:
        seed = event_seed(ev)
    ev, note = drafted_as(ev)
    asked = ev
    ev = speakers_place(ev)
    bank = bank or _default_bank()
    own_bank = _is_own(bank)
    env = make_env(templates)
    names = [f"{ev.kind}-{ev.speaker.side}.txt.jinja", f"{ev.kind}.txt.jinja"]
    target = int(minutes * cnlang.SPEAKING_RATE) if minutes else ev.length   # the option wins
    aim = target or default_length(ev, templates)
    pools = shared_pools(bank, ev)
    n_points = point_count(ev, aim, templates)
    best: tuple[Any, ...] | None = None
    for k in range(NEAR_MISS_CANDIDATES):
        if k >= CANDIDATES and (best is None or not TOLERANCE < best[0][1] <= NEAR_MISS):
            break
        rng = random.Random(f"{seed}:{k}")
        picker = Picker(bank, ev, rng, n_points=n_points, exclude=exclude, pools=pools)
        comp = Composer(ev, rng, templates, picker.sentences, gaps=gaps, prefer_bank=own_bank, n_points=n_points)
        title = title_for(ev, comp.values, templates)
        numbering = rng.choice(["di", "yishi", "cn"])
        fixed = 0
        sizes: dict[int, int] = {}
        renders: dict[int, dict[str, Any]] = {}

        def composed_at(level: int) -> dict[str, Any]:
            # the composer's rendering of a level draws on no RNG: the search and the full
            # rendering share it instead of running the coherence gate twice
            if level not in renders:
                renders[level] = comp.render(level)
            return renders[level]

        def moves_size(level: int) -> int:
            # the template adds the same words at every level: only the moves' text grows
            if level not in sizes:
                composed = composed_at(level)
                sizes[level] = sum(cnlang.hanzi_count(t) for t in composed["moves"].values())
            return sizes[level]

        def full(level: int) -> tuple[Any, ...]:
            composed = composed_at(level)
            raw, template = render(env, names, _context(ev, picker, rng, composed, comp.order, title, numbering))
            text = _paragraphs(raw)
            size = cnlang.hanzi_count(text)
            return (abs(size - aim) / aim, size, text, template, level, picker.trace + composed["picks"])

        first = full(0)
        if first[1] > (1 + TOLERANCE) * aim:
            # the core alone says too much: every position takes its shortest wording (the
            # closest draft to a short length asked, not the seed's longer phrasing)
            comp.prefer_short()
            renders.clear()
            sizes.clear()
            first = full(0)
        fixed = first[1] - moves_size(0)
        # (what each level adds, as its position's first wording says it: where the first probe goes)
        adds = [cnlang.hanzi_count(p.text_at(0)) if len(p.order) else 0 for p in comp.optional_order()]
        lo = _first_level_reaching(lambda level: fixed + moves_size(level), aim, comp.max_level(), adds)
        level = lo
        if lo and abs(fixed + moves_size(lo - 1) - aim) <= abs(fixed + moves_size(lo) - aim):
            level = lo - 1
        off, size, text, template, level, trace = first if level == 0 else full(level)
        head = (off > TOLERANCE, round(off, 2) if off > TOLERANCE else 0)
        # the repetition score only breaks a tie in length: scored when two candidates tie (never
        # for a lone candidate), the keys still compared as (head, repetition, k)
        if best is not None and head == best[0][:2]:
            if best[0][2] is None:
                best = ((*head, repetition(best[1]), best[0][3]), *best[1:])
            key = (*head, repetition(text), k)
        else:
            key = (*head, None, k)
        if best is None or key < best[0]:
            best = (key, text, template, level, trace, comp.missing)
    assert best is not None
    _, text, template, level, trace, missing = best
    title = text.split("\n", 1)[0]
    d = Draft(text=text, title=title, kind=ev.kind, template=template, seed=seed, level=level,
              trace=_full_trace(text, trace, template))
    d.target = target
    d.least = int(moves_data(templates)["lengths"]["least"][ev.kind])
    d.event = asked
    d.missing = missing_fields(ev, missing)
    d.gaps = list(dict.fromkeys(missing))
    d.findings = verify(d, ev, bank, target)
    if gaps:        # the marks asked for: lint flags them (as it should), the draft is still given
        d.findings = [f for f in d.findings if not (f.rule == "placeholder" and "【待补" in f.message)]
    if note:
        _warn(d, note)
    return d


def _first_level_reaching(size: Callable[[int], int], aim: int, top: int, adds: list[int] | None = None) -> int:
    """The first level whose draft is ``aim`` long or longer (``top`` when none is): the length grows
    with the level, nearly in proportion, so each probe is put where the sizes known on either side
    say the length is reached, the first where what each level adds (``adds``, as its sentence's
    first wording says it) says so (a level costs a run of the coherence gate: three or four probes
    instead of the seven a halving search takes), never at an end it has probed."""
    if size(0) >= aim:
        return 0
    lo, hi = 0, top                 # size(lo) < aim; size(hi) >= aim once probed
    known_hi: int | None = None
    while hi - lo > 1:
        if known_hi is None and adds:
            # (where the first wordings would reach it, a level on for the gate's cuts)
            grown, mid = size(lo), lo
            while mid < hi and grown < aim:
                grown += adds[mid] if mid < len(adds) else 0
                mid += 1
            mid = min(max(mid + 1, lo + 1), hi - 1)
            adds = None
        elif known_hi is None:
            mid = (lo + hi) // 2
        else:
            mid = lo + round((aim - size(lo)) * (hi - lo) / max(known_hi - size(lo), 1))
            mid = min(max(mid, lo + 1), hi - 1)
        if size(mid) < aim:
            lo = mid
        else:
            hi, known_hi = mid, size(mid)
    return hi                       # (top unprobed when no level reaches it: the longest)


def default_length(ev: Event, templates: str | None = None) -> int:
    """The length drafted when none is asked: the kind's usual length for an event that gives its
    usual material, less for a thin one (a short draft, not a long one of set phrases)."""
    lengths = moves_data(templates)["lengths"]
    usual, least = int(lengths[ev.kind]), int(lengths["least"][ev.kind])
    fields = missing_fields(replace_kind(ev), [])
    given = 1 - len(fields) / 15
    # (squared: an event that gives a third of the material gets a fifth of the way up, not half —
    # round 10's minimal welcomes at 1,050 characters were padded with set phrases)
    return int(least + (usual - least) * min(1.0, given / 0.6) ** 2)


def replace_kind(ev: Event) -> Event:
    from dataclasses import replace

    return replace(ev, kind="welcome")          # every field counts, whatever the kind


def missing_fields(ev: Event, gaps: list[str]) -> list[str]:
    """The optional fields that would give this kind more to say, as their keys."""
    checks = {
        "host.area": ev.host.area, "host.population": ev.host.population, "host.facts": ev.host.facts,
        "host.industries": ev.host.industries, "host.ranks": ev.host.ranks,
        "host.leaders": ev.host.leaders, "guest.leaders": ev.guest.leaders,
        "cooperation.since": ev.cooperation.since, "cooperation.areas": ev.cooperation.areas,
        "cooperation.facts": ev.cooperation.facts, "visit.sites": ev.visit.sites,
        "visit.signings": ev.visit.signings, "plans": ev.plans, "asks": ev.asks, "points": ev.points,
        "cooperation.cadres": ev.cooperation.cadres,
        "host.remarks": ev.host.remarks, "guest.remarks": ev.guest.remarks,
    }
    # (a speech is its own remarks; the cadres are a symposium's)
    speech = tuple(k for k in checks if not k.endswith(".remarks") and k != "cooperation.cadres")
    used = {"toast": ("cooperation.since", "cooperation.areas", "cooperation.facts", "visit.signings"),
            "symposium": ("host.area", "host.population", "host.facts", "host.industries", "cooperation.cadres",
                          "cooperation.since", "cooperation.areas", "cooperation.facts", "points")}
    news = ("host.remarks", "guest.remarks", *speech)       # a report's first want: what was said
    keys = used.get(ev.kind, news if ev.kind == "news" else speech)
    if ev.kind == "symposium" and event_stage(ev) != "arrival":
        # the county's area and population are told to cadres who have just come (moves.yaml stage:
        # arrival): a mid-term or farewell symposium is not made longer by them (round 33's tree
        # asked a farewell for 面积、人口)
        keys = tuple(k for k in keys if k not in ("host.area", "host.population"))
    return [k for k in keys if not checks[k]]


def _is_own(bank: PhraseBank) -> bool:
    """A bank the writer mined (--bank, $DRAFTER_BANK, the web page's), not the built-in one."""
    return _is_own_root(str(bank.root))


@functools.lru_cache(maxsize=64)
def _is_own_root(root: str) -> bool:
    """(the paths resolved once per process and folder, not on every draft)"""
    from ..bank.store import phrasebank_dir

    try:
        return Path(root).resolve() != phrasebank_dir().resolve()
    except OSError:
        return True


def _default_bank() -> PhraseBank:
    return _load_bank_cached(None)


@functools.lru_cache(maxsize=4)
def _load_bank_cached(path: str | None) -> PhraseBank:
    return load_bank(path)


def _full_trace(text: str, picks: list[dict[str, Any]], template: str) -> list[dict[str, Any]]:
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        for sent in TRACE_PIECE_RE.findall(line):
            origin = next((p for p in picks if p["text"] in sent or sent in p["text"]), None)
            entry: dict[str, Any] = {"line": n, "sentence": sent}
            entry.update({k: v for k, v in origin.items() if k != "text"} if origin
                         else {"origin": "template", "template": template})
            out.append(entry)
    return out


FACTS_USED = {
    "welcome": ("own.facts", "own.industries"),
    "reply": ("own.facts", "other.facts", "other.industries"),
    "symposium": ("host.facts", "host.industries", "guest.facts"),
    "news": ("host.facts", "host.industries", "guest.facts"),
    "toast": (),
}


def required_facts(ev: Event) -> list[tuple[str, str]]:
    """(field, text) pairs the draft of this kind must carry, faithfully."""
    other = ev.other
    # (a report of a visit joined to an occasion says the two parts apart: values._visit_joint)
    joint = _visit_joint(ev.event.name, data("language")) if ev.kind == "news" else {}
    names = [("event.name", joint["visit_part"]), ("event.name", joint["occasion_part"])] \
        if joint and joint["visit_part"] else [("event.name", ev.event.name)]
    req = [*names, ("event.date", cnlang.cn_date(ev.event.date)
                    if ev.kind != "news" else cnlang.cn_month_day(ev.event.date))]
    req += [("host.short", ev.host.short), ("guest.short", ev.guest.short)]
    if ev.kind != "toast":                  # a toast names neither the venue nor the facts
        if ev.event.place:
            req.append(("event.place", ev.event.place))
        # (a theme whose period has ended is not used, and the writer is told: checked; nor one of no task the
        # place is at: the moves say the theme as values.theme_current says)
        # (…nor, in a speech, a slogan, which it does not say as a task: values.theme_slogan)
        if theme_current(ev) and (ev.kind == "news" or not theme_slogan(ev.event.theme)):
            req.append(("event.theme", ev.event.theme))
        # the facts each kind's templates use (the contract: every fact "that the kind uses")
        parties = {"host": ev.host, "guest": ev.guest}
        for name in FACTS_USED[ev.kind]:
            side, attr = name.split(".")
            side = {"own": ev.speaker.side, "other": "guest" if ev.speaker.side == "host" else "host"}.get(side, side)
            for i, f in enumerate(getattr(parties[side], attr)):
                req.append((f"{side}.{attr}[{i}]", f))
        for i, f in enumerate(ev.cooperation.facts):
            req.append((f"cooperation.facts[{i}]", f))
        # (the programme itself beside its parts is not listed: said_areas)
        listed = said_areas(ev.cooperation.areas)
        for i, a in enumerate(ev.cooperation.areas):
            if a in listed:
                req.append((f"cooperation.areas[{i}]", a))
        if ev.cooperation.since:
            req.append(("cooperation.since", f"{ev.cooperation.since}年"))
        for i, p in enumerate(ev.points):
            for k in ("heading", "topic", "body"):
                if getattr(p, k):
                    text = getattr(p, k)
                    if k == "body" and ev.kind != "news":     # a long body's first sentence is always said
                        text = re.match(r"[^。！？]*[。！？]?", text).group(0)
                    req.append((f"points[{i}].{k}", text))
    if ev.cooperation.donation and not (ev.kind == "symposium" and ev.speaker.side == "host"):
        # (a host's talk to seconded cadres is not where a donation is acknowledged)
        req.append(("cooperation.donation", donation_said(ev.cooperation.donation)))
    if ev.kind == "news":
        for i, p in enumerate(ev.guest.leaders + ev.host.leaders):
            req.append((f"leaders[{i}].name", p.name))
        if ev.speaker.name:
            req.append(("speaker.name", ev.speaker.name))
    elif ev.kind in ("welcome", "reply", "toast"):
        # (the leaders the greeting names: not one the sending side posted in the host's own offices, whom a
        # host does not greet, _greeted; a teaching team's leader who is a school's 执行校长 was required, session 21)
        greeted = {id(p) for p in _greeted(ev)[:3]}
        for i, p in enumerate(other.leaders):
            if id(p) in greeted:
                req.append((f"{'guest' if ev.speaker.side == 'host' else 'host'}.leaders[{i}].address", p.address))
    return req


def verify(d: Draft, ev: Event, bank: PhraseBank, target: int | None) -> list[Finding]:
    from ..checking.lint import lint_text

    own_names = [ev.host.name, ev.guest.name, ev.host.short, ev.guest.short, ev.event.name,
                 ev.event.place, ev.event.theme, *ev.host.facts, *ev.guest.facts,
                 *ev.cooperation.facts, *(p.name for p in ev.host.leaders + ev.guest.leaders)]
    findings = [f for f in lint_text(d.text, ev.event.date, bank.names, own_names) if f.rule != "length"]
    from .voice import fact_said

    said = fact_said(d.text, ev)
    # (a writer's body that opens as if it followed a pledge, 我们也要清醒看到…, opens plainly at a point's
    # head: 我们要清醒看到…, and is said; a year-end summary was refused for it, session 19's events)
    lead = _gate_memo(data("eras")["gate"]).lead
    for field_, text in required_facts(ev):
        co_fact = field_.startswith(("cooperation.facts", "host.facts", "guest.facts"))
        if text not in d.text and lead(text) not in d.text and not (co_fact and said(text)):
            findings.append(Finding("missing-fact", 1, 1, _("{field} ({text}) is not in the draft").format(
                field=field_label(file_field(ev, field_)), text=text)))
    if target:
        size = d.length
        if abs(size - target) > TOLERANCE * target:
            findings.append(Finding("length", 1, 1, _("{size} characters, target {target} ±15%").format(
                size=size, target=target)))
    return findings


def _field_names(keys: list[str], ev: Event) -> str:
    """Fields by their Chinese names for a Chinese reader (guest.facts → 来访方（guest）的“情况”（facts）), as the
    event's file names them."""
    return "、".join(field_label(file_field(ev, f), quoted=False) for f in keys)


def _warn(d: Draft, msg: str) -> None:
    """Say ``msg`` with the draft (its warnings) and to the caller of :func:`checked`."""
    import warnings

    from ..errors import DrafterWarning

    d.warnings.append(msg)
    warnings.warn(msg, DrafterWarning, stacklevel=3)


def drafted_as(ev: Event) -> tuple[Event, str]:
    """The event as it is drafted, and what the writer is told of it: a symposium of firms' people
    (language.yaml firms_audience) and no cadres is drafted as its side's welcome or reply — the kind's
    symposium is a leader's talk to cadres sent to work (round 66: an investors' symposium told of 挂职).
    And a host's welcome at a training course it holds (…培训班开班式) is drafted as the course's speech
    (moves.yaml symposium-training-host): the trainees asked to learn, not the visitors (session 27's 668 asked
    潖湾区 to 全程参训 and thanked it for seconded cadres the event does not give)."""
    lang = data("language")
    if ev.kind == "welcome" and ev.speaker.side == "host" and not ev.away \
            and any(w in ev.event.name for w in lang["training_words"]):
        return replace(ev, kind="symposium"), _("a training course's opening: drafted as the course's speech ({kind})").format(
            kind=kind_name("symposium"))
    if ev.kind != "symposium" or ev.cooperation.cadres or not any(
            w in f"{ev.event.name}{ev.guest.delegation}" for w in lang["firms_audience"]):
        return ev, ""
    kind = "welcome" if ev.speaker.side == "host" else "reply"
    audience = ev.audience or tuple(lang["firms_greeted"])
    return replace(ev, kind=kind, audience=audience), _("a symposium of firms, not of cadres sent to work: drafted as a {kind}").format(
        kind=kind_name(kind))


def checked(d: Draft, ev: Event | None = None, via: str = "length") -> Draft:
    """``d`` if no finding is an error. A draft that misses only its length is the closest the
    event's material allows: it is returned with a warning that says how long it is and which
    fields would make it longer (contract rule 6); any other error is the drafter's (exit 3).
    The event is the one ``d`` was drafted from (``d.event``) when it has one, else ``ev``."""
    ev = d.event if d.event is not None else ev
    errors = [f for f in d.findings if f.severity == "error"]
    if ev is not None and ev.event.theme and out_of_era(ev.event.theme, ev.event.date.year):
        # the theme the event gives is the wording of a period that has ended (巩固拓展脱贫攻坚成果 in
        # 2026): the draft does not use it (rounds 45–46), and the writer is told
        _warn(d, _("the event's theme ({theme}) is the wording of a period that has ended by {year}: the "
                   "draft leaves it out; check the theme").format(
                       theme=ev.event.theme, year=ev.event.date.year))
    if errors and all(f.rule == "length" for f in errors):
        if d.length < (d.target or 0):
            # (…and an event that gives points is asked for their bodies, not for points: round 102's helper, 794, 795)
            fields = _field_names(d.missing, ev) or field_label("points.body" if ev.points else "points", quoted=False)
            msg = _("the event gives material for {length} characters, not {target}: the closest draft "
                    "is printed; to make it longer, fill in {fields}").format(
                        length=d.length, target=d.target, fields=fields)
        else:
            msg = _("the shortest draft of this event has {length} characters, more than {target}: "
                    "it is printed; give fewer points or facts for a shorter one").format(
                        length=d.length, target=d.target)
        _warn(d, msg)
        return d
    if not errors and ev is not None and (d.missing or d.gaps):
        # no length asked, and the event gives less than the kind's shortest usual text: say so, and
        # which fields would give more (a thin news release is two paragraphs, not an invented speech);
        # a length asked and reached still says which moves it left out (round 13: 旗情不全却没出提醒)
        least = d.least
        if d.target is None and d.missing and d.length < (1 - TOLERANCE) * least:
            _warn(d, _("the event gives material for {length} characters, less than a {kind} usually has "
                       "({least}): to make it longer, fill in {fields}").format(
                           length=d.length, kind=kind_name(ev.kind), least=least, fields=_field_names(d.missing, ev)))
        elif d.gaps and "【待补" not in d.text:
            # long enough, but a move of the genre has nothing to say it with (a welcome without
            # the county's facts): the writer is told which, not left to find the hole, and what else
            # the kind could say more with (round 34: a minimal farewell named its missing results only)
            said = "".join(d.gaps)
            more = [k for k in d.missing if k not in said]
            if more:
                _warn(d, _("the event gives nothing for {moves}: the draft leaves them out; fill them in "
                           "and draft again (or draft with --gaps to mark where they go); {fields} would "
                           "also give it more to say").format(moves=_(", ").join(file_field(ev, g) for g in d.gaps), fields=_field_names(more, ev)))
            else:
                _warn(d, _("the event gives nothing for {moves}: the draft leaves them out; fill them in "
                           "and draft again (or draft with --gaps to mark where they go)").format(
                               moves=_(", ").join(file_field(ev, g) for g in d.gaps)))
    if errors:
        lines = "\n".join(f"  {f.line}:{f.column}: {f.rule}: {f.message}" for f in errors)
        raise DraftCheckError(_("the draft did not pass its checks, so it is not printed:\n{findings}").format(
            findings=lines), errors)
    return d


def draft_pair(ev: Event, *, seed: int | None = None, templates: str | None = None,
               bank: PhraseBank | None = None) -> tuple[Draft, Draft]:
    """The host's welcome and the guest's reply for one occasion, sharing no phrase: the reply
    greets the host's speaker by name and answers the welcome."""
    from dataclasses import replace

    from .types import Person, Speaker

    def first(party: Party, side: str) -> Person | None:
        if ev.speaker.side == side and ev.speaker.name:
            return Person(ev.speaker.name, ev.speaker.title, cnlang.address(ev.speaker.name, ev.speaker.title))
        return party.leaders[0] if party.leaders else None

    host_leader, guest_leader = first(ev.host, "host"), first(ev.guest, "guest")

    def with_leader(party: Party, leader: Person | None) -> Party:
        if leader is None or any(p.name == leader.name for p in party.leaders):
            return party
        return replace(party, leaders=(leader, *party.leaders))

    host, guest = with_leader(ev.host, host_leader), with_leader(ev.guest, guest_leader)
    welcome_ev = replace(ev, kind="welcome", host=host, guest=guest, speaker=Speaker(
        host_leader.name if host_leader else "", host_leader.title if host_leader else "", "host"))
    reply_ev = replace(ev, kind="reply", host=host, guest=guest, answers=host_leader, speaker=Speaker(
        guest_leader.name if guest_leader else "", guest_leader.title if guest_leader else "", "guest"))
    if seed is None:
        seed = event_seed(welcome_ev)
    one = draft(welcome_ev, seed=seed, templates=templates, bank=bank)
    used = frozenset(t["id"] for t in one.trace if t.get("origin") == "phrase")
    two = draft(reply_ev, seed=seed, templates=templates, bank=bank, exclude=used)
    return one, two
