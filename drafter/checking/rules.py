"""Rules a speech text must pass (the contract's "What a draft must be"): each finding has a rule id,
a line and column, a message and a severity. The drafter runs them on its own output; lint too."""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from ..recache import regex
from ..memo import Memo
from ..records import Frozen, set_fields
from ..i18n import N_, _
from ..text.markers import cn_to_int, find_marker
from ..text.safety import UNSAFE_RE, describe
from ..resources import data, data_file

SEVERITIES = (N_("error"), N_("warning"), N_("info"))      # shown translated by the command line
# 某某, 某某某, 某书记, 某县, 某某县: the placeholders of a form (drafter new writes them) — but not
# 某些, 某种, 某个, 某地区, 某市场 (words); 【待补】 and 【待补：…】 are the writer's own notes to fill in
_MOU_AFTER = "书记|县长|区长|市长|州长|旗长|省长|镇长|乡长|主任|部长|局长|同志|先生|女士|[县区市省镇乡村旗盟州](?![场域份])"
_PLACEHOLDER = (r"(?<![A-Za-z])(?:XX|xx|X)(?![A-Za-z光线射])|\*{2,}|%{2,}|×{2,}|【待补[^】]*】|〔[^〔〕]{1,8}〕|"
                f"某{{2,}}(?:{_MOU_AFTER})?|某(?:{_MOU_AFTER})")
_TEMPLATE = r"\{\{|\}\}|\{%|%\}|(?<![A-Za-z])None(?![A-Za-z])|(?<![A-Za-z])undefined(?![A-Za-z])"
# the characters every match of the two begins with: a text without them is passed over without
# compiling the expressions (a millisecond of each run) or trying their alternatives at every position
_PLACEHOLDER_FIRST_RE = regex("[Xx*%×【〔某]")
_TEMPLATE_FIRST_RE = regex("[{}%Nu]")
# no CJK character classes here: each costs milliseconds to compile on every run; the neighbour
# of a match is tested with _is_cjk instead
_PINYIN_RE = regex("[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]")
_HALF_RE = regex("[,:;!?()]")
_SENT_RE = regex(r"[^。！？；\n]+[。！？；]?[”’）]*")
# numbering looks at clauses: a run of 一是……；二是…… may follow a colon in one sentence
_CLAUSE_RE = regex(r"[^。！？；：\n]+[。！？；：]?[”’）]*")
_PUNCT_SPACE_RE = regex(r"[，。！？；：、“”\s]")
_SAYS_RE = regex("(借此机会|下面|在此|为此).{0,16}(讲|谈|表达|提|说)")
_INTRO_RE = regex(r"([一二三四五六七八九十两])(?:点|个方面|层意思|句话|条)")
# the answers lint remembers of a sentence or a clause, at most (then it starts afresh)
MEMO_LIMIT = 50_000


def retired(formula: dict[str, object], year: int) -> bool:
    """A policy formula whose period (drafter/data/formulas.yaml) ended before ``year``."""
    until = formula.get("until")
    return isinstance(until, int) and until < year


@functools.lru_cache(maxsize=1)
def _formula_res() -> tuple[list[tuple[dict, re.Pattern[str]]], re.Pattern[str] | None]:
    """Each formula's expression, and one of them all: a text it finds nothing in holds none (most
    texts: one search instead of one per formula). None where the patterns cannot be joined (a
    group name twice)."""
    formulas = data("formulas")
    patterns = [f.get("pattern") or re.escape(f["text"]) for f in formulas]
    try:
        joined = regex("|".join(f"(?:{p})" for p in patterns)) if patterns else None
    except re.error:
        joined = None
    return [(f, regex(p)) for f, p in zip(formulas, patterns)], joined


def holds_formula(text: str) -> bool:
    """``bool(formulas_in(text))``, asked of a whole draft: each formula's own search, stopping at
    the first that matches. Over a long text that holds none (a draft mostly does) the fifteen
    searches take 40% fewer instructions than the joined one, which has no first character to
    skip ahead by (formula_findings: 1.50M → 0.84M instructions a draft of welcome)."""
    return any(rx.search(text) is not None for _, rx in _formula_res()[0])


