"""Frozen records whose methods are written once: ``Frozen`` behaves as what
``@dataclass(frozen=True)`` generates (fields set only by ``__init__``, equality and hash by the
compared fields, the same repr), for classes declared ``@dataclass(init=False, repr=False,
eq=False)`` with an ``__init__`` of their own. The generated methods are built from source text
on every run, about 6M instructions a class of a cold ``drafter draft``; these are not. The
classes stay dataclasses: ``replace``, ``fields``, ``asdict`` and pickle work on them."""
from __future__ import annotations

from dataclasses import FrozenInstanceError, fields
from typing import Any

_COMPARED: dict[type, tuple[str, ...]] = {}
_SHOWN: dict[type, tuple[str, ...]] = {}


class Frozen:
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


def set_fields(obj: Frozen, **values: Any) -> None:
    """What a frozen dataclass's ``__init__`` does: set the fields past ``__setattr__``."""
    obj.__dict__.update(values)
