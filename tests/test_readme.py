"""What the README shows of drafter's output is what drafter writes (its excerpt of the example
welcome speech once showed wordings the templates no longer had: 看实情、听建议)."""
from __future__ import annotations

from .conftest import ROOT


def test_the_readme_excerpt_of_the_welcome_speech_is_the_pinned_output():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("What the example welcome speech looks like")
    block = readme[readme.index("```\n", start) + 4:]
    block = block[:block.index("```\n")]
    golden = (ROOT / "tests" / "golden" / "welcome-seed2026.txt").read_text(encoding="utf-8").splitlines()
    shown = [line for line in block.splitlines() if line != "……"]
    assert len(shown) >= 6
    positions = [golden.index(line) for line in shown]     # every line shown is a line of the draft…
    assert positions == sorted(positions)                  # …in the draft's order
