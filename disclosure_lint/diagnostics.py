"""The output records: findings placed in a file and worded in one language.

Kept free of the parser and the rules so that output (and cached results) can be
rendered without importing them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 2, "warning": 1, "info": 0}[self.value]


@dataclass(frozen=True, slots=True)
class RelatedPlace:
    line: int
    column: int
    note: str


@dataclass(frozen=True, slots=True)
class Diagnostic:
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


@dataclass
class FileResult:
    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # internal failures (exit 2)
