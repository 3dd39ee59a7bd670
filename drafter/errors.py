"""The error model: every failure a user can cause is one of these, turned into a message and
an exit status in one place (``drafter.cli``)."""
from __future__ import annotations

from typing import ClassVar

from .i18n import _, field_label


class DrafterError(Exception):
    """Base class; ``str(err)`` is a complete message for the user."""

    exit_code: ClassVar[int] = 1


class InputError(DrafterError, ValueError):
    """Bad input from the user: a file, a field, an option. Exit status 2, nothing written."""

    exit_code: ClassVar[int] = 2

    def __init__(self, problem: str, *, path: str | None = None, line: int | None = None,
                 field: str | None = None, named: bool = False) -> None:
        """``problem`` is already in the reader's language; ``named``: it names the field itself
        (the field is then not put before it)."""
        self.problem, self.path, self.line, self.field = problem, path, line, field
        self.named = named
        super().__init__(self.format())

    def format(self) -> str:
        where = ""
        if self.path is not None:
            where = (_("{path}:{line}: ").format(path=self.path, line=self.line) if self.line
                     else _("{path}: ").format(path=self.path))
        if self.field and not self.named:
            return where + _("{field}: {problem}").format(field=field_label(self.field), problem=self.problem)
        return f"{where}{self.problem}"


class ReadError(InputError):
    """A file that cannot be read as text (missing, binary, undecodable, unreadable)."""


class PhraseBankError(InputError):
    """A phrase bank file that is missing, corrupt or refers to an unknown section or slot."""


class TemplateError(InputError):
    """A template that cannot be loaded or rendered (syntax, undefined name, sandbox breach)."""


class DraftCheckError(DrafterError):
    """The program could not produce a draft that passes its own checks (exit 3)."""

    exit_code: ClassVar[int] = 3

    def __init__(self, message: str, findings: list | None = None) -> None:
        self.findings = findings or []
        super().__init__(message)


class DrafterWarning(UserWarning):
    """Something the user should see but that does not stop the command."""
