"""Chinese for the people who use drafter: every word they read is Chinese by default (a Chinese
locale, or none), English on request (--lang en, DRAFTER_LANG=en, an English locale). The
catalogues are gettext files managed with Babel; the compiled .mo must be the .po's."""
from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import textwrap
import unicodedata

import pytest

from drafter import i18n
from drafter.cli import cli
from drafter.errors import InputError

from .conftest import ROOT, seed

LOCALE = ROOT / "drafter" / "locale"

GOOD = textwrap.dedent("""\
    kind: welcome
    event:
      name: 协作会议
      date: 2026-04-28
    speaker: {name: 李明, title: 县委书记, side: host}
    host:
      name: 云川省白鹤市青山县
    guest:
      name: 海州市滨江区
      leaders:
        - {name: 欧阳建国, title: 区委书记}
    """)


def _desktop(monkeypatch, lang):
    """A desktop whose LANG is ``lang``, with nothing else saying otherwise."""
    for var in ("DRAFTER_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", lang)
    i18n.set_language(None)


@pytest.fixture
def chinese(monkeypatch):
    """A Chinese desktop: LANG=zh_CN.UTF-8."""
    _desktop(monkeypatch, "zh_CN.UTF-8")


@pytest.fixture
def english(monkeypatch):
    _desktop(monkeypatch, "en_US.UTF-8")


def run(runner, *args):
    return runner.invoke(cli, [str(a) for a in args], prog_name="drafter")


def hanzi(text: str) -> int:
    return len(re.findall(r"[\u4e00-\u9fff]", text))


_WORD = r"[A-Za-z]+(?:'[a-z]+)?"
_ENGLISH_RUN = re.compile(rf"{_WORD}(?:[ ,;]+{_WORD}){{2,}}")


def english_runs(text: str) -> list[str]:
    """Runs of three or more English words, outside option names, paths, commands, ids and metavars."""
    t = re.sub(r"--?[A-Za-z][\w-]*", " ", text)                          # --kind, -o
    t = re.sub(r"\S*[/\\]\S*|\S+\.(?:yaml|txt|md|docx|json|jinja)\b", " ", t)   # paths, file names
    t = re.sub(r"\bdrafter(?: [a-z]+)*", " ", t)                          # drafter phrases show
    t = re.sub(r"\b[A-Z][A-Z_]+\b", " ", t)                                # EVENT, FILE
    t = re.sub(r"\{[^{}]*\}|\[[^\[\]]*\]", " ", t)                         # {name: …}, [welcome|reply]
    t = re.sub(r"\b\w+[-_]\w[\w-]*", " ", t)                               # ids: closing-1a2b3c, half-width-punct
    return _ENGLISH_RUN.findall(t)


def assert_chinese(text: str) -> None:
    assert text.strip() and hanzi(text) >= 2, text
    assert english_runs(text) == [], (english_runs(text), text)


def assert_english(text: str) -> None:
    assert len(re.findall(r"[A-Za-z]{2,}", text)) >= 3, text
    for line in text.splitlines():        # Chinese only inside values, names and examples
        prose = re.sub(r"“[^”]*”|'[^']*'|[\u4e00-\u9fff]+(?=[ ,:;)）]|$)|[\u4e00-\u9fff、，：（）]+", "", line)
        assert hanzi(prose) == 0, line


COMMANDS = [[], ["corpus"], ["corpus", "show"], ["corpus", "stats"], ["mine"], ["phrases"], ["draft"],
            ["check"], ["new"], ["schema"], ["lint"], ["serve"]]


# ------------------------------------------------------------------ help

@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "drafter")
def test_help_is_chinese_by_default(runner, chinese, command):
    r = run(runner, *command, "--help")
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("用法: drafter"), r.stdout
    assert "选项:" in r.stdout and "显示本帮助后退出。" in r.stdout
    assert "…" not in r.stdout.replace("SEED…SEED", "").replace("【待补：…】", "")     # nothing cut off
    assert_chinese(r.stdout)
    for line in r.stdout.splitlines():                                      # fits an 80-column window
        assert sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line) <= 80, line


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "drafter")
def test_help_in_english_on_request(runner, english, command):
    r = run(runner, *command, "--help")
    assert r.exit_code == 0 and r.stdout.startswith("Usage: drafter"), r.output
    assert "Show this message and exit." in r.stdout
    assert "…" not in r.stdout.replace("SEED…SEED", "").replace("【待补：…】", "")
    assert_english(r.stdout)


def test_top_level_help_lists_every_command_in_full(runner, chinese):
    r = run(runner, "--help")
    assert "  draft    根据活动信息文件 EVENT 起草讲话稿（或新闻通稿）。\n" in r.stdout
    assert "  lint     检查讲话稿中的差错。\n" in r.stdout
    assert "  new      给出一份待填写的活动信息文件样本。\n" in r.stdout


