"""Rules a speech text must pass (the contract's "What a draft must be"): each finding has a rule id,
a line and column, a message and a severity. The drafter runs them on its own output; lint too."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .markers import cn_to_int, find_marker

_PLACEHOLDER_RE = re.compile(r"(?<![A-Za-z])(?:XX|xx|X)(?![A-Za-z光线射])|\*{2,}|%{2,}|×{2,}|【待补[^】]*】|〔[^〔〕]{1,8}〕")
_TEMPLATE_RE = re.compile(r"\{\{|\}\}|\{%|%\}|(?<![A-Za-z])None(?![A-Za-z])|(?<![A-Za-z])undefined(?![A-Za-z])")
# no CJK character classes here: each costs milliseconds to compile on every run; the neighbour
# of a match is tested with _is_cjk instead
_PINYIN_RE = re.compile("[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]")
_HALF_RE = re.compile("[,:;!?()]")
_SENT_RE = re.compile(r"[^。！？；\n]+[。！？；]?[”’）]*")
_INTRO_RE = re.compile(r"([一二三四五六七八九十两])(?:点|个方面|层意思|句话|条)")


def retired(formula: dict[str, object], year: int) -> bool:
    """A policy formula whose period (drafter/data/formulas.yaml) ended before ``year``."""
    until = formula.get("until")
    return isinstance(until, int) and until < year


@dataclass(frozen=True)
class Finding:
    rule: str
    line: int
    column: int
    message: str
    severity: str = "error"

    def as_dict(self) -> dict[str, object]:
        return {"rule": self.rule, "line": self.line, "column": self.column,
                "message": self.message, "severity": self.severity}


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


@functools.lru_cache(maxsize=1)
def traditional_chars() -> frozenset[str]:
    path = Path(__file__).resolve().parent / "data" / "traditional.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset("".join(ln for ln in lines if not ln.startswith("#")))


def _lines(text: str) -> Iterable[tuple[int, str]]:
    return enumerate(text.split("\n"), 1)


def check_text(text: str) -> list[Finding]:
    """Character-level rules: placeholders, template leftovers, traditional characters, pinyin,
    half-width punctuation inside Chinese, repeated sentences, numbering."""
    out: list[Finding] = []
    trad = traditional_chars()
    for n, line in _lines(text):
        for m in _PLACEHOLDER_RE.finditer(line):
            out.append(Finding("placeholder", n, m.start() + 1, f"placeholder left in: {m.group(0)}"))
        for m in _TEMPLATE_RE.finditer(line):
            out.append(Finding("template-leftover", n, m.start() + 1, f"template text left in: {m.group(0)}"))
        for col, ch in enumerate(line, 1):
            if ch in trad:
                out.append(Finding("traditional", n, col, f"traditional character {ch}"))
        for m in _PINYIN_RE.finditer(line):
            if m.start() and _is_cjk(line[m.start() - 1]):
                out.append(Finding("pinyin", n, m.start(), f"pinyin annotation {line[m.start() - 1]}{m.group(0)}"))
        for m in _HALF_RE.finditer(line):
            i = m.start()
            if (i and _is_cjk(line[i - 1])) or (i + 1 < len(line) and _is_cjk(line[i + 1])):
                out.append(Finding("half-width-punct", n, i + 1, f"half-width '{m.group(0)}' inside Chinese text"))
    out += repeated_sentences(text)
    out += numbering(text)
    return out


def repeated_sentences(text: str) -> list[Finding]:
    seen: dict[str, int] = {}
    out = []
    for n, line in _lines(text):
        for m in _SENT_RE.finditer(line):
            s = m.group(0).strip()
            key = re.sub(r"[，。！？；：、“”\s]", "", s)
            if len(key) < 6:
                continue
            if key in seen:
                out.append(Finding("repeated-sentence", n, m.start() + 1,
                                   f"sentence said twice (first on line {seen[key]}): {s[:20]}…"))
            else:
                seen[key] = n
    return out


def numbering(text: str) -> list[Finding]:
    """One style per level, numbers in sequence, and an intro that announces as many as follow."""
    out = []
    runs: dict[str, list[tuple[int, int]]] = {}
    intro: tuple[int, int] | None = None
    for n, line in _lines(text):
        for m in _SENT_RE.finditer(line):
            s = m.group(0).strip()
            mk = find_marker(s)
            if mk and mk.style != "sequence":
                runs.setdefault(mk.style, []).append((n, mk.n))
            elif re.search("(借此机会|下面|在此|为此).{0,16}(讲|谈|表达|提|说)", s):
                im = _INTRO_RE.search(s)
                if im:
                    intro = (n, cn_to_int(im.group(1)))
    for style, items in runs.items():
        # a style restarts at 1 under each higher-level heading: check each run separately
        expected = 1
        for n, num in items:
            if num == 1:
                expected = 1
            if num != expected:
                out.append(Finding("numbering", n, 1, f"numbering jumps to {num} where {expected} was due"))
            expected = num + 1
    top = [s for s in ("cn", "di") if s in runs]
    if len(top) > 1:
        out.append(Finding("numbering", runs[top[1]][0][0], 1,
                           "two numbering styles at the top level (一、 and 第一)"))
    if intro:
        line, announced = intro
        after = [(n, num) for style in ("cn", "di", "yishi") for n, num in runs.get(style, []) if n > line]
        first = min((n for n, _ in after), default=None)
        if first is not None:
            style = next(s for s in ("cn", "di", "yishi") for n, _ in runs.get(s, []) if n == first)
            count = 0
            for n, num in runs[style]:
                if n > line:
                    if num == 1 and count:
                        break
                    count += 1
            if count != announced:
                out.append(Finding("points-count", line, 1,
                                   f"the intro announces {announced} points but {count} follow"))
    return out


def check_names(text: str, names: Iterable[str]) -> list[Finding]:
    out = []
    for name in names:
        for n, line in _lines(text):
            col = line.find(name)
            if col >= 0:
                out.append(Finding("corpus-name", n, col + 1, f"{name} comes from the corpus, not from this occasion"))
    return out
