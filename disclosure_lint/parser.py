"""Text → document model: the line lexer feeds Lark's LALR parser.

The transformer runs during parsing (``transformer=`` with LALR), so no parse
tree is ever built; the grammar itself lives in ``grammar/report.lark`` and the
parser for it is Lark's standalone parser, generated once and cached
(``standalone.py``), so a run does not import Lark.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from . import lexer as line_lexer
from . import patterns, standalone
from .model import (
    Block,
    Directive,
    Heading,
    LineIndex,
    Report,
    Section,
    Span,
)
from .reading import SourceText
from .tables import read_tables
from .template import PERIOD_KEY, SECTIONS, ordinal_value


class _LineTokens:
    """Feeds pre-classified lines to the parser (Lark's lexer interface).

    Each token's value is the ``range`` of the line indices it covers.  A top-level
    section heading is a ``SECTION`` token that also covers the lines after it, an
    inline suppression comment is one ``DIRECTIVE`` token, and any other run of lines
    is one ``BODY`` token (the lines are already classified: sub-headings,
    paragraphs, list items, table rows), so LALR work grows with the document's
    structure, not with its length: a report is about seven tokens.  The lexer tells
    where the section headings and the comments are (``lexer.lex_report``).
    """

    def __init__(self, token_class: Any) -> None:
        self.token = token_class

    def lex(self, lexer_state: Any, parser_state: Any) -> Iterator[Any]:
        token = self.token
        lines, sections, directives, _ = lexer_state.text
        breaks = [index for index, _ in sections] + [len(lines)]
        if directives:
            breaks = sorted(breaks + directives)
        index = 0
        for number, at in enumerate(breaks):
            if index < at:  # the lines before a heading or a comment
                yield token("BODY", range(index, at), lines[index].span.start)
            if at == len(lines):
                break
            line = lines[at]
            if line.directive is not None:
                yield token("DIRECTIVE", range(at, at + 1), line.span.start)
                index = at + 1
            else:  # a section heading and the lines up to the next heading or comment
                index = breaks[number + 1]
                yield token("SECTION", range(at, index), line.span.start)


class _Builder:
    """Turns tokens into model objects while the parser reduces (Lark calls the
    method named after each rule with the rule's children)."""

    def __init__(self) -> None:
        self.lines: list[line_lexer.Line] = []
        self.directives: list[Directive] = []

    def _blocks(self, children: list[Any]) -> list[Block]:
        run = children[0].value  # a range of line indices: the lines are the blocks
        return self.lines[run.start:run.stop]  # type: ignore[return-value]

    body = _blocks

    def directive(self, children: list[Any]) -> list[Block]:
        line = self.lines[children[0].value[0]]
        parsed = _parse_directive(line.directive or "", line.span)
        if parsed is not None:
            self.directives.append(parsed)
        return []

    def preamble(self, children: list[list[Block]]) -> list[Block]:
        return [block for group in children for block in group]

    def section(self, children: list[Any]) -> Section:
        run = children[0].value  # the heading line and the lines up to a directive
        heading = _heading(self.lines[run.start])
        blocks: list[Block] = self.lines[run.start + 1:run.stop]  # type: ignore[assignment]
        for group in children[1:]:
            blocks.extend(group)
        return Section(heading, SECTIONS[heading.ordinal - 1].key, blocks)

    def start(self, children: list[Any]) -> tuple[list[Block], list[Section]]:
        return children[0], children[1:]


_new = tuple.__new__  # Heading(...), Span(...) without NamedTuple's Python-level __new__


def _heading(line: line_lexer.Line) -> Heading:
    match = line.head
    assert match is not None
    part, ordinal, title, sep = match.group("part", "ord", "title", "sep")
    ordinal_text = part or ordinal
    title_start = line.span.start + match.start("title")
    title = title.strip()
    return _new(Heading, (line.span, ordinal_value(ordinal_text), ordinal_text, title,
                          _new(Span, (title_start, title_start + len(title))), line.style,
                          line.level, sep or ""))


_DIRECTIVE_BODY = patterns.compile(
    r"^\s*(disable-next-line|disable|enable)\b\s*([A-Za-z0-9_,\s-]*?)\s*(?:--\s*(.*))?$")


def _parse_directive(body: str, span: Span) -> Directive | None:
    match = _DIRECTIVE_BODY.match(body)
    if match is None:
        return Directive(span, "invalid", (), body.strip())
    codes = tuple(c for c in re.split(r"[\s,]+", match.group(2)) if c)
    return Directive(span, match.group(1), codes, (match.group(3) or "").strip())


@lru_cache(maxsize=1)
def _parser() -> tuple[Any, _Builder]:
    module = standalone.load()
    builder = _Builder()
    lark = module.Lark_StandAlone(transformer=builder)
    lark.parser.lexer = _LineTokens(module.Token)  # the frontend's lexer: ours, not Lark's
    return lark, builder


def prepare() -> None:
    """Load the parser now, e.g. before forking worker processes that will all need it."""
    _parser()


_TITLE = patterns.compile(
    r"(?P<agency>[^\s《》“”\"]{0,40}?)\s*(?P<year>(?:19|20)\d{2})\s*年\s*度?\s*"
    r"(?:政府信息公开|政务公开|信息公开|政府$)")
_TITLE_YEAR_FIRST = patterns.compile(
    r"^(?P<year>(?:19|20)\d{2})\s*年\s*度?\s*(?P<agency>\S{2,30}?)(?:政府信息公开|政务公开)")
_PERIOD_YEAR = patterns.compile(rf"(?:{PERIOD_KEY})[^。]{{0,20}}?((?:19|20)\d{{2}})\s*年")


def parse(source: SourceText, path: str = "-", year: int | None = None) -> Report:
    """Parse decoded text into a ``Report``; never raises on odd input."""
    text = source.text
    lexed = line_lexer.lex_report(text)
    lines = lexed[0]
    lark, builder = _parser()
    builder.lines = lines
    builder.directives = []
    # The transformer runs inside the parser, so parse() returns start()'s tuple.
    parsed: Any = lark.parse(lexed)  # type: ignore[arg-type]
    preamble: list[Block] = parsed[0]
    sections: list[Section] = parsed[1]
    report = Report(path=path, text=text, lines=LineIndex(text, source.line_map),
                    encoding=source.encoding, preamble=preamble, sections=sections,
                    directives=builder.directives)
    report.duplicate_headings = [_heading(line) for line in lexed.rejected]
    _read_title(report, lines)
    if year is not None:
        report.year = year
    read_tables(report, lines, lexed.sections)
    return report


def _read_title(report: Report, lines: list[line_lexer.Line]) -> None:
    limit = report.sections[0].heading.span.start if report.sections else len(report.text)
    head_lines = [ln for ln in lines[:12] if ln.span.start < max(limit, 1)]
    for line in head_lines:
        if "报告" not in line.text and "年报" not in line.text and "政府" not in line.text:
            continue
        match = _TITLE_YEAR_FIRST.search(line.text) or _TITLE.search(line.text)
        if match:
            report.title = line
            report.year = int(match.group("year"))
            start = line.span.start + match.start("year")
            report.year_span = Span(start, start + 4)
            agency = re.split(r"[:：]", match.group("agency"))[-1].strip()  # '标题：…'
            report.agency = agency or None
            return
    match = _PERIOD_YEAR.search(report.text[:3000])
    if match:
        report.year = int(match.group(1))
        report.year_span = Span(match.start(1), match.end(1))
