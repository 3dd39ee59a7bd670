"""The periods policy language belongs to (eras.yaml sentences): whether a sentence speaks of a
period as current outside it (脱贫攻坚 after 2020, 有效衔接 after 2025, 十五五 before 2026). Read by
the composer (the set language and the bank's sentences), the event's values (its theme) and the
draft's checks."""
from __future__ import annotations

import functools
from typing import Callable

from ..resources import data
from ..text.finder import finder, may_match_any


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
