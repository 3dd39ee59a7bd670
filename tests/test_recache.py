"""The regular expressions kept between runs (recache.regex): a pattern from the copy is the pattern
re.compile gives, a damaged copy is ignored, and a run's new patterns are written for the next."""
from __future__ import annotations

import re

import pytest

from drafter import recache

PATTERNS = [
    (r"[^。！？；\n]+[。！？；]?[”’）]*", 0),
    (r"(?P<year>\d{4})-(?P<month>\d{1,2})", 0),
    (r"^[ \t-]{4}", re.M),
    ("(?i)abc|[x-z]+", 0),
]


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """An empty cache folder, and the module's memory of it forgotten (as in a new run)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(recache, "_known", None)
    monkeypatch.setattr(recache, "_new", {})
    monkeypatch.setattr(recache.atexit, "register", lambda fn: None)     # saved by the test
    return tmp_path / "cache" / "drafter" / "regex"


def new_run(monkeypatch) -> None:
    monkeypatch.setattr(recache, "_known", None)
    monkeypatch.setattr(recache, "_new", {})


def test_a_cached_pattern_is_the_one_re_compile_gives(fresh, monkeypatch):
    first = [recache.regex(p, f) for p, f in PATTERNS]
    recache._save()
    new_run(monkeypatch)
    second = [recache.regex(p, f) for p, f in PATTERNS]
    assert not recache._new                                  # all from the copy
    for (p, f), a, b in zip(PATTERNS, first, second):
        assert a == b == re.compile(p, f)
        assert b.groupindex == re.compile(p, f).groupindex
    assert second[1].match("2026-11").group("month") == "11"


def test_a_damaged_copy_is_ignored(fresh, monkeypatch):
    recache.regex(*PATTERNS[0])
    recache._save()
    (copy,) = fresh.glob("*.marshal")
    blob = copy.read_bytes()
    for damaged in (b"", b"not marshal", blob[:-3], blob[:-1] + bytes([blob[-1] ^ 1])):
        copy.write_bytes(damaged)
        new_run(monkeypatch)
        assert recache.regex(*PATTERNS[0]) == re.compile(*PATTERNS[0])
        assert recache._new                                  # compiled afresh, not read


def test_drafting_an_event_keeps_no_pattern_of_its_names(fresh, monkeypatch):
    """Patterns built from an event's place names (voice.own_ref, _voiced, own_place) are compiled for the run only
    (recache.local): drafting two events of other places adds nothing to the copy that names them."""
    from pathlib import Path

    from drafter.api import draft, load_event

    root = Path(__file__).resolve().parent.parent
    for name in ("examples/welcome.yaml", "examples/reply.yaml"):
        ev = load_event(root / name)
        draft(ev, seed=1)
        places = {ev.host.short, ev.guest.short}
        assert not any(p in pattern for p in places for pattern, _ in recache._new), name
    assert recache.local("甲县") is recache.local("甲县")        # once in a run
