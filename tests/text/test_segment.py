import json
import re

import pytest

from drafter.text.corpus import load_document
from drafter.text.segment import cn_to_int, find_marker, split_sentences

from ..conftest import SEEDS, seed


def doc(name):
    return load_document(seed(name))


def find(d, prefix):
    return next(s for s in d.sentences if s.text.startswith(prefix))


def test_000_structure():
    d = doc("000_a57adb3adab37112.txt")
    assert d.kind == "speech" and d.title is None
    assert d.sentences[0].text == "尊敬的X区长、X主任、各位领导、同志们："
    assert d.sentences[0].line == 1
    quote = find(d, "志合者")
    assert (quote.text, quote.line) == ("志合者，不以山海为远！", 3)
    assert find(d, "借此机会").text == "借此机会，我再表达三个方面的意思："
    markers = [(s.marker.style, s.marker.n, s.line) for s in d.sentences if s.marker]
    assert markers == [("di", 1, 6), ("di", 2, 7), ("di", 3, 8)]
    assert find(d, "第一、").text == "第一、深受鼓舞，深感温暖。"
    assert find(d, "文化旅游产业").text.endswith("不断开创全域旅游发展新局面！")   # half-width ! fixed
    assert d.sentences[-1].text == "谢谢大家！" and d.sentences[-1].line == 9


def test_001_two_levels_of_markers_and_headings():
    d = doc("001_f969f8bd14a34601.txt")
    assert d.kind == "speech"
    assert d.title is None                        # starts without greeting or title
    heads = [(s.text, s.line) for s in d.sentences if s.heading]
    assert heads == [("一、XX区经济社会发展情况", 2), ("二、持续加大对口协作力度", 8)]
    styles = [s.marker.style for s in d.sentences if s.marker]
    assert styles.count("cn") == 2 and styles.count("paren_cn") == 7 and styles.count("yishi") == 9
    assert find(d, "（二）突出重点").marker.n == 2
    assert find(d, "三是进一步加强两地企业交流").line == 11
    assert [s.text for s in d.sentences[-2:]] == ["愿XX、XX的交往更加紧密，友谊地久天长！", "谢谢！"]
    assert find(d, "2021年实现地区生产总值").text == "2021年实现地区生产总值XX亿元，增长11.8%；"


def test_002_traditional_pinyin_mojibake_and_credit():
    d = doc("002_07a4cb1996a617ae.txt")
    assert d.kind == "news"
    first = d.sentences[0]
    assert first.line == 2
    assert first.text.startswith("在脱贫攻坚全面胜利、乡村振兴全面开启的历史节点上，4月28日上午，清水县—河北区召开")
    assert d.dropped == [{"line": 9, "text": "(天水在線編輯:康翠霞) |", "reason": "boilerplate"}]
    garbled = [s.line for s in d.sentences if s.garbled]
    assert garbled == [5, 5, 7]
    assert all("编辑" not in s.text for s in d.sentences)
    assert find(d, "徐刚主持会议").line == 8


def test_003_indentation_and_news_kind():
    d = doc("003_1530c4c95e66b40c.txt")
    assert d.kind == "news"
    assert d.sentences[0].text.startswith("为深入贯彻落实习近平总书记")
    assert find(d, "王有国强调，要继续保持").line == 9
    assert not any(s.text.startswith("\u3000") for s in d.sentences)


def test_004_pdf_line_breaks_and_split_title():
    d = doc("004_4ccfaf24e3326002.txt")
    assert d.kind == "speech"
    assert d.title == "在2025年市援派干部及东西部协作挂职干部座谈会上的讲话"
    assert d.title_line == 1
    assert d.sentences[0].text == "同志们：" and d.sentences[0].line == 3
    s = find(d, "今天")
    assert s.text == "今天，我们怀着十分激动和喜悦的心情，在这里隆重举行座谈会，热烈欢迎各位援派干部和东西部协作挂职干部。"
    assert s.line == 4
    assert find(d, "首先，我代表X市委").line == 8
    h = find(d, "一、要深刻认识使命")
    assert h.heading and h.text == "一、要深刻认识使命，在把握大局中提高政治站位，做政治坚定的“明白人”" and h.line == 34
    assert find(d, "二是要从时代发展").line == 49
    last = d.sentences[-1]
    assert (last.text, last.incomplete, last.line) == ("要坚决克", True, 76)