def test_lang_option_and_variable_choose_english(runner, chinese, monkeypatch):
    assert run(runner, "--lang", "en", "--help").stdout.startswith("Usage: drafter")
    assert run(runner, "--help").stdout.startswith("用法: drafter")                # not kept from the last run
    monkeypatch.setenv("DRAFTER_LANG", "en")
    assert run(runner, "--help").stdout.startswith("Usage: drafter")
    assert run(runner, "--lang", "zh", "--help").stdout.startswith("用法: drafter")


def test_clicks_own_errors_are_chinese(runner, chinese):
    r = run(runner, "draft")
    assert r.exit_code == 2
    assert r.stderr == ("用法: drafter draft [OPTIONS] EVENT\n可运行“drafter draft --help”查看帮助。\n\n"
                        "错误：缺少参数 'EVENT'.\n")
    r = run(runner, "draft", "x.yaml", "--nosuch")
    assert "错误：没有 '--nosuch' 这个选项。" in r.stderr
    r = run(runner, "nosuch")
    assert "错误：没有 'nosuch' 这个命令。" in r.stderr


# ------------------------------------------------------------------ the event loader

def _event(tmp_path, text: str | bytes, name: str = "活动.yaml"):
    p = tmp_path / name
    p.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return p


# (name, file content, the Chinese message, the English message); {f} is the file's path
EVENT_ERRORS = [
    ("full-width colon line 1", "类型：welcome\n",
     "{f} 第1行：“类型”后面用了中文冒号“：”，请改为英文冒号“:”（后面空一格）",
     "{f}:1: uses the Chinese colon “：” after 类型; write the English colon “:” (followed by a space)"),
    ("full-width colon line 3", GOOD.replace("  name: 协作会议", "  name：协作会议"),
     "{f} 第3行：“name”后面用了中文冒号“：”，请改为英文冒号“:”（后面空一格）",
     "{f}:3: uses the Chinese colon “：” after name"),
    ("tab", GOOD.replace("guest:\n  name: 海州市滨江区", "guest:\n\tname: 海州市滨江区"),
     "{f} 第9行：缩进不能用 Tab 键，请用空格", "{f}:9: indentation must not use the Tab key; use spaces"),
    ("leader as a string", GOOD.replace("- {name: 欧阳建国, title: 区委书记}", "- 区委书记邵启衡"),
     "{f} 第11行：来访方（guest）的领导（leaders）第1项：每位领导要分别写出姓名（name）和职务（title），"
     "现在写的是“区委书记邵启衡”；请一人一行，写成：- {name: 邵启衡, title: 区委书记}",
     "{f}:11: guest.leaders[0]: expected a mapping of fields, got '区委书记邵启衡'; write each person on a line "
     "of their own, with name and title: - {name: 邵启衡, title: 区委书记}"),
    ("guest without name", GOOD.replace("  name: 海州市滨江区\n", ""),
     "{f} 第8行：来访方（guest）缺少“全称”（name）", "{f}:8: guest.name: required field missing (in guest)"),
    ("no host", GOOD.replace("host:\n  name: 云川省白鹤市青山县\n", ""),
     "{f} 第1行：文件里缺少“东道方”（host）", "{f}:1: host: required field missing (in the file)"),
    ("unclosed bracket", "kind: [welcome\n",
     "{f} 第1行：括号没有配对：有“[”或“{”，没有对应的“]”或“}”（或者少了逗号）", "{f}:1: not valid YAML: a bracket"),
    ("unclosed quote", 'kind: "welcome\nevent: x\n', "{f} 第1行：引号没有配对：有前引号，没有后引号",
     "{f}:1: not valid YAML: a quotation mark is opened and not closed"),
    ("second colon", GOOD.replace("name: 协作会议", "name: 会议: 协作"),
     "{f} 第3行：一行里出现了第二个“冒号加空格”", "{f}:3: not valid YAML: a second colon"),
    ("indentation", GOOD.replace("  date: 2026-04-28", "   date: 2026-04-28"),
     "{f} 第4行：缩进没有对齐", "{f}:4: not valid YAML: the indentation does not line up"),
    ("two documents", GOOD + "---\nkind: reply\n", "一个文件只写一份", "more than one document"),
    ("other YAML slip", "kind: welcome\n@event\n", "{f} 第2行：格式有误：请检查这一行的冒号、引号、括号和缩进",
     "{f}:2: not valid YAML: check the colons"),
    ("control character", "kind: welcome\x07\n", "{f}：文件里有不可见的控制字符（#x0007），请把内容复制到新文件中重新保存", "{f}: not valid YAML: unacceptable character #x0007"),
    ("alias", "a: &x [1, 2]\nb: *x\n", "{f} 第2行：活动信息文件里不能用 YAML 引用（*名称）",
     "{f}:2: YAML aliases (*name) are not allowed in an event file"),
    ("too many values", "audience:\n" + "  - 各位\n" * 20001, "内容太多，不像活动信息文件", "too many values"),
    ("nested", "kind: " + "[" * 101 + "\n", "{f} 第1行：层次超过100层（活动信息文件最多四层）", "nested more than 100"),
    ("empty", "", "{f} 第1行：文件是空的；可以用 drafter new 欢迎致辞 生成一份样本来填写", "{f}:1: the file is empty"),
    ("a list", "- 1\n", "{f} 第1行：这里应分项填写（每行写成“项目: 内容”），现在是列表",
     "{f}:1: expected a mapping of fields, got a list"),
    ("tag", "kind: !!python/object/apply:os.system [ls]\n",
     "{f} 第1行：“类型”（kind）：活动信息文件里不能用 tag:yaml.org,2002:python/object/apply:os.system 这样的标记",
     "{f}:1: kind: the tag"),
    ("key not text", GOOD + "? [a, b]\n: x\n", "{f} 第12行：冒号前的项目名只能是文字", "{f}:12: a key must be plain text"),
    ("text got a list", GOOD.replace("title: 区委书记}", "title: [区委书记]}"),
     "{f} 第11行：来访方（guest）的领导（leaders）第1项的“职务”（title）：应填文字，现在是列表",
     "{f}:11: guest.leaders[0].title: expected text, got a list"),
    ("kind unknown", GOOD.replace("kind: welcome", "kind: party"),
     "{f} 第1行：“类型”（kind）：应填欢迎致辞（welcome）、答谢讲话（reply）、座谈会讲话（symposium）、"
     "新闻通稿（news）、祝酒辞（toast）之一，现在是“party”",
     "{f}:1: kind: must be one of welcome, reply, symposium, news, toast, got 'party'"),
    ("list expected", GOOD + "audience: {a: 1}\n", "{f} 第12行：“听众”（audience）：应是一个列表（每项一行，以“- ”开头），现在是分项内容",
     "{f}:12: audience: expected a list, got a mapping"),
    ("too many points", GOOD + "points: []\n", "{f} 第12行：“要点”（points）：应有1到6项，现在有0项",
     "{f}:12: points: expected 1 to 6 items, got 0"),
    ("empty item", GOOD + "audience: [各位领导, '']\n", "{f} 第12行：听众（audience）第2项：这一项是空的（请填上内容，或删去这一行）",
     "{f}:12: audience[1]: empty item"),
    ("required empty", GOOD.replace("  name: 协作会议", "  name:"),
     "{f} 第3行：活动（event）的“名称”（name）：这一项必填，现在是空的", "{f}:3: event.name: required field is empty"),
    ("long text", GOOD.replace("协作会议", "会" * 4001), "文字超过4000字", "text longer than 4000 characters"),
    ("number is yes", GOOD + "length: yes\n",
     "{f} 第12行：“字数”（length）：应填整数，现在是“yes”（yes、no、on、off 会被当作是/否）",
     "{f}:12: length: expected a whole number, got 'yes' (YAML reads"),
    ("number in words", GOOD + "length: 一千五\n", "{f} 第12行：“字数”（length）：应填整数（阿拉伯数字），现在是“一千五”",
     "{f}:12: length: expected a whole number, got '一千五'"),
    ("bad date", GOOD.replace("date: 2026-04-28", "date: 28/4/2026"),
     "{f} 第4行：活动（event）的“日期”（date）：日期应写成 2026-04-28 或 2026年4月28日，现在是“28/4/2026”",
     "{f}:4: event.date: expected a date such as 2026-04-28, got '28/4/2026'"),
    ("no speaker", GOOD.replace("speaker: {name: 李明, title: 县委书记, side: host}\n", ""),
     "{f} 第1行：“讲话人”（speaker）：欢迎致辞必须写明讲话人（只有新闻通稿可以不写）", "{f}:1: speaker: required for a welcome"),
    ("wrong side", GOOD.replace("side: host", "side: guest"),
     "{f} 第5行：讲话人（speaker）的“一方”（side）：欢迎致辞应是东道方的讲话，这里写的讲话人属于来访方（可参照 drafter new 欢迎致辞 的样本）",
     "{f}:5: speaker.side: a welcome is spoken by the host side, not the guest side"),
    ("placeholder in a field", GOOD.replace("name: 协作会议", "name: 某某会议"),
     "{f} 第3行：活动（event）的“名称”（name）：还有没填的占位内容“某某”，请换成实际内容",
     "{f}:3: event.name: placeholder left in: 某某"),
    ("traditional in a field", GOOD.replace("name: 协作会议", "name: 協作会议"),
     "{f} 第3行：活动（event）的“名称”（name）：“協”是繁体字（应写作“协”）",
     "{f}:3: event.name: traditional character 協 (write 协)"),
    ("point without text", GOOD + "points:\n  - {}\n", "{f}：要点（points）第1项：每一点至少要有标题（heading）、话题（topic）或内容（body）之一",
     "points[0]: a point needs a heading, a topic or a body"),
    ("length out of range", GOOD + "length: 50\n", "“字数”（length）：字数应在100到20000之间，现在是50",
     "length: length must be between 100 and 20000 characters, got 50"),
    ("not text at all", GOOD.encode("utf-8") + b"# \xff\xfe\xfd\n",
     "{f} 第12行：既不是 UTF-8 也不是 GBK 编码的文字（请另存为 UTF-8 或 GBK/ANSI 编码）",
     "{f}:12: is neither UTF-8 nor GBK text"),
]


