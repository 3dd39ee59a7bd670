"""The writer's own phrase banks (建立我的语库): kept in the user's data folder (platformdirs: e.g.
``~/.local/share/drafter`` on Linux, ``%LOCALAPPDATA%\\drafter`` on Windows; ``$DRAFTER_DATA``
overrides), mined from uploaded past speeches in a separate process so the pages stay responsive,
and chosen, renamed, replaced or deleted from the page. The bank chosen is remembered in
``active.txt`` and is what the pages use from then on."""
from __future__ import annotations

import json
import multiprocessing
import os
import re
import shutil
import threading
import time
import uuid
from pathlib import Path
from typing import Any

from .. import api
from ..i18n import _
from .safety import Refused

NAME_RE = re.compile(r'^[^\\/:*?"<>|\x00-\x1f.][^\\/:*?"<>|\x00-\x1f]{0,39}$')
MAX_FILES = 300                      # files in one upload
MAX_TOTAL = 64 * 1024 * 1024         # bytes in one upload
SUFFIXES = (".txt", ".docx", ".md")


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        return Path(override)
    if os.environ.get("DRAFTER_DATA"):
        return Path(os.environ["DRAFTER_DATA"])
    from platformdirs import user_data_dir

    return Path(user_data_dir("drafter", appauthor=False))


def check_name(name: Any) -> str:
    if not isinstance(name, str) or not NAME_RE.match(name.strip()):
        raise Refused(_("a bank's name: 1 to 40 characters, without / \\ : * ? \" < > |"), 400, "bad-name")
    return name.strip()


def describe(path: Path) -> dict[str, str]:
    """How the page names a source text: its title, else the start of its first sentence; and
    whether it is a speech or a news report (instead of a file name)."""
    try:
        doc = api.read_document(path)
    except Exception:                      # a file mining could not read: its name
        return {"title": path.name, "kind": ""}
    title = doc.title or ""
    body = [x.text for x in doc.sentences if not x.text.rstrip().endswith(("：", ":"))]
    if not title and body:
        first = body[0]
        title = first if len(first) <= 20 else first[:18] + "……"
    return {"title": title or path.name, "kind": doc.kind or ""}


def _mine_worker(inputs: str, out: str, progress: str) -> None:     # pragma: no cover (a child process)
    """In the child process: mine ``inputs`` into ``out``, writing progress as JSON for the page."""
    def say(**state: Any) -> None:
        tmp = progress + ".tmp"
        Path(tmp).write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, progress)

    try:
        total = api.count_inputs([inputs])
        done = [0]

        def step(name: str) -> None:
            done[0] += 1
            say(state="mining", done=done[0], total=total, file=Path(name).name)

        say(state="mining", done=0, total=total, file="")
        result = api.mine([inputs], progress=step)
        bank = result.save(out)
        titles = {f.name: describe(f) for f in sorted(Path(inputs).rglob("*")) if f.is_file()}
        (Path(out) / "titles.json").write_text(json.dumps(titles, ensure_ascii=False), encoding="utf-8")
        say(state="done", done=total, total=total, file="", phrases=len(bank.search(None)),
            skipped=[{"file": Path(s.path).name, "why": s.reason} for s in result.skipped])
    except Exception as err:
        say(state="failed", error=str(err))


