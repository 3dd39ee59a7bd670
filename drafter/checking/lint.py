"""Lint a speech text (.txt, .md or .docx): the draft checks, policy formulas out of their time
(judged against a date), and length as information."""
from __future__ import annotations

import datetime as dt
from typing import Iterable

from ..i18n import _
from .rules import Finding, _Capped, check_text, corpus_names, formulas_in, holds_formula, replacement, retired, titles
from ..text.cnlang import SPEAKING_RATE, hanzi_count
from ..text.reader import read_file


def formula_findings(text: str, on: dt.date) -> list[Finding]:
    out = _Capped()
    if not holds_formula(text):
        return []                    # a text that has none (a draft) passed over
    for n, line in enumerate(text.split("\n"), 1):
        for start, _end, f in formulas_in(line):
            if retired(f, on.year):
                new = replacement(f, on.year)
                msg = (_("“{text}” belongs to {start}–{end}; now: {new} (source: {source})")
                       if new else _("“{text}” belongs to {start}–{end} (source: {source})"))
                out.append(Finding("formula-era", n, start + 1,
                                   msg.format(text=f["text"], start=f["from"], end=f["until"],
                                              new=new, source=f["source"]),
                                   "error", new))
            elif f.get("from") and f["from"] > on.year:
                out.append(Finding("formula-era", n, start + 1,
                                   _("“{text}” is not in use before {start}").format(text=f["text"], start=f["from"]),
                                   "warning"))
    return out.done()


def lint_text(text: str, on: dt.date, names: dict | None = None, own: Iterable[str] = ()) -> list[Finding]:
    """Every rule over ``text``: characters, punctuation, numbering, repetition, names, policy
    formulas judged at ``on``, and length as information. ``names`` is a phrase bank's corpus
    names (``PhraseBank.names``; none when None: the caller, a stage up, loads them, as
    ``drafter.api.lint`` does); ``own`` the occasion's own names, when known."""
    names = names or {}
    findings = check_text(text) + formula_findings(text, on) + titles(text) + corpus_names(text, names, own)
    size = hanzi_count(text)
    findings.append(Finding("length", 1, 1, _("{size} characters, about {minutes:.1f} minutes read aloud at "
                                              "{rate} characters a minute").format(
                                                  size=size, minutes=size / SPEAKING_RATE, rate=SPEAKING_RATE), "info"))
    return sorted(findings, key=lambda f: (f.line, f.column, f.rule))


def lint_file(path: str, on: dt.date, names: dict | None = None) -> list[Finding]:
    """``names`` as for lint_text: the caller linting many files loads them once."""
    raw = read_file(path)
    return lint_text(raw.text, on, names)