@pytest.mark.parametrize("name", SEEDS)
def test_cleaned_seed_is_clean(name):
    d = doc(name)
    text = "\n".join(s.text for s in d.sentences)
    from drafter.text.clean import to_simplified
    assert to_simplified(text) == text                              # no traditional character
    assert not re.search(r"[\u4e00-\u9fff][(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+[)）]", text)
    assert "\u3000" not in text
    assert not re.search(r"[\u4e00-\u9fff][,:][\u4e00-\u9fff]", text)
    assert all(s.line >= 1 for s in d.sentences)


def test_source_lines_point_at_the_raw_text():
    for name in SEEDS:
        d = doc(name)
        raw = open(seed(name), encoding="utf-8").read().split("\n")
        for s in d.sentences:
            if s.garbled:
                continue
            head = re.sub(r"[，,。：:！!；;（）()“”\s]", "", s.text)[:2]
            from drafter.text.clean import strip_pinyin, to_simplified
            rawline = strip_pinyin(to_simplified(raw[s.line - 1]))
            assert head in re.sub(r"[，,。：:！!；;（）()“”\s]", "", rawline), (name, s.line, s.text)


@pytest.mark.parametrize("text, style, n", [
    ("第一、深受鼓舞", "di", 1), ("第二句话，要", "di", 2), ("第三层意思：", "di", 3),
    ("一是进一步加强", "yishi", 1), ("（三）强化组织", "paren_cn", 3), ("十二、其他", "cn", 12),
    ("1.加强领导", "arabic", 1), ("（2）完善机制", "paren_ar", 2), ("最后，", "sequence", 4),
])
def test_markers(text, style, n):
    m = find_marker(text)
    assert (m.style, m.n) == (style, n)


@pytest.mark.parametrize("text", ["一是一个好办法吗", "1.06亿元", "第一书记到村"])
def test_not_markers(text):
    m = find_marker(text)
    assert m is None or (m.style == "yishi" and text == "一是一个好办法吗")


def test_cn_to_int():
    assert [cn_to_int(x) for x in ["一", "十", "十二", "二十三", "两", "7"]] == [1, 10, 12, 23, 2, 7]


def test_split_sentences_keeps_closing_quotes():
    parts = [s for _, s in split_sentences("他说：“要坚持。”我们同意！好吗？……结束；再见")]
    assert parts == ["他说：“要坚持。”", "我们同意！", "好吗？", "……", "结束；", "再见"]


def test_synthetic_hard_wrapped_gbk_file(tmp_path):
    lines = ["关于推进东西部协作工作", "的讲话", "同志们:",
             "今天,我们在这里召开座谈会,总结交流东西部协作工作经验,研究部署",
             "下一阶段任务。刚才,几位同志作了很好的发言,讲得很实在,我都赞成",
             "同意。下面,我讲三点意见。", "一、提高认识,压实责任", "各级各部门要把协作工作摆上重要议事日程,切实加强组织领导,形",
             "成工作合力。", "谢谢大家!"]
    p = tmp_path / "gbk.txt"
    p.write_bytes("\r\n".join(lines).encode("gbk"))
    d = load_document(str(p))
    assert d.title == "关于推进东西部协作工作的讲话"
    texts = [(s.text, s.line) for s in d.sentences]
    assert texts[1] == ("今天，我们在这里召开座谈会，总结交流东西部协作工作经验，研究部署下一阶段任务。", 4)
    assert ("一、提高认识，压实责任", 7) in texts
    assert ("各级各部门要把协作工作摆上重要议事日程，切实加强组织领导，形成工作合力。", 8) in texts
    assert texts[-1] == ("谢谢大家！", 10)


