"""Hostile and broken input: every case gets one clear message and an exact exit status, keeps
what was there, and runs nothing it should not. Four areas: event files, user templates, corpus
input for `drafter mine`, and writing (outputs and the phrase bank)."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

from drafter.drafting import environment as render
from drafter.cli import cli

from .conftest import CORPUS, ROOT

WELCOME = ROOT / "examples" / "welcome.yaml"
GOOD = WELCOME.read_text(encoding="utf-8")


def invoke(runner, *args):
    r = runner.invoke(cli, [str(a) for a in args])
    assert "Traceback" not in r.output, r.output
    return r


# ------------------------------------------------------------------ 1. event files

def _replace(old, new):
    assert old in GOOD, old
    return GOOD.replace(old, new, 1)


EVENT_CASES = {
    "malformed": ("kind: [welcome\n", "e.yaml:1: not valid YAML"),
    "top-level list": ("- kind\n- welcome\n", "e.yaml:1: expected a mapping of fields, got a list"),
    "top-level scalar": ("hello\n", "e.yaml:1: expected a mapping of fields, got 'hello'"),
    "empty": ("", "e.yaml:1: the file is empty"),
    "only comments": ("# 活动\n# 日期\n", "e.yaml:1: the file is empty"),
    "kind a number": (_replace("kind: welcome", "kind: 5"), "e.yaml:1: kind: must be one of"),
    "event a list": (GOOD.replace("event:\n  name: 东西部协作高层联席会议暨签约捐赠仪式\n  date: 2026-04-28\n"
                                  "  place: 青山县\n  theme: 推进乡村全面振兴\n", "event: [会议]\n"),
                     "e.yaml:2: event: expected a mapping"),
    "name a mapping": (_replace("name: 东西部协作高层联席会议暨签约捐赠仪式", "name: {a: 1}"),
                       "e.yaml:3: event.name: expected text, got a mapping"),
    "date a boolean": (_replace("date: 2026-04-28", "date: yes"), "e.yaml:4: event.date: expected a date"),
    "speaker a list": (_replace("speaker: {name: 李明华, title: 县委书记, side: host}", "speaker: [李明华]"),
                       "e.yaml:7: speaker: expected a mapping"),
    "leaders text": (_replace("  leaders: [{name: 李明华, title: 县委书记}]", "  leaders: 李明华"),
                     "e.yaml:10: host.leaders: expected a list"),
    "facts a mapping": (_replace("  facts: [累计投入财政帮扶资金8600万元, 共建产业园区3个, 建成帮扶车间26个]", "  facts: {a: b}"),
                        "cooperation.facts: expected a list"),
    "length text": (_replace("length: 1500", "length: 一千五"), "length: expected a whole number, got '一千五'"),
    "leader name a list": (_replace("{name: 欧阳建国, title: 区委书记}", "{name: [欧阳, 建国], title: 区委书记}"),
                           "guest.leaders[0].name: expected text, got a list"),
    "huge string": (_replace("name: 东西部协作高层联席会议暨签约捐赠仪式", "name: " + "会" * 300_000),
                    "e.yaml:3: event.name: text longer than 4000 characters"),
    "deep nesting": ("kind: " + "[" * 100_000 + "]" * 100_000 + "\n",
                     "e.yaml:1: nested more than 100 levels deep"),
    "block nesting": ("kind:\n" + "".join(" " * i + "- x:\n" for i in range(0, 400, 2)),
                      "nested more than 100 levels deep"),
    "python tag": ("kind: !!python/object/apply:os.system [touch pwned]\n",
                   "e.yaml:1: kind: the tag tag:yaml.org,2002:python/object/apply:os.system is not allowed"),
    "python name tag": (_replace("kind: welcome", "kind: !!python/name:os.system"), "is not allowed"),
    "NUL byte": ("kind: welcome\x00\n", "e.yaml: not valid YAML: unacceptable character #x0000"),
}


@pytest.mark.parametrize("case", list(EVENT_CASES))
def test_event_file(runner, tmp_path, case):
    text, words = EVENT_CASES[case]
    p = tmp_path / "e.yaml"
    p.write_text(text, encoding="utf-8")
    r = invoke(runner, "draft", p)
    assert r.exit_code == 2 and r.stdout == ""
    assert words in r.stderr
    assert r.stderr.startswith("Error: ") and r.stderr.count("Error: ") == 1
    assert not Path("pwned").exists()


def test_event_billion_laughs_refused_fast_with_bounded_memory(runner, tmp_path):
    import resource

    lol = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    for i in range(1, 10):
        lol += f"{chr(97 + i)}: &{chr(97 + i)} [" + ", ".join([f"*{chr(96 + i)}"] * 9) + "]\n"
    p = tmp_path / "bomb.yaml"
    p.write_text(lol, encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    r = invoke(runner, "draft", p)
    # refused before any expansion: a bound on the work (an expanded bomb takes minutes), not a
    # speed goal, with room for a loaded machine
    assert time.perf_counter() - t < 5
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 50_000    # kB
    assert r.exit_code == 2 and "bomb.yaml:2: YAML aliases (*name) are not allowed" in r.stderr


def test_event_not_utf8(runner, tmp_path):
    p = tmp_path / "gbk.yaml"
    p.write_bytes(GOOD.encode("gbk"))                 # Notepad's "ANSI" on a Chinese Windows: read
    assert invoke(runner, "check", p).exit_code == 0
    p.write_bytes(GOOD.encode("utf-8") + b"# \xff\xfe\xfd\n")
    r = invoke(runner, "draft", p)
    bad = GOOD.count("\n") + 1                       # the line after the example's last (it grew on another branch)
    assert r.exit_code == 2 and f"gbk.yaml:{bad}: is neither UTF-8 nor GBK text" in r.stderr, r.stderr


def test_event_too_large_file(runner, tmp_path):
    p = tmp_path / "big.yaml"
    p.write_text(GOOD + "# " + "x" * 2_000_000 + "\n", encoding="utf-8")
    r = invoke(runner, "draft", p)
    assert r.exit_code == 2 and "big.yaml: is too large" in r.stderr


def test_event_directory_and_missing(runner, tmp_path):
    r = invoke(runner, "draft", tmp_path)
    assert r.exit_code == 2 and "is a directory, not an event file" in r.stderr
    r = invoke(runner, "draft", tmp_path / "none.yaml")
    assert r.exit_code == 2 and "none.yaml: no such file" in r.stderr


# ------------------------------------------------------------------ 2. user templates

TEMPLATE_CASES = {
    "__class__": ("{{ ''.__class__ }}", "access to attribute '__class__' of 'str' object is unsafe"),
    "__subclasses__": ("{{ ().__class__.__base__.__subclasses__() }}", "is unsafe"),
    "__globals__": ("{{ say.__globals__ }}", "access to attribute '__globals__' of 'method' object is unsafe"),
    "os via cycler": ("{{ cycler.__init__.__globals__.os.popen('touch pwned') }}", "is unsafe"),
    "os via lipsum": ("{{ lipsum.__globals__['os'].system('touch pwned') }}", "is unsafe"),
    "file read": ("{% include '/etc/passwd' %}", "no template named '/etc/passwd' in the templates folders"),
    "import": ("{% import 'os' as os %}{{ os.system('touch pwned') }}", "no template named 'os'"),
    "parent dir": ("{% extends '../../../etc/passwd' %}", "no template named '../../../etc/passwd'"),
    "mutation": ("{% set x = [] %}{{ x.append(1) }}", "access to attribute 'append' of 'list' object is unsafe"),
    "huge output": ("{% for i in range(100000) %}{{ ev.event.name * 20 }}{% endfor %}",
                    "output larger than 200000 characters; stopped"),
    "huge repetition": ("{{ 'x' * 10000000000 }}", "a repetition of 1 × 10000000000 items is larger than 200000"),
    "huge power": ("{{ 10 ** 100000 }}", "10 ** 100000 is too large a number"),
    "recursion": ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "template recursion too deep"),
    "runtime error": ("{% for x in ev %}{% endfor %}", "welcome.txt.jinja:1: template failed: TypeError: 'Event' object is not iterable"),
    "division": ("第一行\n{{ 1 / 0 }}", "welcome.txt.jinja:2: template failed: ZeroDivisionError"),
    "syntax": ("第一行\n{% if %}", "welcome.txt.jinja:2: template syntax error"),
    "undefined": ("{{ nope }}", "template uses an undefined name: 'nope' is undefined"),
}


@pytest.mark.parametrize("case", list(TEMPLATE_CASES))
def test_template(runner, tmp_path, case):
    source, words = TEMPLATE_CASES[case]
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "welcome.txt.jinja").write_text(source, encoding="utf-8")
    r = invoke(runner, "draft", WELCOME, "--templates", tmp_path / "t")
    assert r.exit_code == 2 and r.stdout == ""
    assert words in r.stderr
    assert not Path("pwned").exists()


def test_template_loop_that_never_ends_is_stopped(runner, tmp_path, monkeypatch):
    monkeypatch.setattr(render, "MAX_SECONDS", 1)
    (tmp_path / "welcome.txt.jinja").write_text(
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}", encoding="utf-8")
    t = time.perf_counter()
    r = invoke(runner, "draft", WELCOME, "--templates", tmp_path)
    assert time.perf_counter() - t < 5
    assert r.exit_code == 2 and "template ran longer than 1 s; stopped" in r.stderr


def test_template_symlink_out_of_the_folder(runner, tmp_path):
    outside = tmp_path / "outside.jinja"
    outside.write_text("{{ ev.event.name }}", encoding="utf-8")
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "welcome.txt.jinja").symlink_to(outside)
    r = invoke(runner, "draft", WELCOME, "--templates", tmp_path / "t")
    assert r.exit_code == 2 and "welcome.txt.jinja: leads out of the templates folder" in r.stderr


# ------------------------------------------------------------------ 3. corpus input for mine

@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    shutil.copy(CORPUS / "000_a57adb3adab37112.txt", folder)
    return folder


def mine(runner, folder, out):
    return invoke(runner, "mine", folder, "-o", out)


def skipped(r):
    return [ln for ln in r.stderr.splitlines() if ln.startswith("Skipped: ")]


CORPUS_CASES = {
    "empty": (lambda d: (d / "empty.txt").write_bytes(b""), "empty.txt: is empty; skipped"),
    "blank": (lambda d: (d / "blank.txt").write_bytes(b"\n \n\t\n"), "blank.txt: is empty; skipped"),
    "binary": (lambda d: (d / "bin.txt").write_bytes(bytes(range(256)) * 20),
               "bin.txt: looks binary (NUL bytes)"),
    "control bytes": (lambda d: (d / "ctl.txt").write_bytes(b"\x01\x02\x03abc\x04\x05" * 500),
                      "ctl.txt: looks binary (control characters)"),
    "50 MB single line": (lambda d: (d / "line.txt").write_bytes("同志们，".encode() * 4_400_000),
                          "line.txt: is too large (52800000 bytes; the limit for a speech text is 16777216)"),
    "fake docx": (lambda d: (d / "fake.docx").write_bytes(b"hello"),
                  "fake.docx: is named .docx but is not a Word document"),
    "broken docx": (lambda d: (d / "broken.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 100),
                    "broken.docx: is a zip file but not a readable Word document"),
    "symlink loop": (lambda d: (d / "sub").mkdir() or (d / "sub" / "loop").symlink_to(d),
                     "sub/loop: is a symbolic link loop"),
    "dangling symlink": (lambda d: (d / "gone.txt").symlink_to(d / "nowhere.txt"),
                         "gone.txt: is a broken symbolic link"),
    "fifo": (lambda d: os.mkfifo(d / "pipe.txt"), "pipe.txt: is not a regular file (a pipe, socket or device)"),
    "undecodable": (lambda d: (d / "bad.txt").write_bytes(b"abc\xff\xffdef" * 100),
                    "bad.txt: is neither UTF-8 nor GB18030/GBK text"),
}


@pytest.mark.parametrize("case", list(CORPUS_CASES))
def test_corpus_file_is_reported_and_skipped(runner, tmp_path, corpus, case):
    make, words = CORPUS_CASES[case]
    make(corpus)
    r = mine(runner, corpus, tmp_path / "bank")
    assert r.exit_code == 0, r.output
    assert any(words in ln for ln in skipped(r)), r.stderr
    assert r.stdout.startswith("1 files, ")
    assert (tmp_path / "bank" / "index.yaml").is_file()


def test_corpus_mixed_encodings_are_all_read(runner, tmp_path, corpus):
    text = (CORPUS / "003_1530c4c95e66b40c.txt").read_text(encoding="utf-8")
    (corpus / "gbk.txt").write_bytes(text.encode("gbk"))
    (corpus / "utf16.txt").write_bytes(text.encode("utf-16"))
    (corpus / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (corpus / "gb18030.txt").write_bytes(text.encode("gb18030"))
    r = mine(runner, corpus, tmp_path / "bank")
    assert r.exit_code == 0 and skipped(r) == []
    assert r.stdout.startswith("5 files, ")


def test_corpus_unreadable_permissions(runner):
    """As root, read permission is not checked: drop to user nobody for the run (seteuid and back)."""
    folder = Path(tempfile.mkdtemp(prefix="drafter-perm-"))
    try:
        corpus = folder / "c"
        corpus.mkdir()
        shutil.copy(CORPUS / "000_a57adb3adab37112.txt", corpus)
        secret = corpus / "secret.txt"
        secret.write_text("同志们：", encoding="utf-8")
        secret.chmod(0)
        for p in (folder, corpus):
            p.chmod(0o777)
        mine(runner, corpus, folder / "warm")          # load the model and data as ourselves first
        root = os.geteuid() == 0
        if root:
            os.seteuid(65534)
        try:
            r = mine(runner, corpus, folder / "bank")
        finally:
            if root:
                os.seteuid(0)
        assert r.exit_code == 0, r.output
        assert any("secret.txt: permission denied" in ln for ln in skipped(r)), r.stderr
        assert r.stdout.startswith("1 files, ")
    finally:
        shutil.rmtree(folder)


def test_corpus_nothing_readable_exits_non_zero_and_writes_nothing(runner, tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"")
    (folder / "b.txt").write_bytes(b"\x00" * 100)
    r = mine(runner, folder, tmp_path / "bank")
    assert r.exit_code == 1 and "nothing could be read; the bank was not written" in r.stderr
    assert len(skipped(r)) == 2 and not (tmp_path / "bank").exists()


def test_corpus_path_missing(runner, tmp_path):
    r = mine(runner, tmp_path / "nope", tmp_path / "bank")
    assert r.exit_code == 2 and "nope: no such file or folder" in r.stderr


# ------------------------------------------------------------------ 4. writing

def test_output_exists_without_force(runner, tmp_path):
    out = tmp_path / "d.txt"
    out.write_text("我的稿子", encoding="utf-8")
    r = invoke(runner, "draft", WELCOME, "-o", out)
    assert r.exit_code == 2 and "d.txt: exists already; use --force to overwrite it" in r.stderr
    assert out.read_text(encoding="utf-8") == "我的稿子"
    r = invoke(runner, "draft", WELCOME, "-o", out, "--force")
    assert r.exit_code == 0 and out.read_text(encoding="utf-8").startswith("在东西部协作")
    assert [p.name for p in tmp_path.iterdir()] == ["d.txt"]       # no temporary file left


def test_output_folder_missing_or_a_directory(runner, tmp_path):
    r = invoke(runner, "draft", WELCOME, "-o", tmp_path / "no" / "d.docx")
    assert r.exit_code == 2 and "does not exist" in r.stderr
    r = invoke(runner, "draft", WELCOME, "-o", tmp_path)
    assert r.exit_code == 2


def test_output_unknown_suffix(runner, tmp_path):
    r = invoke(runner, "draft", WELCOME, "-o", tmp_path / "d.pdf")
    assert r.exit_code == 2 and "unknown output format '.pdf' (use .txt, .md or .docx)" in r.stderr
    assert not (tmp_path / "d.pdf").exists()


def test_mine_output_is_a_file(runner, tmp_path, corpus):
    (tmp_path / "bank").write_text("x", encoding="utf-8")
    r = mine(runner, corpus, tmp_path / "bank")
    assert r.exit_code == 2


@pytest.fixture
def bank(tmp_path):
    folder = tmp_path / "bank"
    shutil.copytree(ROOT / "phrasebank", folder)
    return folder


BANK_CASES = {
    "syntax": ("closing.yaml", lambda t: t + "x: [\n", "closing.yaml:", "not valid YAML"),
    "entry not a mapping": ("hopes.yaml", lambda t: t + "- 一句话\n", "hopes.yaml:", "each phrase"),
    "text a list": ("hopes.yaml", lambda t: t.replace("  text: ", "  text: [1]\n  was: ", 1), "hopes.yaml:3", "needs an id and a text"),
    "names broken": ("names.yaml", lambda t: "places: [\n", "names.yaml:1", "not valid YAML"),   # where [ opens
    "top level a mapping": ("closing.yaml", lambda t: "a: 1\n", "closing.yaml:1", "must be a list of phrases"),
}


@pytest.mark.parametrize("case", list(BANK_CASES))
def test_broken_phrase_bank(runner, bank, case):
    name, change, where, words = BANK_CASES[case]
    f = bank / name
    f.write_text(change(f.read_text(encoding="utf-8")), encoding="utf-8")
    command = ["draft", WELCOME, "--bank", bank] if name != "closing.yaml" else ["phrases", "closing", "--bank", bank]
    r = invoke(runner, *command)
    assert r.exit_code == 2, r.output
    assert where in r.stderr and words in r.stderr


def test_bank_folder_missing(runner, tmp_path):
    r = invoke(runner, "phrases", "--bank", tmp_path / "nope")
    assert r.exit_code == 2 and "phrase bank folder not found" in r.stderr


def _bank_bytes(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_mine_leaves_the_old_bank_byte_identical(tmp_path, sig):
    bank = tmp_path / "bank"
    shutil.copytree(ROOT / "phrasebank", bank)
    before = _bank_bytes(bank)
    corpus = tmp_path / "c"
    corpus.mkdir()
    seeds = sorted(CORPUS.glob("*.txt"))
    for i in range(120):          # enough text that mining takes seconds
        text = seeds[i % len(seeds)].read_text(encoding="utf-8", errors="replace")
        (corpus / f"{i:03d}.txt").write_text(text.replace("X", "甲乙丙丁"[i % 4] * (1 + i % 3)), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "drafter", "mine", str(corpus), "-o", str(bank)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    seen = threading.Event()

    def watch():
        for chunk in iter(lambda: proc.stderr.read1(256), b""):
            if b"mining" in chunk:
                seen.set()
    threading.Thread(target=watch, daemon=True).start()
    assert seen.wait(60), "mining did not start"
    time.sleep(1.5)                       # well inside the mining of 120 texts
    assert proc.poll() is None, "mining finished before the signal: make the corpus larger"
    proc.send_signal(sig)
    proc.wait(30)
    assert proc.returncode != 0
    assert _bank_bytes(bank) == before
    assert not [p for p in bank.iterdir() if p.name.endswith(".tmp")]


def test_signal_while_the_bank_is_written_is_held_until_it_is_complete(tmp_path):
    """save_bank holds SIGINT until every file is written; the interrupt comes after."""
    from drafter.bank.store import load_bank, save_bank

    per = {"closing": [p.as_dict() for p in load_bank(None).by_section("closing")]}
    calls = []
    import drafter.bank.store as pb

    real = pb._write_file

    def slow_write(path, text):
        if not calls:
            os.kill(os.getpid(), signal.SIGINT)        # arrives while the first file is written
        calls.append(path.name)
        real(path, text)

    pb._write_file = slow_write
    try:
        with pytest.raises(KeyboardInterrupt):
            save_bank(tmp_path / "b", per, {"places": [], "persons": []}, ["x"])
    finally:
        pb._write_file = real
    assert calls == ["closing.yaml", "names.yaml", "index.yaml"]
    assert load_bank(tmp_path / "b").by_section("closing")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b"]          # no lock, no leftovers
