"""The public Python API: what a program embedding drafter calls, and all the command line and the
web pages call (beside the output helpers in :mod:`drafter.output`).

Each function raises the error types of :mod:`drafter.errors` (``InputError`` for the caller's
input, exit status 2 on the command line; ``DraftCheckError`` for a draft that fails its checks,
status 3; ``PhraseBankError``, ``ReadError``, ``TemplateError``). Heavy modules are imported inside
the function that needs them: drafting, browsing and linting never load jieba or scikit-learn.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

if TYPE_CHECKING:                      # names for the type hints only; nothing heavy at import time
    from .bank.store import Phrase, PhraseBank
    from .checking.rules import Finding
    from .drafting.draft import Draft
    from .drafting.types import Event
    from .mining.mine import MineResult
    from .text.segment import Document

PathLike = str | Path


# ---------------------------------------------------------------------------- events

def load_event(path: PathLike) -> Event:
    """Read and validate an event file (YAML, see ``docs/event-file.md``).

    Raises ``InputError`` naming the file, line and field; unknown keys are reported as
    ``DrafterWarning`` warnings."""
    from .drafting.event import load_event as _load

    return _load(path)


def parse_event(text: str, name: str = "<event>") -> Event:
    """Validate an event given as YAML text; ``name`` is what messages call it."""
    from .drafting.event import parse_event as _parse

    return _parse(text, name)


def event_schema() -> dict[str, Any]:
    """The JSON Schema of event files."""
    from .drafting.event import schema_json

    return schema_json()


# ---------------------------------------------------------------------------- drafting

def default_seed(event: Event | None = None) -> int:
    """The seed used when none is given: derived from the event (two events do not read alike;
    one event always reads the same); the fixed DEFAULT_SEED when no event is given."""
    from .drafting.draft import DEFAULT_SEED, event_seed

    return event_seed(event) if event is not None else DEFAULT_SEED


def draft(event: Event | PathLike, *, seed: int | None = None, bank: PhraseBank | PathLike | None = None,
          length: int | None = None, minutes: float | None = None, kind: str | None = None,
          templates: PathLike | None = None, check: bool = True, gaps: bool = False) -> Draft:
    """Draft the speech (or news release) ``event`` describes.

    ``event`` is an :class:`Event` or the path of an event file; ``bank`` a loaded phrase bank or
    its folder (default: ``$DRAFTER_BANK`` or the built-in bank); ``length`` (characters) or
    ``minutes`` (speaking time) override the event's length; ``kind`` its kind; ``gaps`` leaves a
    visible 【待补：…】 where a move's material is missing from the event. With ``check``
    (the default) a draft with an error-level finding raises ``DraftCheckError``; a length the
    event's material cannot reach gives the closest draft and a ``DrafterWarning`` naming the
    fields that would make it longer."""
    from dataclasses import replace

    from .drafting.draft import checked
    from .drafting.draft import draft as _draft

    ev = event if not isinstance(event, (str, Path)) else load_event(event)
    if templates is not None:
        from .drafting import worker

        if not worker.inside():      # a user's templates run where a limit can stop them
            return worker.call(draft, ev, seed=seed, bank=bank, length=length, minutes=minutes,
                               kind=kind, templates=templates, check=check)
    via = "--minutes" if minutes else "length"
    if kind and kind != ev.kind:
        from .drafting.event import check_side

        ev = replace(ev, kind=kind)
        check_side(ev)
    if length is not None:
        ev = replace(ev, length=length)
    d = _draft(ev, seed=seed, gaps=gaps, templates=_str(templates),
               bank=_bank(bank), minutes=minutes)
    # (checked against the event as it was drafted, d.event: a symposium of firms as its side's welcome)
    return checked(d, via=via) if check else d


def draft_pair(event: Event | PathLike, *, seed: int | None = None,
               bank: PhraseBank | PathLike | None = None, templates: PathLike | None = None,
               check: bool = True) -> tuple[Draft, Draft]:
    """The host's welcome and the guest's reply for one occasion, sharing no phrase."""
    from .drafting.draft import checked
    from .drafting.draft import draft_pair as _pair

    ev = event if not isinstance(event, (str, Path)) else load_event(event)
    if templates is not None:
        from .drafting import worker

        if not worker.inside():      # a user's templates run where a limit can stop them
            return worker.call(draft_pair, ev, seed=seed, bank=bank, templates=templates, check=check)
    pair = _pair(ev, seed=seed, templates=_str(templates), bank=_bank(bank))
    if check:
        for d in pair:
            checked(d, ev)
    return pair


def new_event_text(kind: str) -> str:
    """A fully commented event file of ``kind`` to start from (``drafter new``)."""
    from .drafting.event import starter_text

    return starter_text(kind)


# ---------------------------------------------------------------------------- the phrase bank

def load_bank(path: PhraseBank | PathLike | None = None) -> PhraseBank:
    """The phrase bank in folder ``path`` (default: ``$DRAFTER_BANK`` or the built-in bank).
    Raises ``PhraseBankError`` naming a broken file and its line."""
    from .bank.store import PhraseBank, load_bank as _load

    if isinstance(path, PhraseBank):
        return path
    return _load(path)


def sections() -> dict[str, Any]:
    """Section id → :class:`Section` (id, Chinese label, description), in the bank's order."""
    from .bank.sections import sections as _sections

    return _sections()


