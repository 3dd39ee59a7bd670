"""Load and validate an event file in one place.

The YAML is composed into nodes (safe loader, no Python objects) and walked once: every value is
checked against the schema below with its line, so a message reads
``event.yaml:12: guest.leaders[0].title: expected text, got a list``. Strings are taken as written
(``no``, ``12:30`` and ``010`` stay text), aliases and non-standard tags are refused, unknown and
duplicate keys are warned about with their line."""
from __future__ import annotations

import datetime as dt
import re
import warnings
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from ..recache import regex
from ..text import cnlang
from ..text.safety import describe, unsafe_char
from ..errors import DrafterWarning, InputError
from ..i18n import _, field_label, field_part, kind_name, side_name, yaml_problem
from .types import KINDS, SIDES, Cooperation, Event, Occasion, Party, Person, Point, Speaker, Visit
from ..resources import data

MAX_BYTES = 1024 * 1024
MAX_NODES = 20000
MAX_DEPTH = 12
MAX_TEXT = 4000
_STD_TAGS = {f"tag:yaml.org,2002:{t}" for t in
             ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")}


class F:
    """One field of the schema: a type name, whether it is required, children or item schema. (A
    plain class: a frozen dataclass's methods are generated from source on every run, 6M
    instructions of a cold start, for a table that is only read.)"""
    __slots__ = ("type", "required", "fields", "item", "choices", "min_items", "max_items")

    def __init__(self, type: str, required: bool = False, fields: dict[str, F] | None = None,
                 item: F | None = None, choices: tuple[str, ...] = (), min_items: int = 0,
                 max_items: int = 1000) -> None:
        self.type = type                   # text | int | date | map | list | choice
        self.required = required
        self.fields = fields               # for map
        self.item = item                   # for list
        self.choices = choices
        self.min_items = min_items
        self.max_items = max_items


TEXT_LIST = F("list", item=F("text"))
PERSON = F("map", fields={"name": F("text", True), "title": F("text"), "address": F("text")})
PARTY = {"name": F("text", True), "short": F("text"), "leaders": F("list", item=PERSON),
         "facts": TEXT_LIST, "industries": TEXT_LIST,
         "area": F("text"), "population": F("text"), "ranks": TEXT_LIST, "remarks": TEXT_LIST}
SCHEMA = F("map", fields={
    "kind": F("choice", True, choices=KINDS),
    "event": F("map", True, fields={"name": F("text", True), "date": F("date", True),
                                    "place": F("text"), "theme": F("text"), "attendees": TEXT_LIST}),
    "speaker": F("map", fields={"name": F("text"), "title": F("text"),
                                "side": F("choice", choices=SIDES)}),
    # (the receiving side's own delegation when it is the visitor, on its helper's ground: 受援方到东部)
    "host": F("map", True, fields={**PARTY, "delegation": F("text")}),
    "guest": F("map", True, fields={**PARTY, "delegation": F("text")}),
    "cooperation": F("map", fields={"since": F("int"), "areas": TEXT_LIST, "facts": TEXT_LIST,
                                    "donation": F("text"), "cadres": F("text")}),
    "visit": F("map", fields={"sites": TEXT_LIST, "signings": TEXT_LIST}),
    "answers": PERSON,
    "plans": TEXT_LIST,
    "asks": TEXT_LIST,
    "points": F("list", item=F("map", fields={"heading": F("text"), "topic": F("text"),
                                              "body": F("text")}), min_items=1, max_items=6),
    "audience": TEXT_LIST,
    "length": F("int"),
    "seed": F("int"),                      # the chosen wording (drafter serve saves it)
})
DEFAULT_SIDE = {"welcome": "host", "reply": "guest", "symposium": "host", "news": "host",
                "toast": "host"}


class _Walker:
    def __init__(self, path: str) -> None:
        self.path = path
        self.nodes = 0
        lang = data("event")
        self.aliases: dict[str, str] = lang["aliases"]
        self.lines: dict[str, int] = {}      # field → line of its key, for messages after parsing
        self.value_aliases: dict[str, str] = {**lang["sides"], **lang["kinds"]}

    def fail(self, node: yaml.Node | None, field: str, problem: str) -> InputError:
        line = node.start_mark.line + 1 if node is not None else None
        return InputError(problem, path=self.path, line=line, field=field or None)

    def walk(self, node: yaml.Node, schema: F, field: str, depth: int = 0,
             key: yaml.Node | None = None) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES or depth > MAX_DEPTH:
            raise self.fail(node, field, _("the file is nested too deeply or is too large for an event file"))
        if node.tag not in _STD_TAGS:
            raise self.fail(node, field, _("the tag {tag} is not allowed in an event file").format(tag=node.tag))
        if schema.type == "map":
            return self._map(node, schema, field, depth, key)
        if schema.type == "list":
            return self._list(node, schema, field, depth)
        if not isinstance(node, yaml.ScalarNode):
            raise self.fail(node, field, _("expected {what}, got {found}").format(
                what=_describe(schema), found=_kind_of(node)))
        return self._scalar(node, schema, field)

    def _map(self, node: yaml.Node, schema: F, field: str, depth: int,
             key_node_of_map: yaml.Node | None = None) -> dict[str, Any]:
        if not isinstance(node, yaml.MappingNode):
            if schema is PERSON and isinstance(node, yaml.ScalarNode):
                name, title = _split_person(node.value)
                raise self.fail(node, field, _("expected a mapping of fields, got {found}; write each person "
                                               "on a line of their own, with name and title: "
                                               "- {{name: {name}, title: {title}}}").format(
                                                   found=_kind_of(node), name=name, title=title))
            raise self.fail(node, field, _("expected a mapping of fields, got {found}").format(found=_kind_of(node)))
        fields = schema.fields or {}
        out: dict[str, Any] = {}
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise self.fail(key_node, field, _("a key must be plain text"))
            raw_key = key_node.value
            key = self.aliases.get(raw_key, raw_key)
            sub = f"{field}.{key}" if field else key
            line = key_node.start_mark.line + 1
            if key in seen:
                warnings.warn(_warning(self.path, line, sub, _("duplicate key (first on line {first}); "
                                                               "the later value is used").format(first=seen[key])),
                              DrafterWarning, stacklevel=2)
            seen[key] = line
            self.lines.setdefault(sub, line)
            if key not in fields:
                import difflib

                hint = difflib.get_close_matches(key, list(fields), n=1)
                problem = (_("unknown key, ignored (did you mean '{key}'?)").format(key=hint[0]) if hint
                           else _("unknown key, ignored"))
                warnings.warn(_warning(self.path, line, sub, problem), DrafterWarning, stacklevel=2)
                continue
            out[key] = self.walk(value_node, fields[key], sub, depth + 1, key_node)
        for key, f in fields.items():
            if f.required and out.get(key) in (None, "", [], {}):
                sub = f"{field}.{key}" if field else key
                # point at the line that opens this mapping (event:), not at its first child
                # TRANSLATORS: {key} is the missing key as the reader calls it, to name it after {where}
                problem = _("{field}: required field missing (in {where})").format(
                    field=field_label(sub), where=field_label(field, quoted=False) if field else _("the file"),
                    key=field_part(sub))
                at = key_node_of_map or node
                raise InputError(problem, path=self.path, line=at.start_mark.line + 1, field=sub, named=True)
        return out

    def _list(self, node: yaml.Node, schema: F, field: str, depth: int) -> list[Any]:
        if isinstance(node, yaml.ScalarNode) and schema.item and schema.item.type == "text" \
                and node.tag.endswith(":str") and node.value.strip():
            return [node.value.strip()]          # a single text where a list is expected
        if not isinstance(node, yaml.SequenceNode):
            if schema.item is PERSON and isinstance(node, yaml.ScalarNode) and node.value.strip():
                name, title = _split_person(node.value)          # leaders: 区委书记邵启衡
                raise self.fail(node, field, _("expected a list, got {found}; write each person on a line of "
                                               "their own, with name and title: - {{name: {name}, title: {title}}}")
                                .format(found=_kind_of(node), name=name, title=title))
            raise self.fail(node, field, _("expected a list, got {found}").format(found=_kind_of(node)))
        n = len(node.value)
        if not schema.min_items <= n <= schema.max_items:
            raise self.fail(node, field, _("expected {low} to {high} items, got {n}").format(
                low=schema.min_items, high=schema.max_items, n=n))
        assert schema.item is not None
        items = [self.walk(v, schema.item, f"{field}[{i}]", depth + 1) for i, v in enumerate(node.value)]
        for i, (v, item) in enumerate(zip(node.value, items)):
            if item is None or item == "":
                raise self.fail(v, f"{field}[{i}]", _("empty item (delete the line or fill it in)"))
        return items

    def _scalar(self, node: yaml.ScalarNode, schema: F, field: str) -> Any:
        raw, tag = node.value, node.tag.rsplit(":", 1)[-1]
        if tag == "null" and raw in ("", "~", "null", "Null", "NULL"):
            if schema.required:
                raise self.fail(node, field, _("required field is empty"))
            return None
        if schema.type == "text":
            if len(raw) > MAX_TEXT:
                raise self.fail(node, field, _("text longer than {n} characters").format(n=MAX_TEXT))
            # a point's body may run over lines; a name, title or place is one line
            bad = unsafe_char(raw.strip(), newline=not field.endswith(".body"))
            if bad is not None:
                raise self.fail(node, field, _("contains the character {char}, which must not reach "
                                               "a speech; delete it").format(char=describe(bad[1])))
            return raw.strip()
        if schema.type == "choice":
            value = self.value_aliases.get(raw.strip(), raw.strip())
            if value not in schema.choices:
                raise self.fail(node, field, _("must be one of {choices}, got '{value}'").format(
                    choices=_choices(schema.choices), value=raw))
            return value
        if schema.type == "int":
            if tag == "bool" or not _WHOLE_NUMBER_RE.fullmatch(raw.strip()):
                raise self.fail(node, field, (_("expected a whole number, got '{value}' (YAML reads yes/no/on/off "
                                               "as true/false)") if tag == "bool" else
                                             _("expected a whole number, got '{value}'")).format(value=raw))
            return int(raw)
        if schema.type == "date":
            day = cnlang.parse_date(raw)
            if day is None:
                raise self.fail(node, field, _("expected a date such as 2026-04-28, got '{value}'").format(value=raw))
            return day
        raise AssertionError(schema.type)  # pragma: no cover


def _describe(f: F) -> str:
    if f.type == "choice":
        return _("one of {choices}").format(choices=_choices(f.choices))
    return {"text": _("text"), "int": _("a whole number"),
            "date": _("a date such as 2026-04-28")}.get(f.type, f.type)


def _choices(choices: tuple[str, ...]) -> str:
    """welcome, reply, … in English; in Chinese each with the word a writer may type instead."""
    names = {**{v: k for k, v in data("event")["kinds"].items()}, "host": "东道方", "guest": "来访方"}
    sep = _(", ")                                   # TRANSLATORS: between the choices of a list
    # TRANSLATORS: one choice of a list; {name} is the word a writer may type for it
    shown = [_("{choice}").format(choice=c, name=names.get(c, c)) for c in choices]
    return sep.join(shown)


def _kind_of(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return _("a mapping")
    if isinstance(node, yaml.SequenceNode):
        return _("a list")
    return _("'{value}'").format(value=node.value)


def _warning(path: str, line: int, field: str, problem: str) -> str:
    return InputError(problem, path=path, line=line, field=field).format()


def _split_person(text: str) -> tuple[str, str]:
    """'区委书记邵启衡' → ('邵启衡', '区委书记'), to show a writer the form wanted in their own words
    (a title ends with one of language.yaml's short titles; a name has two to four characters)."""
    parts = [p for p in re.split(r"[\s,，、:：]+", text.strip()) if p]
    shorts = data("language")["short_titles"]

    def titled(t: str) -> bool:
        return any(t.endswith(x) for x in shorts)

    if len(parts) == 2:
        a, b = parts
        if titled(a) and not titled(b):
            return b, a
        if titled(b):
            return a, b
    whole = "".join(parts)
    for i in range(len(whole) - 2, 0, -1):             # title first: 区委书记邵启衡
        if titled(whole[:i]) and 2 <= len(whole) - i <= 4:
            return whole[i:], whole[:i]
    for k in (3, 2, 4):                                # name first: 邵启衡区委书记
        if len(whole) > k and titled(whole[k:]):
            return whole[:k], whole[k:]
    return _("name"), _("title")


try:
    _Composer: Any = yaml.CSafeLoader      # libyaml: fast, and composing never expands aliases
except AttributeError:  # pragma: no cover
    _Composer = yaml.SafeLoader


MAX_NESTING = 100  # before parsing: libyaml itself crashes at tens of thousands
_WHOLE_NUMBER_RE = regex(r"[+]?\d{1,7}")
_BRACKETS_RE = regex(r"[\[\]{}\n]")
_BLOCK_RE = regex(r"[ \t]*(?:-[ \t]+)*")


def _refuse_deep_nesting(text: str, path: str) -> None:
    """libyaml composes nested collections recursively in C: tens of thousands of levels crash the
    process. An event file nests four levels; refuse more than MAX_NESTING before parsing (brackets
    inside quoted text count too, which only makes the bound safer)."""
    depth, line = 0, 1
    for m in _BRACKETS_RE.finditer(text):
        ch = m.group(0)
        if ch == "\n":
            line += 1
        elif ch in "[{":
            depth += 1
            if depth > MAX_NESTING:
                raise InputError(_("nested more than {n} levels deep (an event file needs four)").format(
                    n=MAX_NESTING), path=path, line=line)
        else:
            depth = max(0, depth - 1)
    for n, ln in enumerate(text.split("\n"), 1):
        lead = _BLOCK_RE.match(ln).group(0)            # indentation and "- - -" both open levels
        if len(lead) > 2 * MAX_NESTING:
            raise InputError(_("nested more than {n} levels deep (an event file needs four)").format(
                n=MAX_NESTING), path=path, line=n)


def _keys(in_list: bool = False) -> frozenset[str]:
    """The keys of event files and their Chinese aliases; with ``in_list``, those that begin an
    item of a list (- 姓名: …, - 标题: …): a list of texts may well hold “成效：……”."""
    aliases = data("event")["aliases"]
    names: set[str] = set()

    def walk(f: F, item: bool) -> None:
        for k, sub in (f.fields or {}).items():
            if item or not in_list:
                names.add(k)
            walk(sub, False)
        if f.item:
            walk(f.item, True)
    walk(SCHEMA, False)
    return frozenset(names | {a for a, k in aliases.items() if k in names})


# a key before a full-width colon: at the start of a line (- 姓名：…), or inside a flow mapping ({姓名：…})
_FULL_COLON = r"(^[ \t]*(?:-[ \t]+)?|[{,][ \t]*)([^\s:#'\"{}\[\],：-][^:#'\"{}\[\],：]*?)[ \t]*："


_KEY_AT_START_RE = regex(r"([ \t\u3000]*)(-[ \t\u3000]+)?([^\s:：#'\"{}\[\],-][^\s:：#'\"{}\[\],]*)[ \t]*([:：])(\S?)")
_CN_COMMA_KEY = r"，[ \t]*([^\s:：#'\"{}\[\],，]+)[ \t]*[:：][ \t]"
# the two above are compiled (re's cache) only for a line that holds a ： or a ，{ — rare


def _typing_slips(text: str, path: str) -> None:
    """The slips a writer makes in a text editor, found before the YAML parser (which reports them
    as something else, often on another line), each at its own line: a key followed by a
    full-width colon (``类型：welcome``) or by no space (``名称:协作会议``), indentation with
    full-width spaces, a Chinese comma between the fields of ``{name: …，title: …}``."""
    keys, item_keys = _keys(), _keys(in_list=True)
    for n, line in enumerate(text.split("\n"), 1):
        if line.lstrip(" \t\u3000").startswith("#"):
            continue
        m = _KEY_AT_START_RE.match(line)
        if m and m.group(3) in (item_keys if m.group(2) else keys):
            indent, key, colon, after = m.group(1) + (m.group(2) or ""), m.group(3), m.group(4), m.group(5)
            if "\u3000" in indent:
                raise InputError(_("the indentation uses full-width spaces; use ordinary (half-width) "
                                   "spaces"), path=path, line=n)
            if colon == ":" and after and after != "#":
                raise InputError(_("put a space after the colon of {key}: write “{key}: …”").format(key=key),
                                 path=path, line=n)
        if "：" in line:
            for m in re.finditer(_FULL_COLON, line):
                lead, key = m.group(1), m.group(2).strip()
                if lead.strip()[:1] in ("{", ","):
                    opened = [c for c in re.sub(r"\[[^\[\]{}]*\]|\{[^\[\]{}]*\}", "", line[: m.start() + 1])
                              if c in "[{"]
                    if not opened or opened[-1] != "{":
                        continue                   # a comma inside a list of texts: [成效：…, 情况：…]
                if key in (item_keys if "-" in lead else keys):
                    raise InputError(_("uses the Chinese colon “：” after {key}; write the English colon “:” "
                                       "(followed by a space)").format(key=key), path=path, line=n)
        if "，" in line and "{" in line:
            for m in re.finditer(_CN_COMMA_KEY, line):
                if m.group(1) in keys:
                    raise InputError(_("uses the Chinese comma “，” before {key}; separate the fields in "
                                       "{{…}} with the English comma “,”").format(key=m.group(1)),
                                     path=path, line=n)


def _compose(text: str, path: str) -> yaml.Node | None:
    _refuse_deep_nesting(text, path)
    _typing_slips(text, path)
    loader = _Composer(text)
    try:
        return loader.get_single_node()
    except yaml.YAMLError as err:
        problem, line = yaml_problem(err, text)
        raise InputError(problem, path=path, line=line) from err
    finally:
        loader.dispose()


def _refuse_aliases(root: yaml.Node, path: str) -> None:
    """An alias is the same node met twice. Event files never need one, and refusing the first
    repeat stops a "billion laughs" file before anything is expanded (composing shares nodes)."""
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, yaml.Node | None]] = [(root, None)]
    while stack:
        node, key = stack.pop()
        if id(node) in seen:
            line = (key or node).start_mark.line + 1
            raise InputError(_("YAML aliases (*name) are not allowed in an event file"), path=path, line=line)
        seen.add(id(node))
        if len(seen) > MAX_NODES:
            raise InputError(_("too many values for an event file"), path=path, line=1)
        if isinstance(node, yaml.MappingNode):
            stack.extend((v, k) for k, v in reversed(node.value))
            stack.extend((k, None) for k, _ in reversed(node.value))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((v, key) for v in reversed(node.value))


