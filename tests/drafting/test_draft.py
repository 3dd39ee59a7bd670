"""Every rule of the contract's "What a draft must be", over every example and fixture event, 20 seeds each."""
import json
import os
import re
import subprocess
import sys

import pytest

from drafter.text import cnlang
from drafter.checking.rules import check_text
from drafter.cli import cli
from drafter.drafting.compose import point_count
from drafter.drafting.draft import DEFAULT_SEED, draft, draft_pair, required_facts
from drafter.resources import data
from drafter.drafting.event import load_event

from ..conftest import ROOT, seed_with_phrase

EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
FIXTURES = sorted((ROOT / "tests" / "fixtures" / "events").glob("*.yaml"))
EVENTS = EXAMPLES + FIXTURES
SEEDS = range(20)
GOLDEN = ROOT / "tests" / "golden"
CORPUS_NAMES = [ln for ln in (ROOT / "tests" / "data" / "corpus_names.txt").read_text(encoding="utf-8").splitlines()
                if ln and not ln.startswith("#")]


@pytest.fixture(scope="module", params=EVENTS, ids=lambda p: p.stem)
def drafts(request):
    ev = load_event(request.param)
    return ev, [draft(ev, seed=s) for s in SEEDS]


def body(d):
    return d.text.rstrip("\n").split("\n")


def test_complete_and_in_order(drafts):
    ev, ds = drafts
    for d in ds:
        lines = body(d)
        if ev.kind != "news":
            greeting = next(i for i, ln in enumerate(lines) if ln.endswith("：") and not re.match("^[一二三四五六]", ln))
            assert greeting <= 3, d.text
            assert lines[-1].endswith(("谢谢大家！", "谢谢！", "干杯！")), lines[-1]
        else:
            assert "我" not in d.text.replace("我国", "")          # third person
        if ev.kind not in ("news", "toast"):
            styles = {m for ln in lines for m in re.findall(r"^(第[一二三四五六]，|[一二三四五六]是|[一二三四五六]、)", ln)}
            kinds = {("di" if s.startswith("第") else "yishi" if s.endswith("是") else "cn") for s in styles}
            assert len(kinds) == 1, styles
            # (three of the kind's own, or two when the event gives nothing a point is made of:
            # compose.point_count)
            n = len(ev.points) or point_count(ev, ev.length or 0, None)
            assert len(styles) == n
            # the points' intro: the line that announces them by count (its lead varies: 借此机会,
            # 下面, 下一阶段, 围绕深化协作…)
            intro = next(ln for ln in lines if re.search("(点|个方面|层).{0,12}：$", ln))
            assert (data("language")["count_forms"].get(n) or cnlang.cn_number(n)) in intro, intro


def test_faithful_and_clean(drafts):
    ev, ds = drafts
    for d in ds:
        assert d.findings == [], (d.seed, d.findings)
        for field, text in required_facts(ev):
            assert text in d.text, field
        assert check_text(d.text) == []
        for bad in ("None", "{{", "XX", "〔", "**"):
            assert bad not in d.text


def test_no_corpus_names(drafts):
    ev, ds = drafts
    own = " ".join([ev.host.name, ev.guest.name, ev.event.name, ev.event.place, *ev.host.facts,
                    *ev.cooperation.facts])
    for d in ds:
        leaks = [n for n in CORPUS_NAMES if n in d.text and n not in own]
        assert leaks == [], leaks


def test_length(drafts):
    ev, ds = drafts
    if ev.length:
        for d in ds:
            assert abs(d.length - ev.length) <= 0.15 * ev.length, (d.seed, d.length)


def test_voice(drafts):
    ev, ds = drafts
    for d in ds:
        if ev.kind == "welcome":
            assert "欢迎" in d.text and cnlang.self_ref(ev.host.short) in d.text
        if ev.kind == "reply":
            assert "热情接待" in d.text and "感谢" in d.text
        if ev.kind == "news":
            assert re.search("(表示|指出|强调)", d.text)


