"""Each lint rule with texts that must trigger it and texts that must not, and what each rule finds
in the five seed texts (real speeches and reports)."""
import datetime as dt
import json
from collections import Counter

import pytest

from drafter.cli import cli
from drafter.checking.lint import lint_text

from ..conftest import ROOT, SEEDS, seed

DAY = dt.date(2026, 11, 22)
NO_NAMES = {"places": [], "persons": [], "documents": []}


def found(text, on=DAY, names=NO_NAMES, own=()):
    return [(f.rule, f.line, f.column, f.message) for f in lint_text(text, on, names, own)
            if f.rule != "length"]


# ------------------------------------------------------------------ 1. placeholders

@pytest.mark.parametrize("text, hits", [
    ("向XX区表示感谢。", [("placeholder", 1, 2, "placeholder left in: XX")]),
    ("向xx区表示感谢。", [("placeholder", 1, 2, "placeholder left in: xx")]),
    ("投入资金X万元。", [("placeholder", 1, 5, "placeholder left in: X")]),
    ("投入资金××万元。", [("placeholder", 1, 5, "placeholder left in: ××")]),
    ("投入资金**万元。", [("placeholder", 1, 5, "placeholder left in: **")]),
    ("增长%%。", [("placeholder", 1, 3, "placeholder left in: %%")]),
    ("感谢〔对方〕的支持。", [("placeholder", 1, 3, "placeholder left in: 〔对方〕")]),
    ("成效【待补】。", [("placeholder", 1, 3, "placeholder left in: 【待补】")]),
    ("感谢{{ guest }}的支持。", [("template-leftover", 1, 3, "template text left in: {{"),
                              ("template-leftover", 1, 12, "template text left in: }}")]),
])
def test_placeholders_fire(text, hits):
    assert found(text) == hits


@pytest.mark.parametrize("text", [
    "县医院新添X光机和CT设备。",
    "推进5G基站建设，建成X射线检测中心。",
    "The Xinhua report quoted Mr. Xu.",
    "（一）深化产业合作。",               # a marker in brackets is not a slot
])
def test_placeholders_quiet(text):
    assert found(text) == []


# ------------------------------------------------------------------ 2. numbering

def test_numbering_gap_repeat_and_count():
    text = "借此机会，我讲三点意见：\n第一，要提高认识。\n第二，要压实责任。\n第四，要务求实效。\n第五，要加强领导。"
    assert found(text) == [("points-count", 1, 1, "the intro announces 3 points but 4 follow"),
                           ("numbering", 4, 1, "numbering jumps to 4 where 3 was due")]
    text = "一是强化产业协作。\n二是深化劳务协作。\n二是加强消费帮扶。"
    assert found(text) == [("numbering", 3, 1, "number 2 comes again where 3 was due")]


def test_numbering_mixed_styles_at_top_level():
    text = "一、提高认识\n要提高认识。\n第二，要压实责任。"
    assert found(text) == [("numbering", 3, 1, "two numbering styles at the top level (一、 and 第一)")]


def test_numbering_quiet_on_two_levels_and_restarts():
    text = ("下面，我讲两点意见。\n一、提高认识\n（一）深化产业合作。\n（二）加强人才交流。\n"
            "二、压实责任\n（一）健全机制。\n（二）强化考核。\n（三）加强督导。")
    assert found(text) == []


# ------------------------------------------------------------------ 3. formulas and eras

def test_formula_era_by_date():
    text = "深化东西部扶贫协作，统筹疫情防控和经济社会发展。"
    assert [(r, c) for r, _, c, _ in found(text, dt.date(2020, 6, 1))] == []
    hits = found(text, dt.date(2026, 1, 1))
    assert [(r, c) for r, _, c, _ in hits] == [("formula-era", 3), ("formula-era", 11)]
    assert hits[0][3].startswith("“东西部扶贫协作” belongs to 1996–2020; now: 东西部协作 (source: ")
    # the longest formula wins where two overlap: one finding, not three
    hits = found("推动巩固拓展脱贫攻坚成果同乡村振兴有效衔接。", dt.date(2026, 3, 1))
    assert [(r, c) for r, _, c, _ in hits] == [("formula-era", 3)]
    assert found("推动巩固拓展脱贫攻坚成果同乡村振兴有效衔接。", dt.date(2025, 3, 1)) == []