def parse_event(text: str, path: str = "<event>") -> Event:
    """Validate event text and return the complete :class:`Event` (raises :class:`InputError`)."""
    root = _compose(text, path)
    if root is None:
        raise InputError(_("the file is empty; start from `drafter new welcome`"), path=path, line=1)
    _refuse_aliases(root, path)
    walker = _Walker(path)
    raw = walker.walk(root, SCHEMA, "")
    kind = raw["kind"]
    if kind != "news" and not raw.get("speaker"):
        raise walker.fail(root, "speaker", _("required for a {kind} (only news has no speaker)").format(kind=kind_name(kind)))
    since = (raw.get("cooperation") or {}).get("since")
    if since is not None and since > raw["event"]["date"].year:
        raise InputError(_("the pairing cannot start in {since}, after the occasion's date ({date})")
                         .format(since=since, date=raw["event"]["date"].isoformat()), path=path,
                         line=walker.lines.get("cooperation.since"), field="cooperation.since")
    # (a place's name of one character, 材, is no place: said as 我县 it took 中药材 apart, a property test's event)
    for side in ("host", "guest"):
        for key in ("name", "short"):
            value = (raw.get(side) or {}).get(key)
            if value is not None and len(value.strip()) < 2:
                field = f"{side}.{key}"
                raise InputError(_("a place's name has at least two characters, got “{value}”").format(value=value),
                                 path=path, line=walker.lines.get(field), field=field)
    ev = visit_of_the_helped(replace(_build(raw, path), lines=walker.lines))
    check_side(ev)
    _check_texts(raw, path, walker.lines, ev.event.date)
    return ev