def formulas_in(text: str) -> list[tuple[int, int, dict]]:
    """The policy formulas (drafter/data/formulas.yaml) in ``text``: (start, end, entry), the longest
    match winning where two overlap (巩固拓展脱贫攻坚成果同乡村振兴有效衔接 over its parts)."""
    each, joined = _formula_res()
    if joined is not None and joined.search(text) is None:
        return []
    hits = [(m.start(), m.end(), f) for f, rx in each for m in rx.finditer(text)]
    hits.sort(key=lambda h: (h[0], h[0] - h[1]))
    out: list[tuple[int, int, dict]] = []
    end = -1              # hits come by start: one overlaps those kept iff it starts before their last end
    for h in hits:
        if h[0] == h[1]:  # an empty match (a pattern that can match nothing): the general test
            if not any(a < h[1] and h[0] < b for a, b, _ in out):
                out.append(h)
        elif h[0] >= end:
            out.append(h)
            end = max(end, h[1])
    return out


@functools.lru_cache(maxsize=8192)
def carries_retired(text: str, year: int) -> bool:
    """Does ``text`` carry a formula whose period ended before ``year``? (cached: drafting asks
    this of every phrase of the bank)"""
    return any(retired(f, year) for _, _, f in formulas_in(text))


def replacement(f: dict, year: int | None = None) -> str | None:
    """What a retired formula is said as in ``year`` (the latest when None): its replacement, or, where
    that changed with the years (“十三五” as current: “十四五” from 2021, “十五五” from 2026), the one of the
    latest year not after ``year``."""
    r = f.get("replacement")
    if isinstance(r, dict):
        years = [y for y in r if year is None or y <= year]
        return r[max(years)] if years else None
    return r


def era_label(f: dict) -> str:
    """东西部扶贫协作 1996–2020 → 东西部协作"""
    span = f"{f['from']}–{f['until'] if f.get('until') else ''}"
    new = replacement(f)
    return f"{f['text']} {span}" + (f" → {new}" if new else "")


@dataclass(init=False, repr=False, eq=False)
class Finding(Frozen):
    """One finding of a rule: where, what, how severe, and a fix when there is one. (Frozen: see
    records.py.)"""
    rule: str
    line: int
    column: int
    message: str
    severity: str = "error"
    fix: str | None = None          # the replacement text, where there is one

    def __init__(self, rule: str, line: int, column: int, message: str, severity: str = "error",
                 fix: str | None = None) -> None:
        set_fields(self, rule=rule, line=line, column=column, message=message, severity=severity, fix=fix)

    def as_dict(self) -> dict[str, object]:
        d: dict[str, object] = {"rule": self.rule, "line": self.line, "column": self.column,
                                "message": self.message, "severity": self.severity}
        if self.fix is not None:
            d["fix"] = self.fix
        return d


@functools.lru_cache(maxsize=1)
def _placeholder_re() -> re.Pattern[str]:
    return regex(_PLACEHOLDER)


@functools.lru_cache(maxsize=1)
def _template_re() -> re.Pattern[str]:
    return regex(_TEMPLATE)


def __getattr__(name: str) -> re.Pattern[str]:
    """``_PLACEHOLDER_RE`` and ``_TEMPLATE_RE``, compiled when first asked for."""
    if name == "_PLACEHOLDER_RE":
        return _placeholder_re()
    if name == "_TEMPLATE_RE":
        return _template_re()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


