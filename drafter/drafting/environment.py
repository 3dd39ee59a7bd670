"""The Jinja environment: sandboxed, strict, seedable; user templates searched first.

``--templates DIR`` overrides built-in templates by name; ``{% extends "default:welcome.txt.jinja" %}``
extends a built-in one. A template name cannot leave its folder; output size is bounded."""
from __future__ import annotations

import _thread
import functools
import os
import re
import threading
from pathlib import Path
from typing import Any, Callable

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from ..recache import regex
from ..errors import DrafterError, InputError, TemplateError
from ..i18n import N_, _
from ..resources import cache_dir, prune, templates_dir

MAX_OUTPUT = 200_000      # characters a template may produce
MAX_SECONDS = 10          # wall-clock time a user's template may run (built-in ones are trusted)
MAX_POWER_BITS = 65536    # bits of a number a template may make (9**9**9 would take minutes and gigabytes)


class _Loader(jinja2.FileSystemLoader):
    """A file loader that refuses names and symlinks leading out of its folders."""

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        if template.startswith(("/", "\\")) or ".." in template.replace("\\", "/").split("/"):
            raise jinja2.TemplateNotFound(template)
        source, filename, uptodate = super().get_source(environment, template)
        real = os.path.realpath(filename)
        if not any(real.startswith(os.path.realpath(p) + os.sep) for p in self.searchpath):
            raise TemplateError(_("{file}: leads out of the templates folder (to {target}); refused").format(
                file=filename, target=real))
        return source, filename, uptodate


