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
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from ..text import cnlang
from ..text.safety import describe, unsafe_char
from ..errors import DrafterWarning, InputError
from ..i18n import _
from .types import KINDS, SIDES, Cooperation, Event, Occasion, Party, Person, Point, Speaker, Visit
from ..resources import data

MAX_BYTES = 1024 * 1024
MAX_NODES = 20000
MAX_DEPTH = 12
MAX_TEXT = 4000
_STD_TAGS = {f"tag:yaml.org,2002:{t}" for t in
             ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")}


@dataclass(frozen=True)
class F:
    """One field of the schema: a type name, whether it is required, children or item schema."""
    type: str                              # text | int | date | map | list | choice
    required: bool = False
    fields: dict[str, "F"] | None = None   # for map
    item: "F | None" = None                # for list
    choices: tuple[str, ...] = ()
    min_items: int = 0
    max_items: int = 1000


TEXT_LIST = F("list", item=F("text"))
PERSON = F("map", fields={"name": F("text", True), "title": F("text"), "address": F("text")})
PARTY = {"name": F("text", True), "short": F("text"), "leaders": F("list", item=PERSON),
         "facts": TEXT_LIST, "industries": TEXT_LIST,
         "area": F("text"), "population": F("text"), "ranks": TEXT_LIST}
SCHEMA = F("map", fields={
    "kind": F("choice", True, choices=KINDS),
    "event": F("map", True, fields={"name": F("text", True), "date": F("date", True),
                                    "place": F("text"), "theme": F("text")}),
    "speaker": F("map", fields={"name": F("text"), "title": F("text"),
                                "side": F("choice", choices=SIDES)}),
    "host": F("map", True, fields=PARTY),
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
            raise self.fail(node, field, "the file is nested too deeply or is too large for an event file")
        if node.tag not in _STD_TAGS:
            raise self.fail(node, field, f"the tag {node.tag} is not allowed in an event file")
        if schema.type == "map":
            return self._map(node, schema, field, depth, key)
        if schema.type == "list":
            return self._list(node, schema, field, depth)
        if not isinstance(node, yaml.ScalarNode):
            raise self.fail(node, field, f"expected {_describe(schema)}, got {_kind_of(node)}")
        return self._scalar(node, schema, field)

    def _map(self, node: yaml.Node, schema: F, field: str, depth: int,
             key_node_of_map: yaml.Node | None = None) -> dict[str, Any]:
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, field, f"expected a mapping of fields, got {_kind_of(node)}")
        fields = schema.fields or {}
        out: dict[str, Any] = {}
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise self.fail(key_node, field, "a key must be plain text")
            raw_key = key_node.value
            key = self.aliases.get(raw_key, raw_key)
            sub = f"{field}.{key}" if field else key
            line = key_node.start_mark.line + 1
            if key in seen:
                warnings.warn(f"{self.path}:{line}: {sub}: duplicate key (first on line {seen[key]}); "
                              "the later value is used", DrafterWarning, stacklevel=2)
            seen[key] = line
            self.lines.setdefault(sub, line)
            if key not in fields:
                import difflib

                hint = difflib.get_close_matches(key, list(fields), n=1)
                did = f" (did you mean '{hint[0]}'?)" if hint else ""
                warnings.warn(f"{self.path}:{line}: {sub}: unknown key, ignored{did}",
                              DrafterWarning, stacklevel=2)
                continue
            out[key] = self.walk(value_node, fields[key], sub, depth + 1, key_node)
        for key, f in fields.items():
            if f.required and out.get(key) in (None, "", [], {}):
                where = field or "the file"
                # point at the line that opens this mapping (event:), not at its first child
                raise self.fail(key_node_of_map or node, f"{field}.{key}" if field else key,
                                f"required field missing (in {where})")
        return out

    def _list(self, node: yaml.Node, schema: F, field: str, depth: int) -> list[Any]:
        if isinstance(node, yaml.ScalarNode) and schema.item and schema.item.type == "text" \
                and node.tag.endswith(":str") and node.value.strip():
            return [node.value.strip()]          # a single text where a list is expected
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, field, f"expected a list, got {_kind_of(node)}")
        n = len(node.value)
        if not schema.min_items <= n <= schema.max_items:
            raise self.fail(node, field, f"expected {schema.min_items} to {schema.max_items} items, got {n}")
        assert schema.item is not None
        items = [self.walk(v, schema.item, f"{field}[{i}]", depth + 1) for i, v in enumerate(node.value)]
        for i, (v, item) in enumerate(zip(node.value, items)):
            if item is None or item == "":
                raise self.fail(v, f"{field}[{i}]", "empty item (delete the line or fill it in)")
        return items

    def _scalar(self, node: yaml.ScalarNode, schema: F, field: str) -> Any:
        raw, tag = node.value, node.tag.rsplit(":", 1)[-1]
        if tag == "null" and raw in ("", "~", "null", "Null", "NULL"):
            if schema.required:
                raise self.fail(node, field, "required field is empty")
            return None
        if schema.type == "text":
            if len(raw) > MAX_TEXT:
                raise self.fail(node, field, f"text longer than {MAX_TEXT} characters")
            # a point's body may run over lines; a name, title or place is one line
            bad = unsafe_char(raw.strip(), newline=not field.endswith(".body"))
            if bad is not None:
                raise self.fail(node, field, _("contains the character {char}, which must not reach "
                                               "a speech; delete it").format(char=describe(bad[1])))
            return raw.strip()
        if schema.type == "choice":
            value = self.value_aliases.get(raw.strip(), raw.strip())
            if value not in schema.choices:
                raise self.fail(node, field, f"must be one of {', '.join(schema.choices)}, got '{raw}'")
            return value
        if schema.type == "int":
            if tag == "bool" or not re.fullmatch(r"[+]?\d{1,7}", raw.strip()):
                raise self.fail(node, field, f"expected a whole number, got '{raw}'"
                                + (" (YAML reads yes/no/on/off as true/false)" if tag == "bool" else ""))
            return int(raw)
        if schema.type == "date":
            try:
                return dt.date.fromisoformat(raw.strip())
            except ValueError as err:
                raise self.fail(node, field, f"expected a date such as 2026-04-28, got '{raw}'") from err
        raise AssertionError(schema.type)  # pragma: no cover


def _describe(f: F) -> str:
    return {"text": "text", "int": "a whole number", "date": "a date such as 2026-04-28",
            "choice": "one of " + ", ".join(f.choices)}.get(f.type, f.type)


def _kind_of(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return f"'{node.value}'"


try:
    _Composer: Any = yaml.CSafeLoader      # libyaml: fast, and composing never expands aliases
except AttributeError:  # pragma: no cover
    _Composer = yaml.SafeLoader


MAX_NESTING = 100  # before parsing: libyaml itself crashes at tens of thousands
_BRACKETS_RE = re.compile(r"[\[\]{}\n]")
_BLOCK_RE = re.compile(r"[ \t]*(?:-[ \t]+)*")


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
                raise InputError(f"nested more than {MAX_NESTING} levels deep (an event file needs four)",
                                 path=path, line=line)
        else:
            depth = max(0, depth - 1)
    for n, ln in enumerate(text.split("\n"), 1):
        lead = _BLOCK_RE.match(ln).group(0)            # indentation and "- - -" both open levels
        if len(lead) > 2 * MAX_NESTING:
            raise InputError(f"nested more than {MAX_NESTING} levels deep (an event file needs four)",
                             path=path, line=n)


def _compose(text: str, path: str) -> yaml.Node | None:
    _refuse_deep_nesting(text, path)
    loader = _Composer(text)
    try:
        return loader.get_single_node()
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else None
        raise InputError(f"not valid YAML: {err.problem or err.context}", path=path, line=line) from err
    except yaml.YAMLError as err:
        raise InputError(f"not valid YAML: {err}", path=path) from err
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
            raise InputError("YAML aliases (*name) are not allowed in an event file", path=path, line=line)
        seen.add(id(node))
        if len(seen) > MAX_NODES:
            raise InputError("too many values for an event file", path=path, line=1)
        if isinstance(node, yaml.MappingNode):
            stack.extend((v, k) for k, v in reversed(node.value))
            stack.extend((k, None) for k, _ in reversed(node.value))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((v, key) for v in reversed(node.value))


def parse_event(text: str, path: str = "<event>") -> Event:
    """Validate event text and return the complete :class:`Event` (raises :class:`InputError`)."""
    root = _compose(text, path)
    if root is None:
        raise InputError("the file is empty; start from `drafter new welcome`", path=path, line=1)
    _refuse_aliases(root, path)
    walker = _Walker(path)
    raw = walker.walk(root, SCHEMA, "")
    kind = raw["kind"]
    if kind != "news" and not raw.get("speaker"):
        raise walker.fail(root, "speaker", f"required for a {kind} (only news has no speaker)")
    since = (raw.get("cooperation") or {}).get("since")
    if since is not None and since > raw["event"]["date"].year:
        raise InputError(_("the pairing cannot start in {since}, after the occasion's date ({date})")
                         .format(since=since, date=raw["event"]["date"].isoformat()), path=path,
                         line=walker.lines.get("cooperation.since"), field="cooperation.since")
    ev = replace(_build(raw, path), lines=walker.lines)
    check_side(ev)
    _check_texts(raw, path, walker.lines, ev.event.date)
    return ev


def check_side(ev: Event) -> None:
    """The contract's kinds that belong to one side: a welcome is the host's, a reply the guest's."""
    needed = data("event")["kind_sides"].get(ev.kind)
    if needed and ev.speaker.side != needed:
        raise InputError(f"a {ev.kind} is spoken by the {needed} side, not the {ev.speaker.side} side "
                         f"(see `drafter new {ev.kind}`)", path=ev.source,
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
        found = [f for f in check_text(text) + formula_findings(text, day)
                 if f.severity == "error" and f.rule not in _WHOLE_TEXT_RULES]
        if found:
            f = found[0]
            key = field
            while key and key not in lines:          # a list item: the line of its list's key
                key = re.sub(r"(\[\d+\]|\.[^.\[]+)$", "", key)
            fix = f" (write {f.fix})" if f.fix else ""
            raise InputError(f"{f.message}{fix}", path=path, line=lines.get(key), field=field)


def load_event(path: str | Path) -> Event:
    """Read and validate an event file."""
    from ..text.reader import read_bytes

    name = str(path)
    data_ = read_bytes(path, MAX_BYTES, "an event file")
    try:
        text = data_.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data_[: err.start].count(b"\n") + 1
        raise InputError("is not UTF-8 text (save the file as UTF-8)", path=name, line=line) from err
    return parse_event(text, name)


def _person(d: dict[str, Any]) -> Person:
    title = d.get("title") or ""
    return Person(d["name"], title, d.get("address") or cnlang.address(d["name"], title))


def _party(d: dict[str, Any]) -> Party:
    name = d["name"]
    return Party(name=name, short=d.get("short") or cnlang.short_name(name),
                 leaders=tuple(_person(x) for x in d.get("leaders") or ()),
                 facts=tuple(x for x in d.get("facts") or () if x),
                 industries=tuple(x for x in d.get("industries") or () if x),
                 delegation=d.get("delegation") or "", area=d.get("area") or "",
                 population=d.get("population") or "",
                 ranks=tuple(x for x in d.get("ranks") or () if x))


def _build(raw: dict[str, Any], path: str) -> Event:
    ev = raw["event"]
    sp = raw.get("speaker") or {}
    co = raw.get("cooperation") or {}
    kind = raw["kind"]
    points = []
    for i, p in enumerate(raw.get("points") or ()):
        if not any(p.get(k) for k in ("heading", "topic", "body")):
            raise InputError("a point needs a heading, a topic or a body", path=path,
                             field=f"points[{i}]")
        points.append(Point(p.get("heading") or "", p.get("topic") or "", p.get("body") or ""))
    length = raw.get("length")
    if length is not None and not 100 <= length <= 20000:
        raise InputError(f"length must be between 100 and 20000 characters, got {length}",
                         path=path, field="length")
    return Event(
        kind=kind,
        event=Occasion(ev["name"], ev["date"], ev.get("place") or "", ev.get("theme") or ""),
        host=_party(raw["host"]), guest=_party(raw["guest"]),
        speaker=Speaker(sp.get("name") or "", sp.get("title") or "", sp.get("side") or DEFAULT_SIDE[kind]),
        cooperation=Cooperation(co.get("since"), tuple(co.get("areas") or ()),
                                tuple(co.get("facts") or ()), co.get("donation") or "",
                                co.get("cadres") or ""),
        points=tuple(points), audience=tuple(raw.get("audience") or ()), length=length, source=path,
        visit=Visit(tuple((raw.get("visit") or {}).get("sites") or ()),
                    tuple((raw.get("visit") or {}).get("signings") or ())),
        answers=_person(raw["answers"]) if raw.get("answers") else None,
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

