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


def seed(name: str) -> str:
    return str(CORPUS / name)