def _expect(message: str, path) -> str:
    return message.replace("{f}", str(path))


@pytest.mark.parametrize("name,text,zh,en", EVENT_ERRORS, ids=[c[0] for c in EVENT_ERRORS])
def test_every_event_error_in_chinese_and_english(runner, tmp_path, monkeypatch, name, text, zh, en):
    p = _event(tmp_path, text)
    for lang, want, check in (("zh_CN.UTF-8", zh, assert_chinese), ("en_US.UTF-8", en, assert_english)):
        monkeypatch.setenv("LANG", lang)
        monkeypatch.delenv("DRAFTER_LANG")
        r = run(runner, "check", p)
        assert r.exit_code == 2, r.output
        assert r.stdout == ""
        assert _expect(want, p) in r.stderr, r.stderr
        assert r.stderr.count("\n") == 1                                    # one message
        check(r.stderr.replace(str(p), "活动.yaml"))
        monkeypatch.setenv("DRAFTER_LANG", "en")


def test_the_message_names_the_line_of_the_mistake(tmp_path, chinese):
    """libyaml reports a full-width colon on line 1 at line 2 (where the next key fails)."""
    p = _event(tmp_path, "类型：welcome\n活动:\n  名称: 协作会议\n")
    with pytest.raises(InputError) as err:
        from drafter.api import load_event
        load_event(p)
    assert (err.value.line, str(err.value)) == (1, f"{p} 第1行：“类型”后面用了中文冒号“：”，请改为英文冒号“:”（后面空一格）")