def test_fourteenth_plan_spoken_of_as_current():
    assert found("今年是“十四五”规划收官之年。", dt.date(2025, 5, 1)) == []
    hits = found("今年是“十四五”规划收官之年。", dt.date(2026, 5, 1))
    assert [(r, c) for r, _, c, _ in hits] == [("formula-era", 1)]
    assert "now: “十五五”" in hits[0][3]
    # looking back at the 14th plan is not an error
    assert found("“十四五”时期，两地协作取得丰硕成果。", dt.date(2026, 5, 1)) == []


def test_formula_not_yet_in_use_is_a_warning():
    [f] = [f for f in lint_text("深化东西部协作，迎接“十四五”开局之年。", dt.date(2019, 1, 1), NO_NAMES)
           if f.rule == "formula-era"]
    assert (f.severity, f.column, f.message) == ("warning", 11, "““十四五”开局之年” is not in use before 2021")


def test_every_formula_has_a_source_and_period():
    from drafter.resources import data

    for f in data("formulas"):
        assert f["source"] and isinstance(f["from"], int), f
        assert f["until"] is None or f["until"] >= f["from"], f


# ------------------------------------------------------------------ 4. characters and punctuation

def test_characters_and_punctuation():
    assert found("兩地攜手") == [("traditional", 1, 1, "traditional character 兩"),
                             ("traditional", 1, 3, "traditional character 攜")]
    assert found("两地(liǎng)携手") == [("pinyin", 1, 2, "pinyin annotation 地(liǎng)")]
    assert found("携手共进,共创未来") == [("half-width-punct", 1, 5, "half-width ',' inside Chinese text")]
    assert found("Hello, world. 5,000 tons") == []


@pytest.mark.parametrize("text, hits", [
    ("他说：“携手共进。", [("unmatched", 1, 4, "“ is not closed (expected ”)")]),
    ("携手共进。”", [("unmatched", 1, 6, "” closes nothing (no “ before it)")]),
    ("学习《意见（试行》。", [("unmatched", 1, 6, "（ is not closed (expected ）)")]),
    ("（一）深化协作。（二", [("unmatched", 1, 9, "（ is not closed (expected ）)")]),
    ("共同发展，，携手前进。。", [("doubled-punct", 1, 5, "doubled punctuation ，，"),
                           ("doubled-punct", 1, 11, "doubled punctuation 。。")]),
    ("共同发展，。", [("doubled-punct", 1, 5, "doubled punctuation ，。")]),
])
def test_pairs_and_doubles_fire(text, hits):
    assert found(text) == hits


@pytest.mark.parametrize("text", [
    "他说：“要‘走深走实’。”", "学习《关于（试行）的意见》。", "多好啊！！", "真的吗？！", "……——",
])
def test_pairs_and_doubles_quiet(text):
    assert found(text) == []


def test_fix_is_offered_in_json(runner, tmp_path):
    p = tmp_path / "s.txt"
    p.write_text("深化东西部扶贫协作。。\n", encoding="utf-8")
    r = runner.invoke(cli, ["lint", str(p), "--json", "--date", "2026-01-01"])
    fixes = {f["rule"]: f.get("fix") for f in json.loads(r.stdout)}
    assert fixes["formula-era"] == "东西部协作" and fixes["doubled-punct"] == "。"


# ------------------------------------------------------------------ 5. repetition

def test_repetition():
    text = "我们要推动两地协作走深走实。\n我们要推动两地协作走深走实！"
    assert found(text) == [("repeated-sentence", 2, 1, "sentence said twice (first on line 1): 我们要推动两地协作走深走实！…")]
    assert found("推动东西部协作走深走实东西部协作再上台阶。") == [
        ("close-repeat", 1, 12, "“东西部协作” again, 4 characters after column 3")]
    # parallelism across a clause, or a phrase repeated across 和, is deliberate
    assert found("政治上特别坚定、行动上特别坚决。") == []
    assert found("城镇居民人均可支配收入和农村居民人均可支配收入分别增长。") == []


