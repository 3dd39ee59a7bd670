"""The coherence gate's text machinery: what the gate (``Composer._gate``) asks of a text (its
ideas, set phrases, dangling opening, openers, runs of characters), answered once per process
(``_GateMemo``); two sentences that share a run of characters (``_shares_run``); two choices of one
sentence that say the same word (``_clash``); and a report's sayings of one leader made one
sentence (``one_voice``)."""
from __future__ import annotations

import functools
import re
from typing import Any

from ..memo import Memo
from ..recache import regex
from ..resources import data
from ..text.finder import matcher_and_words


@functools.lru_cache(maxsize=1)
def _clash_ignore() -> frozenset[str]:
    return frozenset(data("eras")["gate"].get("clash_ignore") or ())


@functools.lru_cache(maxsize=16384)
def _pairs(text: str) -> frozenset[str]:
    """The two-character runs of a text's Chinese words (what two choices of a sentence must not
    share; what a heading shares with a default point's)."""
    return _grams(text, (), (), 2)


@functools.lru_cache(maxsize=16384)
def _clash_words(text: str) -> frozenset[str]:
    """A choice's words _clash compares (remembered, not taken from its pairs again: the same
    choices are met in every combination a skeleton tries)."""
    return _pairs(text) - _clash_ignore()


def _clash(picks: list[str]) -> bool:
    """Do two choices of one sentence say the same word (深入 / 深入了解, 格外高兴 / 感到格外亲切, 稳步发展 /
    稳步提升)? Each reads well alone; together they repeat (round 12's audit of the templates).
    The genre's words that a sentence may well say twice (eras.yaml gate.clash_ignore) do not count."""
    if len(picks) < 2:
        return False
    seen: set[str] = set()
    for p in picks:
        words = _clash_words(p)
        if not seen.isdisjoint(words):
            return True
        seen |= words
    return False


def _shares_run(a: str, b: str, names: list[str], ignore: list[str], size: int = 4) -> bool:
    """The same ``size`` characters (not a name, not a fixed word of the genre) in two sentences."""
    return not _grams(a, tuple(names), tuple(ignore), size).isdisjoint(_grams(b, tuple(names), tuple(ignore), size))


@functools.lru_cache(maxsize=1)
def _han_runs_re() -> re.Pattern[str]:
    # (compiled once across runs by ``regex``: its copy is kept, so no run compiles the class)
    return regex("[\u4e00-\u9fff]+")


def _grams(s: str, names: tuple[str, ...], ignore: tuple[str, ...], size: int = 4) -> frozenset[str]:
    return _grams_of(_runs(s, names, ignore), size)


def _runs(s: str, names: tuple[str, ...], ignore: tuple[str, ...]) -> list[str]:
    """The runs of Chinese characters of ``s`` that are not a name or a word to ignore."""
    for n in names + ignore:
        if n in s:
            s = s.replace(n, "|")
    # (a name or word given way is a "|": no Chinese character, so a run ends there)
    return _han_runs_re().findall(s)


def _grams_of(runs: list[str], size: int) -> frozenset[str]:
    return frozenset([run[i:i + size] for run in runs for i in range(len(run) - size + 1)])


def _grams_by_runs(runs: Memo, size: int, text: str) -> frozenset[str]:
    """``_grams_of`` of a text's runs as a table of them holds them (read once for every size)."""
    return _grams_of(runs[text], size)


_SENTENCE_ENDS = regex(r"(?<=[。！？])")


# the verbs a saying goes on with in the sentence before (…，并强调，…): 说 and 介绍 do not
_GOES_ON = ("强调", "指出", "表示")


def one_voice(text: str, name: str, others: tuple[str, ...]) -> str:
    """A report's leader named at the head of sentence after sentence (郝建疆在讲话中表示…。郝建疆强调…。
    郝建疆希望…。郝建疆还希望…: round 29, six in a row): two sayings running are one sentence (…，并强调，…)
    and so are two hopes (希望浦临区在…给予支持，并帮助…: the side asked is not named again). The
    report never says 他 (it does not know who is a 她)."""
    if not name or text.count(name) < 3:
        return text
    says = tuple(data("language")["saying"]["lead_verbs"])
    out: list[str] = []
    for part in _SENTENCE_ENDS.split(text):
        prev = out[-1] if out else ""
        if part.startswith(name) and prev.startswith(name) and prev.endswith("。") and "，并" not in prev:
            mine, theirs = prev[len(name):].removeprefix("在讲话中"), part[len(name):]
            hope = theirs.removeprefix("还")
            if mine.startswith("希望") and hope.startswith("希望"):
                body = hope[2:]
                body = next((body[len(o):] for o in others if o and body.startswith(o) and mine[2:].startswith(o)), body)
                out[-1] = prev[:-1] + "，并" + ("" if body != hope[2:] else "希望") + body
                continue
            if mine.startswith(says) and not mine.startswith("希望") and theirs.startswith(_GOES_ON):
                out[-1] = prev[:-1] + "，并" + theirs
                continue
        out.append(part)
    return "".join(out)