@pytest.mark.parametrize("line,slip", [
    ("类型：welcome", "类型"), ("  名称：会议", "名称"), ("    - 姓名：邵启衡", "姓名"),
    ("    - {name：邵启衡, title: 区委书记}", "name"), ("    - {name: 邵启衡, title：区委书记}", "title"),
    ("    - 成效：累计1亿元", None), ("  facts: [成效：累计1亿元, 情况：好]", None), ("  name: 清水县：好", None),
    ("# 类型：welcome", None), ("  heading: 一是：深化", None)])
def test_full_width_colons_after_keys_only(chinese, line, slip):
    from drafter.drafting.event import _typing_slips

    if slip is None:
        _typing_slips(line, "活动.yaml")
        return
    with pytest.raises(InputError) as err:
        _typing_slips(line, "活动.yaml")
    assert str(err.value) == f"活动.yaml 第1行：“{slip}”后面用了中文冒号“：”，请改为英文冒号“:”（后面空一格）"


@pytest.mark.parametrize("old,new,message", [
    ("  name: 协作会议", "  name:协作会议", "第3行：“name”后面的冒号后要空一格，写成“name: ……”"),
    ("  date: 2026-04-28", "\u3000\u3000date: 2026-04-28", "第4行：缩进用了全角空格，请改用半角空格（英文状态下的空格）"),
    ("{name: 李明, title", "{name: 李明，title",
     "第5行：“title”前面用了中文逗号“，”；大括号{…}里的各项请用英文逗号“,”分隔"),
    ("  name: 协作会议", "  name: “协作会议", "第3行：活动（event）的“名称”（name）：““”没有配对，缺少“””"),
])
def test_other_typing_slips_at_their_line(runner, tmp_path, chinese, old, new, message):
    p = _event(tmp_path, GOOD.replace(old, new))
    r = run(runner, "check", p)
    assert (r.exit_code, r.stderr) == (2, f"错误：{p} {message}\n")


def test_a_colon_inside_a_value_is_not_a_slip(tmp_path, runner, chinese):
    p = _event(tmp_path, GOOD.replace("host:\n  name: 云川省白鹤市青山县\n",
                                      "host:\n  name: 云川省白鹤市青山县\n  facts:\n    - 成效：累计投入1亿元\n"))
    r = run(runner, "check", p)
    assert r.exit_code == 0, r.output
    assert r.stdout == f"检查通过：{p}：欢迎致辞，协作会议，青山县 ← 滨江区\n"