def visit_of_the_helped(ev: Event) -> Event:
    """The receiving side's visit to its helper (…党政代表团赴…考察对接, 答谢座谈会 in the east) as drafting knows
    every event: the receiving side its host, the helping side its guest, ``away`` set. A file may write the
    side that hosts the occasion as its host: when the cooperation's facts say that side helps the other
    (鄫河区累计投入蓍川县…), the sides are turned round and the speaker keeps its own. A file that writes the
    receiving side as host says the visit by its kind: a reply by the host's side (or a welcome by the
    guest's) is spoken where the occasion is, on the helper's ground, when its place or name puts it there."""
    if _helper_hosts(ev):
        flip = {"host": "guest", "guest": "host"}
        ev = replace(ev, host=ev.guest, guest=ev.host, away=True, turned=True,
                     speaker=replace(ev.speaker, side=flip[ev.speaker.side]))
    # (…and the helper's toast at home to the receiving side come to its place: moves.yaml toast-away-guest, session
    # 22's events)
    needed = data("event")["kind_sides"].get(ev.kind)
    off_side = bool(needed) and ev.speaker.side != needed or ev.kind == "toast" and ev.speaker.side == "guest"
    if off_side and not ev.away and _at_guests(ev):
        ev = replace(ev, away=True)
    return ev