@functools.lru_cache(maxsize=1)
def _traditional_text() -> str:
    """The characters of traditional.txt, in the file's order."""
    path = data_file("traditional.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return "".join(ln for ln in lines if not ln.startswith("#"))


@functools.lru_cache(maxsize=1)
def traditional_chars() -> frozenset[str]:
    return frozenset(_traditional_text())


@functools.lru_cache(maxsize=1)
def _traditional_re() -> re.Pattern[str]:
    # Is there a traditional character in a whole speech? A class searched by the matcher reads
    # the text without making a string of each character, as ``isdisjoint`` does: a tenth of the
    # time over a draft. (The file's order keeps the pattern, the key of the compiled copy
    # ``regex`` keeps across runs, the same in every run.) re.escape changes only ASCII characters
    # and reads each of the 4,000 through a table (2.5M instructions): not when the file holds none.
    chars = _traditional_text()
    return regex("[" + (chars if chars and min(chars) >= "\x80" else re.escape(chars)) + "]")


def _simplified(ch: str) -> str:
    from ..text.clean import to_simplified     # OpenCC, loaded only when a traditional character is found

    return to_simplified(ch)


def _lines(text: str) -> Iterable[tuple[int, str]]:
    return enumerate(text.split("\n"), 1)


MAX_PER_RULE = 500     # findings of one rule listed per text; the rest are counted in one finding


class _Capped(list):
    """Findings, at most MAX_PER_RULE of each rule: 16 MB of traditional characters would make
    millions (gigabytes). The rest are counted; :meth:`done` adds one finding saying how many."""

    def __init__(self) -> None:
        super().__init__()
        self.counts: dict[str, int] = {}
        self.first_dropped: dict[str, Finding] = {}

    def room(self, rule: str) -> bool:
        """Is there room for another finding of ``rule``? (counts it when there is not)"""
        if self.counts.get(rule, 0) < MAX_PER_RULE:
            return True
        self.counts[rule] += 1
        return False

    def append(self, f: Finding) -> None:
        n = self.counts[f.rule] = self.counts.get(f.rule, 0) + 1
        if n <= MAX_PER_RULE:
            super().append(f)
        else:
            self.first_dropped.setdefault(f.rule, f)

    def done(self, lines: dict[str, int] | None = None) -> list[Finding]:
        out = list(self)
        for rule, n in self.counts.items():
            if n > MAX_PER_RULE:
                first = self.first_dropped.get(rule)
                severity = first.severity if first else next(f.severity for f in out if f.rule == rule)
                line = first.line if first else (lines or {}).get(rule, out[-1].line if out else 1)
                out.append(Finding(rule, line, 1, _("{n} more findings of this rule from here on, not "
                                                    "listed ({shown} are)").format(n=n - MAX_PER_RULE,
                                                                                   shown=MAX_PER_RULE),
                                   severity))
        return out


def check_text(text: str, whole: bool = True) -> list[Finding]:
    """Character-level rules: placeholders, template leftovers, traditional characters, pinyin,
    half-width punctuation inside Chinese, repeated sentences, numbering. Without ``whole`` (one
    field's text, not a speech), the rules about a whole speech are left out: numbering, repeated
    sentences and close repeats."""
    out = _Capped()
    dropped_at: dict[str, int] = {}
    suspect = bool((_PLACEHOLDER_FIRST_RE.search(text) and _placeholder_re().search(text))
                   or (_TEMPLATE_FIRST_RE.search(text) and _template_re().search(text)) or _PINYIN_RE.search(text)
                   or _HALF_RE.search(text) or UNSAFE_RE.search(text) or _traditional_re().search(text))
    # (the set of traditional characters, for where they are, made only for a text that may hold one)
    trad = traditional_chars() if suspect else frozenset()
    for n, line in _lines(text) if suspect else ():      # a clean text is passed over in one search
        for m in UNSAFE_RE.finditer(line):
            # invisible in print, but they turn text around (U+202E), hide words or drive a terminal
            out.append(Finding("control-char", n, m.start() + 1,
                               _("invisible or control character {char}").format(char=describe(m.group(0))),
                               fix=""))
        for m in _placeholder_re().finditer(line):
            out.append(Finding("placeholder", n, m.start() + 1,
                               _("placeholder left in: {text}").format(text=m.group(0))))
        for m in _template_re().finditer(line):
            out.append(Finding("template-leftover", n, m.start() + 1,
                               _("template text left in: {text}").format(text=m.group(0))))
        if not trad.isdisjoint(line):
            for col, ch in enumerate(line, 1):
                if ch in trad:
                    if not out.room("traditional"):
                        dropped_at.setdefault("traditional", n)
                        continue
                    if ch in _rules()["name_variants"]:
                        # (standard in a name, 褚维昇: checks.yaml name_variants)
                        out.append(Finding("traditional", n, col, _(
                            "{char} is a traditional character unless it is in a name").format(char=ch),
                            "warning", fix=_simplified(ch)))
                        continue
                    out.append(Finding("traditional", n, col, _("traditional character {char}").format(char=ch),
                                       fix=_simplified(ch)))
        annotated: list[tuple[int, int]] = []          # in order, not overlapping
        for m in _PINYIN_RE.finditer(line):
            if m.start() and _is_cjk(line[m.start() - 1]):
                annotated.append((m.start(), m.end()))
                out.append(Finding("pinyin", n, m.start(), _("pinyin annotation {text}").format(
                    text=line[m.start() - 1] + m.group(0)),
                                   fix=line[m.start() - 1]))
        for m in _HALF_RE.finditer(line):
            i = m.start()
            k = bisect.bisect_right(annotated, (i, float("inf"))) - 1
            if k >= 0 and annotated[k][0] <= i < annotated[k][1]:
                continue        # the brackets of a pinyin annotation: reported as pinyin
            if (i and _is_cjk(line[i - 1])) or (i + 1 < len(line) and _is_cjk(line[i + 1])):
                if not out.room("half-width-punct"):
                    dropped_at.setdefault("half-width-punct", n)
                    continue
                out.append(Finding("half-width-punct", n, i + 1, _("half-width '{mark}' inside Chinese text").format(mark=m.group(0))))
    found = out.done(dropped_at)
    found += pairs(text)
    found += doubled_punctuation(text)
    if whole:
        found += repeated_sentences(text)
        found += close_repeats(text)
        found += numbering(text)
    return found


def _rules() -> dict:
    return data("checks")


@functools.lru_cache(maxsize=1)
def _pair_marks() -> tuple[dict[str, str], dict[str, str], re.Pattern[str]]:
    """The openers with their closers, the closers with their openers, and an expression of them
    all: made once (each field of an event and each draft is tested; 80K instructions a making)."""
    table = _rules()["pairs"]
    openers = {o: c for o, c in table}
    closers = {c: o for o, c in table}
    return openers, closers, regex("[" + re.escape("".join(openers) + "".join(closers)) + "]")


def pairs(text: str) -> list[Finding]:
    """Quotes and brackets opened and not closed (or closed and not opened) within a paragraph."""
    openers, closers, marks = _pair_marks()
    out = _Capped()
    for n, line in _lines(text):
        stack: list[tuple[str, int]] = []
        for m in marks.finditer(line):
            col, ch = m.start() + 1, m.group(0)
            if ch in openers and not (ch in closers and stack and stack[-1][0] == ch):
                stack.append((ch, col))
            elif ch in closers:
                if stack and stack[-1][0] == closers[ch]:
                    stack.pop()
                elif any(o == closers[ch] for o, _ in stack):
                    while stack and stack[-1][0] != closers[ch]:   # the inner opener is the stray one
                        o, c = stack.pop()
                        out.append(Finding("unmatched", n, c, _("{mark} is not closed (expected {close})").format(
                            mark=o, close=openers[o]), fix=openers[o]))
                    stack.pop()
                else:
                    out.append(Finding("unmatched", n, col, _("{mark} closes nothing (no {open} before it)").format(
                        mark=ch, open=closers[ch])))
        for o, c in stack:
            out.append(Finding("unmatched", n, c, _("{mark} is not closed (expected {close})").format(
                mark=o, close=openers[o]), fix=openers[o]))
    return out.done()


@functools.lru_cache(maxsize=1)
def _doubled_re() -> re.Pattern[str]:
    marks = re.escape(_rules()["doubled"]["marks"])
    return regex(f"[{marks}][{marks}]+")


def doubled_punctuation(text: str) -> list[Finding]:
    allowed = set(_rules()["doubled"]["allowed"])
    out = _Capped()
    for n, line in _lines(text):
        for m in _doubled_re().finditer(line):
            if m.group(0) not in allowed:
                out.append(Finding("doubled-punct", n, m.start() + 1,
                                   _("doubled punctuation {marks}").format(marks=m.group(0)),
                                   fix=m.group(0)[-1] if m.group(0)[-1] in "。！？" else m.group(0)[0]))
    return out.done()


@functools.lru_cache(maxsize=8)
def _clause_split(joins: str) -> Callable[[str], list[str]]:
    """A paragraph's clauses: split at each character that is not Chinese (_is_cjk) or is a
    conjunction of ``joins`` (one character for one, so columns stay true). One split by an
    expression (compiled once across runs by recache's copy): str.translate through a table of
    the characters met, and a split at what it made, cost 0.5M instructions more (close_repeats
    1.72M → 1.20M a draft of welcome)."""
    return regex("[^\u3400-\u4dbf\u4e00-\u9fff]|[" + re.escape(joins) + "]").split


def close_repeats(text: str) -> list[Finding]:
    """The same four-character phrase again within a short distance in one clause (a warning). A
    repeat across a comma or 、 is parallelism (政治上特别坚定、行动上特别坚决), which speeches use
    on purpose, and so is one across 和 (城镇居民人均可支配收入和农村居民人均可支配收入); inside one
    clause it is a slip (推动协作走深走实推动协作)."""
    rules = _rules()["close_repeat"]
    window, ignore, joins = rules["window"], set(rules["ignore"]), rules["joins"]
    out = _Capped()
    clauses = None
    for n, line in _lines(text):
        if len(line) < 64 and _all_distinct(line):
            continue                           # no four characters twice in a short paragraph
        if clauses is None:
            clauses = _clause_split(joins)
        base = 0
        # clauses: runs of Chinese characters without a conjunction
        for clause in clauses(line):
            here, base = base, base + len(clause) + 1
            if len(clause) < 8 or (len(clause) < 4096 and _distinct_clause(clause)):
                continue
            # where each four characters were last seen, kept for two spans of the window only
            # (memory bounded on a clause of megabytes; one farther back is beyond the window anyway)
            last: dict[str, int] = {}
            older: dict[str, int] = {}
            reported_until = -1
            for i in range(len(clause) - 3):
                gram = clause[i:i + 4]
                if i % (window + 1) == 0:
                    older, last = last, {}
                j = last.get(gram)
                if j is None:
                    j = older.get(gram)
                if j is not None and 4 <= i - j <= window and i > reported_until and gram not in ignore:
                    k = 4
                    while i + k < len(clause) and j + k < i and clause[j + k] == clause[i + k]:
                        k += 1
                    out.append(Finding("close-repeat", n, here + i + 1,
                                       _("“{text}” again, {gap} characters after column {column}").format(
                                           text=clause[i:i + k], gap=i - j - k, column=here + j + 1), "warning"))
                    reported_until = i + k - 1
                last[gram] = i
    return out.done()


def _all_distinct(text: str) -> bool:
    n = max(0, len(text) - 3)         # (a set made at once, not a list of the grams first)
    return len({text[i:i + 4] for i in range(n)}) == n


# clause → ``_all_distinct(clause)``: a draft's clauses are mostly set language, met again in the
# next draft of the event (a long paragraph as a whole is not, and has some four characters twice:
# its clauses are what is tested)
_distinct_clause = Memo(_all_distinct, MEMO_LIMIT).__getitem__


# sentence → what repeated_sentences compares of it, without punctuation and spaces (the spaces a
# strip would take off the ends are taken with the others), for the same reason
_sentence_key = Memo(functools.partial(_PUNCT_SPACE_RE.sub, ""), MEMO_LIMIT).__getitem__


def repeated_sentences(text: str) -> list[Finding]:
    seen: dict[str, int] = {}
    out = _Capped()
    for n, line in _lines(text):
        for m in _SENT_RE.finditer(line):
            key = _sentence_key(m.group(0))
            if len(key) < 6:
                continue
            if key in seen:
                s = m.group(0).strip()
                out.append(Finding("repeated-sentence", n, m.start() + 1,
                                   _("sentence said twice (first on line {first}): {text}…").format(
                                       first=seen[key], text=s[:20])))
            else:
                seen[key] = n
    return out.done()


def _number_of(clause: str) -> tuple[str, int] | None:
    """What numbering takes of a clause: (its marker's style, its number), ("", the number of
    points) for an intro that announces them, or None."""
    s = clause.strip()
    mk = find_marker(s)
    if mk and mk.style != "sequence":
        return (mk.style, mk.n)
    if _SAYS_RE.search(s):
        im = _INTRO_RE.search(s)
        if im:
            return ("", cn_to_int(im.group(1)))
    return None


# (remembered by clause, for the same reason)
_clause_number = Memo(_number_of, MEMO_LIMIT).__getitem__


def numbering(text: str) -> list[Finding]:
    """One style per level, numbers in sequence, and an intro that announces as many as follow."""
    out = []
    runs: dict[str, list[tuple[int, int]]] = {}
    intro: tuple[int, int] | None = None
    for n, line in _lines(text):
        for clause in _CLAUSE_RE.findall(line):
            said = _clause_number(clause)
            if said is None:
                continue
            style, num = said
            if style:
                runs.setdefault(style, []).append((n, num))
            else:
                intro = (n, num)
    top = [s for s in ("cn", "di") if s in runs]
    if len(top) > 1:
        out.append(Finding("numbering", runs[top[1]][0][0], 1,
                           _("two numbering styles at the top level (一、 and 第一)")))
        runs["cn"] = sorted(runs.pop("cn") + runs.pop("di"))   # one level: one sequence
    for style, items in runs.items():
        # a style restarts at 1 under each higher-level heading: check each run separately
        expected = 1
        for n, num in items:
            if num == 1:
                expected = 1
            if num != expected:
                what = (_("number {n} comes again where {due} was due") if num < expected
                        else _("numbering jumps to {n} where {due} was due")).format(n=num, due=expected)
                out.append(Finding("numbering", n, 1, what))
            expected = num + 1
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
                                   _("the intro announces {announced} points but {count} follow").format(
                                       announced=announced, count=count)))
    return out