EVENT_WARNINGS = [
    (GOOD + "lenght: 1500\n", "提醒：{f} 第12行：lenght：不认识这个项目名，已忽略（是不是想写“length”？）",
     "Warning: {f}:12: lenght: unknown key, ignored (did you mean 'length'?)"),
    (GOOD + "备注: 无\n", "提醒：{f} 第12行：备注：不认识这个项目名，已忽略", "Warning: {f}:12: 备注: unknown key, ignored"),
    (GOOD + "kind: welcome\n", "提醒：{f} 第12行：“类型”（kind）：重复填写了（第1行已经有），以后面的为准",
     "Warning: {f}:12: kind: duplicate key (first on line 1); the later value is used"),
]


@pytest.mark.parametrize("text,zh,en", EVENT_WARNINGS)
def test_every_event_warning_in_chinese_and_english(runner, tmp_path, monkeypatch, text, zh, en):
    p = _event(tmp_path, text)
    monkeypatch.delenv("DRAFTER_LANG")
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    r = run(runner, "check", p)
    assert r.exit_code == 0 and _expect(zh, p) in r.stderr, r.stderr
    assert_chinese(r.stderr.replace(str(p), "活动.yaml"))
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    r = run(runner, "check", p)
    assert r.exit_code == 0 and _expect(en, p) in r.stderr, r.stderr


def test_files_that_cannot_be_read(runner, tmp_path, chinese):
    r = run(runner, "check", tmp_path / "无.yaml")
    assert r.stderr == f"错误：{tmp_path / '无.yaml'}：找不到这个文件\n"
    r = run(runner, "check", tmp_path)
    assert r.stderr == f"错误：{tmp_path}：是一个文件夹，不是活动信息文件\n"
    big = _event(tmp_path, GOOD + "#" * 1_100_000)
    assert "太大了（1100" in run(runner, "check", big).stderr
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "管道.yaml")
        assert run(runner, "check", tmp_path / "管道.yaml").stderr \
            == f"错误：{tmp_path / '管道.yaml'}：不是普通文件（是管道、套接字或设备），不是活动信息文件\n"
        (tmp_path / "断链.yaml").symlink_to(tmp_path / "无")
        assert run(runner, "check", tmp_path / "断链.yaml").stderr \
            == f"错误：{tmp_path / '断链.yaml'}：是一个失效的快捷链接（指向 {tmp_path / '无'}）\n"
    for line in run(runner, "check", big).stderr.splitlines():
        assert_chinese(line.replace(str(tmp_path), "活动"))


# ------------------------------------------------------------------ encodings, kinds, dates

@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-16", "utf-8-sig"])
def test_event_files_in_the_encodings_windows_saves(runner, tmp_path, chinese, encoding):
    p = tmp_path / "活动.yaml"
    p.write_bytes(GOOD.replace("\n", "\r\n").encode(encoding))               # utf-16 writes its BOM
    r = run(runner, "check", p)
    assert r.exit_code == 0, r.output
    assert r.stdout == f"检查通过：{p}：欢迎致辞，协作会议，青山县 ← 滨江区\n"


def test_a_gbk_file_with_a_slip_is_reported_at_its_line(runner, tmp_path, chinese):
    p = tmp_path / "活动.yaml"
    p.write_bytes(GOOD.replace("  name: 协作会议", "  名称：协作会议").encode("gbk"))
    r = run(runner, "check", p)
    assert r.stderr == f"错误：{p} 第3行：“名称”后面用了中文冒号“：”，请改为英文冒号“:”（后面空一格）\n"


@pytest.mark.parametrize("date", ["2026年4月28日", "2026/4/28", "2026.4.28", "2026-4-28", "２０２６年４月２８日"])
def test_dates_as_writers_type_them(tmp_path, date):
    from drafter.api import load_event

    p = _event(tmp_path, GOOD.replace("2026-04-28", date))
    assert str(load_event(p).event.date) == "2026-04-28"


def test_kinds_and_sections_in_chinese(runner, tmp_path, chinese):
    p = _event(tmp_path, GOOD.replace("kind: welcome", "类型: 欢迎致辞"))
    assert run(runner, "check", p).exit_code == 0
    new = run(runner, "new", "欢迎致辞")
    assert new.exit_code == 0 and new.stdout == run(runner, "new", "welcome").stdout
    assert run(runner, "new", "答谢讲话").stdout == run(runner, "new", "reply").stdout
    pair = run(runner, "draft", p, "--kind", "欢迎致辞")
    assert pair.exit_code == 0 and pair.stdout == run(runner, "draft", p, "--kind", "welcome").stdout
    closing = run(runner, "phrases", "结束语")
    assert closing.exit_code == 0 and closing.stdout == run(runner, "phrases", "closing").stdout
    assert "谢谢" in closing.stdout
    r = run(runner, "new", "讲话")
    assert r.exit_code == 2 and r.stderr.endswith(
        "错误：'KIND' 的值不对：没有“讲话”这个文种，请从以下文种中选择：欢迎致辞（welcome）、答谢讲话（reply）、"
        "座谈会讲话（symposium）、新闻通稿（news）、祝酒辞（toast）\n")
    r = run(runner, "phrases", "没有")
    assert r.exit_code == 2
    assert r.stderr.startswith("错误：没有“没有”这个类别；现有类别：greeting 称呼, opening 开场,")