def phrases(bank: PhraseBank | PathLike | None = None, section: str | None = None, *,
            search: str | None = None, role: str | None = None, kind: str | None = None) -> list[Phrase]:
    """The bank's phrases, filtered by section, text, the speaker's side and the kind of source."""
    pb = load_bank(bank)
    return pb.search(search, section=section, role=role, kind=kind)


def mine(paths: Iterable[PathLike], *, progress: Callable[[str], None] | None = None) -> MineResult:
    """Mine texts (files or folders: .txt in any encoding, .docx) into a phrase bank in memory.

    The result's ``save(folder)`` writes it as one unit and returns the :class:`PhraseBank`;
    ``skipped`` lists the files that could not be read. Imports jieba and scikit-learn."""
    from .mining.mine import mine as _mine

    return _mine([str(p) for p in paths], progress=progress)


def count_inputs(paths: Iterable[PathLike]) -> int:
    """How many files ``mine(paths)`` will read (for a progress bar)."""
    from .mining.mine import count_inputs as _count

    return _count([str(p) for p in paths])


def read_document(path: PathLike) -> Document:
    """A text as the miner sees it after cleaning: kind, title, sentences with their source lines
    and sections (``drafter corpus show``)."""
    from .mining.mine import document_sections
    from .text.corpus import load_document

    return document_sections(load_document(str(path)))


def corpus_stats(paths: Iterable[PathLike]) -> dict[str, Any]:
    """Files, sentences, placeholders and problems under ``paths`` (``drafter corpus stats``)."""
    from .text.corpus import stats

    return stats([str(p) for p in paths])


# ---------------------------------------------------------------------------- checking

def lint(text: str, *, date: dt.date | None = None, bank: PhraseBank | PathLike | None = None,
         own: Iterable[str] = ()) -> list[Finding]:
    """Every lint rule over ``text``, policy formulas judged at ``date`` (default today); the corpus
    names are those of ``bank`` (default: ``$DRAFTER_BANK`` or the built-in bank); ``own`` are the
    occasion's own names, when known. Findings sorted by line and column."""
    from .checking.lint import lint_text

    return lint_text(text, date or dt.date.today(), load_bank(bank).names, own)


def lint_file(path: PathLike, *, date: dt.date | None = None,
              bank: PhraseBank | PathLike | None = None) -> list[Finding]:
    """``lint`` over a file (.txt in any encoding, .md, .docx). Raises ``ReadError``."""
    from .text.reader import read_file

    return lint(read_file(str(path)).text, date=date, bank=bank)


def read_text_bytes(data: bytes, name: str) -> str:
    """The text of an uploaded .txt (any encoding) or .docx, as lint reads it."""
    from .text.reader import decode_bytes, read_docx_bytes

    return read_docx_bytes(data, name) if data[:4] == b"PK\x03\x04" else decode_bytes(data, name)[0]


# ---------------------------------------------------------------------------- helpers

def _str(p: PathLike | None) -> str | None:
    return None if p is None else str(p)


def _bank(bank: PhraseBank | PathLike | None) -> PhraseBank | None:
    """None keeps drafting's cached built-in bank (loaded once per process)."""
    return None if bank is None else load_bank(bank)