def file_field(ev: Event, field: str) -> str:
    """A field of the drafted event as its file names it: host.… and guest.… swapped where the sides were
    turned round (``visit_of_the_helped``)."""
    if not ev.turned:
        return field
    return re.sub(r"\b(host|guest)(?=\.|$|[^a-z])", lambda m: {"host": "guest", "guest": "host"}[m[1]], field)


def _helper_hosts(ev: Event) -> bool:
    """Whether the event's facts name its host as the side that helps the guest: a clause that opens on
    the host (after its time) with a verb of helping and names the guest after it, and none the other way."""
    words = data("event")["helping"]
    verbs = "|".join(map(re.escape, words["verbs"]))

    def helps(a: Party, b: Party) -> bool:
        names = "|".join(re.escape(x) for x in {a.name, a.short} if x)
        others = tuple(x for x in {b.name, b.short} if x)
        if not names or not others:
            return False
        said = re.compile(rf"^(?:[^，；。]{{0,10}}(?:以来|年))?(?:{names})[^，；。]{{0,6}}?(?:{verbs})")
        return any(said.match(c) and any(o in c for o in others)
                   for f in ev.cooperation.facts for c in re.split("[，；。]", f) if c)
    return helps(ev.host, ev.guest) and not helps(ev.guest, ev.host)


