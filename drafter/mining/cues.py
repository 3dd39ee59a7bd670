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
                heading: bool, tail: bool = False, lead: bool | None = None) -> str | None:
    """The section a strong cue gives a sentence, or None to leave it to the model. ``lead``: the
    sentence is a report's lead (``lead_index``); not given, the first sentence is."""
    where_ok = {"any": True, "first": first, "last": last, "tail": tail or last, "marker": marker,
                "heading": heading, "lead": first if lead is None else lead}
    for section, rx, where, only_kind in _cues():
        if only_kind and only_kind != kind:
            continue
        if where_ok[where] and rx.search(text):
            return section
    return None


@functools.lru_cache(maxsize=1)
def _context() -> dict[str, re.Pattern[str]]:
    ctx = data("mining")["context_cues"]
    return {k: re.compile(v) for k, v in ctx.items()}


def lead_index(doc: Any) -> int | None:
    """Which sentence of a report is its lead (docs/sections.md rule 3): the first, unless the report
    opens on title lines or sayings (``lead_before`` in mining.yaml, undated; a saying also when it
    opens on quoted words after a dateline, ``lead_saying``, over as many sentences as the quotation
    runs) or source lines (what the cue rules make ``other``); then the first dated sentence after
    them among the first ``lead_within``.
    None for a speech."""
    return _lead(doc)[0]


def opening_sayings(doc: Any) -> set[int]:
    """The sentences before a report's lead that open a saying it opens on (docs/sections.md rule 3:
    the saying is `quote`): quoted words or short parallel clauses, after the dateline if the report
    has one, with no date. A quotation that runs on over more sentences is skipped on the way to
    the lead, but its later sentences are left to the model (they say something: hopes, review…)."""
    return _lead(doc)[1]


def _lead(doc: Any) -> tuple[int | None, set[int]]:
    if doc.kind != "news":
        return None, set()
    rules = data("mining")
    before, dated = re.compile(rules["lead_before"]), re.compile(rules["lead_date"])
    saying, dateline = re.compile(rules["lead_saying"]), re.compile(rules["dateline_prefix"])
    sayings: set[int] = set()
    open_quote = 0          # quotation marks opened by a saying and not yet closed
    for i, s in enumerate(doc.sentences[:int(rules["lead_within"])]):
        rest = s.text[dateline.match(s.text).end():]
        if open_quote > 0:         # the saying's quotation goes on: its words, given by what they say
            open_quote += s.text.count("“") - s.text.count("”")
            continue
        if saying.match(rest) and not dated.search(rest):
            open_quote = s.text.count("“") - s.text.count("”")
            sayings.add(i)
            continue
        if before.match(s.text) and not dated.search(s.text) or cue_section(s.text, kind=doc.kind, first=False, last=False,
                                               marker=False, heading=False, lead=False) == "other":
            continue
        if i == 0 or dated.search(s.text):
            return i, {j for j in sayings if j < i}
        return 0, set()
    return 0, set()


def doc_cues(doc: Any) -> list[str | None]:
    """The section the cue rules give every sentence of a document (None: left to the model), as
    mining applies them."""
    n = len(doc.sentences)
    lead, sayings = _lead(doc)
    return ["quote" if i in sayings else cue_section(s.text, kind=doc.kind, first=i == 0, last=i == n - 1, tail=i >= n - 3,
                        marker=s.marker is not None and len(s.text) <= 40, heading=s.heading,
                        lead=i == lead)
            for i, s in enumerate(doc.sentences)]


LEXICONS = ("hope", "thanks", "since", "overview", "review", "significance", "news", "saying",
            "narration", "achieve", "future", "past", "first_person", "copula", "pledge_tail", "task_item")
# the sections cue rules give, on the sentences either side: what the model hears of its context
CUED = ("welcome", "attendance", "news_lead", "points_intro", "point_heading", "greeting", "closing", "other")


def doc_features(doc: Any) -> list[list[float]]:
    """Position, shape and context features of every sentence of a document, beside the character
    n-grams: where the sentence stands (in the text, in its paragraph, after a point heading), what
    it looks like, and whether it or the one before it reports someone's words (a report's speaker
    goes on over several sentences). One pass over the document."""
    sents = doc.sentences
    total = len(sents)
    ctx = _context()
    lex = [[float(bool(ctx[k].search(s.text))) for k in LEXICONS] for s in sents]
    none = [0.0] * len(LEXICONS)
    n = total
    cue = doc_cues(doc)
    near_cue = [[float(cue[j] == c) if 0 <= j < n else 0.0 for j in (i - 1, i + 1) for c in CUED]
                for i in range(n)]
    out = []
    after_heading = prev_reported = False
    prev_para = -1
    for index, sent in enumerate(sents):
        reported = bool(ctx["reported"].match(sent.text))
        out.append([index / max(total - 1, 1), float(index == 0), float(index == total - 1),
                    float(sent.marker is not None), float(sent.heading), float(doc.kind == "news"),
                    min(len(sent.text), 120) / 120, float(sent.paragraph != prev_para),
                    float(after_heading), float(reported), float(prev_reported),
                    float(sent.paragraph == 0), float(bool(ctx["hope"].search(sent.text))),
                    float(bool(ctx["thanks"].search(sent.text))),
                    float(bool(ctx["since"].search(sent.text))),
                    float(index <= 2 and bool(ctx["dateline"].search(sent.text)))]
                   + lex[index] + (lex[index - 1] if index else none)
                   + (lex[index + 1] if index + 1 < total else none) + near_cue[index])
        after_heading = after_heading or sent.heading or (sent.marker is not None and len(sent.text) <= 40)
        prev_reported, prev_para = reported, sent.paragraph
    return out


def model_text(text: str) -> str:
    """The words the n-grams see: a report's frame (王有国强调，) set aside, since the frame says who
    speaks, not what is said (the reported-speech feature keeps that it was reported)."""
    m = _context()["reported"].match(text)
    return "^" + (text[m.end():] if m and m.end() < len(text) else text)


def features(doc: Any, index: int) -> list[float]:
    return doc_features(doc)[index]
