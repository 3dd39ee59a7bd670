"""The cue rules that decide a sentence's section on strong signals (before the statistical model),
and the position and shape features that go beside its character n-grams.

The rules live in ``drafter/data/mining.yaml``."""
from __future__ import annotations

import functools
import re
from typing import Any

from ..resources import data


@functools.lru_cache(maxsize=1)
def _cues() -> list[tuple[str, re.Pattern[str], str, str | None]]:
    return [(c["section"], re.compile(c["pattern"]), c.get("where", "any"), c.get("kind"))
            for c in data("mining")["cues"]]


def cue_section(text: str, *, kind: str, first: bool, last: bool, marker: bool,
                heading: bool) -> str | None:
    """The section a strong cue gives a sentence, or None to leave it to the model."""
    where_ok = {"any": True, "first": first, "last": last, "marker": marker, "heading": heading}
    for section, rx, where, only_kind in _cues():
        if only_kind and only_kind != kind:
            continue
        if where_ok[where] and rx.search(text):
            return section
    return None


def features(sent: Any, index: int, total: int, kind: str) -> list[float]:
    """Position and shape features that go beside the character n-grams."""
    rel = index / max(total - 1, 1)
    return [rel, float(index == 0), float(index == total - 1), float(sent.marker is not None),
            float(sent.heading), float(kind == "news"), min(len(sent.text), 120) / 120]
