"""The form and the event file: how a writer's typing becomes an event, and an event file the form.

``canonical`` turns a loaded event file (Chinese or English keys) into the contract's English keys,
keeping every value, including keys the form does not show, so open → save loses nothing.
``normalise`` accepts what writers type: a final 。 on a fact, 「1500字」, 「2021年」, leaders as
「姓名 职务」, 「姓名，职务」 or 「职务姓名」; ``readings`` gives how each leader line was read, for the page to show."""
from __future__ import annotations

import copy
import datetime as dt
import re
from typing import Any

from ..resources import data

FACT_FIELDS = (("host", "facts"), ("guest", "facts"), ("cooperation", "facts"),
               ("host", "industries"), ("guest", "industries"), ("cooperation", "areas"), ("audience",),
               ("host", "ranks"), ("guest", "ranks"), ("visit", "sites"), ("visit", "signings"),
               ("host", "remarks"), ("guest", "remarks"))
END_PUNCT = "。；;，,、 \t"
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
# a title word a leader's title ends with (职务姓名: 区委书记陈志强 → 区委书记 + 陈志强)
TITLE_END = re.compile(r"^(.*?(?:书记|县长|区长|市长|旗长|州长|省长|镇长|乡长|主任|主席|部长|局长|厅长|处长|"
                       r"科长|组长|队长|委员|秘书长|巡视员|调研员|院长|校长|行长|经理|董事长|总裁|专员|"
                       r"指挥长|政委|副\S{1,4}))([\u4e00-\u9fff·]{2,5})$")
IS_TITLE = re.compile(r"(书记|长|主任|主席|委员|巡视员|调研员|经理|总裁|专员|政委)$")
LEADER_SPLIT = re.compile(r"\s*[，,：:；;/|]\s*|\s+")


def canonical(value: Any) -> Any:
    """An event as loaded from YAML with the contract's English keys and plain JSON values."""
    lang = data("event")
    aliases: dict[str, str] = lang["aliases"]
    values: dict[str, str] = {**lang["sides"], **lang["kinds"]}

    def walk(v: Any, key: str | None = None) -> Any:
        if isinstance(v, dict):
            return {aliases.get(str(k), str(k)): walk(x, aliases.get(str(k), str(k))) for k, x in v.items()}
        if isinstance(v, list):
            return [walk(x) for x in v]
        if isinstance(v, (dt.date, dt.datetime)):
            return v.isoformat()[:10]
        if isinstance(v, str) and key in ("kind", "side"):
            return values.get(v.strip(), v)
        return v

    return walk(value)


def cn_number(text: str) -> int | None:
    """'1500', '1,500', '一千五百', '一千五' → 1500; None when it is not a number."""
    t = text.replace(",", "").replace("，", "").strip()
    if t.isdigit():
        return int(t)
    if not t or any(c not in CN_DIGITS and c not in CN_UNITS for c in t):
        return None
    total, section, num, last_unit = 0, 0, 0, 1
    for c in t:
        if c in CN_DIGITS:
            num = CN_DIGITS[c]
        else:
            unit = CN_UNITS[c]
            if unit == 10000:
                total += (section + num) * unit
                section, num = 0, 0
            else:
                section += (num or 1) * unit
                num = 0
            last_unit = unit
    if num and last_unit >= 100 and t[-1] in CN_DIGITS:     # 一千五 = 1500, 三万二 = 32000
        num *= last_unit // 10
    return total + section + num


def _whole(raw: Any, suffixes: str) -> Any:
    """'1500字', '约1500字', '2021年' → int; anything else unchanged (the schema then says why)."""
    if not isinstance(raw, str):
        return raw
    t = raw.strip()
    t = re.sub(r"^(约|大约|左右)", "", t)
    t = re.sub(rf"\s*[{suffixes}]?\s*(左右)?$", "", t)
    n = cn_number(t)
    return raw if n is None else n


def leader(line: str) -> dict[str, str]:
    """One leader line as {name, title}: 「姓名 职务」, 「姓名，职务」 or 「职务姓名」."""
    text = line.strip().strip(END_PUNCT)
    parts = [p for p in LEADER_SPLIT.split(text, maxsplit=1) if p]
    if len(parts) == 2:
        a, b = parts
        if IS_TITLE.search(a) and not IS_TITLE.search(b) and len(b) <= 5:     # 「区委书记 陈志强」
            return {"name": b, "title": a}
        return {"name": a, "title": b}
    m = TITLE_END.match(text)
    if m and m.group(1) and len(m.group(2)) <= 4:
        return {"name": m.group(2), "title": m.group(1)}
    return {"name": text}


def normalise(event: dict[str, Any]) -> dict[str, Any]:
    """The event with writers' ways of typing turned into the contract's (a new object)."""
    ev = copy.deepcopy(event)
    for path in FACT_FIELDS:
        parent: Any = ev
        for key in path[:-1]:
            parent = parent.get(key) if isinstance(parent, dict) else None
        if isinstance(parent, dict) and isinstance(parent.get(path[-1]), list):
            parent[path[-1]] = [x.strip().rstrip(END_PUNCT) if isinstance(x, str) else x
                                for x in parent[path[-1]]]
    if "length" in ev:
        ev["length"] = _whole(ev["length"], "字")
    co = ev.get("cooperation")
    if isinstance(co, dict) and "since" in co:
        co["since"] = _whole(co["since"], "年")
    for side in ("host", "guest"):
        party = ev.get(side)
        if isinstance(party, dict) and isinstance(party.get("leaders"), list):
            out = []
            for p in party["leaders"]:
                if isinstance(p, dict) and isinstance(p.get("name"), str) and not p.get("title"):
                    p = {**p, **leader(p["name"])}
                elif isinstance(p, str):
                    p = leader(p)
                out.append(p)
            party["leaders"] = out
    person = ev.get("answers")
    if isinstance(person, dict) and isinstance(person.get("name"), str) and not person.get("title"):
        ev["answers"] = {**person, **leader(person["name"])}
    return ev


def readings(ev: Any) -> dict[str, list[dict[str, str]]]:
    """How each leader line was read, from the validated event (name, title, address derived)."""
    out = {f"{side}.leaders": [{"name": p.name, "title": p.title, "address": p.address}
                               for p in getattr(ev, side).leaders] for side in ("host", "guest")}
    answers = getattr(ev, "answers", None)          # an optional field of the drafts branch
    if answers is not None and getattr(answers, "name", ""):
        out["answers"] = [{"name": answers.name, "title": answers.title, "address": answers.address}]
    return out
