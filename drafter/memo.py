"""A function's answers by argument, made when first asked for: ``Memo(fn)[x]`` is ``fn(x)``,
computed once, a dict lookup after that (the drafting path asks the same of a text in every pass
and every variant). A table with a ``limit`` starts afresh when it holds that many answers, so the
memory it takes is bounded whatever the input."""
from __future__ import annotations

from typing import Any, Callable


class Memo(dict):  # type: ignore[type-arg]
    __slots__ = ("fn", "limit")

    def __init__(self, fn: Callable[[Any], Any], limit: int | None = None) -> None:
        super().__init__()
        self.fn, self.limit = fn, limit

    def __missing__(self, key: Any) -> Any:
        if self.limit is not None and len(self) >= self.limit:
            self.clear()
        got = self[key] = self.fn(key)
        return got
