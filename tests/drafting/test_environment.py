from drafter.cli import cli

from ..conftest import ROOT

WELCOME = str(ROOT / "examples" / "welcome.yaml")


def test_user_template_extends_a_builtin_block(runner, tmp_path):
    (tmp_path / "welcome.txt.jinja").write_text(
        '{% extends "default:welcome.txt.jinja" %}\n'
        "{% block closing %}\n祝{{ other.short }}的朋友们一路顺风！谢谢大家！\n{% endblock %}\n",
        encoding="utf-8")
    r = runner.invoke(cli, ["draft", WELCOME, "--templates", str(tmp_path)])
    assert r.exit_code == 0, r.output
    assert r.stdout.rstrip().endswith("祝滨江区的朋友们一路顺风！谢谢大家！")
    assert "尊敬的欧阳书记、周区长，各位领导、同志们：" in r.stdout     # the other blocks are the built-in ones


def test_user_template_replaces_a_builtin(runner, tmp_path):
    (tmp_path / "toast.txt.jinja").write_text(
        "{{ ev.event.name }}祝酒辞\n\n（{{ date_cn }}）\n\n尊敬的{{ addresses|join('、') }}：\n\n"
        "为{{ other.short }}和{{ own.short }}的友谊，干杯！\n",
        encoding="utf-8")
    r = runner.invoke(cli, ["draft", str(ROOT / "examples" / "toast.yaml"), "--templates", str(tmp_path)])
    assert r.exit_code == 0, r.output
    assert r.stdout == "东西部协作高层联席会议祝酒辞\n（2026年4月27日）\n尊敬的欧阳书记、陈区长：\n为滨江区和青山县的友谊，干杯！\n"


def test_sandbox_and_strictness(runner, tmp_path):
    cases = {
        "{{ ev.__class__.__mro__ }}": "not allowed",
        "{{ ''.__class__.__subclasses__() }}": "not allowed",
        "{{ nosuchname }}": "undefined name",
        "{{ [1, 2]|random }}": "random",
        "{% include '../../etc/passwd' %}": "no template",
        "{{ ev.event.name": "template syntax error",
    }
    for body, words in cases.items():
        (tmp_path / "welcome.txt.jinja").write_text(body + "\n", encoding="utf-8")
        r = runner.invoke(cli, ["draft", WELCOME, "--templates", str(tmp_path)])
        assert r.exit_code == 2, (body, r.output)
        assert r.stderr.startswith("Error: ") and words in r.stderr, (body, r.stderr)


def test_none_never_reaches_the_text(runner, tmp_path):
    (tmp_path / "welcome.txt.jinja").write_text("{{ ev.length if false else none }}\n", encoding="utf-8")
    r = runner.invoke(cli, ["draft", WELCOME, "--templates", str(tmp_path)])
    assert r.exit_code == 2 and "printed None" in r.stderr


def test_missing_templates_folder(runner, tmp_path):
    r = runner.invoke(cli, ["draft", WELCOME, "--templates", str(tmp_path / "nope")])
    assert r.exit_code == 2 and "templates folder not found" in r.stderr
