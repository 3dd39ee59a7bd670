"""drafter: draft East–West cooperation speeches, mine and browse a phrase bank, lint speech texts.

The public API is what ``__all__`` lists; every other name is internal.
"""
from __future__ import annotations

from .errors import DraftCheckError, DrafterError, InputError, PhraseBankError, ReadError, TemplateError

__version__ = "0.1.0"

__all__ = ["DraftCheckError", "DrafterError", "InputError", "PhraseBankError", "ReadError",
           "TemplateError", "__version__"]
