"""Does a text hold a match of a regular expression? The same answer as ``re.search``, cheaper for
the word lists the data files give as patterns (eras.yaml: 脱贫攻坚|精准扶贫|…).

A pattern that is a plain list of words (a|b|c, no other syntax) is tested with ``in``, never
compiled. Any other pattern is compiled when a text first needs it: a text that holds none of the
words every match must contain (each alternative's leading words, 热情接待|精心(?:准备|安排) → 热情接待,
精心) cannot match, and is answered without it. Compiling an expression costs a tenth of a
millisecond or more, on every run; most sentences hold none of the words."""
from __future__ import annotations

import re
from typing import Callable
from ..recache import regex

_SPECIAL = frozenset("\\.^$*+?{}[]()|")
_QUANTIFIERS = frozenset("*+?{")
# words tested with ``in`` one by one, at most (more are searched for as one expression)
_FEW = 3


def finder(pattern: str) -> Callable[[str], bool]:
    """``lambda text: re.search(pattern, text) is not None``, with the shortcuts above."""
    plain, needles = _words(pattern)
    if plain:
        return _holds_one(needles)
    may_match = _holds_one(needles) if needles is not None else None
    search = _search(pattern)

    def matches(text: str) -> bool:
        if may_match is not None and not may_match(text):
            return False
        return search(text)
    return matches


def matcher(patterns: list[str]) -> Callable[[str], list[int]]:
    """The indices of the patterns a text matches, in order: ``[i for i, p in enumerate(patterns)
    if finder(p)(text)]``, with the words of all of them looked up at once (``words_in``)."""
    both = matcher_and_words(patterns, [])
    return lambda text: both(text)[0]


def matcher_and_words(patterns: list[str], words: list[str]) -> Callable[[str], tuple[list[int], list[int]]]:
    """``(matcher(patterns)(text), words_in(words)(text))`` in one look-up of the text: the
    patterns' words and ``words`` share one table, so the text's characters are read once."""
    owners: list[int] = []
    needles: list[str] = []
    always: list[int] = []             # patterns with no words that every match holds
    searches: list[Callable[[str], bool] | None] = []
    for i, pattern in enumerate(patterns):
        plain, required = _words(pattern)
        if required is None:
            always.append(i)
        else:
            needles.extend(required)
            owners.extend([i] * len(required))
        searches.append(None if plain else _search(pattern))
    # the given words after the patterns' (the indices past ``cut`` are the given words' own)
    cut = len(needles)
    held = words_in(needles + list(words))

    def matching(text: str) -> tuple[list[int], list[int]]:
        found = set(always)
        given: list[int] = []
        for j in held(text):
            if j < cut:
                found.add(owners[j])
            else:
                given.append(j - cut)
        return ([i for i in sorted(found) if searches[i] is None or searches[i](text)],  # type: ignore[misc]
                given)
    return matching


def words_in(words: list[str]) -> Callable[[str], list[int]]:
    """The indices of the words a text holds, in order: ``[i for i, w in enumerate(words) if w in
    text]``, only the words that start with one of the text's characters tried."""
    by_first: dict[str, list[int]] = {}
    empty = [i for i, w in enumerate(words) if not w]
    for i, w in enumerate(words):
        if w:
            by_first.setdefault(w[0], []).append(i)

    firsts = frozenset(by_first)

    def held(text: str) -> list[int]:
        found = list(empty)
        for ch in firsts.intersection(text):
            for i in by_first[ch]:
                if words[i] in text:
                    found.append(i)
        found.sort()
        return found
    return held


def _words(pattern: str) -> tuple[bool, tuple[str, ...] | None]:
    """Whether ``pattern`` is a plain list of words, and its words (or those every match holds)."""
    if _SPECIAL.isdisjoint(pattern.replace("|", "")):
        return True, tuple(pattern.split("|"))
    return False, required_words(pattern)


def _search(pattern: str) -> Callable[[str], bool]:
    """``re.search``, the pattern compiled when first asked."""
    compiled: list[re.Pattern[str]] = []

    def search(text: str) -> bool:
        if not compiled:
            compiled.append(regex(pattern))
        return compiled[0].search(text) is not None
    return search


def may_match_any(patterns: list[str]) -> Callable[[str], bool]:
    """A test that is False only for a text none of ``patterns`` can match: one that holds none of
    the words every match of one of them holds (always True when a pattern has no such words)."""
    words: list[str] = []
    for pattern in patterns:
        needles = required_words(pattern)
        if needles is None:
            return lambda text: True
        words.extend(needles)
    return _holds_one(tuple(dict.fromkeys(words)))


def _holds_one(words: tuple[str, ...]) -> Callable[[str], bool]:
    if len(words) > _FEW:
        # one search of an alternation of the words: the matcher skips the characters no word
        # starts with, where each ``in`` reads the text again (a third of the instructions for the
        # 24 words of the era test, asked of every new sentence; compiled once across runs)
        search = regex("|".join(map(re.escape, words))).search
        return lambda text: search(text) is not None

    def holds(text: str) -> bool:
        for w in words:     # (a loop, not any() over map or a generator: asked of every new sentence)
            if w in text:
                return True
        return False
    return holds


def required_words(pattern: str) -> tuple[str, ...] | None:
    """Words one of which every match of ``pattern`` holds: the literal text each top-level
    alternative starts with (the alternatives of a group it starts with, in turn), or None when an
    alternative starts with anything else (a class, a lookaround, a quantified group, nothing)."""
    out: list[str] = []
    for branch in _alternatives(pattern):
        n = 0
        while n < len(branch) and branch[n] not in _SPECIAL:
            n += 1
        lead = branch[:n - 1] if n < len(branch) and branch[n] in _QUANTIFIERS else branch[:n]
        if lead:
            out.append(lead)
            continue
        end = _group_end(branch) if branch.startswith("(?:") else None
        if end is None or (end + 1 < len(branch) and branch[end + 1] in _QUANTIFIERS):
            return None
        inner = required_words(branch[3:end])
        if inner is None:
            return None
        out.extend(inner)
    return tuple(out)


def _scan(pattern: str) -> list[tuple[int, int]]:
    """(position, depth) of each bracket and bar outside escapes and character classes; a class
    opening on ] or ^] holds that ] as a character."""
    marks, depth, i = [], 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i += 1
            if pattern.startswith("^", i):
                i += 1
            if pattern.startswith("]", i):
                i += 1
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            depth += 1
            marks.append((i, depth))
        elif c == ")":
            marks.append((i, depth))
            depth -= 1
        elif c == "|":
            marks.append((i, depth))
        i += 1
    return marks


def _alternatives(pattern: str) -> list[str]:
    cuts = [i for i, depth in _scan(pattern) if depth == 0 and pattern[i] == "|"]
    return [pattern[a + 1:b] for a, b in zip([-1, *cuts], [*cuts, len(pattern)])]


def _group_end(pattern: str) -> int | None:
    """The position of the ) that closes the group ``pattern`` starts with."""
    return next((i for i, depth in _scan(pattern) if depth == 1 and pattern[i] == ")"), None)
