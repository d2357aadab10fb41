"""The typed document model that rules see (never Lark trees).

Offsets are the truth: every node carries a ``Span`` of character offsets
into ``Report.text``; line and column are derived through ``LineIndex``.
"""

from __future__ import annotations

import bisect
from enum import Enum
from typing import NamedTuple

from .record import Record


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


class Block(Record):
    """One logical line of the document body."""

    __slots__ = ("kind", "span", "text", "level", "style")
    kind: BlockKind
    span: Span
    text: str  # the content without markup (no '#', '**', '- ', list bullets)
    level: int  # markdown heading level ('#' count), 0 when not markdown
    style: HeadingStyle

    def __init__(self, kind: BlockKind, span: Span, text: str, level: int = 0,
                 style: HeadingStyle = HeadingStyle.PLAIN) -> None:
        self.kind = kind
        self.span = span
        self.text = text
        self.level = level
        self.style = style


class Heading(NamedTuple):
    """A top-level section heading such as ``一、总体情况``."""

    span: Span
    ordinal: int  # 1..6
    ordinal_text: str  # '一'
    title: str  # the text after the ordinal and its separator
    title_span: Span
    style: HeadingStyle
    level: int  # markdown level, 0 if not markdown
    separator: str  # '、', '．', ' ' …


class Section(Record):
    __slots__ = ("heading", "key", "blocks")
    heading: Heading
    key: str | None  # canonical key from the template when the title is recognised
    blocks: list[Block]

    def __init__(self, heading: Heading, key: str | None,
                 blocks: list[Block] | None = None) -> None:
        self.heading = heading
        self.key = key
        self.blocks = [] if blocks is None else blocks

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


class TableRow(Record):
    __slots__ = ("key", "label", "label_span", "cells", "mapped_by", "_numbers")
    _not_compared = ("_numbers",)
    key: str  # canonical template key, e.g. 'r3_open' or 't2.rules'
    label: str  # the label text as written (joined when spread over cells)
    label_span: Span
    cells: list[Cell]  # every value slot after the label, in order
    mapped_by: str  # 'label' or 'order' (no readable label; placed by position)
    _numbers: list[int | float] | None

    def __init__(self, key: str, label: str, label_span: Span, cells: list[Cell],
                 mapped_by: str = "label") -> None:
        self.key = key
        self.label = label
        self.label_span = label_span
        self.cells = cells
        self.mapped_by = mapped_by
        self._numbers = None

    def numbers(self) -> list[int | float]:
        """The values used in sums (a blank counts as 0; DL204 reports it), computed once."""
        numbers = self._numbers
        if numbers is None:  # (Cell.number inlined: called for every cell of every table)
            numbers = self._numbers = [0 if c.value is None else c.value for c in self.cells]
        return numbers


class ColumnLabel(NamedTuple):
    key: str
    text: str
    span: Span


class Table(Record):
    """A statistics table mapped to the template (T2, T3 or T4)."""

    __slots__ = ("kind", "edition", "span", "rows", "columns", "value_columns",
                 "unknown_rows", "subtotals")
    kind: str  # 'T2' | 'T3' | 'T4'
    edition: str  # '2021' | '2019'
    span: Span
    rows: dict[str, TableRow]
    columns: list[ColumnLabel]
    value_columns: tuple[str, ...]
    unknown_rows: list[TableRow]
    subtotals: list[TableRow]  # key 'subtotal.<group>'

    def __init__(self, kind: str, edition: str, span: Span,
                 rows: dict[str, TableRow] | None = None,
                 columns: list[ColumnLabel] | None = None,
                 value_columns: tuple[str, ...] = (),
                 unknown_rows: list[TableRow] | None = None,
                 subtotals: list[TableRow] | None = None) -> None:
        self.kind = kind
        self.edition = edition
        self.span = span
        self.rows = {} if rows is None else rows
        self.columns = [] if columns is None else columns
        self.value_columns = value_columns
        self.unknown_rows = [] if unknown_rows is None else unknown_rows
        self.subtotals = [] if subtotals is None else subtotals

    def value(self, row: str, column: int) -> int | float | None:
        found = self.rows.get(row)
        if found is None or column >= len(found.cells):
            return None
        return found.cells[column].value


class Directive(NamedTuple):
    """An inline suppression comment ``<!-- disclosure-lint: … -->``."""

    span: Span
    action: str  # 'disable' | 'enable' | 'disable-next-line'
    codes: tuple[str, ...]
    reason: str


class Report(Record):
    __slots__ = ("path", "text", "lines", "encoding", "title", "year", "year_span", "agency",
                 "preamble", "sections", "tables", "edition", "directives",
                 "duplicate_headings", "memo")
    _not_compared = ("memo",)
    path: str
    text: str
    lines: LineIndex
    encoding: str
    title: Block | None
    year: int | None
    year_span: Span | None
    agency: str | None
    preamble: list[Block]
    sections: list[Section]
    tables: dict[str, Table]
    edition: str | None  # detected template edition: '2021' | '2019' | None
    directives: list[Directive]
    duplicate_headings: list[Heading]
    # Work several rules would repeat, done once per report on first use
    # (``disclosure_lint.narrative``); not part of the model's value.
    memo: dict

    def __init__(self, path: str, text: str, lines: LineIndex, encoding: str,
                 title: Block | None = None, year: int | None = None,
                 year_span: Span | None = None, agency: str | None = None,
                 preamble: list[Block] | None = None, sections: list[Section] | None = None,
                 tables: dict[str, Table] | None = None, edition: str | None = None,
                 directives: list[Directive] | None = None,
                 duplicate_headings: list[Heading] | None = None) -> None:
        self.path = path
        self.text = text
        self.lines = lines
        self.encoding = encoding
        self.title = title
        self.year = year
        self.year_span = year_span
        self.agency = agency
        self.preamble = [] if preamble is None else preamble
        self.sections = [] if sections is None else sections
        self.tables = {} if tables is None else tables
        self.edition = edition
        self.directives = [] if directives is None else directives
        self.duplicate_headings = [] if duplicate_headings is None else duplicate_headings
        self.memo = {}

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
