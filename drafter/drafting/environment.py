"""The Jinja environment: sandboxed, strict, seedable; user templates searched first.

``--templates DIR`` overrides built-in templates by name; ``{% extends "default:welcome.txt.jinja" %}``
extends a built-in one. A template name cannot leave its folder; output size is bounded."""
from __future__ import annotations

import _thread
import functools
import os
import threading
from pathlib import Path
from typing import Any, Callable

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from ..errors import DrafterError, InputError, TemplateError
from ..i18n import _
from ..resources import templates_dir

MAX_OUTPUT = 200_000      # characters a template may produce
MAX_SECONDS = 10          # wall-clock time a user's template may run (built-in ones are trusted)
MAX_POWER_BITS = 4096     # 9**9**9 would take minutes and gigabytes


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

    intercepted_binops = frozenset({"*", "**"})

    def __init__(self, *args: Any, untrusted: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._verdicts: dict[tuple[type, str], bool] = {}
        self.untrusted = untrusted

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        """``'x' * 10**10`` and ``9**9**9`` run in C where no time limit reaches: bound them first."""
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(n, int) and len(seq) * n > MAX_OUTPUT:
                    raise SecurityError(_("a repetition of {size} × {n} items is larger than {limit}").format(
                        size=len(seq), n=n, limit=MAX_OUTPUT))
            return left * right
        if isinstance(left, int) and isinstance(right, int) and right > 0 \
                and abs(left).bit_length() * right > MAX_POWER_BITS:
            raise SecurityError(_("{left} ** {right} is too large a number").format(left=left, right=right))
        return left ** right

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        key = (type(obj), attr)
        verdict = self._verdicts.get(key)
        if verdict is None:
            verdict = self._verdicts[key] = super().is_safe_attribute(obj, attr, value)
        return verdict


def _finalize(value: Any) -> Any:
    if value is None:
        raise TemplateError(_("a template printed None: guard optional fields with {% if %}"))
    return value


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates kept between runs (cold start); none when the cache folder is not writable."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = os.path.join(base, "drafter", "jinja")
    try:
        os.makedirs(folder, exist_ok=True)
        if not os.access(folder, os.W_OK):
            return None
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(folder)


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
