"""Typed, user-readable problems and the exception that carries them.

A problem is data (code, severity, row, column, values); the wording lives in
``retention_gui.messages`` so the CLI, the GUI and the exporter say the same
thing, in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

__all__ = ["Problem", "InputError", "Cancelled", "ProblemList", "ERROR", "WARNING"]

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with (or worth noting about) the input or a result.

    ``row`` is the row as the user's spreadsheet shows it (Excel row number,
    or the 1-based row of a typed table); ``column`` is a canonical key or the
    source header; ``values`` fill the message template of ``code``.
    """

    code: str
    severity: str = ERROR
    row: int | None = None
    column: str | None = None
    period: str | None = None
    values: dict[str, Any] = field(default_factory=dict)
    file: str | None = None
    sheet: str | None = None
    column_label: str | None = None

    def located(self, **where: Any) -> "Problem":
        """The same problem with file/sheet (or other location) filled in."""
        data = {**self.__dict__, **{k: v for k, v in where.items() if v is not None}}
        return Problem(**data)


class ProblemList:
    """Mixin for results that carry ``problems``: their errors and warnings."""

    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity != ERROR]


class InputError(ValueError):
    """Bad input the user can fix. Carries one or more :class:`Problem`."""

    def __init__(self, code_or_problems: str | list[Problem], **values: Any) -> None:
        if isinstance(code_or_problems, str):
            problems = [Problem(code=code_or_problems, values=values)]
        else:
            problems = list(code_or_problems)
        self.problems: list[Problem] = problems
        super().__init__(problems[0].code if problems else "input_error")

    def __str__(self) -> str:  # the words of retention_gui.messages once it is imported; codes before that
        return "; ".join(_problem_text(p) for p in self.problems[:20])


def _code_text(problem: Problem) -> str:
    return problem.code + (f" {problem.values}" if problem.values else "")


_problem_text: Callable[[Problem], str] = _code_text


def set_problem_text(fn: Callable[[Problem], str]) -> None:
    """How ``str(InputError)`` words a problem. ``retention_gui.messages`` installs its wording on import,
    so the core needs no import of the layer above it."""
    global _problem_text
    _problem_text = fn


class Cancelled(Exception):
    """Raised by long core work when the caller asked it to stop."""