@functools.lru_cache(maxsize=1)
def _titles() -> tuple[re.Pattern[str], frozenset[str], str]:
    r = _rules()["titles"]
    titles = "|".join(sorted(data("language")["short_titles"], key=len, reverse=True))
    return regex(titles), frozenset(r["surnames"]), r["after_name"]


def _person(chars: str, surnames: frozenset[str]) -> str | None:
    """A likely personal name: a common surname and one or two more Chinese characters (the
    longest such reading wins, as a reader would take 王有国 over 有国)."""
    for size in (3, 2):
        name = chars[-size:] if len(chars) >= size else ""
        if name and name[0] in surnames and all(_is_cjk(c) for c in name):
            return name
    return None


def titles(text: str) -> list[Finding]:
    """One person given two different titles in one text (王有国书记 … 王有国区长). Names are found
    next to titles: before one (王有国书记, 王有国同志书记) or after one when a boundary follows
    (区委书记王有国，…). Done with string tests: a regular expression with Chinese character classes
    costs milliseconds to compile, on every run of the drafter."""
    title_re, surnames, after = _titles()
    seen: dict[str, tuple[str, int]] = {}
    out = _Capped()
    for n, line in _lines(text):
        found = []
        for m in title_re.finditer(line):
            # the few characters before the title, not the whole line before it (a long line)
            end = m.start() - 2 if line.endswith("同志", 0, m.start()) else m.start()
            name = _person(line[max(0, end - 3):end], surnames)
            if name:
                found.append((end - len(name), name, m.group(0)))
                continue
            tail = line[m.end():m.end() + 5]
            for size in (3, 2):
                rest = tail[size:]
                name = tail[:size]
                if len(name) == size and (not rest or rest[0] in after or rest.startswith("同志")) \
                        and _person(name, surnames) == name:
                    found.append((m.start(), name, m.group(0)))
                    break
        for col, name, title in sorted(found):
            first = seen.setdefault(name, (title, n))
            if first[0] != title:
                out.append(Finding("two-titles", n, col + 1,
                                   _("{name} is called {title} here but {other} on line {line}").format(
                                       name=name, title=title, other=first[0], line=first[1]), "warning"))
    return out.done()


