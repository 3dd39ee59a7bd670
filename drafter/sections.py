"""Section ids and labels, and the cue rules that decide a sentence's section on strong signals.

Light: no jieba, no scikit-learn (browsing imports this)."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from .resources import data


@dataclass(frozen=True)
class Section:
    id: str
    label: str
    about: str


@functools.lru_cache(maxsize=1)
def sections() -> dict[str, Section]:
    return {s["id"]: Section(s["id"], s["label"], s["about"]) for s in data("sections")}


@functools.lru_cache(maxsize=1)
def slot_labels() -> dict[str, str]:
    """slot id → label shown in the bank, e.g. other_place → 对方."""
    return {s["id"]: s["label"] for s in data("slots")}


@functools.lru_cache(maxsize=1)
def slot_ids() -> dict[str, str]:
    """label → slot id, e.g. 对方 → other_place (the inverse of slot_labels)."""
    return {label: sid for sid, label in slot_labels().items()}


def slot_text(slot_id: str) -> str:
    return f"〔{slot_labels()[slot_id]}〕"


SLOT_RE = re.compile(r"〔([^〔〕]{1,8})〕")


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
