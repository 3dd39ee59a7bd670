import json

from drafter.cli import cli



def test_sections_listing(runner):
    r = runner.invoke(cli, ["phrases"])
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert lines[0].startswith("greeting      称呼")
    assert any(line.startswith("closing       结束语") for line in lines)


def test_section_and_search(runner):
    r = runner.invoke(cli, ["phrases", "closing"])
    assert r.exit_code == 0
    assert "谢谢大家！" in r.stdout and "corpus/000_a57adb3adab37112.txt:9" in r.stdout
    r = runner.invoke(cli, ["phrases", "--search", "友谊", "--json"])
    data = json.loads(r.stdout)
    assert data and all("友谊" in d["text"] for d in data)
    first = data[0]
    assert {"id", "section", "text", "sources", "count"} <= set(first)
    assert set(first["sources"][0]) >= {"file", "line"}


def test_role_and_kind_filters(runner):
    r = runner.invoke(cli, ["phrases", "hopes", "--role", "guest", "--kind", "news", "--json"])
    data = json.loads(r.stdout)
    assert data and all("guest" in d["sides"] and "news" in d["kinds"] for d in data)


def test_show(runner):
    r = runner.invoke(cli, ["phrases", "closing", "--json"])
    pid = next(d["id"] for d in json.loads(r.stdout) if d["text"] == "谢谢大家！")
    r = runner.invoke(cli, ["phrases", "show", pid])
    assert r.exit_code == 0
    assert ">   9  谢谢大家！" in r.stdout
    assert "   9  我们一定倍加珍惜协作情谊" in r.stdout


def test_bad_input(runner, tmp_path):
    r = runner.invoke(cli, ["phrases", "nosuch"])
    assert r.exit_code == 2 and "unknown section 'nosuch'" in r.stderr
    r = runner.invoke(cli, ["phrases", "show", "closing-000000"])
    assert r.exit_code == 2 and "no phrase with id 'closing-000000'" in r.stderr
    bank = tmp_path / "bank"
    bank.mkdir()
    (bank / "closing.yaml").write_text("- id: a\n  text: 谢谢！\n- id: b\n  text: [broken\n", encoding="utf-8")
    r = runner.invoke(cli, ["phrases", "closing", "--bank", str(bank)])
    assert r.exit_code == 2
    assert f"{bank / 'closing.yaml'}:" in r.stderr and "not valid YAML" in r.stderr
    (bank / "closing.yaml").write_text("- id: a\n  text: 感谢〔贵宾〕！\n", encoding="utf-8")
    r = runner.invoke(cli, ["phrases", "closing", "--bank", str(bank)])
    assert r.exit_code == 2 and "closing.yaml:1: [0].text: unknown slot 〔贵宾〕" in r.stderr


def test_bank_from_environment(runner, tmp_path, monkeypatch):
    bank = tmp_path / "mine"
    bank.mkdir()
    (bank / "closing.yaml").write_text("- {id: closing-x, text: 祝两地友谊长存！, curated: true}\n", encoding="utf-8")
    monkeypatch.setenv("DRAFTER_BANK", str(bank))
    r = runner.invoke(cli, ["phrases", "closing"])
    assert "祝两地友谊长存！" in r.stdout and "谢谢大家！" not in r.stdout


def test_mine_cli(runner, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("同志们：\n借此机会，我讲三点意见。\n谢谢大家！\n", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_bytes(b"\x00\x01binary")
    r = runner.invoke(cli, ["mine", str(tmp_path / "in"), "-o", str(tmp_path / "bank")])
    assert r.exit_code == 0, r.output
    assert "Skipped: " in r.stderr and "b.txt" in r.stderr
    assert r.stdout.startswith("1 files, ")
    assert (tmp_path / "bank" / "closing.yaml").read_text(encoding="utf-8").count("谢谢大家！") == 1
    r = runner.invoke(cli, ["mine", str(tmp_path / "missing"), "-o", str(tmp_path / "bank2")])
    assert r.exit_code == 2 and "no such file or folder" in r.stderr


def test_json_without_a_section_lists_every_phrase(runner):
    """The contract: `phrases --json` without SECTION is every phrase of the bank, as objects with
    id, section, text, sources [{file, line}], count and usable; the plain listing stays the overview."""
    from drafter.api import load_bank

    r = runner.invoke(cli, ["phrases", "--json"])
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    bank = load_bank()
    assert len(data) == len(bank.phrases) > 100
    assert {d["id"] for d in data} == {p.id for p in bank.phrases}
    for d in data:
        assert {"id", "section", "text", "sources", "count", "usable"} <= set(d)
        assert all(set(s) >= {"file", "line"} for s in d["sources"])
    usable = {p.id: p.usable for p in bank.phrases}
    assert all(d["usable"] is usable[d["id"]] for d in data)
    assert {True, False} == {d["usable"] for d in data}
    assert runner.invoke(cli, ["phrases"]).stdout.startswith("greeting      称呼")