def test_phrase_filters_in_chinese(runner, chinese):
    assert run(runner, "phrases", "--role", "来访方", "--kind", "讲话").stdout \
        == run(runner, "phrases", "--role", "guest", "--kind", "speech").stdout != ""
    r = run(runner, "phrases", "--role", "主人")
    assert r.exit_code == 2 and r.stderr.endswith(
        "错误：'--role' 的值不对：“主人”不在可选范围内，请从以下各项中选择：东道方（host）、来访方（guest）\n")


@pytest.mark.parametrize("date", ["2026年5月12日", "2026/5/12", "2026.5.12", "2026-05-12"])
def test_lint_date_as_writers_type_it(runner, chinese, date):
    r = run(runner, "lint", seed("001_f969f8bd14a34601.txt"), "--date", date, "--json")
    assert r.exit_code == 1
    assert any(f["rule"] == "formula-era" for f in json.loads(r.stdout))
    r = run(runner, "lint", seed("001_f969f8bd14a34601.txt"), "--date", "5月12日")
    assert r.exit_code == 2
    assert r.stderr == "错误：--date：日期应写成 2026-05-12 或 2026年5月12日，现在是“5月12日”\n"


# ------------------------------------------------------------------ placeholders

def test_placeholders_of_a_form_are_flagged_and_words_are_not(runner, tmp_path, chinese):
    from drafter.checking.rules import check_text

    found = [(f.column, f.message) for f in check_text("请某书记和某某县的某县长讲话，待补【待补：数字】【待补】。")
             if f.rule == "placeholder"]
    assert found == [(2, "还有没填的占位内容“某书记”，请换成实际内容"), (6, "还有没填的占位内容“某某县”，请换成实际内容"),
                     (10, "还有没填的占位内容“某县长”，请换成实际内容"),
                     (18, "还有没填的占位内容“【待补：数字】”，请换成实际内容"),
                     (25, "还有没填的占位内容“【待补】”，请换成实际内容")]
    assert [f for f in check_text("在某些方面、某种意义上、某个时候、某地区和某市场，张某说") if f.rule == "placeholder"] == []
    starter = run(runner, "new", "welcome").stdout
    p = _event(tmp_path, starter)
    r = run(runner, "check", p)
    assert r.exit_code == 2 and "还有没填的占位内容“某某县”" in r.stderr, r.stderr
    assert run(runner, "draft", p).exit_code == 2
    t = tmp_path / "稿.txt"
    t.write_text("尊敬的某书记：\n欢迎莅临某某县。\n", encoding="utf-8")
    r = run(runner, "lint", t, "--json")
    assert r.exit_code == 1
    assert [(f["rule"], f["line"], f["column"]) for f in json.loads(r.stdout) if f["rule"] == "placeholder"] \
        == [("placeholder", 1, 4), ("placeholder", 2, 5)]


# ------------------------------------------------------------------ lint

ALL_RULES = textwrap.dedent("""\
    尊敬的王有国书记，各位领导：
    今天我们在某某县召开会议，XX同志出席。
    {{ name }}也来了。
    這是一個好日子。
    两(liǎng)地合作。
    我们,一起努力。
    “加强合作。另外）很好。
    好，，很好。
    推动协作走深走实推动协作走深走实。
    借此机会，我讲两点意见。
    第一，深受鼓舞。
    第二，深感温暖。
    第四，共促发展。
    一、总体要求
    东西部扶贫协作取得成效，做好疫情防控。
    王有国区长讲话。
    这句话说了两遍了呀。这句话说了两遍了呀。
    """)
RULES = {"placeholder", "template-leftover", "traditional", "pinyin", "half-width-punct", "unmatched",
         "doubled-punct", "close-repeat", "repeated-sentence", "numbering", "points-count", "formula-era",
         "two-titles", "corpus-name", "length"}


@pytest.mark.parametrize("date", ["2026-05-12", "2019-05-12"])
def test_every_lint_rule_in_chinese_and_english(runner, tmp_path, monkeypatch, date):
    t = tmp_path / "稿.txt"
    t.write_text(ALL_RULES, encoding="utf-8")
    monkeypatch.delenv("DRAFTER_LANG")
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    zh = run(runner, "lint", t, "--date", date)
    findings = json.loads(run(runner, "lint", t, "--date", date, "--json").stdout)
    assert {f["rule"] for f in findings} == RULES
    assert {f["severity"] for f in findings} == {"error", "warning", "info"}          # ids stay
    lines = zh.stdout.splitlines()
    assert len(lines) == len(findings) >= 20
    for line in lines:
        assert_chinese(line.split(" ", 1)[1].replace(str(t), ""))
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    en = run(runner, "lint", t, "--date", date)
    assert len(en.stdout.splitlines()) == len(lines)
    for line in en.stdout.splitlines():
        assert_english(line.split(" ", 1)[1])
    if date.startswith("2019"):
        assert f"{t}:15:15: 提醒 formula-era “疫情防控”这一提法2020年才开始使用" in lines


