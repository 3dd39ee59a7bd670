"""The event as the drafter sees it: frozen dataclasses, complete (derived fields filled in)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

KINDS = ("welcome", "reply", "symposium", "news", "toast")
SIDES = ("host", "guest")


@dataclass(frozen=True)
class Person:
    """A person of a side: name, title, and how a speaker addresses them."""
    name: str
    title: str = ""
    address: str = ""        # how a speaker addresses them: 刘书记


@dataclass(frozen=True)
class Party:
    """One side of the cooperation (host or guest): its names, leaders, facts and what its leader said."""
    name: str
    short: str
    leaders: tuple[Person, ...] = ()
    facts: tuple[str, ...] = ()
    industries: tuple[str, ...] = ()
    delegation: str = ""
    area: str = ""               # 县情: 总面积2160平方公里
    population: str = ""         # 县情: 总人口32万
    ranks: tuple[str, ...] = ()  # honours and ranks: 国家级生态示范区
    remarks: tuple[str, ...] = ()  # what this side's leader said at the occasion (a news report quotes it)


@dataclass(frozen=True)
class Cooperation:
    """The pairing of the two sides: since when, its areas, facts, donation and seconded cadres."""
    since: int | None = None
    areas: tuple[str, ...] = ()
    facts: tuple[str, ...] = ()
    donation: str = ""
    cadres: str = ""             # the cadres a symposium welcomes: 第五批12名挂职干部


@dataclass(frozen=True)
class Visit:
    """What the visiting side saw and signed."""
    sites: tuple[str, ...] = ()      # what the delegation saw (参观、考察)
    signings: tuple[str, ...] = ()   # what was signed at the occasion (签约)


@dataclass(frozen=True)
class Point:
    """One point of the speech, as the event gives it."""
    heading: str = ""
    topic: str = ""
    body: str = ""


@dataclass(frozen=True)
class Occasion:
    """The occasion: its name, date, place and theme."""
    name: str
    date: dt.date
    place: str = ""
    theme: str = ""


@dataclass(frozen=True)
class Speaker:
    """Who speaks, and for which side."""
    name: str = ""
    title: str = ""
    side: str = "host"


@dataclass(frozen=True)
class Event:
    """An event file, validated and complete."""
    kind: str
    event: Occasion
    host: Party
    guest: Party
    speaker: Speaker
    cooperation: Cooperation = field(default_factory=Cooperation)
    points: tuple[Point, ...] = ()
    audience: tuple[str, ...] = ()
    length: int | None = None
    visit: Visit = field(default_factory=Visit)
    answers: Person | None = None          # the earlier speaker a reply answers
    plans: tuple[str, ...] = ()            # next steps the speaker announces
    asks: tuple[str, ...] = ()             # what the speaker asks of the other side
    source: str = "<event>"
    lines: dict[str, int] = field(default_factory=dict, compare=False, hash=False, repr=False)   # field → line

    @property
    def own(self) -> Party:
        return self.host if self.speaker.side == "host" else self.guest

    @property
    def other(self) -> Party:
        return self.guest if self.speaker.side == "host" else self.host
