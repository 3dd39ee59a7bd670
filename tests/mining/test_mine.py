import subprocess
import sys
from pathlib import Path

import pytest

from drafter.mining.classify import trained_model
from drafter.text.corpus import load_document
from drafter.mining.mine import classify_doc, mine
from drafter.bank.store import entry_dicts, load_bank, save_bank

from ..conftest import CORPUS, ROOT, seed

NAMES = [ln for ln in (ROOT / "tests" / "data" / "corpus_names.txt").read_text(encoding="utf-8").splitlines()
         if ln and not ln.startswith("#")]


def sections_of(name):
    doc = load_document(seed(name))
    secs = classify_doc(doc, trained_model())
    return {s.text: secs[i] for i, s in enumerate(doc.sentences)}


def test_000_sections():
    got = sections_of("000_a57adb3adab37112.txt")
    assert got["尊敬的X区长、X主任、各位领导、同志们："] == "greeting"
    assert got["在此，我代表X旗四大班子和全旗各族干部群众，向X区长一行，表示诚挚的欢迎和衷心的感谢！"] == "welcome"
    assert got["借此机会，我再表达三个方面的意思："] == "points_intro"
    for h in ("第一、深受鼓舞，深感温暖。", "第二、倍加珍惜，携手共进。", "第三、勠力同心，共促发展。"):
        assert got[h] == "point_heading"
    assert got["谢谢大家！"] == "closing"


def test_001_sections():
    got = sections_of("001_f969f8bd14a34601.txt")
    assert got["一、XX区经济社会发展情况"] == "point_heading"
    assert got["（一）经济持续快速发展。"] == "point_heading"
    assert got["一是进一步加强两地互访交流。"] == "point_heading"
    assert got["愿XX、XX的交往更加紧密，友谊地久天长！"] == "closing"
    assert got["谢谢！"] == "closing"


def test_002_003_news_sections():
    got = sections_of("002_07a4cb1996a617ae.txt")
    lead = next(t for t in got if t.startswith("在脱贫攻坚全面胜利"))
    assert got[lead] == "news_lead"
    assert got["清水县、河北区相关部门负责人参加联席会。"] == "attendance"
    thanks = next(t for t in got if t.startswith("马越垠代表县委"))
    assert got[thanks] == "welcome"
    got = sections_of("003_1530c4c95e66b40c.txt")
    assert got[next(t for t in got if t.startswith("锡林郭勒盟领导周祥伟"))] == "attendance"
    assert got[next(t for t in got if t.startswith("为深入贯彻落实"))] == "news_lead"


def test_004_sections():
    got = sections_of("004_4ccfaf24e3326002.txt")
    assert got["同志们："] == "greeting"
    assert got["首先，我代表X市委、市政府以及全市各族人民，向各位同志的到来表示最诚挚的欢迎和最衷心的感谢！"] == "welcome"
    assert got["借此机会，我向同志们提几点希望，与大家共勉。"] == "points_intro"
    assert got["一、要深刻认识使命，在把握大局中提高政治站位，做政治坚定的“明白人”"] == "point_heading"
    assert got["一是要从战略和全局的高度深化认识。"] == "point_heading"


@pytest.fixture(scope="module")
def bank():
    return load_bank(ROOT / "phrasebank")


def by_text(bank, text):
    return next(p for p in bank.phrases if p.text == text)


def test_slots_and_shapes(bank):
    w = by_text(bank, "在此，我代表〔我方〕四大班子和〔全域〕各族干部群众，向〔对方领导〕一行，表示诚挚的欢迎和衷心的感谢！")
    assert (w.section, w.sides, w.usable) == ("welcome", ["host"], True)
    assert w.sources == [{"file": "corpus/000_a57adb3adab37112.txt", "line": 3, "year": 2019}]
    f = by_text(bank, "借此机会，我再表达〔要点数〕个方面的意思：")
    assert (f.section, f.shape, f.slots) == ("points_intro", "frame", ["points"])
    h = by_text(bank, "深受鼓舞，深感温暖。")
    assert (h.section, h.shape) == ("point_heading", "paired")
    assert by_text(bank, "“两不愁三保障”").section == "formula"
    assert by_text(bank, "“四个不摘”").section == "formula"
    assert by_text(bank, "志合者，不以山海为远！").section == "quote"
    assert by_text(bank, "守望相助").section == "idiom"
    c = by_text(bank, "愿〔地名〕、〔地名〕的交往更加紧密，友谊地久天长！")
    assert (c.section, c.usable) == ("closing", True)