def _at_guests(ev: Event) -> bool:
    """Whether the occasion is on the guest's ground by its place (鄫河区行政中心) or its name (…赴鄫河区…)."""
    names = tuple(x for x in {ev.guest.name, ev.guest.short} if x)
    place, name = ev.event.place, ev.event.name
    if place and place.startswith(names) and not any(x and x in place for x in (ev.host.short, ev.host.name)):
        return True
    return any(f"{w}{x}" in name for w in data("event")["helping"]["to_words"] for x in names)


def check_side(ev: Event) -> None:
    """The contract's kinds that belong to one side: a welcome is the host's, a reply the guest's (the
    visitors'), save on the helper's own ground (``away``), where the receiving side's delegation replies."""
    needed = data("event")["kind_sides"].get(ev.kind)
    if needed and ev.speaker.side != needed and not ev.away:
        raise InputError(_("a {kind} is spoken by the {needed} side, not the {side} side "
                           "(see `drafter new {kind}`)").format(kind=kind_name(ev.kind), needed=side_name(needed), side=side_name(ev.speaker.side)),
                         path=ev.source,
                         line=ev.lines.get("speaker.side") or ev.lines.get("speaker"), field="speaker.side")


# rules about a whole speech, not about one field's text
_WHOLE_TEXT_RULES = ("numbering", "points-count", "repeated-sentence")


