#!/usr/bin/env python3
"""The author's automatic check of the review drafts (not the review: see rubric.md). For each
draft: its length and the length asked, drafter's warnings, lint errors at the event's date,
sentences said twice, near-repeats between neighbouring sentences, paragraphs opening on 这些/这样,
and words that put the speaker on the wrong side (a host thanking for 热情接待, 双方要 to cadres, 我 in news).
Run from the project root after make_drafts.sh; prints a Markdown table."""
import re
import sys
from pathlib import Path


from drafter.checking.lint import lint_text
from drafter.drafting.gate import _shares_run
from drafter.resources import data
from drafter.text.cnlang import hanzi_count

HERE = Path(__file__).resolve().parent
SENT = re.compile(r"[^。！？：\n]+[。！？：]")
WRONG = {"welcome": ("热情接待", "热情款待"), "reply": ("我县", "热烈的欢迎"), "news": ("我",),
         "symposium": ("双方要", "双方将")}


def main():
    gate = data("eras")["gate"]
    rows = ["| draft | kind/side | length (asked) | warning | lint errors | repeats | wrong-side words |",
            "|---|---|---|---|---|---|---|"]
    for ev_path in sorted((HERE / "events").glob("*.yaml")):
        name = ev_path.stem
        text = (HERE / "drafts" / f"{name}.txt").read_text(encoding="utf-8")
        warn = HERE / "drafts" / f"{name}.warn"
        from drafter.drafting.event import load_event

        e = load_event(ev_path)       # (the event's own reading: Chinese keys too, 97-…-zhkeys)
        errors = [f for f in lint_text(text, e.event.date) if f.severity == "error"]
        names = [x for x in (e.host.short, e.guest.short, e.event.name, e.event.place, e.event.theme,
                             *e.host.industries, *e.cooperation.areas,
                             *(p.name for p in e.host.leaders + e.guest.leaders)) if x]
        ss = SENT.findall(text)
        repeats = len(ss) - len(set(ss))
        for para in text.split("\n")[3:]:
            ps = SENT.findall(para)
            repeats += sum(1 for a, b in zip(ps, ps[1:]) if _shares_run(a, b, names, gate["ignore"]))
        side = e.speaker.side if e.speaker else "host"
        body = "\n".join(text.split("\n")[1:])
        wrong = [w for w in WRONG.get(e.kind, ()) if w in body.replace("我国", "")]
        rows.append(f"| {name} | {e.kind}/{side} | {hanzi_count(text)} ({e.length or '—'}) | "
                    f"{'yes' if warn.exists() else ''} | {len(errors)} | {repeats} | {'、'.join(wrong)} |")
    print("\n".join(rows))


if __name__ == "__main__":
    sys.exit(main())
