"""The Jinja environment: sandboxed, strict, seedable; user templates searched first.

``--templates DIR`` overrides built-in templates by name; ``{% extends "default:welcome.txt.jinja" %}``
extends a built-in one. A template name cannot leave its folder; output size is bounded."""
from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any, Callable

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from .errors import InputError, TemplateError
from .resources import templates_dir

MAX_OUTPUT = 200_000


class _Loader(jinja2.FileSystemLoader):
    """A file loader that refuses names and symlinks leading out of its folders."""

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        if template.startswith(("/", "\\")) or ".." in template.replace("\\", "/").split("/"):
            raise jinja2.TemplateNotFound(template)
        source, filename, uptodate = super().get_source(environment, template)
        real = os.path.realpath(filename)
        if not any(real.startswith(os.path.realpath(p) + os.sep) for p in self.searchpath):
            raise jinja2.TemplateNotFound(template)
        return source, filename, uptodate


class _Sandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, its attribute verdicts remembered. Jinja's verdict depends only on the
    object's type and the attribute's name (``is_internal_attribute`` and ``modifies_known_mutable``
    test ``isinstance`` and the name), so a cache keyed by both gives the same answers, without
    re-deciding them about 400 times per draft."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._verdicts: dict[tuple[type, str], bool] = {}

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        key = (type(obj), attr)
        verdict = self._verdicts.get(key)
        if verdict is None:
            verdict = self._verdicts[key] = super().is_safe_attribute(obj, attr, value)
        return verdict


def _finalize(value: Any) -> Any:
    if value is None:
        raise TemplateError("a template printed None: guard optional fields with {% if %}")
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
        raise InputError("templates folder not found", path=user_dir)
    loader = jinja2.ChoiceLoader([
        _Loader(paths),
        jinja2.PrefixLoader({"default": _Loader(builtin)}, delimiter=":"),
    ])
    env = _Sandbox(loader=loader, undefined=jinja2.StrictUndefined,
                   bytecode_cache=_bytecode_cache(), finalize=_finalize, autoescape=False,
                   keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    env.filters.pop("random", None)      # unseedable: every choice goes through the draft's RNG
    return env


def render(env: ImmutableSandboxedEnvironment, names: list[str], context: dict[str, Any]) -> tuple[str, str]:
    """Render the first template of ``names`` that exists; (text, template name)."""
    try:
        template = env.select_template(names)
        chunks, size = [], 0
        for chunk in template.generate(**context):
            size += len(chunk)
            if size > MAX_OUTPUT:
                raise TemplateError(f"{template.name}: output larger than {MAX_OUTPUT} characters; stopped")
            chunks.append(chunk)
        return "".join(chunks), str(template.name)
    except jinja2.TemplatesNotFound as err:
        raise TemplateError(f"no template for this kind (looked for {', '.join(names)})") from err
    except jinja2.TemplateNotFound as err:
        # also a name that would leave the templates folder (../, absolute, symlink out)
        raise TemplateError(f"no template named '{err.name}' in the templates folders") from err
    except jinja2.TemplateSyntaxError as err:
        raise TemplateError(f"{err.filename or err.name}:{err.lineno}: template syntax error: {err.message}") from err
    except SecurityError as err:
        raise TemplateError(f"template tried something not allowed: {err}") from err
    except jinja2.UndefinedError as err:
        raise TemplateError(f"{_where(err)}template uses an undefined name: {err.message}") from err
    except RecursionError as err:
        raise TemplateError("template recursion too deep") from err


def _where(err: BaseException) -> str:
    tb = err.__traceback__
    where = ""
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name.endswith(".jinja"):
            where = f"{name}:{tb.tb_lineno}: "
        tb = tb.tb_next
    return where
