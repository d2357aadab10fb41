"""The typed document model that rules see (never Lark trees).

Offsets are the truth: every node carries a ``Span`` of character offsets
into ``Report.text``; line and column are derived through ``LineIndex``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from enum import Enum
from typing import NamedTuple


class Span(NamedTuple):
    """Half-open character range ``[start, end)`` into the report text."""

    start: int
    end: int


class LineIndex:
    """Maps character offsets to 1-based (line, column) pairs.

    The line starts are found on first use: a report without findings never needs them.
    """

    __slots__ = ("_text", "_starts_list", "_line_map")

    def __init__(self, text: str, line_map: tuple[int, ...] | None = None) -> None:
        self._text = text
        self._starts_list: list[int] | None = None
        self._line_map = line_map

    @property
    def _starts(self) -> list[int]:
        starts = self._starts_list
        if starts is None:
            starts = [0]
            text = self._text
            find = text.find
            pos = find("\n")
            while pos != -1:
                starts.append(pos + 1)
                pos = find("\n", pos + 1)
            self._starts_list = starts
        return starts

    def line_of(self, offset: int) -> int:
        """0-based index of the text line holding ``offset``."""
        return bisect.bisect_right(self._starts, offset) - 1

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the original file; column counts characters."""
        starts = self._starts
        idx = bisect.bisect_right(starts, offset) - 1
        column = offset - starts[idx] + 1
        if self._line_map is not None and idx < len(self._line_map):
            return self._line_map[idx], column
        return idx + 1, column

    def line_start(self, idx: int) -> int:
        return self._starts[idx]

    def line_count(self) -> int:
        return len(self._starts)


class BlockKind(str, Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    ROW = "row"  # a line of a table (tab- or pipe-separated, or a lone cell)


class HeadingStyle(str, Enum):
    PLAIN = "plain"
    MARKDOWN = "markdown"
    BOLD = "bold"


@dataclass(slots=True)
class Block:
    """One logical line of the document body."""

    kind: BlockKind
    span: Span
    text: str  # the content without markup (no '#', '**', '- ', list bullets)
    level: int = 0  # markdown heading level ('#' count), 0 when not markdown
    style: HeadingStyle = HeadingStyle.PLAIN


@dataclass(frozen=True, slots=True)
class Heading:
    """A top-level section heading such as ``一、总体情况``."""

    span: Span
    ordinal: int  # 1..6
    ordinal_text: str  # '一'
    title: str  # the text after the ordinal and its separator
    title_span: Span
    style: HeadingStyle
    level: int  # markdown level, 0 if not markdown
    separator: str  # '、', '．', ' ' …


@dataclass(slots=True)
class Section:
    heading: Heading
    key: str | None  # canonical key from the template when the title is recognised
    blocks: list[Block] = field(default_factory=list)

    @property
    def span(self) -> Span:
        end = self.blocks[-1].span.end if self.blocks else self.heading.span.end
        return Span(self.heading.span.start, end)


class Cell(NamedTuple):
    """One cell of a table as read from the text: a label, a value or a blank.

    A named tuple: tables hold hundreds of cells per report, and a tuple is the
    cheapest object to make (``tuple.__new__(Cell, (...))`` on the hot path)."""

    kind: str  # 'label' | 'num' | 'blank' | 'eol' (end of a row line)
    raw: str
    start: int
    end: int
    value: float | int | None = None  # None when blank, a placeholder or not a number
    fullwidth: bool = False  # the raw text used full-width digits
    glued: bool = False  # digits from free text that may hold several numbers
    inferred: bool = False  # split out of glued digits; position is approximate

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @property
    def number(self) -> int | float:
        """The value used in sums: a blank counts as 0 (DL204 reports the blank itself)."""
        value = self.value
        return value if isinstance(value, (int, float)) else 0


@dataclass(slots=True)
class TableRow:
    key: str  # canonical template key, e.g. 'r3_open' or 't2.rules'
    label: str  # the label text as written (joined when spread over cells)
    label_span: Span
    cells: list[Cell]  # every value slot after the label, in order
    mapped_by: str = "label"  # 'label' or 'order' (no readable label; placed by position)
    _numbers: list[int | float] | None = None

    def numbers(self) -> list[int | float]:
        """The values used in sums (a blank counts as 0; DL204 reports it), computed once."""
        if self._numbers is None:
            self._numbers = [c.number for c in self.cells]
        return self._numbers


@dataclass(slots=True)
class ColumnLabel:
    key: str
    text: str
    span: Span


@dataclass(slots=True)
class Table:
    """A statistics table mapped to the template (T2, T3 or T4)."""

    kind: str  # 'T2' | 'T3' | 'T4'
    edition: str  # '2021' | '2019'
    span: Span
    rows: dict[str, TableRow] = field(default_factory=dict)
    columns: list[ColumnLabel] = field(default_factory=list)
    value_columns: tuple[str, ...] = ()
    unknown_rows: list[TableRow] = field(default_factory=list)
    subtotals: list[TableRow] = field(default_factory=list)  # key 'subtotal.<group>'

    def value(self, row: str, column: int) -> int | float | None:
        found = self.rows.get(row)
        if found is None or column >= len(found.cells):
            return None
        return found.cells[column].value


@dataclass(slots=True)
class Directive:
    """An inline suppression comment ``<!-- disclosure-lint: … -->``."""

    span: Span
    action: str  # 'disable' | 'enable' | 'disable-next-line'
    codes: tuple[str, ...]
    reason: str


@dataclass(slots=True)
class Report:
    path: str
    text: str
    lines: LineIndex
    encoding: str
    title: Block | None = None
    year: int | None = None
    year_span: Span | None = None
    agency: str | None = None
    preamble: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    tables: dict[str, Table] = field(default_factory=dict)
    edition: str | None = None  # detected template edition: '2021' | '2019' | None
    directives: list[Directive] = field(default_factory=list)
    duplicate_headings: list[Heading] = field(default_factory=list)
    # Work several rules would repeat, done once per report on first use
    # (``disclosure_lint.narrative``); not part of the model's value.
    memo: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def section(self, key: str) -> Section | None:
        for section in self.sections:
            if section.key == key:
                return section
        return None

    def blocks(self) -> list[Block]:
        """Every body block in document order (preamble first)."""
        out = list(self.preamble)
        for section in self.sections:
            out.extend(section.blocks)
        return out

    def snippet(self, span: Span) -> str:
        return self.text[span.start:span.end]