def _strings(value: Any, field: str) -> Any:
    if isinstance(value, str):
        yield field, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, f"{field}.{k}" if field else k)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _strings(v, f"{field}[{i}]")


def _check_texts(raw: dict[str, Any], path: str, lines: dict[str, int], day: dt.date) -> None:
    """The lint rules a draft must pass, on each text of the event: a placeholder, a traditional
    character or a retired formula typed into the file would reach the draft verbatim, so it is
    reported here against its field and line (exit 2), not later as a failed draft."""
    from ..checking.rules import check_text
    from ..checking.lint import formula_findings

    for field, text in _strings(raw, ""):
        found = [f for f in check_text(text, whole=False) + formula_findings(text, day)
                 if f.severity == "error" and f.rule not in _WHOLE_TEXT_RULES]
        if found:
            f = found[0]
            key = field
            while key and key not in lines:          # a list item: the line of its list's key
                key = re.sub(r"(\[\d+\]|\.[^.\[]+)$", "", key)
            problem = _("{message} (write {fix})").format(message=f.message, fix=f.fix) \
                if f.fix and f.fix not in f.message else f.message
            raise InputError(problem, path=path, line=lines.get(key), field=field)


def load_event(path: str | Path) -> Event:
    """Read and validate an event file."""
    from ..errors import ReadError
    from ..text.reader import decode_bytes, read_bytes

    name = str(path)
    data_ = read_bytes(path, MAX_BYTES, _("an event file"))
    try:          # like a corpus file: a BOM (UTF-8, UTF-16), else UTF-8, else GB18030/GBK (Notepad's ANSI)
        text = data_.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = ""
    try:
        text = text or decode_bytes(data_, name)[0]
    except ReadError as err:
        line = None
        try:
            data_.decode("utf-8")
        except UnicodeDecodeError as bad:
            line = data_[: bad.start].count(b"\n") + 1
        raise InputError(_("is neither UTF-8 nor GBK text (save the file as UTF-8 or GBK)"), path=name,
                         line=line) from err
    return parse_event(text, name)