class _Sandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, its attribute verdicts remembered. Jinja's verdict depends only on the
    object's type and the attribute's name (``is_internal_attribute`` and ``modifies_known_mutable``
    test ``isinstance`` and the name), so a cache keyed by both gives the same answers, without
    re-deciding them about 400 times per draft."""

    intercepted_binops = frozenset({"*", "**", "+", "%", "<<"})

    def __init__(self, *args: Any, untrusted: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._verdicts: dict[tuple[type, str], bool] = {}
        self.untrusted = untrusted

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        """``'x' * 10**10``, ``9**9**9`` and repeated squaring run in C where no time limit
        reaches: the size of the result is bounded before it is made."""
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(n, int) and len(seq) * n > MAX_OUTPUT:
                    raise SecurityError(_("a repetition of {size} × {n} items is larger than {limit}").format(
                        size=len(seq), n=n, limit=MAX_OUTPUT))
            if _is_int(left) and _is_int(right) and abs(left).bit_length() + abs(right).bit_length() > MAX_POWER_BITS:
                raise SecurityError(_("{op}: the product is too large a number").format(op=operator))
            return left * right
        if operator == "**":
            if _is_int(left) and _is_int(right) and right > 0 \
                    and abs(left).bit_length() * right > MAX_POWER_BITS:
                raise SecurityError(_("{left} ** {right} is too large a number").format(left=left, right=right))
            if isinstance(left, float) or isinstance(right, float):
                try:
                    return left ** right
                except OverflowError as err:
                    raise SecurityError(_("a power too large for a number")) from err
            return left ** right
        if operator == "<<":
            if _is_int(left) and _is_int(right) and abs(left).bit_length() + right > MAX_POWER_BITS:
                raise SecurityError(_("{op}: the result is too large a number").format(op=operator))
            return left << right
        if operator == "+":
            if isinstance(left, (str, list, tuple)) and isinstance(right, (str, list, tuple)) \
                    and len(left) + len(right) > MAX_OUTPUT:
                raise SecurityError(_("joining {a} and {b} items is larger than {limit}").format(
                    a=len(left), b=len(right), limit=MAX_OUTPUT))
            return left + right
        if operator == "%" and isinstance(left, str):
            _check_widths(left)
        return left % right

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        key = (type(obj), attr)
        verdict = self._verdicts.get(key)
        if verdict is None:
            verdict = self._verdicts[key] = super().is_safe_attribute(obj, attr, value)
        return verdict


def _is_int(x: Any) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


_WIDTH_RE = regex(r"%[-#0 +]*(\*|\d+)|\{[^{}]*:[^{}]*?(\d+)")


def _check_widths(fmt: str) -> None:
    """A format's field widths (``%999999999d``, ``{:>999999999}``) allocate before any output
    bound: refuse widths beyond the output limit."""
    for m in _WIDTH_RE.finditer(fmt):
        width = m.group(1) or m.group(2)
        if width == "*" or (width and int(width) > MAX_OUTPUT):
            raise SecurityError(_("a field width larger than {limit} characters").format(limit=MAX_OUTPUT))


def _size(n: Any, what: str) -> int:
    if not _is_int(n):
        try:
            n = int(n)
        except (TypeError, ValueError) as err:
            raise SecurityError(_("{what}: expected a whole number").format(what=what)) from err
    if n > MAX_OUTPUT:
        raise SecurityError(_("{what}({n}) would make more than {limit} characters").format(
            what=what, n=n, limit=MAX_OUTPUT))
    return n


def _bounded_filters(env: jinja2.Environment) -> None:
    """The filters whose output size an argument decides, bounded before they allocate."""
    f = dict(env.filters)

    def indent(s: Any, width: Any = 4, first: bool = False, blank: bool = False) -> Any:
        text = str(s)
        w = len(width) if isinstance(width, str) else _size(width, "indent")
        if (text.count("\n") + 1) * w + len(text) > MAX_OUTPUT:
            raise SecurityError(_("{what}({n}) would make more than {limit} characters").format(
                what="indent", n=w, limit=MAX_OUTPUT))
        return f["indent"](s, width, first, blank)

    def center(s: Any, width: Any = 80) -> Any:
        _size(width, "center")
        return f["center"](s, width)

    def replace(eval_ctx: Any, s: Any, old: Any, new: Any, count: Any = None) -> Any:
        text, old_s, new_s = str(s), str(old), str(new)
        hits = (len(text) + 1) if old_s == "" else text.count(old_s)
        if count is not None and _is_int(count) and count >= 0:
            hits = min(hits, count)
        if len(text) + hits * max(0, len(new_s) - len(old_s)) > MAX_OUTPUT:
            raise SecurityError(_("replace would make more than {limit} characters").format(limit=MAX_OUTPUT))
        return f["replace"](eval_ctx, s, old, new, count)

    def join(eval_ctx: Any, value: Any, d: str = "", attribute: Any = None) -> Any:
        items = list(value) if not isinstance(value, (list, tuple)) else value
        if len(items) > MAX_OUTPUT:
            raise SecurityError(_("join of more than {limit} items").format(limit=MAX_OUTPUT))
        if attribute is None and (len(items) - 1) * len(str(d)) + sum(
                len(x) if isinstance(x, str) else 24 for x in items) > MAX_OUTPUT:
            raise SecurityError(_("join would make more than {limit} characters").format(limit=MAX_OUTPUT))
        return f["join"](eval_ctx, items, d, attribute)

    def batch(value: Any, linecount: Any, fill_with: Any = None) -> Any:
        _size(linecount, "batch")
        return f["batch"](value, linecount, fill_with)

    def slice_(value: Any, slices: Any, fill_with: Any = None) -> Any:
        _size(slices, "slice")
        return f["slice"](value, slices, fill_with)

    def wordwrap(s: Any, width: Any = 79, *args: Any, **kwargs: Any) -> Any:
        _size(width, "wordwrap")
        return f["wordwrap"](s, width, *args, **kwargs)

    def format_(value: Any, *args: Any, **kwargs: Any) -> Any:
        _check_widths(str(value))
        return f["format"](value, *args, **kwargs)

    def truncate(env_: Any, s: Any, length: Any = 255, *args: Any, **kwargs: Any) -> Any:
        _size(length, "truncate")
        return f["truncate"](env_, s, length, *args, **kwargs)

    from jinja2.utils import pass_environment, pass_eval_context

    env.filters.update(indent=indent, center=center, replace=pass_eval_context(replace),
                       join=pass_eval_context(join), batch=batch, slice=slice_, wordwrap=wordwrap,
                       format=format_, truncate=pass_environment(truncate))


def _finalize(value: Any) -> Any:
    if value is None:
        raise TemplateError(_("a template printed None: guard optional fields with {% if %}"))
    return value


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates kept between runs (cold start); none when the cache folder is not writable."""
    folder = cache_dir("jinja")
    return _BoundedBytecodeCache(folder) if folder else None


class _BoundedBytecodeCache(jinja2.FileSystemBytecodeCache):
    """jinja's cache of compiled templates, its folder kept to resources.MAX_COPIES files (a
    writer's own --templates and every test's copy of them each add one)."""

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        super().dump_bytecode(bucket)
        prune(self.directory)


