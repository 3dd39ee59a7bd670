"""Web preview speed: one POST /api/draft to a running `drafter serve` (real HTTP over loopback,
the example welcome event, a new seed each time) against the same draft made by the library
in-process in the same run. Goal: under 100 ms per preview.

Run: python bench/bench_serve.py
"""
from __future__ import annotations

import json
import statistics
import sys
import threading
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from common import ROOT, row  # noqa: E402

N = 60


def main() -> list[str]:
    import logging

    import yaml
    from werkzeug.serving import make_server

    from drafter.drafting.draft import draft
    from drafter.drafting.event import load_event
    from drafter.web import create_app

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    event = yaml.safe_load((ROOT / "examples" / "welcome.yaml").read_text(encoding="utf-8"))
    event = json.loads(json.dumps(event, default=str))
    ev = load_event(ROOT / "examples" / "welcome.yaml")
    srv = make_server("127.0.0.1", 0, create_app(), threaded=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{srv.port}/api/draft"

    def request(seed: int) -> float:
        body = json.dumps({"event": event, "seed": seed}).encode()
        req = urllib.request.Request(url, body, {"Content-Type": "application/json"})
        t = time.perf_counter()
        with urllib.request.urlopen(req) as res:
            assert res.status == 200 and json.load(res)["text"]
        return time.perf_counter() - t

    def library(seed: int) -> float:
        t = time.perf_counter()
        draft(ev, seed=seed)
        return time.perf_counter() - t

    for s in range(5):                    # warm both: templates compiled, bank loaded
        request(s), library(s)
    web = [request(100 + s) for s in range(N)]
    lib = [library(100 + s) for s in range(N)]
    srv.shutdown()
    w, li = statistics.median(web), statistics.median(lib)
    worst = max(web)
    return [
        row(f"web preview, POST /api/draft (median of {N})",
            f"{w * 1000:.1f} ms = {w / li:.1f} x the library's draft ({li * 1000:.1f} ms); slowest {worst * 1000:.0f} ms",
            "< 100 ms", w < 0.1 and worst < 0.1),
    ]


if __name__ == "__main__":
    print("| measure | value | goal | |\n|---|---|---|---|")
    print("\n".join(main()))
