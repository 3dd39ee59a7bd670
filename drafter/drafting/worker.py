"""Run a user's templates where a limit can stop them: a child process with a CPU-time and a
memory limit, killed when it reaches them or a wall-clock limit.

The in-process timer of :func:`drafter.drafting.environment.render` stops a template loop in
Python, but not work inside one C call (``indent(10**9)``, a huge ``str.replace``, big-number
arithmetic) and it needs the main thread; a server serving a user's templates would freeze with
it. Here the caller only waits on a pipe: whatever the template does, it costs the child at most
``CPU_SECONDS`` of CPU and ``MEMORY_BYTES`` of memory, and the caller gets a
:class:`TemplateError` back. Built-in templates are trusted and never pay for a process.

The child runs ``function(*args, **kwargs)`` (importable by module and name) and sends back its
result or its :class:`DrafterError`, and the warnings it issued, pickled over a pipe."""
from __future__ import annotations

import importlib
import os
import pickle
import signal
import subprocess
import sys
import warnings
from typing import Any, Callable

from ..errors import DrafterError, TemplateError
from ..i18n import _

CPU_SECONDS = 15              # the whole draft's rendering: a normal one takes well under a second
MEMORY_BYTES = 1024 * 2**20   # address space of the child
WALL_SECONDS = 40             # a child waiting on nothing but the clock
ENV = "DRAFTER_WORKER"


def inside() -> bool:
    """True in the worker itself (it runs the function directly)."""
    return os.environ.get(ENV) == "1"


def _limits() -> tuple[int, int, float]:
    cpu = int(os.environ.get("DRAFTER_TEMPLATE_CPU", CPU_SECONDS))
    mem = int(os.environ.get("DRAFTER_TEMPLATE_MEMORY", MEMORY_BYTES))
    return cpu, mem, float(cpu * 2 + 5)


def call(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``function(*args, **kwargs)`` in a limited child process; its DrafterError is raised here,
    its warnings are issued here."""
    cpu, mem, wall = _limits()
    from . import environment

    payload = pickle.dumps((function.__module__, function.__qualname__, args, kwargs, cpu, mem,
                            environment.MAX_SECONDS))
    env = {**os.environ, ENV: "1"}
    code = "from drafter.drafting.worker import _child; _child()"
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    try:
        out, err = proc.communicate(payload, timeout=wall)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise TemplateError(_("the templates ran longer than {n} s; stopped (a loop that does not end?)")
                            .format(n=int(wall))) from None
    except BaseException:         # Ctrl-C while waiting: the child goes with us
        proc.kill()
        proc.communicate()
        raise
    if proc.returncode != 0 or not out:
        raise TemplateError(_describe_death(proc.returncode, err, cpu, mem))
    status, value, caught = pickle.loads(out)
    for message, category in caught:
        warnings.warn(message, category, stacklevel=2)
    if status == "error":
        raise value
    return value


def _describe_death(code: int, err: bytes, cpu: int, mem: int) -> str:
    if code in (-getattr(signal, "SIGXCPU", 24), -getattr(signal, "SIGKILL", 9)):
        return _("the templates used more than {n} s of processor time; stopped").format(n=cpu)
    if b"MemoryError" in err:
        return _("the templates needed more than {mb} MB of memory; stopped").format(mb=mem // 2**20)
    tail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [f"exit status {code}"]
    return _("the templates' process ended unexpectedly ({reason})").format(reason=tail[0][:300])


def _set_limits(cpu: int, mem: int) -> None:
    try:
        import resource
    except ImportError:          # pragma: no cover - Windows: the wall-clock limit still holds
        return
    for what, value in ((resource.RLIMIT_CPU, (cpu, cpu + 1)), (resource.RLIMIT_AS, (mem, mem))):
        try:
            soft, hard = resource.getrlimit(what)
            if hard != resource.RLIM_INFINITY:
                value = (min(value[0], hard), min(value[1], hard))
            resource.setrlimit(what, value)
        except (ValueError, OSError):
            pass


def _child() -> None:
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    module, name, args, kwargs, cpu, mem, seconds = pickle.loads(stdin.read())
    _set_limits(cpu, mem)
    from . import environment

    environment.MAX_SECONDS = seconds         # the caller's limit for one rendering
    function: Any = importlib.import_module(module)
    for part in name.split("."):
        function = getattr(function, part)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result: tuple[str, Any] = ("ok", function(*args, **kwargs))
        except DrafterError as err:
            err.__traceback__ = None
            err.__cause__ = err.__context__ = None
            result = ("error", err)
        except MemoryError:
            result = ("error", TemplateError(_("the templates needed more than {mb} MB of memory; stopped")
                                             .format(mb=mem // 2**20)))
    notes = [(str(w.message), w.category) for w in caught]
    try:
        data = pickle.dumps((*result, notes))
    except MemoryError:
        data = pickle.dumps(("error", TemplateError(_("the templates needed more than {mb} MB of memory; "
                                                      "stopped").format(mb=mem // 2**20)), notes))
    stdout.write(data)
    stdout.flush()
