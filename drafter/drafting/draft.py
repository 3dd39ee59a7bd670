"""From an event to a draft: plan the points, pick phrases, render the kind's template at the
length level that fits, keep the least repetitive of a few renderings, and check the result.

One ``random.Random`` per draft; nothing here iterates over a set or depends on hashing, so the
same event and seed give the same bytes in any process."""
from __future__ import annotations

import functools
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


from ..text import cnlang
from ..checking.rules import Finding, carries_retired
from ..errors import DraftCheckError
from ..i18n import _, field_label
from ..text.markers import TRACE_PIECE_RE
from .types import Event, Party, Point
from ..bank.store import Phrase, PhraseBank, load_bank
from .environment import make_env, render
from ..resources import templates_dir
from ..bank.sections import SLOT_RE, slot_ids

DEFAULT_SEED = 2026
LEVELS = tuple(range(0, 7))
CANDIDATES = 3
TOLERANCE = 0.15           # the contract: within ±15% of the target length
NEUTRAL = ("quote", "formula", "idiom", "closing", "points_intro", "point_heading", "significance")


@dataclass
class Draft:
    text: str
    title: str
    kind: str
    template: str
    seed: int
    level: int
    trace: list[dict[str, Any]] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    target: int | None = None          # the length asked for (characters), if any

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
        ev = self.event
        if not p.usable:
            return False
        if carries_retired(p.text, ev.event.date.year):
            return False
        if ev.kind == "news":
            return p.section == "quote"
        if p.kinds and "speech" not in p.kinds:
            return False
        if p.section not in NEUTRAL and ev.speaker.side not in p.sides:
            return False
        symposium = ev.kind == "symposium"
        if p.section not in ("quote", "formula", "idiom", "closing", "points_intro") and p.occasions \
                and (("symposium" in p.occasions) != symposium):
            return False
        return True

    def pool(self, section: str, shape: str | None, contains: str | None) -> list[tuple[Phrase, str]]:
        """Phrases of a section that fit this event, filled; computed once per draft."""
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


def slot_values(ev: Event, n_points: int) -> dict[str, str]:
    own, other = ev.own, ev.other
    values = {"self_place": own.short, "other_place": other.short,
              "self_ref": cnlang.self_ref(own.short), "self_all": cnlang.all_ref(own.short),
              "amount": ev.cooperation.donation, "points": cnlang.cn_number(n_points)}
    if own.leaders:
        values["self_leader"] = own.leaders[0].address
    if other.leaders:
        values["other_leader"] = other.leaders[0].address
    return values


# ------------------------------------------------------------------ plan

@functools.lru_cache(maxsize=4)
def _defaults(folder: str) -> dict[str, Any]:
    from ..resources import load_yaml

    return load_yaml(Path(folder) / "points.yaml")


def plan_points(ev: Event, picker: Picker, rng: random.Random, user_dir: str | None) -> list[dict[str, str]]:
    """Headings and bodies of the points: the user's where given, else bank and template defaults."""
    folder = user_dir if user_dir and (Path(user_dir) / "points.yaml").exists() else str(templates_dir())
    d = _defaults(folder)
    # the kind and side's own points, else the kind's (a reply by the host side takes the reply's)
    keys = [f"{ev.kind}-{ev.speaker.side}", ev.kind] + sorted(k for k in d["defaults"] if k.startswith(ev.kind))
    pool = list(d["defaults"][next(k for k in keys if k in d["defaults"])])
    out = []
    given = list(ev.points)
    if not given:
        chosen = sorted(rng.sample(range(len(pool)), k=min(3, len(pool))))
        given = [Point(pool[i]["heading"], "", pool[i]["body"]) for i in chosen]
    topic_headings = list(d["topic_headings"])
    topic_bodies = list(d["topic_bodies"])
    rng.shuffle(topic_headings)
    rng.shuffle(topic_bodies)
    more = [x for x in d.get("elaborations", {}).get(ev.kind, []) if x]
    rng.shuffle(more)
    for i, p in enumerate(given):
        heading, body = p.heading, p.body
        if not heading:
            heading = topic_headings[i % len(topic_headings)].replace("〔话题〕", p.topic) if p.topic \
                else picker.say("point_heading", shape="paired").rstrip("。！")
        if not body and p.topic:
            body = topic_bodies[i % len(topic_bodies)].replace("〔话题〕", p.topic)
        if not heading:
            heading = pool[i % len(pool)]["heading"]
        heading = heading.rstrip("。！；：，")
        out.append({"heading": picker.fill(heading) or heading, "body": picker.fill(body) or body,
                    "topic": p.topic, "more": more[i] if i < len(more) else ""})
    return out


