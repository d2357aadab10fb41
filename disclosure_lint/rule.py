"""What a rule is, and what it returns.

A rule is pure: ``check(report, options)`` yields ``Finding`` objects, frozen
data naming a span, a message id and its arguments.  The engine adds the path,
the severity and suppressions; renderers turn message ids into words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, NamedTuple

from .diagnostics import Severity
from .model import Report, Span
from .record import EMPTY_MAPPING

__all__ = ["Check", "Finding", "Related", "Rule", "Severity", "Text", "finding"]


class Text(NamedTuple):
    """A phrase in both message languages (row and column names, notes)."""

    zh: str
    en: str

    def __str__(self) -> str:
        return self.zh

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


class Related(NamedTuple):
    span: Span
    note: Text


class Finding(NamedTuple):
    code: str
    span: Span
    message: str  # id into the rule's ``messages``
    args: Mapping[str, Any] = EMPTY_MAPPING
    related: tuple[Related, ...] = ()


Check = Callable[[Report, Any], Iterable[Finding]]


class Rule(NamedTuple):
    """A rule's metadata and its check.

    ``messages`` maps a message id to ``{"zh": template, "en": template}``;
    the key ``"hint"`` (optional) holds the fix, formatted with the same
    arguments.  ``options`` is a ``typing.NamedTuple`` or a stdlib dataclass whose
    fields all have defaults (validated by pydantic only when a configuration sets
    it; see ``option_fields``).
    """

    code: str
    name: str
    severity: Severity
    summary: Text
    check: Check
    messages: Mapping[str, Mapping[str, str]]
    doc: str = ""
    options: type | None = None
    editions: frozenset[str] = frozenset({"2021", "2019"})

    def render(self, finding: Finding, lang: str) -> tuple[str, str | None]:
        """The message and hint of ``finding`` in ``lang``."""
        args = {k: (v.get(lang) if isinstance(v, Text) else v) for k, v in finding.args.items()}
        message = self.messages[finding.message][lang].format(**args)
        hint_id = finding.message + ".hint"
        hint_table = self.messages.get(hint_id) or self.messages.get("hint")
        hint = hint_table[lang].format(**args) if hint_table else None
        return message, hint


def option_fields(options: type | None) -> list[tuple[str, Any, Any]] | None:
    """(name, type, default) of each field of a rule's options class, or None when it
    is neither a ``typing.NamedTuple`` nor a dataclass.  The built-in rules use named
    tuples: a dataclass costs about 0.5 ms of start-up to define."""
    if options is None:
        return None
    named = getattr(options, "_field_defaults", None)
    if isinstance(named, dict) and issubclass(options, tuple):
        types = getattr(options, "__annotations__", {})
        fields: tuple[str, ...] = options._fields  # type: ignore[attr-defined]
        return [(name, types.get(name), named.get(name)) for name in fields]
    import dataclasses

    if not dataclasses.is_dataclass(options):
        return None
    return [(f.name, f.type, f.default) for f in dataclasses.fields(options) if f.init]


def finding(code: str, span: Span, message: str, related: Iterable[Related] = (),
            **args: Any) -> Finding:
    return Finding(code, span, message, args, tuple(related))