class _GateMemo:
    """What the coherence gate asks of one text (its ideas, set phrases, a dangling opening, the
    openers it starts with, its n-grams), answered once for the gate rules it was asked under.
    The same sentences are met in every pass, at every level and in every draft of a process."""

    LIMIT = 50_000           # texts remembered (a long-running server drafts many events)

    def __init__(self, rules: dict[str, Any]) -> None:
        self.rules = rules   # held, so that the identity test in _gate_memo stays sound
        self.known: dict[str, tuple[Any, ...]] = {}
        self._grams: dict[tuple[tuple[str, ...], int], Memo] = {}
        self._runs: dict[tuple[str, ...], Memo] = {}
        self._keys: dict[str, Memo] = {}
        ideas = [(k, scope, v) for scope, key in (("draft", "ideas"), ("paragraph", "paragraph_ideas"))
                 for k, v in (rules.get(key) or {}).items()]
        self._ideas = [(k, scope) for k, scope, _ in ideas]
        self._dangling = regex(rules["dangling"])
        self._openers = tuple(rules.get("openers", ()))
        self._phrases = list(rules["set_phrases"])
        # a text's ideas and set phrases found in one look-up of its characters (it is new text
        # the gate asks this of: some thirty texts a draft)
        self._ideas_phrases_in = matcher_and_words([v for _, _, v in ideas], self._phrases)
        self._ignore = tuple(rules["ignore"])
        # the words some rule counts (any kind's word_caps, paragraph_caps) and the openings a
        # paragraph has at most so many of: found once per text, not for every candidate tried
        self._counted = tuple(dict.fromkeys([w for caps in (rules.get("word_caps") or {}).values() for w in caps]
                                            + list(rules.get("paragraph_caps") or {})))
        self._pledges = tuple(rules.get("pledges") or ())
        self._followers = tuple(rules.get("followers") or ())
        self._leads = [(old, new) for old, new in rules.get("lead_rewrites") or ()]
        self._lead_olds = tuple(old for old, _ in self._leads)
        self._pledge_words = tuple(rules.get("pledge_words") or ())
        again = rules.get("again_verbs") or {}
        self._again = [(verb, more, regex(r"(^|[。！；])([^。！；，：]{1,8}?)" + re.escape(verb) + r"([^。！；]*[。！；])\2"
                                          + re.escape(verb))) for verb, more in again.items()]

    def facts(self, text: str) -> tuple[Any, ...]:
        """(ideas, set phrases, dangling, openers, (capped word, times said)…, opens on a pledge,
        opens as a follower)"""
        if len(self.known) >= self.LIMIT:
            self.known.clear()
        ideas, phrases = self._ideas_phrases_in(text)
        openers = self._openers
        found = self.known[text] = (
            [self._ideas[i] for i in ideas],
            [self._phrases[i] for i in phrases],
            bool(self._dangling.match(text)),
            # (one startswith of them all first: most texts open with none of them)
            tuple(o for o in openers if text.startswith(o)) if text.startswith(openers) else (),
            tuple((w, text.count(w)) for w in self._counted if w in text),
            text.startswith(self._pledges),
            text.startswith(self._followers))
        return found

    def lead(self, text: str) -> str:
        """A paragraph that opens on a sentence written to follow another (我们还将…, 我们也会…, 在此基础上，
        进一步…: a point's first sentence given up by the gate), opened plainly (eras.yaml lead_rewrites)."""
        # (one startswith of them all first: most paragraphs open on none of them)
        if text.startswith(self._lead_olds):
            for old, new in self._leads:
                if text.startswith(old):
                    return new + text[len(old):]
        return text

    def follow(self, text: str) -> str:
        """A paragraph's sentences written to follow a pledge (我们还将…, 我们也会…) after none, the
        paragraph's first (``lead``) or after one that pledges nothing (这些年，滨江区把…。我们还将…:
        round 23's golden), opened plainly."""
        if not any(o in text for o in self._lead_olds):
            return text
        parts = _SENTENCE_ENDS.split(text)
        for i, part in enumerate(parts):
            if part.startswith(self._lead_olds) and not (i and any(w in parts[i - 1] for w in self._pledge_words)):
                parts[i] = self.lead(part)
        return "".join(parts)

    def again(self, text: str) -> str:
        """Two sentences running on the same subject and verb: the second goes on with 还 (eras.yaml
        again_verbs)."""
        for verb, more, pattern in self._again:
            if text.count(verb) > 1:
                text = pattern.sub(lambda m: f"{m[1]}{m[2]}{verb}{m[3]}{m[2]}{more}", text)
        return text

    def idea_keys(self, move: str) -> Memo:
        """A table of the keys the gate counts a text's ideas under in ``move``, by text: a draft's
        idea by its name, a paragraph's as move:name."""
        table = self._keys.get(move)
        if table is None or len(table) >= self.LIMIT:
            table = self._keys[move] = Memo(functools.partial(self._idea_keys_of, move))
        return table

    def _idea_keys_of(self, move: str, text: str) -> tuple[str, ...]:
        ideas = (self.known.get(text) or self.facts(text))[0]
        return tuple(idea if scope == "draft" else f"{move}:{idea}" for idea, scope in ideas)

    def grams(self, names: tuple[str, ...], size: int) -> Memo:
        """A table of ``_grams(text, names, ignore, size)`` by text, filled as texts are met (the
        runs of a text read once for every size)."""
        table = self._grams.get((names, size))
        if table is None or len(table) >= self.LIMIT:
            if len(self._grams) >= 64:
                self._grams.clear()
                self._runs.clear()
            runs = self._runs.get(names)
            if runs is None or len(runs) >= self.LIMIT:
                runs = self._runs[names] = Memo(functools.partial(_runs, names=names, ignore=self._ignore))
            table = self._grams[names, size] = Memo(functools.partial(_grams_by_runs, runs, size))
        return table


_MEMO: _GateMemo | None = None


def _gate_memo(rules: dict[str, Any]) -> _GateMemo:
    global _MEMO
    if _MEMO is None or _MEMO.rules is not rules:
        _MEMO = _GateMemo(rules)
    return _MEMO
