"""drafter: draft East–West cooperation (东西部协作) speeches, mine and browse a phrase bank, lint
speech texts.

The package is a pipeline; each stage is a sub-package that imports only the stages below it:

* :mod:`drafter.text` — read files in any encoding (.txt, .docx), clean, segment into sentences
  with their source lines; Chinese-language helpers (numerals, dates, names).
* :mod:`drafter.checking` — the rules a speech text must pass, shared by drafting and ``lint``.
* :mod:`drafter.bank` — the phrase bank on disk: sections, slots, loading, saving, browsing.
* :mod:`drafter.mining` — from texts to a bank: cue rules, the section model, de-identification.
* :mod:`drafter.drafting` — event files, the template environment, composing a draft.
* :mod:`drafter.output` — atomic files, Markdown, Word (GB/T 9704), LibreOffice.
* :mod:`drafter.web` — the local pages (``drafter serve``).

At the top: :mod:`drafter.api` (the public functions, re-exported here), :mod:`drafter.cli`,
:mod:`drafter.errors`, :mod:`drafter.resources` and :mod:`drafter.atomic`.

Importing ``drafter`` is cheap: the API's names are loaded on first use, and drafting, browsing and
linting never import jieba or scikit-learn (only :func:`mine` does)::

    import drafter
    event = drafter.load_event("活动.yaml")
    d = drafter.draft(event, seed=7)
    print(d.text)
    for finding in drafter.lint(d.text):
        print(finding.rule, finding.line, finding.message)
"""
from __future__ import annotations

from typing import Any

from .errors import DraftCheckError, DrafterError, DrafterWarning, InputError, PhraseBankError, ReadError, TemplateError

__version__ = "0.1.0"

_API = ("load_event", "parse_event", "event_schema", "draft", "draft_pair", "default_seed", "new_event_text",
        "load_bank", "sections", "phrases", "mine", "count_inputs", "read_document", "corpus_stats",
        "lint", "lint_file", "read_text_bytes")
_TYPES = {"Draft": "drafting.draft", "Event": "drafting.types", "PhraseBank": "bank.store",
          "Phrase": "bank.store", "Finding": "checking.rules", "MineResult": "mining.mine",
          "Document": "text.segment"}

__all__ = [*_API, *_TYPES, "DraftCheckError", "DrafterError", "DrafterWarning", "InputError",
           "PhraseBankError", "ReadError", "TemplateError", "__version__"]


def __getattr__(name: str) -> Any:
    """Load an API function or type on first use (PEP 562)."""
    import importlib

    if name in _API:
        value = getattr(importlib.import_module(".api", __name__), name)
    elif name in _TYPES:
        value = getattr(importlib.import_module("." + _TYPES[name], __name__), name)
    else:
        raise AttributeError(f"module 'drafter' has no attribute '{name}'")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