# ------------------------------------------------------------------ 6. names

def test_one_person_two_titles():
    text = "尊敬的王有国书记：\n感谢王有国区长一行。\n区委书记张佰成同志，区长张佰成同志。"
    assert found(text) == [
        ("two-titles", 2, 3, "王有国 is called 区长 here but 书记 on line 1"),
        ("two-titles", 3, 11, "张佰成 is called 区长 here but 书记 on line 3")]
    assert found("尊敬的王有国书记：\n区委书记王有国同志强调。") == []


def test_corpus_names_in_a_text_about_another_place():
    names = {"places": ["察右前旗", "大兴区"], "persons": ["王有国", "冀宏"],
             "documents": [{"source": "003.txt", "places": ["察右前旗", "大兴区"], "persons": ["王有国", "冀宏"]}]}
    # a text about 察右前旗 may name its own people
    assert found("大兴区党政代表团到察右前旗考察，王有国讲话。", names=names) == []
    # a draft about another place may not
    assert found("青山县欢迎滨江区代表团，王有国讲话。", names=names) == [
        ("corpus-name", 1, 13, "王有国 comes from the corpus (003.txt), not from this occasion")]
    # when the occasion is known (drafting), its own names are never foreign
    assert found("大兴区欢迎青山县，王有国讲话。", names=names, own=["北京市大兴区", "青山县"]) == [
        ("corpus-name", 1, 10, "王有国 comes from the corpus (003.txt), not from this occasion")]


def test_bank_names_carry_their_documents():
    from drafter.bank.store import load_bank

    docs = load_bank(None).names["documents"]
    assert [d["source"] for d in docs] == [f"corpus/{s}" for s in SEEDS if any(d["source"].endswith(s) for d in docs)]
    assert any("王有国" in d["persons"] and "大兴区" in d["places"] for d in docs)


# ------------------------------------------------------------------ 7. length

def test_length_is_information(runner, tmp_path):
    p = tmp_path / "s.txt"
    p.write_text("同" * 399 + "。\n", encoding="utf-8")
    r = runner.invoke(cli, ["lint", str(p)])
    assert r.exit_code == 0
    assert r.stdout == f"{p}:1:1: info length 400 characters, about 2.0 minutes read aloud at 200 characters a minute\n"


# ------------------------------------------------------------------ the seed texts

SEED_FINDINGS = {     # what each rule finds in the seeds as of 2026-11-22 (errors and warnings)
    "000_a57adb3adab37112.txt": {"formula-era": 19, "half-width-punct": 1, "placeholder": 43},
    "001_f969f8bd14a34601.txt": {"formula-era": 1, "placeholder": 57},
    "002_07a4cb1996a617ae.txt": {"half-width-punct": 60, "pinyin": 160, "traditional": 360, "unmatched": 3},
    "003_1530c4c95e66b40c.txt": {},
    "004_4ccfaf24e3326002.txt": {"half-width-punct": 85, "placeholder": 20},
}


@pytest.mark.parametrize("name", SEEDS)
def test_seed_texts_findings(runner, name):
    r = runner.invoke(cli, ["lint", seed(name), "--json", "--date", "2026-11-22"])
    findings = json.loads(r.stdout)
    counts = Counter(f["rule"] for f in findings if f["severity"] != "info")
    assert dict(counts) == SEED_FINDINGS[name]
    assert r.exit_code == (1 if counts else 0)


def test_seed_false_alarms_stay_out(runner):
    def rules_in(name):
        r = runner.invoke(cli, ["lint", seed(name), "--json"])
        return {f["rule"] for f in json.loads(r.stdout)}
    assert not rules_in("000_a57adb3adab37112.txt") & {"numbering", "points-count"}   # 三个方面 = 第一/二/三
    assert "numbering" not in rules_in("001_f969f8bd14a34601.txt")   # 一、二、 over （一）（二）（三）
    assert not rules_in("003_1530c4c95e66b40c.txt") & {"two-titles", "corpus-name", "close-repeat"}