# ------------------------------------------------------------------ render and choose

def _paragraphs(raw: str) -> str:
    """Template output → text: blank lines separate paragraphs, lines inside one are joined."""
    paras = []
    for block in re.split(r"\n\s*\n", raw):
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


def _context(ev: Event, picker: Picker, rng: random.Random, points: list[dict[str, str]],
             level: int) -> dict[str, Any]:
    own, other = ev.own, ev.other

    def choose(*options: str) -> str:
        return rng.choice(options)

    return {
        "ev": ev, "kind": ev.kind, "side": ev.speaker.side, "level": level,
        "host": ev.host, "guest": ev.guest, "own": own, "other": other, "speaker": ev.speaker,
        "own_ref": cnlang.self_ref(own.short), "other_ref": cnlang.other_ref(other.short),
        "own_all": cnlang.all_ref(own.short),
        "addresses": [p.address for p in other.leaders[:3]],
        "date_cn": cnlang.cn_date(ev.event.date), "month_day": cnlang.cn_month_day(ev.event.date),
        "points": points, "n_points": len(points), "n_points_cn": cnlang.cn_number(len(points)),
        "numbering": rng.choice(["di", "yishi", "cn"]),
        "say": picker.say, "choose": choose, "join": cnlang.join_list, "cn_number": cnlang.cn_number,
        "leaders_text": _leaders_text,
    }


def _leaders_text(party: Party) -> str:
    return cnlang.join_list([f"{p.title}{p.name}" for p in party.leaders])


def draft(ev: Event, *, seed: int = DEFAULT_SEED, templates: str | None = None,
          bank: PhraseBank | None = None, exclude: frozenset[str] = frozenset(),
          minutes: float | None = None) -> Draft:
    """Draft one speech (or news release) for ``ev``; raise DraftCheckError if it cannot pass."""
    bank = bank or _default_bank()
    env = make_env(templates)
    names = [f"{ev.kind}-{ev.speaker.side}.txt.jinja", f"{ev.kind}.txt.jinja"]
    target = int(minutes * cnlang.SPEAKING_RATE) if minutes else ev.length   # the option wins
    pools: dict[tuple[Any, ...], list[tuple[Phrase, str]]] = {}
    rendered: dict[tuple[int, int], tuple[Any, ...]] = {}

    def one(level: int, k: int) -> tuple[Any, ...]:
        if (level, k) not in rendered:
            rng = random.Random(f"{seed}:{level}:{k}")
            picker = Picker(bank, ev, rng, n_points=len(ev.points) or 3, exclude=exclude, pools=pools)
            points = plan_points(ev, picker, rng, templates)
            raw, template = render(env, names, _context(ev, picker, rng, points, level))
            text = _paragraphs(raw)
            size = cnlang.hanzi_count(text)
            off = abs(size - target) / target if target else 0.0
            rendered[(level, k)] = (off, size, text, template, level, picker.trace)
        return rendered[(level, k)]

    # the length grows with the level: search it, then try other wordings around the best level
    if target:
        lo, hi = LEVELS[0], LEVELS[-1]
        while lo < hi:
            mid = (lo + hi) // 2
            if one(mid, 0)[1] < target:
                lo = mid + 1
            else:
                hi = mid
        below = max(LEVELS[0], lo - 1)
        # the level the search found is kept when it lands in the band; else the closer of the two
        levels = [lo if one(lo, 0)[0] <= TOLERANCE or one(lo, 0)[0] <= one(below, 0)[0] else below]
    else:
        levels = [2]
    best: tuple[Any, ...] | None = None
    for level in levels:
        for k in range(CANDIDATES):
            off, size, text, template, lv, trace = one(level, k)
            if off > TOLERANCE and k:
                continue
            key = (off > TOLERANCE, round(off, 2) if off > TOLERANCE else 0, repetition(text), lv, k)
            if best is None or key < best[0]:
                best = (key, text, template, lv, trace)
    assert best is not None
    _, text, template, level, trace = best
    title = text.split("\n", 1)[0]
    d = Draft(text=text, title=title, kind=ev.kind, template=template, seed=seed, level=level,
              trace=_full_trace(text, trace, template))
    d.target = target
    d.findings = verify(d, ev, bank, target)
    return d


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
    req = [("event.name", ev.event.name), ("event.date", cnlang.cn_date(ev.event.date)
                                           if ev.kind != "news" else cnlang.cn_month_day(ev.event.date))]
    req += [("host.short", ev.host.short), ("guest.short", ev.guest.short)]
    if ev.kind != "toast":                  # a toast names neither the venue nor the facts
        if ev.event.place:
            req.append(("event.place", ev.event.place))
        if ev.event.theme:
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
        for i, a in enumerate(ev.cooperation.areas):
            req.append((f"cooperation.areas[{i}]", a))
        if ev.cooperation.since:
            req.append(("cooperation.since", f"{ev.cooperation.since}年"))
        for i, p in enumerate(ev.points):
            for k in ("heading", "topic", "body"):
                if getattr(p, k):
                    req.append((f"points[{i}].{k}", getattr(p, k)))
    if ev.cooperation.donation:
        req.append(("cooperation.donation", ev.cooperation.donation))
    if ev.kind == "news":
        for i, p in enumerate(ev.guest.leaders + ev.host.leaders):
            req.append((f"leaders[{i}].name", p.name))
        if ev.speaker.name:
            req.append(("speaker.name", ev.speaker.name))
    elif ev.kind in ("welcome", "reply", "toast"):
        for i, p in enumerate(other.leaders[:3]):
            req.append((f"{'guest' if ev.speaker.side == 'host' else 'host'}.leaders[{i}].address", p.address))
    return req


