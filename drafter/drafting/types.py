"""The event as the drafter sees it: frozen dataclasses, complete (derived fields filled in)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

KINDS = ("welcome", "reply", "symposium", "news", "toast")
SIDES = ("host", "guest")


@dataclass(frozen=True)
class Person:
    name: str
    title: str = ""
    address: str = ""        # how a speaker addresses them: 刘书记


@dataclass(frozen=True)
class Party:
    name: str
    short: str
    leaders: tuple[Person, ...] = ()
    facts: tuple[str, ...] = ()
    industries: tuple[str, ...] = ()
    delegation: str = ""


@dataclass(frozen=True)
class Cooperation:
    since: int | None = None
    areas: tuple[str, ...] = ()
    facts: tuple[str, ...] = ()
    donation: str = ""


@dataclass(frozen=True)
class Point:
    heading: str = ""
    topic: str = ""
    body: str = ""


@dataclass(frozen=True)
class Occasion:
    name: str
    date: dt.date
    place: str = ""
    theme: str = ""


@dataclass(frozen=True)
class Speaker:
    name: str = ""
    title: str = ""
    side: str = "host"


@dataclass(frozen=True)
class Event:
    kind: str
    event: Occasion
    host: Party
    guest: Party
    speaker: Speaker
    cooperation: Cooperation = field(default_factory=Cooperation)
    points: tuple[Point, ...] = ()
    audience: tuple[str, ...] = ()
    length: int | None = None
    source: str = "<event>"
    lines: dict[str, int] = field(default_factory=dict, compare=False, hash=False, repr=False)   # field → line

    @property
    def own(self) -> Party:
        return self.host if self.speaker.side == "host" else self.guest

    @property
    def other(self) -> Party:
        return self.guest if self.speaker.side == "host" else self.host
