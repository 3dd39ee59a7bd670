"""The package reads as the pipeline: each stage imports only the stages below it, and no module
imports another that imports it back (every import counted, those inside functions too)."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT

PKG = ROOT / "drafter"
# rank of each stage; a module may import its own stage or a lower rank, never a sibling of its rank
RANK = {"base": 0, "text": 1, "checking": 2, "bank": 3, "mining": 4, "drafting": 4, "output": 5,
        "api": 6, "__init__": 6, "web": 7, "cli": 8, "__main__": 9}
BASE = {"errors", "resources", "recache", "records", "memo", "atomic", "i18n"}  # the top-level modules every stage stands on


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    """Every drafter module ``path`` imports, resolved to a dotted name."""
    me = _module_name(path)
    package = me if path.name == "__init__.py" else me.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "drafter":
                continue
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                found.add(sub if _exists(sub) else target)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "drafter")
    found.discard(me)
    return found


def _exists(dotted: str) -> bool:
    p = ROOT.joinpath(*dotted.split("."))
    return p.with_suffix(".py").is_file() or (p / "__init__.py").is_file()


def _stage(dotted: str) -> str:
    parts = dotted.split(".")
    if len(parts) == 1:
        return "__init__"
    return "base" if parts[1] in BASE else parts[1]


MODULES = {_module_name(p): p for p in sorted(PKG.rglob("*.py"))}


def test_every_module_has_a_stage():
    assert sorted({_stage(m) for m in MODULES} - set(RANK)) == []


def test_no_module_imports_a_higher_or_sibling_stage():
    wrong = []
    for name, path in MODULES.items():
        if name == "drafter":            # the lazy API names point upward by design (PEP 562)
            continue
        mine = _stage(name)
        for target in sorted(_imports(path)):
            theirs = _stage(target)
            if theirs == mine or target == "drafter":
                continue
            if RANK[theirs] >= RANK[mine]:
                wrong.append(f"{name} imports {target}")
    assert wrong == []


def test_no_import_cycle():
    graph = {name: {t for t in _imports(path) if t in MODULES} for name, path in MODULES.items()
             if name != "drafter"}
    cycles = []
    state: dict[str, int] = {}

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append(" → ".join(stack[stack.index(nxt):] + [nxt]))
            elif nxt not in state:
                visit(nxt, stack + [nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert cycles == []


def test_every_stage_says_what_it_owns():
    for stage in ("text", "checking", "bank", "mining", "drafting", "output", "web"):
        doc = ast.get_docstring(ast.parse((PKG / stage / "__init__.py").read_text(encoding="utf-8")))
        assert doc and ("May import" in doc or "may import" in doc), stage


def test_import_drafter_is_cheap_and_the_api_is_lazy():
    code = ("import sys, drafter; drafter.draft; drafter.lint; drafter.load_bank; drafter.load_event; "
            "drafter.mine; "
            "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
            "('jieba', 'sklearn', 'numpy', 'scipy', 'docx', 'flask', 'opencc')); print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT)
    assert out.stdout.strip() == "[]"