def test_news_is_mined_in_the_speakers_voice(bank):
    p = by_text(bank, "下一步，〔我方〕将不断丰富帮扶形式，切实助力〔对方〕教育、卫生等民生事业实现高质量发展。")
    assert (p.section, p.sides, p.kinds) == ("hopes", ["guest"], ["news"])
    p = by_text(bank, "恳请〔对方〕在消费扶贫、产业合作、劳务输转、人才交流、教育医疗、乡村建设等方面加大对接，不遗余力开展帮扶，在巩固拓展脱贫攻坚成果的基础上全面推进乡村振兴，在新征程上续写〔我方〕高质量发展的精彩篇章。")
    assert p.section == "hopes"


def test_specific_phrases_are_marked(bank):
    meat = [p for p in bank.phrases if "肉牛" in p.text]
    assert meat and all("肉牛" in p.specific for p in meat)
    assert all(not p.usable for p in bank.phrases if "枫林马镇" in p.text)
    assert all(not p.usable for p in bank.phrases if "连续五年" in p.text)


def test_no_usable_phrase_carries_a_corpus_name(bank):
    leaks = [(p.id, n) for p in bank.phrases if p.usable for n in NAMES if n in p.text]
    assert leaks == []
    assert all("X" not in p.text and "〔数量〕" not in p.text or not p.usable or "〔" in p.text
               for p in bank.phrases)


def test_every_section_id_of_the_contract_exists(bank):
    for s in ("greeting", "opening", "welcome", "significance", "overview", "review", "points_intro",
              "point_heading", "point_body", "hopes", "quote", "formula", "closing"):
        assert bank.counts()[s] >= 1, s


def test_committed_bank_is_up_to_date(tmp_path):
    """The committed phrasebank/ is what the miner makes of corpus/ today, byte for byte."""
    r = mine([str(CORPUS)])
    save_bank(tmp_path, entry_dicts(r.entries), r.names, ["corpus"])
    committed = sorted(p.name for p in (ROOT / "phrasebank").glob("*.yaml"))
    assert sorted(p.name for p in tmp_path.glob("*.yaml")) == committed
    for name in committed:
        assert (tmp_path / name).read_bytes() == (ROOT / "phrasebank" / name).read_bytes(), name



def _clear_mining_caches():
    from drafter.mining import deid, names

    names.clear_caches()
    deid._segmented_cache.clear()
    deid._word_reasons.cache_clear()


def test_mining_caches_never_change_the_bank(tmp_path, monkeypatch):
    """Tagged runs, gate verdicts and segmentations are remembered across documents and runs:
    a bank mined cold, warm (after another archive), or with caches of one entry is the same."""
    from drafter.mining import deid, names

    other = tmp_path / "other"
    other.mkdir()
    (other / "a.txt").write_text("尊敬的王书记、李县长：\n县委书记马越垠、县长王有国陪同考察。\n", encoding="utf-8")

    def saved(name):
        r = mine([str(CORPUS)])
        save_bank(tmp_path / name, entry_dicts(r.entries), r.names, ["corpus"])
        return {p.name: p.read_bytes() for p in (tmp_path / name).glob("*.yaml")}

    _clear_mining_caches()
    cold = saved("cold")
    mine([str(other)])
    assert saved("warm") == cold
    _clear_mining_caches()
    monkeypatch.setattr(names, "_CACHE_SIZE", 1)
    monkeypatch.setattr(deid, "_SEGMENTED_SIZE", 1)
    assert saved("tiny") == cold
    assert len(names._cache) <= 1 and len(deid._segmented_cache) <= 1

def test_near_duplicates_merge_and_count_documents(tmp_path):
    a = "同志们：\n我们要坚持优势互补、资源共享、协作共赢，推动两地合作不断取得新成效。\n谢谢大家！\n"
    b = "同志们：\n我们要坚持优势互补、资源共享、协作共赢，推动两地合作不断取得更大成效。\n谢谢大家！\n"
    (tmp_path / "a.txt").write_text(a, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b.encode("gbk"))
    r = mine([str(tmp_path)])
    merged = [e for e in r.entries if "优势互补" in e.text and e.shape != "idiom"]
    assert len(merged) == 1
    assert merged[0].count == 2
    assert sorted(s["file"] for s in merged[0].sources) == [f"{tmp_path.name}/a.txt", f"{tmp_path.name}/b.txt"]
    thanks = [e for e in r.entries if e.text == "谢谢大家！"]
    assert len(thanks) == 1 and thanks[0].count == 2