def test_lint_findings_in_a_writers_words(runner, tmp_path, chinese):
    t = tmp_path / "稿.txt"
    t.write_text(ALL_RULES, encoding="utf-8")
    out = run(runner, "lint", t, "--date", "2026-05-12").stdout
    for line in (
            "1:1: 信息 length 共198字，按每分钟200字朗读约需1.0分钟",
            "2:6: 错误 placeholder 还有没填的占位内容“某某县”，请换成实际内容",
            "4:1: 错误 traditional “這”是繁体字（应写作“这”）",
            "6:3: 错误 half-width-punct 中文里用了英文（半角）标点“,”，请改为中文（全角）标点",
            "8:2: 错误 doubled-punct 标点重复：“，，”",
            "7:9: 错误 unmatched “）”前面没有对应的“（”",
            "11:1: 错误 numbering 同一层级用了两种序号（“一、”和“第一”），请统一",
            "10:1: 错误 points-count 前面说讲2点，后面却有3点",
            "13:1: 错误 numbering 序号跳到了4，这里应是3",
            "16:1: 提醒 two-titles 对王有国这里称“区长”，第1行却称“书记”，请统一"):
        assert f"{t}:{line}\n" in out, (line, out)


# ------------------------------------------------------------------ drafting, browsing, the server

def test_phrases_listing_is_chinese(runner, chinese):
    r = run(runner, "phrases")
    assert "closing       结束语   \t" in r.stdout and "条可用于起草）  结尾的祝愿和致谢" in r.stdout
    assert "usable" not in r.stdout and "jieba" not in r.stdout
    assert_chinese(r.stdout)


def test_draft_progress_and_write_messages(runner, tmp_path, chinese):
    p = _event(tmp_path, GOOD)
    r = run(runner, "draft", p, "-o", tmp_path / "稿.txt")
    # the event gives no county facts nor cooperation: the writer is told which moves are left out
    gaps = ("提醒：活动信息没有给出县情（host.area、host.population）、本地成绩（host.facts）、协作历程"
            "（cooperation.since、cooperation.areas）、协作成效（cooperation.facts），稿中这几部分从略；"
            "请补充后重新起草（也可以加 --gaps，在稿中留出待补标记）；再填写东道方（host）的产业（industries）、"
            "东道方（host）的荣誉（ranks）、东道方（host）的领导（leaders）、考察（visit）的参观（sites）、"
            "考察（visit）的签约（signings）、下一步（plans）、请求（asks）、要点（points），稿子还能写得更充实\n")
    assert r.exit_code == 0 and re.fullmatch(
        rf"已写入 {re.escape(str(tmp_path / '稿.txt'))}（\d+字）\n{re.escape(gaps)}", r.stderr), r.stderr
    r = run(runner, "draft", p, "-o", tmp_path / "稿.txt")
    assert r.stderr == f"错误：{tmp_path / '稿.txt'}：已经存在；要覆盖它，请加 --force\n{gaps}"


def test_server_messages_follow_the_language(chinese):
    from drafter.web import create_app

    client = create_app().test_client()
    r = client.get("/api/phrases?section=nope")
    assert r.status_code == 400 and r.json["error"] == "没有“nope”这个类别"
    r = client.post("/api/draft", json={"event": {"kind": "welcome"}})
    assert r.status_code == 400 and r.json["error"] == "文件里缺少“活动”（event）"
    assert client.get("/nope").json["error"] == "404 找不到该页面"


# ------------------------------------------------------------------ the catalogues

