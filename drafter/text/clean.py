"""Cleaning steps for real speech texts, one small function each, applied line by line.

Each step maps one line of text to one line of text, so the reader can keep every sentence's
source line. The patterns live in ``drafter/data/cleaning.yaml``.
"""
from __future__ import annotations

import functools
import re
from typing import Callable

from ..resources import data

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# full-width punctuation and CJK symbols count as "Chinese context" for the neighbours test
CJK_PUNCT = "\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018-\u201f\u2026\u2014"
_CJKISH = re.compile(f"[{CJK}{CJK_PUNCT}]")
GARBLED = "\ufffd"
PLACEHOLDER_RE = re.compile(r"(?<![A-Za-z])(?:XX|X|xx|x)(?![A-Za-z])|\*{2,}|%{2,}|×{2,}")
_PINYIN_LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_PINYIN_RE = re.compile(f"(?<=[{CJK}])[(（][{_PINYIN_LETTERS}]{{1,7}}[)）]")
_SPACES_RE = re.compile(r"[ \t\u00a0\u3000]+")
_HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？"}
_PAREN_RE = re.compile(r"\(([^()]*)\)")
_HALF_PUNCT_RE = re.compile(r"[,:;!?]")
_MAYBE_HALF_RE = re.compile(r"[,:;!?()]")
# a cheap pre-check before the garbage patterns: Latin letters, "?", Roman numerals, U+FFFD
_MAYBE_GARBAGE_RE = re.compile(f"[a-z?{_PINYIN_LETTERS[3:]}\u2160-\u217f\ufffd]")


@functools.lru_cache(maxsize=1)
def _opencc():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("t2s")


def strip_indent(line: str) -> str:
    """Remove indentation (full-width spaces included) and trailing white space."""
    return line.strip(" \t\u3000\u00a0\ufeff")


def to_simplified(text: str) -> str:
    """Traditional → simplified characters (OpenCC ``t2s``: characters only, no vocabulary rewrite)."""
    return _opencc().convert(text) if text else text


def strip_pinyin(text: str) -> str:
    """Remove pinyin annotations after characters: 堅(jiān) → 堅."""
    return _PINYIN_RE.sub("", text) if ("(" in text or "（" in text) else text


@functools.lru_cache(maxsize=1)
def _garbage_re() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in data("cleaning")["garbage"]))


def mark_garbage(text: str) -> str:
    """Replace runs of mojibake with U+FFFD so the sentence holding them is marked unusable."""
    if not _MAYBE_GARBAGE_RE.search(text):
        return text
    return _garbage_re().sub(GARBLED, text)


def _chinese_context(text: str, i: int, j: int) -> bool:
    """Is the span text[i:j] touched by Chinese on either side?"""
    before = text[i - 1] if i > 0 else ""
    after = text[j] if j < len(text) else ""
    return bool(_CJKISH.match(before) or _CJKISH.match(after))


def remove_spaces(text: str) -> str:
    """Drop spaces that stand next to Chinese (在 2025 年 → 在2025年); keep spaces between Latin words."""
    def repl(m: re.Match[str]) -> str:
        return "" if _chinese_context(m.string, m.start(), m.end()) else " "
    return _SPACES_RE.sub(repl, text) if _SPACES_RE.search(text) else text


def unify_punctuation(text: str) -> str:
    """Half-width , : ; ! ? ( ) inside Chinese text become full-width; 1,000 / 12:30 / 1.06 stay."""
    if not _MAYBE_HALF_RE.search(text):
        return text

    def paren(m: re.Match[str]) -> str:
        inner = m.group(1)
        if _CJKISH.search(inner) or _chinese_context(m.string, m.start(), m.end()):
            return f"（{inner}）"
        return m.group(0)
    text = _PAREN_RE.sub(paren, text)

    def mark(m: re.Match[str]) -> str:
        i, t = m.start(), m.string
        if not _chinese_context(t, i, i + 1) or (t[i - 1:i].isdigit() and t[i + 1:i + 2].isdigit()):
            return m.group(0)
        return _HALF_TO_FULL[m.group(0)]
    return _HALF_PUNCT_RE.sub(mark, text)


@functools.lru_cache(maxsize=1)
def _boilerplate_re() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in data("cleaning")["boilerplate"]))


def is_boilerplate(line: str) -> bool:
    """A line of site furniture: an editor's credit, a page number, a share-this tail."""
    return bool(line) and bool(_boilerplate_re().search(line))


def find_placeholders(text: str) -> list[str]:
    """The anonymisation placeholders (X, XX, xx, **, %%, ××) in a cleaned text."""
    return [m.group(0) for m in PLACEHOLDER_RE.finditer(text) if _placeholder_in_context(m)]


def _placeholder_in_context(m: re.Match[str]) -> bool:
    tok = m.group(0)
    if tok[0] in "*%×":
        return True
    # X or xx only counts next to Chinese: "X光" is a word, but X区/XX市 are placeholders
    return _chinese_context(m.string, m.start(), m.end()) and not _is_word_with_x(m)


def _is_word_with_x(m: re.Match[str]) -> bool:
    after = m.string[m.end():m.end() + 1]
    return m.group(0) == "X" and after in ("光", "线", "射")


# the order matters: indentation first, then characters, then annotations, garbage, spacing,
# punctuation (garbage detection needs the half-width "?" and ")" of broken annotations)
STEPS: tuple[Callable[[str], str], ...] = (
    strip_indent, to_simplified, strip_pinyin, mark_garbage, remove_spaces, unify_punctuation,
)


def clean_line(line: str) -> str:
    for step in STEPS:
        line = step(line)
    return line
