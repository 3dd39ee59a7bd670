"""The bank's vocabulary: section ids with their labels and descriptions, and the typed slots
(〔对方〕, 〔金额〕…) that mined phrases carry.

Light: no jieba, no scikit-learn (browsing and drafting import this)."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from ..recache import regex
from ..records import Frozen, set_fields
from ..resources import data


@dataclass(init=False, repr=False, eq=False)
class Section(Frozen):
    """A section of the phrase bank. (Frozen: see records.py.)"""
    id: str
    label: str
    about: str                 # in Chinese
    about_en: str = ""

    def __init__(self, id: str, label: str, about: str, about_en: str = "") -> None:
        set_fields(self, id=id, label=label, about=about, about_en=about_en)

    def description(self) -> str:
        """What the section holds, in the reader's language."""
        from ..i18n import chinese

        return self.about if chinese() or not self.about_en else self.about_en


@functools.lru_cache(maxsize=1)
def sections() -> dict[str, Section]:
    return {s["id"]: Section(s["id"], s["label"], s["about"], s.get("about_en", "")) for s in data("sections")}


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


SLOT_RE = regex(r"〔([^〔〕]{1,8})〕")