def test_reproducible_and_varied(drafts):
    ev, ds = drafts
    assert draft(ev, seed=3).text == ds[3].text
    assert len({d.text for d in ds}) >= 2


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_golden(path):
    """The exact output of each example at the default seed (UPDATE_GOLDEN=1 rewrites them)."""
    d = draft(load_event(path), seed=DEFAULT_SEED)
    golden = GOLDEN / f"{path.stem}-seed{DEFAULT_SEED}.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(d.text, encoding="utf-8")
    assert d.text == golden.read_text(encoding="utf-8")


def test_greeting_language():
    ev = load_event(ROOT / "tests" / "fixtures" / "events" / "foreign_welcome_full.yaml")
    d = draft(ev)
    assert "尊敬的诸葛书记、钱副区长，各位来宾、同志们：" in d.text
    ev = load_event(ROOT / "examples" / "welcome.yaml")
    assert "尊敬的欧阳书记、周区长，各位领导、同志们：" in draft(ev).text


def test_two_processes_with_different_hash_seeds_agree():
    outs = []
    for hs in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hs}
        r = subprocess.run([sys.executable, "-m", "drafter", "draft", "examples/welcome.yaml", "--seed", "7"],
                           capture_output=True, cwd=ROOT, env=env)
        assert r.returncode == 0, r.stderr
        outs.append(r.stdout)
    assert outs[0] == outs[1] and outs[0]