def _title(text: str) -> str:
    """A title as a list of posts: 、 between them, as writers also type ，(津滢市援疆前方指挥部总指挥，托克拜县委
    常务副书记 read as two people in a report's lead, round 49)."""
    return re.sub(r"\s*[，,]\s*", "、", text.strip())


def _person(d: dict[str, Any]) -> Person:
    title = _title(d.get("title") or "")
    return Person(d["name"], title, d.get("address") or cnlang.address(d["name"], title))


def _called_as(p: Person, audience: tuple[str, ...]) -> Person:
    """A leader whose name opens on a compound surname (乐正, 单于) addressed by its first character when the
    audience calls them so (乐正琛, 区委常委、副区长, and 乐区长 in the audience: 乐正副区长 was greeted, round 94's 666)."""
    two = cnlang.surname(p.name)
    post = cnlang.short_title(p.title)
    if len(two) != 2 or len(post) < 2 or not any(a.startswith(p.name[0]) and not a.startswith(two)
                                                 and a.endswith(post[-2:]) for a in audience):
        return p
    return replace(p, address=p.name[0] + post)


def _party(d: dict[str, Any]) -> Party:
    name = d["name"]
    return Party(name=name, short=d.get("short") or cnlang.short_name(name),
                 leaders=tuple(_person(x) for x in d.get("leaders") or ()),
                 facts=tuple(x for x in d.get("facts") or () if x),
                 industries=tuple(x for x in d.get("industries") or () if x),
                 delegation=d.get("delegation") or "", area=d.get("area") or "",
                 population=d.get("population") or "",
                 ranks=tuple(x for x in d.get("ranks") or () if x),
                 remarks=tuple(x for x in d.get("remarks") or () if x))


def _gift_only(donation: str, host: Party, guest: Party) -> str:
    """A donation as the gift itself: one written with its giver and verb (曈溪区捐赠帮扶资金1200万元, 向…捐赠…)
    is said by the drafts as the giver's gift already, and was said twice (曈溪区为我们送来了曈溪区捐赠帮扶资金
    1200万元: session 20's events)."""
    verbs = "|".join(map(re.escape, data("language")["gift"]["verbs"]))
    sides = "|".join(re.escape(x) for x in sorted({host.name, host.short, guest.name, guest.short} - {""}, key=len,
                                                   reverse=True))
    m = re.match(rf"(?:{sides})?(?:向(?:{sides}))?(?:{verbs})了?", donation) if sides else None
    rest = donation[m.end():] if m and m.end() else donation
    return rest if rest and m and m.end() and re.search(r"\d|[一二三四五六七八九十百千万]", rest) else donation


