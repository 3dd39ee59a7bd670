"""Lint a speech text (.txt, .md or .docx): the draft checks, policy formulas out of their time
(judged against a date), and length as information."""
from __future__ import annotations

import datetime as dt
import re

from .checks import Finding, check_text, retired
from .cnlang import SPEAKING_RATE, hanzi_count
from .reader import read_file
from .resources import data


def formula_findings(text: str, on: dt.date) -> list[Finding]:
    out: list[Finding] = []
    formulas = sorted(data("formulas"), key=lambda f: -len(f["text"]))
    for n, line in enumerate(text.split("\n"), 1):
        taken: list[tuple[int, int]] = []
        for f in formulas:
            for m in re.finditer(re.escape(f["text"]), line):
                if any(a <= m.start() < b for a, b in taken):
                    continue            # inside a longer formula already reported
                taken.append((m.start(), m.end()))
                if retired(f, on.year):
                    fix = f"; now: {f['replacement']}" if f.get("replacement") else ""
                    out.append(Finding("formula-era", n, m.start() + 1,
                                       f"“{f['text']}” belongs to {f['from']}–{f['until']}{fix} "
                                       f"(source: {f['source']})", "error"))
                elif f.get("from") and f["from"] > on.year:
                    out.append(Finding("formula-era", n, m.start() + 1,
                                       f"“{f['text']}” is not in use before {f['from']}", "warning"))
    return out


def lint_text(text: str, on: dt.date) -> list[Finding]:
    findings = check_text(text) + formula_findings(text, on)
    size = hanzi_count(text)
    findings.append(Finding("length", 1, 1, f"{size} characters, about {size / SPEAKING_RATE:.1f} "
                            f"minutes read aloud at {SPEAKING_RATE} characters a minute", "info"))
    return sorted(findings, key=lambda f: (f.line, f.column, f.rule))


def lint_file(path: str, on: dt.date) -> list[Finding]:
    raw = read_file(path)
    return lint_text(raw.text, on)
