"""finder(pattern)(text) answers as re.search(pattern, text) does: for the patterns of the data
files over the set language, and for patterns made to mislead its shortcuts."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, strategies as st

from drafter.resources import data, load_yaml, templates_dir
from drafter.text.finder import finder, matcher, matcher_and_words, may_match_any, required_words, words_in

from ..conftest import strings_in


def _data_patterns() -> list[str]:
    eras = data("eras")
    gate = eras["gate"]
    return ([e["pattern"] for e in eras["sentences"]]
            + list((gate.get("ideas") or {}).values()) + list((gate.get("paragraph_ideas") or {}).values()))


def test_the_data_files_patterns_answer_as_re_search_over_the_set_language():
    texts = sorted(set(strings_in(load_yaml(templates_dir() / "moves.yaml"))))
    texts += ["脱贫攻坚取得全面胜利", "打赢脱贫攻坚战", "十五五开局之年", "结下了深厚的情谊", "精心安排", ""]
    for pattern in _data_patterns():
        test = finder(pattern)
        for text in texts:
            assert test(text) == (re.search(pattern, text) is not None), (pattern, text)


TRICKY = ["a|b", "a||b", "", "ab?c", "a*", "(?:x|y)z", "(?:x|y)?z", "(?:x|)z", "q[](]x|abc", "[]|]x|y",
          "a[]|b]c|d", "a\\|b", "(?!a)b|c", "(?i)abc", "x{2}y|z", "(?:(?:a|b)c|d)e", "a.b|c", "[^]a]|b",
          "(a)|b", "\\d+|x", "ab|(?:c|d)+", "^ab|c", "ab$|c"]


@pytest.mark.parametrize("pattern", TRICKY)
@given(st.text(alphabet="abcdexyzq|]([)AB12", max_size=8))
def test_patterns_that_mislead_a_shortcut_still_answer_as_re_search(pattern, text):
    assert finder(pattern)(text) == (re.search(pattern, text) is not None)


def test_the_words_every_match_holds():
    assert required_words("热情接待|精心(?:准备|安排)|付出了?(?:大量|辛勤)") == ("热情接待", "精心", "付出")
    assert required_words("(?:新的?|先进的)(?:理念|思路)") == ("新", "先进的")
    assert required_words("[春夏]|闽宁") is None
    assert required_words("(?:a|b)?c") is None


@pytest.mark.parametrize("patterns", [["a|b", "c(?:d|e)"], ["xy", "[ab]c"], ["a||b"], []])
@given(st.text(alphabet="abcdexy", max_size=6))
def test_a_text_said_to_match_none_matches_none(patterns, text):
    if not may_match_any(patterns)(text):
        assert not any(re.search(p, text) for p in patterns)


@given(st.text(alphabet="abcdexyzq|]([)AB12", max_size=8))
def test_many_patterns_at_once_answer_as_each_alone(text):
    assert matcher(TRICKY)(text) == [i for i, p in enumerate(TRICKY) if re.search(p, text)]
    words = ["ab", "b", "", "abc", "ab", "x", "q(", "ya"]
    assert words_in(words)(text) == [i for i, w in enumerate(words) if w in text]
    assert matcher_and_words(TRICKY, words)(text) == (matcher(TRICKY)(text), words_in(words)(text))


def test_the_gate_ideas_at_once_answer_as_each_alone_over_the_set_language():
    texts = sorted(set(strings_in(load_yaml(templates_dir() / "moves.yaml"))))
    patterns = _data_patterns()
    test = matcher(patterns)
    for text in texts:
        assert test(text) == [i for i, p in enumerate(patterns) if re.search(p, text)], text


WORDS = ["ab", "b", "", "a.b", "(x", "y|z", "q]", "ab"]


@given(st.text(alphabet="abxyz.|(]q", max_size=8), st.integers(0, len(WORDS)))
def test_many_words_searched_at_once_answer_as_in(text, n):
    """A text holds one of the words: past a few words one search of them all, as ``in`` each."""
    from drafter.text.finder import _holds_one

    words = tuple(WORDS[:n])
    assert _holds_one(words)(text) == any(w in text for w in words)
    assert _holds_one(words[1:])(text) == any(w in text for w in words[1:])