def _is_mine(own: tuple[str, ...], name: str) -> bool:
    return any(name in x or x in name for x in own)


@functools.lru_cache(maxsize=16)
def _mine(own: tuple[str, ...]) -> Callable[[str], bool]:
    """Is a name one of the occasion's own (in one of ``own``, or holding one)? Remembered by name
    for the occasion: every draft of an event asks it of every corpus place and person (corpus_names
    0.71M -> 0.43M instructions a draft of welcome, callgrind over 100 drafts' texts)."""
    return Memo(functools.partial(_is_mine, own), MEMO_LIMIT).__getitem__


def corpus_names(text: str, names: dict, own: Iterable[str] = ()) -> list[Finding]:
    """A corpus place or person (phrase bank names.yaml) in a text about another place: a name is
    foreign when none of the places of the corpus document it came from is in the text (nor in
    ``own``, the occasion's own names when the caller knows them)."""
    own = [x for x in own if x]
    docs = names.get("documents") or [{"places": names.get("places", []), "persons": names.get("persons", [])}]
    mine = _mine(tuple(own))

    present = {p for d in docs for p in d.get("places", []) if p in text or mine(p)}
    out = []
    flagged: set[str] = set()
    for d in docs:
        if set(d.get("places", [])) & present and not own:
            continue            # the text is about this document's places: its names are at home
        for name in d.get("places", []) + d.get("persons", []):
            if name not in text or name in flagged or mine(name):
                continue
            for n, line in _lines(text):
                col = line.find(name)
                if col >= 0:
                    flagged.add(name)
                    out.append(Finding("corpus-name", n, col + 1,
                                       _("{name} comes from the corpus ({source}), not from this occasion").format(
                                           name=name, source=d.get("source") or _("phrase bank"))))
                    break
    return out
