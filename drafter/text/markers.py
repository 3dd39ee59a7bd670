"""Structure markers (第一、/一是/（一）/一、/1.) and Chinese numerals: light, shared by the corpus
reader and the checks (which must not pull the reader in)."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from ..recache import regex
from ..resources import data


@dataclass
class Marker:
    """A structure marker: its style, number and text."""
    style: str      # di | yishi | paren_cn | cn | paren_ar | arabic | sequence
    n: int          # 1-based number of the point
    text: str       # the marker as written, e.g. "第一、"

    def as_dict(self) -> dict[str, Any]:
        return {"style": self.style, "n": self.n, "text": self.text}


class _Lex(dict):
    """lexicon.yaml with its expressions compiled when first asked for: a draft asks for the markers
    only, and a class of 20,000 characters costs a millisecond to compile on every run."""

    def __missing__(self, key: str) -> Any:
        if key == "marker_res":
            n = f"[{self['numerals']}]{{1,3}}"
            value: Any = [(m["style"], regex("^" + m["pattern"].replace("{n}", n))) for m in self["markers"]]
        elif key == "final_set":
            value = set(self["final_punct"])
        elif key == "sentence_re":
            closers = re.escape(self["closers"])
            value = regex(rf"[^。！？；…]*?(?:[。！？；]+|…+|$)[{closers}]*")
        elif key in ("reported_re", "attendance_re", "points_intro_re", "not_heading_re"):
            value = regex(self[key[:-3].replace("reported", "reported_speech")])
        else:
            raise KeyError(key)
        self[key] = value
        return value


@functools.lru_cache(maxsize=1)
def _lex() -> dict[str, Any]:
    return _Lex(data("lexicon"))


# the pieces a draft's trace names one by one (and a .docx comments on): up to 。！？；： and closers
TRACE_PIECE_RE = regex(r"[^。！？；：]+[。！？；：]?[”’）]*")

CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九", 0)}


def cn_to_int(s: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十三 → 23, 两 → 2; Arabic digits pass through."""
    if s.isdigit():
        return int(s)
    s = s.replace("两", "二")
    if "十" in s:
        head, _, tail = s.partition("十")
        return (CN_DIGITS.get(head, 1) if head else 1) * 10 + (CN_DIGITS.get(tail, 0) if tail else 0)
    return CN_DIGITS.get(s, 0)


def find_marker(text: str) -> Marker | None:
    """The structure marker a sentence starts with, if any."""
    for style, rx in _lex()["marker_res"]:
        m = rx.match(text)
        if m:
            word = m.group(1)
            n = _lex()["sequence_words"].index(word) + 1 if style == "sequence" else cn_to_int(word)
            if n:
                return Marker(style, n, m.group(0))
    return None


