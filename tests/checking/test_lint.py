import json

from drafter.cli import cli

from ..conftest import ROOT, seed


def lint(runner, path, *extra):
    r = runner.invoke(cli, ["lint", str(path), "--json", *extra])
    return r, json.loads(r.stdout)


def rules(findings, severity="error"):
    return sorted({f["rule"] for f in findings if f["severity"] == severity})


def test_generated_draft_is_clean(runner, tmp_path):
    out = tmp_path / "d.txt"
    runner.invoke(cli, ["draft", str(ROOT / "examples" / "welcome.yaml"), "-o", str(out)])
    r, findings = lint(runner, out, "--date", "2026-04-28")
    assert r.exit_code == 0 and rules(findings) == []
    assert findings[0]["rule"] == "length" and findings[0]["severity"] == "info"


def test_seed_texts(runner):
    r, f = lint(runner, seed("000_a57adb3adab37112.txt"), "--date", "2026-11-22")
    assert r.exit_code == 1
    assert rules(f) == ["formula-era", "half-width-punct", "placeholder"]   # X; 东西部扶贫协作, 疫情防控; 新局面!
    assert not [x for x in f if x["rule"] in ("numbering", "points-count")]   # 三个方面 + 第一/二/三 agree
    eras = [x["message"] for x in f if x["rule"] == "formula-era"]
    assert any("东西部扶贫协作" in m and "东西部协作" in m for m in eras)
    r, f = lint(runner, seed("001_f969f8bd14a34601.txt"), "--date", "2026-11-22")
    assert not [x for x in f if x["rule"] == "numbering"]      # 一、二、 and （一）（二）（三） are two levels
    r, f = lint(runner, seed("002_07a4cb1996a617ae.txt"), "--date", "2021-05-01")
    assert "traditional" in rules(f) and "pinyin" in rules(f) and "half-width-punct" in rules(f)


def test_rules_fire_and_stay_quiet(runner, tmp_path):
    p = tmp_path / "s.txt"
    p.write_text("借此机会，我讲三点意见：\n第一，要提高认识。\n第二，要压实责任。\n第四，要务求实效。\n"
                 "第五，要加强领导。\n我们推动X光检测和5G建设。\n", encoding="utf-8")
    r, f = lint(runner, p)
    assert r.exit_code == 1
    msgs = {x["rule"]: x["message"] for x in f if x["severity"] == "error"}
    assert msgs["numbering"] == "numbering jumps to 4 where 3 was due"
    assert msgs["points-count"] == "the intro announces 3 points but 4 follow"
    assert "placeholder" not in msgs


def test_lint_errors(runner, tmp_path):
    r = runner.invoke(cli, ["lint", str(tmp_path / "none.txt")])
    assert r.exit_code == 2 and "no such file" in r.stderr
    r = runner.invoke(cli, ["lint", seed("000_a57adb3adab37112.txt"), "--date", "2026/13/1"])
    assert r.exit_code == 2 and "--date: expected a date such as 2026-05-12" in r.stderr
