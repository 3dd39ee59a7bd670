import pytest

from drafter.text import clean


def test_strip_indent_removes_full_width_spaces():
    assert clean.strip_indent("\u3000\u3000为深入贯彻落实。 \t") == "为深入贯彻落实。"


def test_to_simplified_reads_seed_002_opening():
    assert clean.to_simplified("在脫貧攻堅全面勝利、鄉村振興全面開啟的歷史節點上") == \
        "在脱贫攻坚全面胜利、乡村振兴全面开启的历史节点上"


@pytest.mark.parametrize("raw, expected", [
    ("脫貧攻堅(jiān)全面", "脫貧攻堅全面"),
    ("鄉(xiāng)村振興", "鄉村振興"),
    ("節(jié)點(diǎn)上", "節點上"),
    ("召开(2021年)会议", "召开(2021年)会议"),       # not pinyin: kept
    ("使用X(光)检查", "使用X(光)检查"),
])
def test_strip_pinyin(raw, expected):
    assert clean.strip_pinyin(raw) == expected


@pytest.mark.parametrize("raw", ["这是一部?jī)傻财y手共奔小康", "以实打?qū)崱Ⅻc对点的举措", "以?shī)^力打赢"])
def test_mojibake_is_marked(raw):
    assert clean.GARBLED in clean.mark_garbage(raw)


@pytest.mark.parametrize("raw", ["推动5G基站建设", "X区长一行", "XX县委", "使用App下载", "GDP增长11.8%"])
def test_clean_text_is_not_marked(raw):
    assert clean.mark_garbage(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    ("今天,我们怀着激动的心情", "今天，我们怀着激动的心情"),
    ("同志们:", "同志们："),
    ("新局面!", "新局面！"),
    ("好吗?好", "好吗？好"),
    ("原则;做到", "原则；做到"),
    ("(天水在线编辑:康翠霞)", "（天水在线编辑：康翠霞）"),
    ("累计投入1.06亿元,增长11.8%", "累计投入1.06亿元，增长11.8%"),
    ("2019年4月如期", "2019年4月如期"),
    ("会议12:30开始", "会议12:30开始"),
    ("共1,000人", "共1,000人"),
    ("see (page 3), ok", "see (page 3), ok"),
])
def test_unify_punctuation(raw, expected):
    assert clean.unify_punctuation(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("在 2025 年市援派干部", "在2025年市援派干部"),
    ("来到高原古城 X,投身", "来到高原古城X,投身"),
    ("the Belt and Road", "the Belt and Road"),
])
def test_remove_spaces(raw, expected):
    assert clean.remove_spaces(raw) == expected


@pytest.mark.parametrize("line, expected", [
    ("(天水在线编辑:康翠霞) |", True),
    ("责任编辑：张三", True),
    ("— 3 —", True),
    ("第2页 共5页", True),
    ("微信扫一扫分享到朋友圈", True),
    ("徐刚主持会议。", False),
    ("2019年4月如期实现脱贫摘帽。", False),
])
def test_boilerplate(line, expected):
    assert clean.is_boilerplate(line) is expected


def test_placeholders_stay_recognisable():
    text = clean.clean_line("尊敬的X区长、XX主任、xx书记，**县和%%镇、××村，X光片")
    assert clean.find_placeholders(text) == ["X", "XX", "xx", "**", "%%", "××"]