class Banks:
    """The banks in ``root/banks/<name>/``, the chosen one, and the mining jobs under way."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.folder = root / "banks"
        self.jobs: dict[str, dict[str, Any]] = {}
        self.lock = threading.Lock()
        self.generation = 0                # bumped by every change: a bank opened before is read again
        self._sweep()

    def _sweep(self) -> None:
        """Leftovers of a server stopped while mining (a day old) and of deletions are removed."""
        now = time.time()
        for parent, pattern in ((self.root / "jobs", "*"), (self.folder, ".deleted-*"), (self.folder, ".replaced-*")):
            if parent.is_dir():
                for p in parent.glob(pattern):
                    try:
                        if pattern != "*" or now - p.stat().st_mtime > 86400:
                            shutil.rmtree(p, ignore_errors=True)
                    except OSError:
                        pass

    # ------------------------------------------------------------ the list and the chosen one

    def names(self) -> list[str]:
        if not self.folder.is_dir():
            return []
        return sorted(p.name for p in self.folder.iterdir() if p.is_dir() and not p.name.startswith("."))

    def active(self) -> str | None:
        try:
            name = (self.root / "active.txt").read_text(encoding="utf-8").strip()
        except OSError:
            return None
        return name if name in self.names() else None

    def choose(self, name: str | None) -> None:
        self.generation += 1
        self.root.mkdir(parents=True, exist_ok=True)
        if name is None:
            (self.root / "active.txt").unlink(missing_ok=True)
            return
        self._existing(name)
        tmp = self.root / "active.txt.tmp"
        tmp.write_text(name, encoding="utf-8")
        os.replace(tmp, self.root / "active.txt")

    def path(self, name: str) -> Path:
        return self._existing(name)

    def _existing(self, name: str) -> Path:
        name = check_name(name)
        p = self.folder / name
        if not p.is_dir():
            raise Refused(_("no bank called '{name}'").format(name=name), 404, "no-bank")
        return p

    def rename(self, old: str, new: str) -> None:
        src, new = self._existing(old), check_name(new)
        if (self.folder / new).exists():
            raise Refused(_("there is already a bank called '{name}'").format(name=new), 409, "name-taken")
        was_active = self.active() == old
        self.generation += 1
        os.replace(src, self.folder / new)
        if was_active:
            self.choose(new)

    def delete(self, name: str) -> None:
        p = self._existing(name)
        was_active = self.active() == name
        self.generation += 1
        trash = self.folder / f".deleted-{uuid.uuid4().hex}"
        os.replace(p, trash)                # gone from the list at once, then removed
        shutil.rmtree(trash, ignore_errors=True)
        if was_active:
            self.choose(None)

    def titles(self, name: str | None) -> dict[str, dict[str, str]]:
        if name is None:
            return {}
        try:
            return json.loads((self._existing(name) / "titles.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    # ------------------------------------------------------------ mining

    def start(self, name: str, files: list[tuple[str, bytes]], replace: bool) -> str:
        name = check_name(name)
        if (self.folder / name).exists() and not replace:
            raise Refused(_("there is already a bank called '{name}'").format(name=name), 409, "name-taken")
        with self.lock:
            if any(j["state"] == "mining" and j["name"] == name for j in self.jobs.values()):
                raise Refused(_("this bank is being built already"), 409, "busy")
        job = uuid.uuid4().hex[:12]
        work = self.root / "jobs" / job
        inputs = work / "texts"
        inputs.mkdir(parents=True)
        used: set[str] = set()
        for i, (fname, data) in enumerate(files):
            base = fname if fname not in used else f"{i}-{fname}"
            used.add(base)
            (inputs / base).write_bytes(data)
        ctx = multiprocessing.get_context("spawn")       # the same on Windows and Linux
        proc = ctx.Process(target=_mine_worker, args=(str(inputs), str(work / "bank"), str(work / "progress.json")),
                           daemon=True)
        proc.start()
        with self.lock:
            self.jobs[job] = {"state": "mining", "name": name, "replace": replace, "proc": proc,
                              "work": work, "started": time.monotonic(), "files": len(files)}
        return job

    def status(self, job: str) -> dict[str, Any]:
        with self.lock:                    # two polls at once must not both move the finished bank
            j = self.jobs.get(job)
            if j is None:
                raise Refused(_("no such mining job"), 404, "no-job")
            if j["state"] == "mining":
                self._advance(j)
            return {k: v for k, v in j.items() if k not in ("proc", "work")}

    def _advance(self, j: dict[str, Any]) -> None:
        try:
            progress = json.loads((j["work"] / "progress.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            progress = {"state": "mining", "done": 0, "total": j["files"], "file": ""}
        if progress.get("state") == "mining" and not j["proc"].is_alive():
            progress = {"state": "failed", "error": _("mining stopped unexpectedly")}
        if progress.get("state") == "done":
            target = self.folder / j["name"]
            self.folder.mkdir(parents=True, exist_ok=True)
            if target.exists():
                trash = self.folder / f".replaced-{uuid.uuid4().hex}"
                os.replace(target, trash)
                shutil.rmtree(trash, ignore_errors=True)
            self.generation += 1
            os.replace(j["work"] / "bank", target)
            shutil.rmtree(j["work"], ignore_errors=True)
            self.choose(j["name"])
        if progress.get("state") == "failed":
            shutil.rmtree(j["work"], ignore_errors=True)
        j.update(progress)
