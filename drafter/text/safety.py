"""Characters that must not reach a speech, a terminal or a Word file: control characters (NUL,
BEL, ESC and the terminal escapes they start, C1 controls), bidirectional overrides and isolates
(U+202E turns 「书记」 around), zero-width characters and line separators. Event fields and bank
phrases are checked with :func:`unsafe_char`; the message names the character by its code point."""
from __future__ import annotations

import re
import unicodedata
from ..recache import regex

# C0 controls but tab and newline, DEL, C1 controls; bidi marks, embeddings, overrides, isolates;
# zero-width space/joiners, word joiner, BOM, Mongolian vowel separator; line/paragraph separators
_UNSAFE = ("\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff"
           "\ufff9-\ufffb")
UNSAFE_RE = regex(f"[{_UNSAFE}]")
UNSAFE_LINE_RE = regex(f"[{_UNSAFE}\n]")


def describe(ch: str) -> str:
    """U+202E (RIGHT-TO-LEFT OVERRIDE)."""
    name = unicodedata.name(ch, "")
    if not name:
        name = {"\n": "LINE FEED", "\x1b": "ESCAPE", "\x00": "NUL", "\x07": "BELL"}.get(ch, "control character")
    return f"U+{ord(ch):04X} ({name})"


def unsafe_char(text: str, newline: bool = False) -> tuple[int, str] | None:
    """The first unsafe character of ``text`` and its index, or None; with ``newline`` a line
    break counts as unsafe too (a one-line field: a name, a title, a place)."""
    m = (UNSAFE_LINE_RE if newline else UNSAFE_RE).search(text)
    return (m.start(), m.group(0)) if m else None
