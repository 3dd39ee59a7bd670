"""The event as the drafter sees it: frozen dataclasses, complete (derived fields filled in).

Each type is a dataclass (``dataclasses.replace``, ``fields`` and ``asdict`` work on it) whose
methods are written here rather than generated: ``@dataclass(frozen=True)`` builds a class's
``__init__``, ``__eq__``, ``__hash__``, ``__repr__``, ``__setattr__`` and ``__delattr__`` from
source text on every run, about 6M instructions a class, 48M of a cold ``drafter draft``. The
methods behave as the generated ones do (``_Frozen``); each ``__init__`` takes the fields in their
order with their defaults (a test compares them with the fields)."""
from __future__ import annotations

import datetime as dt
from dataclasses import FrozenInstanceError, dataclass, field, fields
from typing import Any

KINDS = ("welcome", "reply", "symposium", "news", "toast")
SIDES = ("host", "guest")

_COMPARED: dict[type, tuple[str, ...]] = {}
_SHOWN: dict[type, tuple[str, ...]] = {}


class _Frozen:
    """What ``@dataclass(frozen=True)`` generates, written once: fields set only by ``__init__``,
    equality and hash by the compared fields, the same repr."""
    __slots__ = ()

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def _compared(self) -> tuple[Any, ...]:
        names = _COMPARED.get(type(self))
        if names is None:
            names = _COMPARED[type(self)] = tuple(f.name for f in fields(self) if f.compare)
        return tuple([getattr(self, n) for n in names])

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._compared() == other._compared()     # type: ignore[attr-defined]
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._compared())

    def __repr__(self) -> str:
        names = _SHOWN.get(type(self))
        if names is None:
            names = _SHOWN[type(self)] = tuple(f.name for f in fields(self) if f.repr)
        return f"{type(self).__qualname__}({', '.join(f'{n}={getattr(self, n)!r}' for n in names)})"


def _set(obj: _Frozen, **values: Any) -> None:
    obj.__dict__.update(values)


@dataclass(init=False, repr=False, eq=False)
class Person(_Frozen):
    """A person of a side: name, title, and how a speaker addresses them."""
    name: str
    title: str = ""
    address: str = ""        # how a speaker addresses them: 刘书记

    def __init__(self, name: str, title: str = "", address: str = "") -> None:
        _set(self, name=name, title=title, address=address)


@dataclass(init=False, repr=False, eq=False)
class Party(_Frozen):
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

    def __init__(self, name: str, short: str, leaders: tuple[Person, ...] = (), facts: tuple[str, ...] = (),
                 industries: tuple[str, ...] = (), delegation: str = "", area: str = "", population: str = "",
                 ranks: tuple[str, ...] = (), remarks: tuple[str, ...] = ()) -> None:
        _set(self, name=name, short=short, leaders=leaders, facts=facts, industries=industries,
             delegation=delegation, area=area, population=population, ranks=ranks, remarks=remarks)


@dataclass(init=False, repr=False, eq=False)
class Cooperation(_Frozen):
    """The pairing of the two sides: since when, its areas, facts, donation and seconded cadres."""
    since: int | None = None
    areas: tuple[str, ...] = ()
    facts: tuple[str, ...] = ()
    donation: str = ""
    cadres: str = ""             # the cadres a symposium welcomes: 第五批12名挂职干部

    def __init__(self, since: int | None = None, areas: tuple[str, ...] = (), facts: tuple[str, ...] = (),
                 donation: str = "", cadres: str = "") -> None:
        _set(self, since=since, areas=areas, facts=facts, donation=donation, cadres=cadres)


@dataclass(init=False, repr=False, eq=False)
class Visit(_Frozen):
    """What the visiting side saw and signed."""
    sites: tuple[str, ...] = ()      # what the delegation saw (参观、考察)
    signings: tuple[str, ...] = ()   # what was signed at the occasion (签约)

    def __init__(self, sites: tuple[str, ...] = (), signings: tuple[str, ...] = ()) -> None:
        _set(self, sites=sites, signings=signings)


@dataclass(init=False, repr=False, eq=False)
class Point(_Frozen):
    """One point of the speech, as the event gives it."""
    heading: str = ""
    topic: str = ""
    body: str = ""

    def __init__(self, heading: str = "", topic: str = "", body: str = "") -> None:
        _set(self, heading=heading, topic=topic, body=body)


@dataclass(init=False, repr=False, eq=False)
class Occasion(_Frozen):
    """The occasion: its name, date, place and theme."""
    name: str
    date: dt.date
    place: str = ""
    theme: str = ""

    def __init__(self, name: str, date: dt.date, place: str = "", theme: str = "") -> None:
        _set(self, name=name, date=date, place=place, theme=theme)


@dataclass(init=False, repr=False, eq=False)
class Speaker(_Frozen):
    """Who speaks, and for which side."""
    name: str = ""
    title: str = ""
    side: str = "host"

    def __init__(self, name: str = "", title: str = "", side: str = "host") -> None:
        _set(self, name=name, title=title, side=side)


@dataclass(init=False, repr=False, eq=False)
class Event(_Frozen):
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

    def __init__(self, kind: str, event: Occasion, host: Party, guest: Party, speaker: Speaker,
                 cooperation: Cooperation | None = None, points: tuple[Point, ...] = (),
                 audience: tuple[str, ...] = (), length: int | None = None, visit: Visit | None = None,
                 answers: Person | None = None, plans: tuple[str, ...] = (), asks: tuple[str, ...] = (),
                 source: str = "<event>", lines: dict[str, int] | None = None) -> None:
        _set(self, kind=kind, event=event, host=host, guest=guest, speaker=speaker,
             cooperation=Cooperation() if cooperation is None else cooperation, points=points,
             audience=audience, length=length, visit=Visit() if visit is None else visit, answers=answers,
             plans=plans, asks=asks, source=source, lines={} if lines is None else lines)

    @property
    def own(self) -> Party:
        return self.host if self.speaker.side == "host" else self.guest

    @property
    def other(self) -> Party:
        return self.guest if self.speaker.side == "host" else self.host