def test_compiled_catalogues_are_the_po_files():
    """The .mo files shipped are what `python scripts/i18n compile` makes of the .po files."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    for domain in ("drafter", "click"):
        po = LOCALE / "zh_CN" / "LC_MESSAGES" / f"{domain}.po"
        with open(po, "rb") as fh:
            catalog = read_po(fh)
        out = io.BytesIO()
        write_mo(out, catalog)
        assert out.getvalue() == po.with_suffix(".mo").read_bytes(), f"{po.name}: run python scripts/i18n compile"
        untranslated = [m.id for m in catalog if m.id and not (m.string if isinstance(m.string, str) else m.string[0])]
        assert untranslated == [], domain
        assert [m.id for m in catalog if m.id and m.fuzzy] == [], domain


def test_every_marked_message_is_in_the_catalogue():
    """Text marked with _() or N_() in drafter/ has a Chinese translation (else: python scripts/i18n)."""
    from babel.messages.extract import extract_from_dir
    from babel.messages.pofile import read_po

    with open(LOCALE / "zh_CN" / "LC_MESSAGES" / "drafter.po", "rb") as fh:
        known = {m.id for m in read_po(fh)}
    marked = {m[2] for m in extract_from_dir(str(ROOT / "drafter"), method_map=[("**.py", "python")])}
    assert sorted(marked - known) == []


def test_placeholders_of_translations_are_given():
    """A translation may only use the names the code passes (its English text's, and the few extra
    ones the code passes for Chinese word order)."""
    from babel.messages.pofile import read_po

    extra = {"{where}缺少{key}": {"key"}, "{name}（{choice}）": {"name"}}
    for domain in ("drafter", "click"):
        with open(LOCALE / "zh_CN" / "LC_MESSAGES" / f"{domain}.po", "rb") as fh:
            catalog = read_po(fh)
        for m in catalog:
            if not m.id:
                continue
            ids = "".join(m.id) if isinstance(m.id, tuple) else m.id
            strings = m.string if isinstance(m.string, tuple) else (m.string,)
            names = set(re.findall(r"\{(\w+)", ids)) | {x for s in strings for x in extra.get(s, ())}
            for s in strings:
                assert set(re.findall(r"\{(\w+)", s)) <= names, (m.id, s)
                assert set(re.findall(r"%\((\w+)\)", s)) <= set(re.findall(r"%\((\w+)\)", ids)), (m.id, s)


def test_cold_start_loads_no_babel():
    code = ("import sys; from drafter.cli import cli; from drafter import i18n; i18n._('x'); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('babel', 'jieba', 'sklearn', 'numpy')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_chinese_desktop_end_to_end(tmp_path):
    """As a writer meets it: a real process, LANG=zh_CN.UTF-8, no DRAFTER_LANG."""
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DRAFTER_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env["LANG"] = "zh_CN.UTF-8"
    p = _event(tmp_path, "kind：welcome\n")
    r = subprocess.run([sys.executable, "-m", "drafter", "check", str(p)], capture_output=True, text=True,
                       env=env, cwd=tmp_path)
    assert (r.returncode, r.stderr) == (2, f"错误：{p} 第1行：“kind”后面用了中文冒号“：”，请改为英文冒号“:”（后面空一格）\n")
    r = subprocess.run([sys.executable, "-m", "drafter", "--help"], capture_output=True, text=True, env=env)
    assert r.stdout.startswith("用法: drafter")


# ------------------------------------------------------------------ the event-file guide

def test_the_event_file_guide_lists_every_field_and_alias_and_its_example_works(runner, tmp_path, chinese):
    from drafter.drafting.event import SCHEMA
    from drafter.resources import data

    guide = (ROOT / "docs" / "event-file.md").read_text(encoding="utf-8")
    table = [ln for ln in guide.splitlines() if ln.startswith("| `")]
    aliases = data("event")["aliases"]
    for alias, key in aliases.items():
        assert any(re.search(rf"[`.]{key}`", row.split("|")[1]) and alias in row.split("|")[2] for row in table), alias

    def fields(f, prefix=""):
        for k, sub in (f.fields or {}).items():
            yield prefix + k
            yield from fields(sub.item or sub, f"{prefix}{k}.")
    for path in fields(SCHEMA):
        leaf = path.rsplit(".", 1)[-1]
        parent = path.rsplit(".", 1)[0].rsplit(".", 1)[-1]          # host.leaders.name: as guest.leaders' name
        assert any(f"`{path}`" in row or (f"`{leaf}`" in row and f"{parent}` 中" in row) for row in table), path
    for kind in data("event")["kinds"]:
        assert kind in guide
    example = re.search(r"```yaml\n(.*?)```", guide, re.S).group(1)
    p = _event(tmp_path, example)
    r = run(runner, "check", p)
    assert r.exit_code == 0 and r.stderr == "", r.output
    assert r.stdout == f"检查通过：{p}：欢迎致辞，东西部协作高层联席会议暨签约捐赠仪式，清水县 ← 河北区\n"


def test_a_hand_edited_phrase_bank_gets_the_same_words(runner, tmp_path, chinese):
    import shutil

    bank = tmp_path / "bank"
    shutil.copytree(ROOT / "phrasebank", bank)
    closing = bank / "closing.yaml"
    lines = closing.read_text(encoding="utf-8").split("\n")
    n = next(i for i, ln in enumerate(lines, 1) if ln.startswith("  "))
    lines[n - 1] = "\t" + lines[n - 1].lstrip()
    closing.write_text("\n".join(lines), encoding="utf-8")
    r = run(runner, "phrases", "closing", "--bank", bank)
    assert r.exit_code == 2
    assert r.stderr == f"错误：{closing} 第{n}行：缩进不能用 Tab 键，请用空格\n"