def test_text_output_has_file_line_column_severity_rule(runner):
    r = runner.invoke(cli, ["lint", seed("001_f969f8bd14a34601.txt"), "--date", "2026-11-22"])
    lines = r.stdout.splitlines()
    assert f"{seed('001_f969f8bd14a34601.txt')}:10:18: error formula-era “扶贫协作” belongs to 1996–2020; " \
           "now: 东西部协作 (source: 习近平对深化东西部协作和定点帮扶工作作出重要指示（新华社，2021年4月8日）)" in lines


# ------------------------------------------------------------------ drafting runs the same rules

def test_draft_with_an_error_is_not_printed(runner, tmp_path):
    (tmp_path / "welcome.txt.jinja").write_text(
        '{% extends "default:welcome.txt.jinja" %}\n'
        "{% block closing %}\n让我们深化东西部扶贫协作，，再创佳绩！谢谢大家！\n{% endblock %}\n", encoding="utf-8")
    out = tmp_path / "d.txt"
    r = runner.invoke(cli, ["draft", str(ROOT / "examples" / "welcome.yaml"), "--templates", str(tmp_path),
                            "-o", str(out)])
    assert r.exit_code == 3 and r.stdout == "" and not out.exists()
    assert "the draft did not pass its checks" in r.stderr
    assert "formula-era: “东西部扶贫协作” belongs to 1996–2020" in r.stderr
    assert "doubled-punct: doubled punctuation ，，" in r.stderr


def test_browse_shows_era(runner):
    r = runner.invoke(cli, ["phrases", "show", "significance-537ea7"])
    assert r.exit_code == 0
    assert "新一轮东西部协作的起步之年 2021–2021" in r.stdout


def test_lint_imports_neither_jieba_nor_sklearn():
    import subprocess
    import sys

    code = ("import sys\nfrom drafter.cli import main\n"
            f"sys.argv=['drafter','lint',{seed('002_07a4cb1996a617ae.txt')!r}]\n"
            "try:\n    main()\nexcept SystemExit as e:\n    assert e.code == 1, e.code\n"
            "bad=[m for m in ('jieba','sklearn','numpy','scipy') if m in sys.modules]\nassert not bad, bad\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr


def test_formulas_found_past_the_joined_search_as_by_each():
    """formulas_in passes over a text the joined expression finds nothing in: over the goldens'
    lines and formulas' own texts, the same formulas as each expression's finditer gives."""
    from drafter.checking.rules import _formula_res, formulas_in
    from drafter.resources import data

    each, joined = _formula_res()
    assert joined is not None
    texts = [ln for g in sorted((ROOT / "tests" / "golden").glob("*.txt"))
             for ln in g.read_text(encoding="utf-8").splitlines()]
    texts += [f["text"] for f in data("formulas")] + ["今年是“十四五”开局之年", "当前正处于十三五", ""]
    for text in texts:
        if joined.search(text) is None:
            assert not any(rx.search(text) for _, rx in each), text
    assert formulas_in("巩固拓展脱贫攻坚成果同乡村振兴有效衔接")


def test_a_retired_formulas_replacement_is_current_the_year_after():
    """Session 20's events: a 2026 theme 巩固拓展脱贫攻坚成果同乡村振兴有效衔接 was refused with 现在应说“巩固拓展
    脱贫攻坚成果”, and that wording was then warned of as the transition period's: what the table tells a
    writer to say is said by nothing of the era tables in the year after the formula's period."""
    from drafter.drafting.era import out_of_era
    from drafter.resources import data
    from drafter.checking.rules import replacement
    told = [(f["text"], year, replacement(f, year)) for f in data("formulas") if f.get("replacement") and f.get("until")
            for year in (f["replacement"] if isinstance(f["replacement"], dict) else (f["until"] + 1,))]
    assert len(told) >= 9
    for text, year, new in told:
        assert not out_of_era(new, year), (text, new, year)
        assert found(new + "。", dt.date(year, 6, 1)) == [], (text, new, year)
    # (“十三五” as current: what is current in the year it is said)
    said = "今年是“十三五”规划的关键之年。"
    assert [h[3].split("now: ")[1].split(" (")[0] for h in found(said, dt.date(2023, 6, 1))] == ["“十四五”"]
    assert [h[3].split("now: ")[1].split(" (")[0] for h in found(said, dt.date(2026, 6, 1))] == ["“十五五”"]
