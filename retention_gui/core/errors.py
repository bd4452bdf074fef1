"""Typed, user-readable problems and the exception that carries them.

A problem is data (code, severity, row, column, values); the wording lives in
``retention_gui.messages`` so the CLI, the GUI and the exporter say the same
thing, in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

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

    def __str__(self) -> str:  # English text for logs and plain Python use
        from ..messages import format_problem

        return "; ".join(format_problem(p) for p in self.problems[:20])


class Cancelled(Exception):
    """Raised by long core work when the caller asked it to stop."""