def test_drafting_imports_neither_jieba_nor_sklearn():
    code = ("import sys\nfrom drafter.cli import main\nsys.argv=['drafter','draft','examples/welcome.yaml']\n"
            "try:\n    main()\nexcept SystemExit as e:\n    assert e.code in (0, None)\n"
            "bad=[m for m in ('jieba','sklearn','opencc','docx') if m in sys.modules]\nassert not bad, bad\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr


def test_pair_shares_no_phrase():
    ev = load_event(ROOT / "examples" / "welcome.yaml")
    w, r = draft_pair(ev, seed=seed_with_phrase(ev))
    assert w.kind == "welcome" and r.kind == "reply"
    ids_w = {t["id"] for t in w.trace if t.get("origin") == "phrase"}
    ids_r = {t["id"] for t in r.trace if t.get("origin") == "phrase"}
    assert not ids_w & ids_r
    # nor a sentence of set language: the two speeches share only the closing thanks
    said = [set(re.findall(r"[^。！？：\n]+[。！？：]", d.text)) for d in (w, r)]
    assert said[0] & said[1] == {"谢谢大家！"}
    assert "热情接待" in r.text and "我县" in w.text


def test_cli_draft_outputs(runner, tmp_path):
    r = runner.invoke(cli, ["draft", str(ROOT / "examples" / "welcome.yaml"), "--variants", "3"])
    assert r.exit_code == 0
    assert r.stdout.count("在东西部协作高层联席会议暨签约捐赠仪式上的致辞") == 3
    trace = tmp_path / "t.json"
    seed = seed_with_phrase(load_event(ROOT / "examples" / "welcome.yaml"))
    r = runner.invoke(cli, ["draft", str(ROOT / "examples" / "welcome.yaml"), "--trace", str(trace),
                            "--seed", str(seed), "-o", str(tmp_path / "d.md")])
    assert r.exit_code == 0, r.output
    md = (tmp_path / "d.md").read_text(encoding="utf-8")
    assert md.startswith("# 在东西部协作高层联席会议暨签约捐赠仪式上的致辞\n")
    entries = json.loads(trace.read_text(encoding="utf-8"))
    assert {e["origin"] for e in entries} == {"phrase", "template"}
    assert all(e["sources"] for e in entries if e["origin"] == "phrase")
    r = runner.invoke(cli, ["draft", str(ROOT / "examples" / "welcome.yaml"), "-o", str(tmp_path / "d.md")])
    assert r.exit_code == 2 and "exists already; use --force" in r.stderr
    r = runner.invoke(cli, ["draft", str(ROOT / "examples" / "news.yaml"), "--kind", "toast"])
    assert r.exit_code == 0 and "干杯！" in r.stdout
    r = runner.invoke(cli, ["draft", str(ROOT / "examples" / "welcome.yaml"), "--minutes", "6"])
    assert r.exit_code == 0
    assert abs(cnlang.hanzi_count(r.stdout) - 6 * 200) <= 0.15 * 6 * 200


def test_cli_draft_prints_the_closest_draft_with_a_warning_when_the_event_is_too_thin(runner, tmp_path):
    """Contract rule 6: too little material for the length asked → the closest draft, exit 0,
    a warning naming its length and the fields that would make it longer; never padding."""
    p = tmp_path / "e.yaml"
    p.write_text((ROOT / "tests" / "fixtures" / "events" / "foreign_reply_minimal.yaml").read_text(encoding="utf-8")
                 + "length: 2500\n", encoding="utf-8")
    out = tmp_path / "reply.txt"
    r = runner.invoke(cli, ["draft", str(p), "-o", str(out)])
    assert r.exit_code == 0, r.output
    text = out.read_text(encoding="utf-8")
    n = cnlang.hanzi_count(text)
    assert n < 2500 * 0.85
    warning = [ln for ln in r.stderr.splitlines() if str(n) in ln and "2500" in ln]
    assert warning and "2500" in warning[0]
    for name in ("cooperation.facts", "visit.sites", "plans"):
        assert name in warning[0]
    sentences = re.findall(r"[^。！？]+[。！？]", text)
    assert len(sentences) == len(set(sentences))            # not padded with repeats


def test_docx_output(tmp_path, runner):
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Pt

    out = tmp_path / "d.docx"
    r = runner.invoke(cli, ["draft", str(ROOT / "examples" / "welcome.yaml"), "-o", str(out)])
    assert r.exit_code == 0, r.output
    doc = docx.Document(str(out))
    sec = doc.sections[0]
    mm = [round(x.mm, 1) for x in (sec.page_width, sec.page_height, sec.top_margin, sec.left_margin,
                                   sec.bottom_margin, sec.right_margin)]
    assert mm == [210.0, 297.0, 37.0, 28.0, 35.0, 26.0]
    title = doc.paragraphs[0]
    assert title.text == "在东西部协作高层联席会议暨签约捐赠仪式上的致辞"
    run = title.runs[0]
    assert run.font.size == Pt(22)
    assert run._r.rPr.rFonts.get(qn("w:eastAsia")) == "方正小标宋简体"
    normal = doc.styles["Normal"]
    assert normal.font.size == Pt(16)
    assert normal.element.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    body = doc.paragraphs[4]
    assert body.paragraph_format.first_line_indent == Pt(32)


def _writers_bank(folder, quote, hope):
    """A writer's bank of two phrases, as `drafter mine` writes one: a classical line and a hope."""
    import yaml

    folder.mkdir()
    src = [{"file": "archive/a.txt", "line": 3, "year": 2025}]
    entry = dict(slots=[], specific=[], kinds=["speech"], sides=["host"], occasions=["visit"], count=1, sources=src)
    (folder / "quote.yaml").write_text(yaml.safe_dump(
        [dict(id="quote-aaaaaa", text=quote, shape="quote", **entry)], allow_unicode=True), encoding="utf-8")
    (folder / "hopes.yaml").write_text(yaml.safe_dump(
        [dict(id="hopes-bbbbbb", text=hope, shape="sentence", **entry)], allow_unicode=True), encoding="utf-8")
    (folder / "index.yaml").write_text("schema: 1\ninputs: [archive]\nsections: {quote: 1, hopes: 1}\n",
                                       encoding="utf-8")
    return folder


def test_a_writers_own_bank_gives_the_opening_its_classical_line(tmp_path):
    """With a bank mined from the writer's archive (--bank), the welcome's opening quotes the
    archive's classical line, said as the set quotes are; the built-in bank's are only one choice
    among the set language's."""
    from drafter.bank.store import load_bank

    bank = load_bank(_writers_bank(tmp_path / "bank", "同心山海近，协力天地宽。", "我们希望两地携手协作，共同推动乡村振兴。"))
    ev = load_event(ROOT / "examples" / "welcome.yaml")
    opened = 0
    for seed in range(10):
        d = draft(ev, seed=seed, bank=bank)
        first = d.text.split("\n")[4]
        if first.startswith("“"):     # the opening quotes a line (an optional sentence): the writer's
            opened += 1
            assert re.match("“同心山海近，协力天地宽”，(这句话|这句古语|说的正是|道出的正是|讲的正是)", first), first
            assert any(t.get("id") == "quote-aaaaaa" and t["sources"] for t in d.trace)
    # (seeds 0, 2, 3, 7, 8, 9 open with a quote at the example's length: the optional quote is drawn by the seed,
    # and the draws move when the set language changes; session 24's moved seed 2 back to it)
    assert opened == 6


def test_a_bank_sentence_about_one_fields_people_is_not_drafted(tmp_path):
    """An archive's report on a school gives 我们的老师要…; a welcome whose event names no teacher
    does not say it, nor a sentence that does not speak of the cooperation at all."""
    import random

    from drafter.bank.store import load_bank
    from drafter.drafting.draft import Picker

    ev = load_event(ROOT / "examples" / "welcome.yaml")
    for hope, said in (("我们希望两地携手协作，共同推动乡村振兴。", True),
                       ("我希望两地协作中，我们的老师要虚心向志愿者学习新知识。", False),
                       ("我希望大家要虚心学习新思想、新知识、新观念。", False)):
        bank = load_bank(_writers_bank(tmp_path / f"b{len(hope)}", "同心山海近，协力天地宽。", hope))
        picked = [t for t, _ in Picker(bank, ev, random.Random(0), 3).sentences("hopes", 90)]
        assert picked == ([hope] if said else []), hope


def test_a_topic_of_no_known_area_takes_the_point_that_speaks_of_it():
    """纪律作风 is no area of the cooperation, but one of a symposium's points speaks of discipline:
    its body is said under a heading that names the topic (round-5 draft 48 had said 调研 under it)."""
    ev = load_event(ROOT / "docs" / "review" / "events" / "48-symposium-host-topics.yaml")
    lines = draft(ev, seed=1).text.split("\n")
    at = next(i for i, ln in enumerate(lines) if ln.startswith(("三是", "第三", "三、")))
    # (the heading on the body's line, 三是…。…, or on its own, 三、…, the body under it)
    third = lines[at] if not lines[at].startswith("三、") else lines[at] + "。" + lines[at + 1]
    assert re.match("(三是|第三，|三、)在纪律作风上(作表率|见行动|多用心|当先锋)。", third), third
    assert "纪律" in third.split("。", 1)[1] and "调研" not in third, third


def test_the_process_ends_as_main_does(tmp_path):
    """``drafter`` as a process (cli.run: main, then out without the interpreter's teardown) prints,
    exits and writes its caches at exit as main does in a process that goes on."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    r = subprocess.run([sys.executable, "-m", "drafter", "draft", "examples/welcome.yaml"],
                       capture_output=True, cwd=ROOT, env=env)
    assert r.returncode == 0 and r.stdout, r.stderr
    assert list((tmp_path / "cache" / "drafter" / "regex").glob("*.marshal"))    # the exit handlers ran
    code = ("import sys\nfrom drafter.cli import main\nsys.argv=['drafter','draft','examples/welcome.yaml']\n"
            "try:\n    main()\nexcept SystemExit as e:\n    sys.exit(e.code)\n")
    m = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT, env=env)
    assert m.returncode == 0 and m.stdout == r.stdout
    bad = subprocess.run([sys.executable, "-m", "drafter", "draft", "missing.yaml"], capture_output=True,
                         cwd=ROOT, env=env)
    assert bad.returncode == 2 and b"missing.yaml" in bad.stderr and not bad.stdout