def verify(d: Draft, ev: Event, bank: PhraseBank, target: int | None) -> list[Finding]:
    from ..checking.lint import lint_text

    own_names = [ev.host.name, ev.guest.name, ev.host.short, ev.guest.short, ev.event.name,
                 ev.event.place, ev.event.theme, *ev.host.facts, *ev.guest.facts,
                 *ev.cooperation.facts, *(p.name for p in ev.host.leaders + ev.guest.leaders)]
    findings = [f for f in lint_text(d.text, ev.event.date, bank.names, own_names) if f.rule != "length"]
    for field_, text in required_facts(ev):
        if text not in d.text:
            findings.append(Finding("missing-fact", 1, 1, _("{field} ({text}) is not in the draft").format(
                field=field_label(field_), text=text)))
    if target:
        size = d.length
        if abs(size - target) > TOLERANCE * target:
            findings.append(Finding("length", 1, 1, _("{size} characters, target {target} ±15%").format(
                size=size, target=target)))
    return findings


def checked(d: Draft, ev: Event | None = None, via: str = "length") -> Draft:
    """``d`` if no finding is an error. A draft that misses only its length asked for something
    the templates and the event's facts cannot make: that is the input's problem (exit 2, naming
    the field ``via``, ``length`` or ``--minutes``); any other error is the drafter's (exit 3)."""
    errors = [f for f in d.findings if f.severity == "error"]
    if errors and ev is not None and all(f.rule == "length" for f in errors):
        from ..errors import InputError

        longer = _("give more points and facts for a longer speech") if d.length < (d.target or 0) \
            else _("give fewer points and facts for a shorter speech")
        raise InputError(_("{message}: the closest draft has {n} characters; {advice}, or ask for about {n}").format(
                         message=errors[0].message, n=d.length, advice=longer),
                         path=ev.source if via == "length" else None,
                         line=ev.lines.get("length") if via == "length" else None, field=via)
    if errors:
        lines = "\n".join(f"  {f.line}:{f.column}: {f.rule}: {f.message}" for f in errors)
        raise DraftCheckError(_("the draft did not pass its checks, so it is not printed:\n{findings}").format(
            findings=lines), errors)
    return d


def draft_pair(ev: Event, *, seed: int = DEFAULT_SEED, templates: str | None = None,
               bank: PhraseBank | None = None) -> tuple[Draft, Draft]:
    """The host's welcome and the guest's reply for one occasion, sharing no phrase."""
    from dataclasses import replace

    from .types import Speaker

    host_leader = ev.host.leaders[0] if ev.host.leaders else None
    guest_leader = ev.guest.leaders[0] if ev.guest.leaders else None
    welcome_ev = replace(ev, kind="welcome", speaker=Speaker(
        host_leader.name if host_leader else ev.speaker.name, host_leader.title if host_leader else "", "host"))
    reply_ev = replace(ev, kind="reply", speaker=Speaker(
        guest_leader.name if guest_leader else "", guest_leader.title if guest_leader else "", "guest"))
    first = draft(welcome_ev, seed=seed, templates=templates, bank=bank)
    used = frozenset(t["id"] for t in first.trace if t.get("origin") == "phrase")
    second = draft(reply_ev, seed=seed, templates=templates, bank=bank, exclude=used)
    return first, second