def test_cli_corpus_show_json(runner):
    from drafter.cli import cli
    r = runner.invoke(cli, ["corpus", "show", seed("000_a57adb3adab37112.txt"), "--json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["kind"] == "speech" and data["title"] is None
    assert data["file"].endswith("000_a57adb3adab37112.txt")
    assert data["sentences"][0] == {**data["sentences"][0], "text": "尊敬的X区长、X主任、各位领导、同志们：", "line": 1}
    assert {"text", "section", "line"} <= set(data["sentences"][5])


def test_cli_corpus_errors(runner, tmp_path):
    from drafter.cli import cli
    r = runner.invoke(cli, ["corpus", "show", "missing.txt"])
    assert r.exit_code == 2 and r.stderr == "Error: missing.txt: no such file\n"
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "ok.txt").write_text("同志们：\n谢谢大家！", encoding="utf-8")
    r = runner.invoke(cli, ["corpus", "stats", str(tmp_path)])
    assert r.exit_code == 0
    assert "Skipped: " in r.stderr and "bin.txt" in r.stderr
    assert "total: 1 files (1 speech, 0 news), 2 sentences" in r.stdout


def _build(tmp_path, text):
    from drafter.text.reader import read_file

    f = tmp_path / "t.txt"
    f.write_text(text, encoding="utf-8")
    from drafter.text.segment import build

    return build(read_file(f))


def test_short_lines_are_headings_only_in_context(tmp_path):
    d = _build(tmp_path, "\n".join([
        "同志们：",
        "今天我们在这里召开座谈会，欢迎各位挂职干部。",
        "2024年5月6日",                                  # a date: dropped
        "记者 王某",                                      # a byline: dropped
        "座谈会现场.jpg",                                 # a caption: dropped
        "借此机会，我讲三点意见：",
        "深受鼓舞，深感温暖",                              # between paragraphs of the points part
        "两地协作开展以来，办成了许多大事难事。",
        "二、倍加珍惜，携手共进",                          # a marker
        "我们将倍加珍惜协作机遇，乘势而上，持续奋斗，在统筹推进各项工作的同时，全面推进乡村",
        "振兴。",
        "最后，我提议，为两地的友谊，为各位的健康，干",
        "杯！",
    ]) + "\n")
    heads = [(s.text, s.line) for s in d.sentences if s.heading]
    assert heads == [("深受鼓舞，深感温暖", 7), ("二、倍加珍惜，携手共进", 9)]
    assert [x["line"] for x in d.dropped if x["reason"] == "short line"] == [3, 4, 5]
    texts = [s.text for s in d.sentences]
    assert "我们将倍加珍惜协作机遇，乘势而上，持续奋斗，在统筹推进各项工作的同时，全面推进乡村振兴。" in texts
    assert texts[-1] == "最后，我提议，为两地的友谊，为各位的健康，干杯！"
    assert d.sentences[-1].line == 12 and "杯！" not in texts


def test_short_line_outside_a_points_part_is_not_a_heading(tmp_path):
    d = _build(tmp_path, "标题在前\n\n4月28日上午，两地召开联席会议。\n会议现场\n刘某说，两地合作成果丰硕。\n")
    assert not any(s.heading for s in d.sentences)
    assert [s.text for s in d.sentences] == ["4月28日上午，两地召开联席会议。", "刘某说，两地合作成果丰硕。"]


def test_a_count_given_after_its_noun_is_said_before_it():
    from drafter.text.cnlang import counts_first
    assert counts_first("澜亭区选派的挂职干部6名、专业技术人才41名") == "澜亭区选派的6名挂职干部、41名专业技术人才"
    assert counts_first("桐屿区选派的医生、教师等专业技术人才28名") == "桐屿区选派的28名医生、教师等专业技术人才"
    assert counts_first("第五批挂职干部9名") == "第五批9名挂职干部"
    assert counts_first("专业技术人才41人和挂职干部3人") == "41名专业技术人才和3名挂职干部"
    for kept in ("蓼汀区选派的第五批9名挂职干部和32名专业技术人才", "挂职干部共9名", ""):
        assert counts_first(kept) == kept
    # who sent them said without 的: the count after the sending (round 65 read 同3名枕溪街道选派驻苘坝镇帮扶干部
    # 见见面 as 成分残缺)
    assert counts_first("枕溪街道选派驻苘坝镇帮扶干部3名") == "枕溪街道选派的3名驻苘坝镇帮扶干部"
    assert counts_first("玘溪区派驻飞地产业园干部11名") == "玘溪区派驻飞地产业园的11名干部"
    assert counts_first("琪湾区驻坝岭镇乡村振兴帮扶工作队5名队员") == "琪湾区驻坝岭镇乡村振兴帮扶工作队5名队员"