@functools.lru_cache(maxsize=8)
def make_env(user_dir: str | None = None) -> ImmutableSandboxedEnvironment:
    builtin = str(templates_dir())
    paths = ([user_dir] if user_dir else []) + [builtin]
    if user_dir and not Path(user_dir).is_dir():
        raise InputError(_("templates folder not found"), path=user_dir)
    loader = jinja2.ChoiceLoader([
        _Loader(paths),
        jinja2.PrefixLoader({"default": _Loader(builtin)}, delimiter=":"),
    ])
    env = _Sandbox(loader=loader, untrusted=bool(user_dir), undefined=jinja2.StrictUndefined,
                   bytecode_cache=_bytecode_cache(), finalize=_finalize, autoescape=False,
                   keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    env.filters.pop("random", None)      # unseedable: every choice goes through the draft's RNG
    if user_dir:
        _bounded_filters(env)
    return env


def render(env: ImmutableSandboxedEnvironment, names: list[str], context: dict[str, Any]) -> tuple[str, str]:
    """Render the first template of ``names`` that exists; (text, template name).

    A user's template that runs longer than MAX_SECONDS (a loop in a loop) is stopped: a timer
    interrupts the main thread, which works on every platform; the interrupt is told apart from the
    user's own Ctrl-C by the timer's flag."""
    if getattr(env, "untrusted", False) and threading.current_thread() is threading.main_thread():
        fired = threading.Event()

        def stop() -> None:
            fired.set()
            _thread.interrupt_main()

        timer = threading.Timer(MAX_SECONDS, stop)
        timer.daemon = True
        timer.start()
        try:
            return _render(env, names, context)
        except KeyboardInterrupt:
            if fired.is_set():
                raise TemplateError(_("template ran longer than {n} s; stopped (a loop that does not end?)").format(
                    n=MAX_SECONDS)) from None
            raise
        finally:
            timer.cancel()
    return _render(env, names, context)


def _render(env: ImmutableSandboxedEnvironment, names: list[str], context: dict[str, Any]) -> tuple[str, str]:
    try:
        template = env.select_template(names)
        chunks, size = [], 0
        for chunk in template.generate(**context):
            size += len(chunk)
            if size > MAX_OUTPUT:
                raise TemplateError(_("{file}: output larger than {n} characters; stopped").format(
                    file=template.name, n=MAX_OUTPUT))
            chunks.append(chunk)
        return "".join(chunks), str(template.name)
    except jinja2.TemplatesNotFound as err:
        raise TemplateError(_("no template for this kind (looked for {names})").format(names=", ".join(names))) from err
    except jinja2.TemplateNotFound as err:
        # also a name that would leave the templates folder (../, absolute, symlink out)
        raise TemplateError(_("no template named '{name}' in the templates folders").format(name=err.name)) from err
    except jinja2.TemplateSyntaxError as err:
        raise TemplateError(_("{file}:{line}: template syntax error: {message}").format(
            file=err.filename or err.name, line=err.lineno, message=err.message)) from err
    except SecurityError as err:
        raise TemplateError(_("template tried something not allowed: {reason}").format(reason=err)) from err
    except jinja2.UndefinedError as err:
        raise TemplateError(_where(err) + _("template uses an undefined name: {message}").format(
            message=err.message)) from err
    except RecursionError as err:
        raise TemplateError(_("template recursion too deep")) from err
    except MemoryError as err:
        raise TemplateError(_("the template needed more memory than it may use; stopped")) from err
    except (DrafterError, KeyboardInterrupt):
        raise
    except Exception as err:      # a template's own runtime error (TypeError, ZeroDivisionError …)
        raise TemplateError(_where(err) + _("template failed: {error}: {reason}").format(
            error=type(err).__name__, reason=err)) from err


def _where(err: BaseException) -> str:
    tb = err.__traceback__
    where = ""
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name.endswith(".jinja"):
            where = f"{name}:{tb.tb_lineno}: "
        tb = tb.tb_next
    return where


MAX_POINTS_BYTES = 1024 * 1024


def load_data_file(path: Path, builtin: Path) -> dict[str, Any]:
    """A template data file (``points.yaml``, ``moves.yaml``): the built-in one as it is; a user's
    (``--templates``) read with the event file's guards and checked against the built-in file's
    shape, so that a malformed, empty or list file, or a value of the wrong type, is one message
    naming the file, the line and the field, not a traceback. Keys the user's file leaves out are
    taken from the built-in file."""
    from ..resources import load_yaml

    base = load_yaml(builtin)
    if path == builtin:
        return base
    import yaml

    from ..text.reader import read_bytes
    from .event import _compose, _refuse_aliases

    name = str(path)
    data_ = read_bytes(path, MAX_POINTS_BYTES, _("a template data file"))
    try:
        text = data_.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise TemplateError(_("is not UTF-8 text"), path=name, line=data_[:err.start].count(b"\n") + 1) from err
    try:
        root = _compose(text, name)
        if root is not None:
            _refuse_aliases(root, name)
    except InputError as err:
        raise TemplateError(err.problem, path=err.path, line=err.line) from err
    value = yaml.safe_load(text) if root is not None else None

    def line_of(field: str | None) -> int:
        key = (field or "").split(".")[-1].split("[")[0]
        m = re.search(rf"(?m)^\s*{re.escape(key)}:", text) if key else None
        return text.count("\n", 0, m.start()) + 1 if m else 1

    if not isinstance(value, dict):
        raise TemplateError(_("must be a mapping with {keys} (see the built-in templates/{name}), not {what}").format(
            keys=", ".join(base), name=builtin.name,
            what=_("an empty file") if value is None else _(_TYPE_WORDS.get(type(value), N_("something else")))), path=name, line=1)
    problem = _shape_problem(value, base, "")
    if problem:
        field, expected = problem
        raise TemplateError(_("expected {expected} here, as in the built-in templates/{name}").format(
            expected=_(expected), name=builtin.name), path=name, line=line_of(field), field=field)
    for field, s in strings_at(value):
        if not choices_well_formed(s):
            at = text.find(s) if s else -1
            raise TemplateError(_("a choice is written [甲|乙], one level deep, every [ closed: {text}").format(
                text=s), path=name, line=text.count("\n", 0, at) + 1 if at >= 0 else line_of(field), field=field)
    return {**base, **value}


def choices_well_formed(text: str) -> bool:
    """Whether every [ of a set sentence closes before the next opens: [甲|乙] is a choice, one level
    deep; [甲[乙|丙]|丁] or a bracket left open is not read as one and would print its brackets."""
    depth = 0
    for ch in text:
        depth += ch == "["
        depth -= ch == "]"
        if not 0 <= depth <= 1:
            return False
    return depth == 0


def strings_at(value: Any, field: str = ""):
    """Every string of a data file's value with the field it sits at (points[2].o[0]), depth first."""
    if isinstance(value, str):
        yield field, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from strings_at(v, f"{field}.{k}" if field else str(k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from strings_at(v, f"{field}[{i}]")


# what a value should be, shown translated: _(_TYPE_WORDS[...])
_TYPE_WORDS = {dict: N_("a mapping"), list: N_("a list"), str: N_("a text"), int: N_("a whole number"),
               float: N_("a number"), bool: N_("true or false")}


def _shape_problem(value: Any, base: Any, field: str) -> tuple[str, str] | None:
    """The first place where ``value`` does not have the shape of ``base`` (field, what was expected)."""
    if base is None:
        return None
    if isinstance(base, bool) or not isinstance(base, (dict, list)):
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) if isinstance(base, (int, float)) \
            and not isinstance(base, bool) else isinstance(value, type(base))
        return None if ok else (field, _TYPE_WORDS.get(type(base), N_("something else")))
    if isinstance(base, dict):
        if not isinstance(value, dict):
            return field, _TYPE_WORDS[dict]
        siblings = list(base.values())
        for k, v in value.items():
            model = base.get(k, siblings[0] if siblings and all(
                type(x) is type(siblings[0]) for x in siblings) else None)
            found = _shape_problem(v, model, f"{field}.{k}" if field else str(k))
            if found:
                return found
        return None
    if not isinstance(value, list):
        return field, _TYPE_WORDS[list]
    if base and all(isinstance(x, dict) for x in base):
        # a list of mappings: an item may have any key some item of the built-in list has, in any of
        # the shapes the built-in items give it (a point's if:/unless:/first: are on some points
        # only; a position's o: is a list or {bank: …}). Checked against the first item alone, a
        # verbatim copy of the built-in points.yaml or moves.yaml was refused.
        shapes: dict[str, list[Any]] = {}
        for x in base:
            for k, v in x.items():
                if all(type(v) is not type(seen) for seen in shapes.setdefault(k, [])):
                    shapes[k].append(v)
        for n, item in enumerate(value):
            if not isinstance(item, dict):
                return f"{field}[{n}]", _TYPE_WORDS[dict]
            for k, v in item.items():
                problems = [_shape_problem(v, model, f"{field}[{n}].{k}") for model in shapes.get(k, [None])]
                if all(problems):
                    return problems[0]
    elif base:
        for n, v in enumerate(value):
            found = _shape_problem(v, base[0], f"{field}[{n}]")
            if found:
                return found
    return None
