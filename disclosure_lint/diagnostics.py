"""The output records: findings placed in a file and worded in one language.

Kept free of the parser and the rules so that output (and cached results) can be
rendered without importing them.
"""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple

from .record import Record


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 2, "warning": 1, "info": 0}[self.value]


class RelatedPlace(NamedTuple):
    line: int
    column: int
    note: str


class Diagnostic(NamedTuple):
    """A finding placed in a file and worded in one language (the output record)."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    name: str
    severity: Severity
    message: str
    hint: str | None
    related: tuple[RelatedPlace, ...] = ()
    source_line: str = ""  # the text of ``line``, for code frames


class FileResult(Record):
    __slots__ = ("path", "diagnostics", "errors")
    path: str
    diagnostics: list[Diagnostic]
    errors: list[str]  # internal failures (exit 2)

    def __init__(self, path: str, diagnostics: list[Diagnostic] | None = None,
                 errors: list[str] | None = None) -> None:
        self.path = path
        self.diagnostics = [] if diagnostics is None else diagnostics
        self.errors = [] if errors is None else errors