def test_other_habits_placeholders_and_point_shapes(tmp_path):
    text = ("尊敬的**书记、\n尊敬的xx区长，\n各位领导、同志们:\n"
            "今天,我们怀着喜悦的心情,热烈欢迎**区党政代表团莅临××县考察指导。\n"
            "在此,我代表××县委、县政府,向**书记一行表示热烈的欢迎!\n"
            "下面,我讲三句话。\n第一句话,要提高站位。\n第二句话,要压实责任。\n第三句话,要务求实效。\n"
            "谢谢大家!\n")
    (tmp_path / "s.txt").write_text(text, encoding="utf-8")
    doc = load_document(str(tmp_path / "s.txt"))
    assert doc.sentences[0].text == "尊敬的**书记、尊敬的xx区长，各位领导、同志们："
    r = mine([str(tmp_path / "s.txt")])
    got = {e.text: e.section for e in r.entries}
    assert got["尊敬的〔人名〕书记、尊敬的〔对方领导〕，各位领导、同志们："] == "greeting"
    assert got["在此，我代表〔我方〕委、县政府，向〔人名〕书记一行表示热烈的欢迎！"] == "welcome"
    assert got["下面，我讲〔要点数〕句话。"] == "points_intro"
    assert got["要提高站位。"] == "point_heading"
    assert got["谢谢大家！"] == "closing"


def test_curated_entries_survive_re_mining(tmp_path):
    r = mine([seed("000_a57adb3adab37112.txt")])
    save_bank(tmp_path, entry_dicts(r.entries), r.names, ["000"])
    path = tmp_path / "closing.yaml"
    path.write_text(path.read_text(encoding="utf-8")
                    + "- {id: closing-mine01, text: 祝愿两地友谊长存！, curated: true, count: 0}\n", encoding="utf-8")
    save_bank(tmp_path, entry_dicts(r.entries), r.names, ["000"])
    bank = load_bank(tmp_path)
    assert bank.get("closing-mine01").text == "祝愿两地友谊长存！"
    assert bank.get("closing-mine01").curated


def test_browsing_imports_neither_jieba_nor_sklearn():
    code = ("import sys\nfrom drafter.cli import main\n"
            "for argv in (['drafter','phrases','closing'], ['drafter','phrases','--search','友谊']):\n"
            "    sys.argv = argv\n"
            "    try:\n        main()\n    except SystemExit as e:\n        assert e.code in (0, None), e.code\n"
            "bad = [m for m in ('jieba', 'sklearn', 'scipy', 'numpy') if m in sys.modules]\n"
            "assert not bad, bad\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert "谢谢大家！" in out.stdout and "友谊地久天长" in out.stdout


def test_corpus_show_gives_each_sentence_its_mined_section(runner):
    """The contract: `corpus show --json` gives each sentence the section mining gives it."""
    import json

    from drafter.cli import cli

    r = runner.invoke(cli, ["corpus", "show", seed("000_a57adb3adab37112.txt"), "--json"])
    assert r.exit_code == 0
    sents = json.loads(r.stdout)["sentences"]
    got = {s["text"]: s["section"] for s in sents}
    assert got["尊敬的X区长、X主任、各位领导、同志们："] == "greeting"
    assert got["借此机会，我再表达三个方面的意思："] == "points_intro"
    assert got["志合者，不以山海为远！"] == "quote"
    assert got["谢谢大家！"] == "closing"
    assert all(s["section"] for s in sents)
    # the same sections the bank was mined with: each mined sentence's section holds its text
    bank = load_bank(ROOT / "phrasebank")
    welcome = "在此，我代表X旗四大班子和全旗各族干部群众，向X区长一行，表示诚挚的欢迎和衷心的感谢！"
    assert got[welcome] == "welcome"
    assert any(p.section == "welcome" and p.sources and p.sources[0]["line"] == 3 for p in bank.phrases)