def _build(raw: dict[str, Any], path: str) -> Event:
    ev = raw["event"]
    sp = raw.get("speaker") or {}
    co = raw.get("cooperation") or {}
    kind = raw["kind"]
    points = []
    for i, p in enumerate(raw.get("points") or ()):
        if not any(p.get(k) for k in ("heading", "topic", "body")):
            raise InputError(_("a point needs a heading, a topic or a body"), path=path,
                             field=f"points[{i}]")
        points.append(Point(p.get("heading") or "", p.get("topic") or "", p.get("body") or ""))
    host, guest = _party(raw["host"]), _party(raw["guest"])
    audience = tuple(raw.get("audience") or ())
    host, guest = (replace(p, leaders=tuple(_called_as(x, audience) if not (d or {}).get("address") else x
                                          for x, d in zip(p.leaders, (raw[side] or {}).get("leaders") or ())))
                   for p, side in ((host, "host"), (guest, "guest")))
    answers = _person(raw["answers"]) if raw.get("answers") else None
    if answers and (raw["answers"] or {}).get("address"):
        # (one person, one address: 尊敬的拓琰山主任 in the greeting and 拓主任 in the next line, the address given
        # only under answers, session 21's events)
        def same(p: Person) -> Person:
            return replace(p, address=answers.address) if p.name == answers.name else p
        host = replace(host, leaders=tuple(map(same, host.leaders)))
        guest = replace(guest, leaders=tuple(map(same, guest.leaders)))
    length = raw.get("length")
    if length is not None and not 100 <= length <= 20000:
        raise InputError(_("length must be between 100 and 20000 characters, got {n}").format(n=length),
                         path=path, field="length")
    return Event(
        kind=kind,
        event=Occasion(ev["name"], ev["date"], ev.get("place") or "", ev.get("theme") or "",
                       tuple(ev.get("attendees") or ())),
        host=host, guest=guest,
        speaker=Speaker(sp.get("name") or "", _title(sp.get("title") or ""), sp.get("side") or DEFAULT_SIDE[kind]),
        cooperation=Cooperation(co.get("since"), tuple(co.get("areas") or ()),
                                tuple(co.get("facts") or ()), _gift_only(co.get("donation") or "", host, guest),
                                co.get("cadres") or ""),
        points=tuple(points), audience=tuple(raw.get("audience") or ()), length=length, source=path,
        visit=Visit(tuple((raw.get("visit") or {}).get("sites") or ()),
                    tuple((raw.get("visit") or {}).get("signings") or ())),
        answers=answers,
        plans=tuple(raw.get("plans") or ()), asks=tuple(raw.get("asks") or ()))


def starter_text(kind: str) -> str:
    """A fully commented event file of ``kind`` to start from (``templates/events/starter.yaml``)."""
    from ..resources import templates_dir

    text = (templates_dir() / "events" / "starter.yaml").read_text(encoding="utf-8")
    side = "guest" if kind == "reply" else "host"
    length = {"welcome": "length: 1500", "reply": "length: 1400", "symposium": "length: 1300"}.get(
        kind, "# length: 1500")
    return text.format(kind=kind, side=side, length=length)


def schema_json() -> dict[str, Any]:
    """A JSON Schema (draft-07) of the event file, for editors."""
    def conv(f: F) -> dict[str, Any]:
        if f.type == "map":
            fields = f.fields or {}
            return {"type": "object", "additionalProperties": False,
                    "properties": {k: conv(v) for k, v in fields.items()},
                    "required": [k for k, v in fields.items() if v.required]}
        if f.type == "list":
            assert f.item is not None
            out: dict[str, Any] = {"type": "array", "items": conv(f.item)}
            if f.min_items:
                out["minItems"] = f.min_items
            if f.max_items < 1000:
                out["maxItems"] = f.max_items
            return out
        return {"text": {"type": "string"}, "int": {"type": "integer"},
                "date": {"type": "string", "format": "date"},
                "choice": {"type": "string", "enum": list(f.choices)}}[f.type]
    schema = conv(SCHEMA)
    schema.update({"$schema": "http://json-schema.org/draft-07/schema#",
                   "title": "drafter event file"})
    return schema

