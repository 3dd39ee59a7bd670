from __future__ import annotations

from pathlib import Path

import os

import pytest
from click.testing import CliRunner
from hypothesis import settings

settings.register_profile("ci", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEEDS = sorted(p.name for p in CORPUS.glob("*.txt"))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(autouse=True)
def _isolate(tmp_path, monkeypatch):
    """Tests never write into the checkout: run each in its own folder."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DRAFTER_BANK", raising=False)


@pytest.fixture(autouse=True)
def _english(monkeypatch):
    """Tests read drafter's messages in English (its catalogue ids) unless they ask for Chinese,
    which users get by default (tests/test_i18n.py pins the Chinese)."""
    from drafter import i18n

    monkeypatch.setenv("DRAFTER_LANG", "en")
    i18n.set_language(None)
    yield
    i18n.set_language(None)


def strings_in(value):
    """Every string of a data file's value (the set language of moves.yaml, points.yaml), depth first:
    the loader's own walker (environment.strings_at), without the fields."""
    from drafter.drafting.environment import strings_at

    return (s for _, s in strings_at(value))


def seed(name: str) -> str:
    return str(CORPUS / name)


def seed_with_phrase(ev) -> int:
    """The first seed whose draft of ``ev`` says a phrase of the bank: a draft draws one in about one
    case in ten, so a test of what is done with bank phrases picks a seed that has one rather than
    count on the default seed's."""
    from drafter.drafting.draft import draft

    return next(s for s in range(400) if any(t.get("origin") == "phrase" for t in draft(ev, seed=s).trace))
