"""drafter used as a library, the way a program embedding it would: no subprocess, no CLI."""
from __future__ import annotations

import datetime as dt

import pytest

import drafter

from .conftest import CORPUS, ROOT

EXAMPLE = ROOT / "examples" / "welcome.yaml"
GOLDEN = ROOT / "tests" / "golden" / "welcome-seed2026.txt"


def test_draft_from_an_event_file_is_the_pinned_draft():
    ev = drafter.load_event(EXAMPLE)
    d = drafter.draft(ev, seed=drafter.default_seed())
    assert isinstance(d, drafter.Draft)
    assert d.text == GOLDEN.read_text(encoding="utf-8")
    assert d.seed == drafter.default_seed() == 2026
    # without a seed, the seed comes from the event (two events do not read alike)
    assert drafter.draft(ev).seed == drafter.default_seed(ev) != 2026
    assert d.title == d.text.split("\n", 1)[0]
    # a path works as well as a loaded event, and the same seed gives the same text
    assert drafter.draft(str(EXAMPLE), seed=7).text == drafter.draft(ev, seed=7).text
    assert drafter.draft(ev, seed=7).text != d.text


def test_length_and_kind_override_the_event():
    ev = drafter.load_event(EXAMPLE)
    short, long_ = drafter.draft(ev, length=1000), drafter.draft(ev, length=1700)
    assert abs(short.length - 1000) <= 150 and abs(long_.length - 1700) <= 255
    assert short.target == 1000


def test_errors_are_the_types_the_cli_reports(tmp_path):
    bad = tmp_path / "活动.yaml"
    bad.write_text("kind: speech\n", encoding="utf-8")
    with pytest.raises(drafter.InputError) as err:
        drafter.load_event(bad)
    assert err.value.exit_code == 2 and err.value.line == 1 and err.value.field == "kind"
    with pytest.raises(drafter.PhraseBankError):
        (tmp_path / "bank").mkdir()
        (tmp_path / "bank" / "closing.yaml").write_text("- [unclosed\n", encoding="utf-8")
        drafter.load_bank(tmp_path / "bank").by_section("closing")
    with pytest.raises(drafter.ReadError):
        drafter.lint_file(tmp_path / "missing.txt")


def test_lint_finds_with_lines_and_dates():
    text = "各位领导：\n我们要深化东西部扶贫协作，XX县。\n"
    findings = drafter.lint(text, date=dt.date(2026, 5, 12))
    rules = {(f.rule, f.line, f.severity) for f in findings}
    assert ("formula-era", 2, "error") in rules
    assert ("placeholder", 2, "error") in rules
    assert all(isinstance(f, drafter.Finding) for f in findings)
    # judged in 2019 the formula was current
    assert "formula-era" not in {f.rule for f in drafter.lint(text, date=dt.date(2019, 5, 12))}


def test_bank_browse_and_mine_then_draft_with_it(tmp_path):
    built_in = drafter.load_bank()
    closings = drafter.phrases(built_in, "closing")
    assert closings and all(p.section == "closing" for p in closings)
    assert set(drafter.sections()) >= {"greeting", "opening", "welcome", "closing", "hopes", "quote"}
    result = drafter.mine([CORPUS])
    assert result.files == 5 and result.skipped == []
    bank = result.save(tmp_path / "bank")
    assert isinstance(bank, drafter.PhraseBank)
    assert sorted(bank.counts().items()) == sorted(built_in.counts().items())
    d = drafter.draft(drafter.load_event(EXAMPLE), bank=bank, seed=drafter.default_seed())
    # a bank the writer mined puts its own lines first (bank_first): the draft is the one the shipped
    # bank gives when a writer passes a copy of it as their own, byte for byte
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(ROOT / "phrasebank", copy)
    same = drafter.draft(drafter.load_event(EXAMPLE), bank=drafter.load_bank(copy), seed=drafter.default_seed())
    assert d.text == same.text and d.text.startswith(GOLDEN.read_text(encoding="utf-8").split("\n")[0])


def test_read_document_as_the_miner_sees_it():
    doc = drafter.read_document(sorted(CORPUS.glob("*.txt"))[0])
    assert isinstance(doc, drafter.Document)
    assert doc.kind in ("speech", "news") and doc.sentences
    assert all(s.line >= 1 for s in doc.sentences)


def test_a_parse_is_the_same_in_the_first_run_and_the_next(tmp_path, monkeypatch):
    """The YAML parse cache gives back exactly what was parsed: a mapping keyed by numbers
    ({2: 两}, language.yaml's count forms) reads the same from the file and in a later run."""
    from drafter.resources import load_yaml

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    f = tmp_path / "forms.yaml"
    f.write_text("count_forms: {2: 两}\nwords: [甲, 乙]\n", encoding="utf-8")
    first, second = load_yaml(f), load_yaml(f)
    assert first == second == {"count_forms": {2: "两"}, "words": ["甲", "乙"]}
    g = tmp_path / "plain.yaml"
    g.write_text("words: [甲, 乙]\n", encoding="utf-8")
    assert load_yaml(g) == load_yaml(g) == {"words": ["甲", "乙"]}
    assert len(list((tmp_path / "cache" / "drafter" / "yaml").glob("*.marshal"))) == 2
