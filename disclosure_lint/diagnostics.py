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
    source_line: str = ""  # the text of ``line`` (of a very long line, a window), for frames
    source_column: int = 1  # the column of ``line`` where ``source_line`` starts


SOURCE_LIMIT = 1_000  # characters of a line a diagnostic keeps for its code frame


def source_window(text: str, line_start: int, line_end: int, offset: int) -> tuple[str, int]:
    """The text of the line ``text[line_start:line_end]`` that a diagnostic at ``offset``
    keeps, and the column where it starts: the whole line, or of a very long one (a
    crawled page on one line) ``SOURCE_LIMIT`` characters around ``offset``, so that a
    report's diagnostics never hold one copy each of a huge line."""
    if line_end - line_start <= SOURCE_LIMIT:
        return text[line_start:line_end], 1
    first = min(max(line_start, offset - SOURCE_LIMIT // 2), line_end - SOURCE_LIMIT)
    return text[first:first + SOURCE_LIMIT], first - line_start + 1


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
