"""Line-level lexer: the text becomes one token per logical line.

A character-level grammar is far too slow for bulk review, so the lexer cuts
the text into lines (very long lines, as left by web crawlers, are cut again at
sentence ends and section headings), strips markup and classifies each line.
Which ordinal lines are *top-level* section headings is decided here, with the
whole document in view (see ``pick_sections``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import patterns
from .model import Block, BlockKind, HeadingStyle, Span
from .template import (
    SECTIONS,
    T2_ANCHOR,
    T3_ANCHOR,
    T4_CELLS_ANCHOR,
    names_section,
    ordinal_value,
)

LONG_LINE = 300

_DIRECTIVE = patterns.compile(r"^\s*<!--\s*disclosure-lint\s*:(.*?)-->\s*$")
_MD_HEADING = patterns.compile(r"^(#{1,6})[ \t]*")
_BOLD = patterns.compile(r"^\*\*(.+?)\*\*[ \t]*$")
_HTML_WRAP = patterns.compile(r"^<(p|h[1-6]|div|li)[^>]*>(.*?)</\1>$", re.IGNORECASE)
_BULLET = patterns.compile(r"^[-*+•·][ \t]+")
_SEPARATOR = patterns.compile(r"^\|?[\s:|-]*-{3,}[\s:|-]*\|?$|^\|[\s|]*$")
_SECTION_HEAD = patterns.compile(
    r"^(?:第(?P<part>[一二三四五六])部分[:：、.．\s]*|(?P<ord>[一二三四五六])[ \t\u3000]*"
    r"(?P<sep>[、.．,，]|[ \t\u3000]+))[ \t\u3000]*(?P<title>.*)$")
_SUB_HEAD = patterns.compile(r"^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d{1,2}[.、．])")
# Lines inside table 三 that look like section headings but are row labels.
_T3_ROW_LABEL = patterns.compile(r"^(?:本年(?:度)?新收|上年(?:度)?结转|本年度?办理结果|结转下(?:一)?年)")
_SENTENCE_END = patterns.compile(r"[。；;!！?？]")
# Where a crawler's one-line body is cut: before a section heading …
_INLINE_HEAD = patterns.compile(r"(?<![一二三四五六七八九十])([一二三四五六])[、]")
# … and after the heading's title.
_TITLE_END = patterns.compile(r"^.{0,30}?(?:情况|事项|概述|总体情况|改进措施)")


class Line(Block):
    """One logical line with its markup stripped: the parser's tokens and the model's
    blocks are these same objects (``span`` covers the content, markup excluded)."""

    __slots__ = ("directive", "head", "is_section", "rejected")
    directive: str | None
    head: re.Match[str] | None  # section-heading candidate match on ``text``
    is_section: bool
    rejected: bool  # a strong heading candidate out of order or repeated

    def __init__(self, kind: BlockKind, span: Span, text: str, level: int = 0,
                 style: HeadingStyle = HeadingStyle.PLAIN, directive: str | None = None) -> None:
        self.kind = kind
        self.span = span
        self.text = text
        self.level = level
        self.style = style
        self.directive = directive
        self.head = None
        self.is_section = False
        self.rejected = False


def _reflow(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut one very long line at sentence ends and around section headings."""
    cuts = {start, end}
    line = text[start:end]
    for match in _SENTENCE_END.finditer(line):
        cuts.add(start + match.end())
    for match in _INLINE_HEAD.finditer(line):
        ordinal = ordinal_value(match.group(1))
        rest = line[match.end():match.end() + 40]
        if not SECTIONS[ordinal - 1].keywords.search(rest[:24]):
            continue
        if _T3_ROW_LABEL.match(rest):
            continue
        cuts.add(start + match.start())
        title = _TITLE_END.match(rest)
        if title:
            cuts.add(start + match.end() + title.end())
    points = sorted(cuts)
    return [(a, b) for a, b in zip(points, points[1:]) if text[a:b].strip()]


_MARKUP_START = frozenset("#*<-+•·")
_HEAD_START = frozenset("一二三四五六第")
_SUB_START = frozenset("（(一二三四五六七八九十0123456789")

# Enum members read once: ``BlockKind.ROW`` is a slow attribute look-up on an enum class.
_PARAGRAPH, _ROW, _HEADING, _LIST_ITEM = (BlockKind.PARAGRAPH, BlockKind.ROW, BlockKind.HEADING,
                                          BlockKind.LIST_ITEM)
_PLAIN, _MARKDOWN, _BOLD_STYLE = HeadingStyle.PLAIN, HeadingStyle.MARKDOWN, HeadingStyle.BOLD
_BULLET_START = frozenset("-*+•·")  # (a frozenset: "" is not in it)

# Lines that start or end with none of these characters are plain paragraphs (see
# ``lex_report``); both sets hold every character ``str.strip`` removes.
# (``str.isspace``'s characters, written out: a scan of the code points costs startup time.)
_WHITESPACE = frozenset("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003"
                        "\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_CLASSIFY_START = _MARKUP_START | _HEAD_START | _SUB_START | _WHITESPACE | {"|"}
_CLASSIFY_END = _WHITESPACE | {"|"}

_new_span = tuple.__new__  # Span(a, b) without NamedTuple's Python-level __new__


def classify_raw(raw: str, start: int) -> Line | None:
    """Classify the line ``raw`` that starts at offset ``start``."""
    stripped = raw.strip()
    if not stripped:
        return None
    end = start + len(raw)
    first = stripped[0]
    lead = start if len(stripped) == len(raw) else start + raw.find(first)
    # A lone number (a cell of a one-cell-per-line table) needs no test: it reads as a
    # plain paragraph below.
    if first == "<" and stripped.startswith("<!--"):
        directive = _DIRECTIVE.match(raw)
        if directive:
            return Line(_PARAGRAPH, _new_span(Span, (lead, end)), stripped,
                        directive=directive.group(1))
    if first == "|" or stripped.endswith("|") or "\t" in stripped:
        if "-" in stripped and _SEPARATOR.match(stripped):
            return None
        return Line(_ROW, _new_span(Span, (lead, end)), stripped)
    kind = _PARAGRAPH
    if first in _MARKUP_START:
        body, body_start, level, style = _strip_markup(stripped, lead)
        if not body:
            return None
        if style is not _PLAIN:
            kind = _HEADING
        elif first in _BULLET_START and _BULLET.match(stripped):
            kind = _LIST_ITEM
        first = body[0]
    else:
        body, body_start, level, style = stripped, lead, 0, _PLAIN
    if kind is _PARAGRAPH and first in _SUB_START and len(body) <= 40 \
            and _SUB_HEAD.match(body) and not _SENTENCE_END.search(body):
        kind = _HEADING
    line = Line(kind, _new_span(Span, (body_start, end)), body, level, style)
    if first in _HEAD_START:
        head = _SECTION_HEAD.match(body)
        if head and not _T3_ROW_LABEL.match(head.group("title")):
            line.head = head
    return line


def _strip_markup(stripped: str, lead: int) -> tuple[str, int, int, HeadingStyle]:
    # Each pattern is tried only where the body starts with its first character.
    level = 0
    style = _PLAIN
    body = stripped
    offset = lead
    md = _MD_HEADING.match(body) if body[:1] == "#" else None
    if md:
        level = len(md.group(1))
        style = _MARKDOWN
        body = body[md.end():]
        offset += md.end()
    bold = _BOLD.match(body) if body[:1] == "*" else None
    if bold:
        if style is _PLAIN:
            style = _BOLD_STYLE
        body = bold.group(1)
        offset += 2
    html = _HTML_WRAP.match(body) if body[:1] == "<" else None
    if html:
        body = html.group(2)
        offset += html.start(2)
    if style is _PLAIN and body[:1] in _BULLET_START:
        bullet = _BULLET.match(body)
        if bullet:
            body = body[bullet.end():]
            offset += bullet.end()
    trimmed = body.rstrip()
    return trimmed, offset, level, style


def _looks_like_heading(line: Line) -> bool:
    title = line.head.group("title") if line.head else ""
    return 0 < len(title) <= 30 and not _SENTENCE_END.search(title)


def pick_sections(candidates: list[Line]) -> list[int]:
    """Mark the section-heading candidates (lines with ``head`` set, in document order)
    that are top-level section headings; return the ordinal of each candidate.

    Ordinals must increase.  A candidate whose title carries the keywords of its
    section ("strong") is preferred; a short heading-like candidate without them
    is accepted only when no strong candidate of that ordinal follows.
    """
    ordinals: list[int] = []
    strong: list[bool] = []
    for line in candidates:
        assert line.head is not None
        part, number, title = line.head.group("part", "ord", "title")
        ordinal = ordinal_value(part or number)
        ordinals.append(ordinal)
        strong.append(names_section(ordinal, title))
    strong_later: dict[int, int] = {}  # ordinal -> index of its last strong candidate
    for index, ordinal in enumerate(ordinals):
        if strong[index]:
            strong_later[ordinal] = index
    current = 0
    for index, line in enumerate(candidates):
        ordinal = ordinals[index]
        if ordinal <= current:
            line.rejected = strong[index]
            continue
        if strong[index]:
            line.is_section = True
            current = ordinal
            continue
        later = strong_later.get(ordinal, -1)
        if later > index or not _looks_like_heading(line):
            continue
        # A weak candidate must not jump over a strong heading of a lower ordinal.
        if any(strong_later.get(k, -1) > index for k in range(current + 1, ordinal)):
            continue
        line.is_section = True
        current = ordinal
    return ordinals


# Where a statistics table starts inside sections 二, 三 and 四.
_TABLE_ANCHOR = {2: T2_ANCHOR, 3: T3_ANCHOR, 4: T4_CELLS_ANCHOR}
_CELL_MAX = 60  # longer lines in a table region are prose, not cells


def mark_tables(lines: list[Line], heads: list[tuple[int, int]]) -> None:
    """Inside the table part of sections 二/三/四, short plain lines are cells, not headings.

    ``heads`` are the (index, ordinal) of the section headings.  In a one-cell-per-line
    export the row labels of table 三 ((一)予以公开 …) would otherwise read as sub-headings.
    """
    row, plain = _ROW, _PLAIN
    for number, (head, ordinal) in enumerate(heads):
        anchor = _TABLE_ANCHOR.get(ordinal)
        if anchor is None:
            continue
        stop = heads[number + 1][0] if number + 1 < len(heads) else len(lines)
        index = head + 1
        while index < stop and not anchor.search(lines[index].text):
            index += 1
        for line in lines[index:stop]:
            text = line.text
            if line.kind is not row and line.style is plain and line.directive is None \
                    and len(text) <= _CELL_MAX \
                    and (text.isdecimal() or not _SENTENCE_END.search(text)):  # (lone numbers first)
                line.kind = row


def lex(text: str) -> list[Line]:
    """The lines of ``text``, classified, section headings chosen."""
    return lex_report(text)[0]


class Lexed(NamedTuple):
    lines: list[Line]
    sections: list[tuple[int, int]]  # (index, ordinal) of each section heading
    directives: list[int]  # indices of the inline suppression comments
    rejected: list[Line]  # strong heading candidates out of order or repeated


def lex_report(text: str) -> Lexed:
    """``lex`` with where the parser's tokens begin (see ``parser._LineTokens``) and the
    rejected heading candidates."""
    lines: list[Line] = []
    append = lines.append
    candidates: list[int] = []  # indices of the lines with a section-heading candidate
    offset = 0
    for raw in text.split("\n"):
        if not raw:
            offset += 1
            continue
        start = offset
        offset += len(raw) + 1
        if raw.isdecimal():  # a lone number (one cell per line): what classify_raw makes of it
            append(Line(_PARAGRAPH, _new_span(Span, (start, offset - 1)), raw))
        elif len(raw) > LONG_LINE:
            _add_reflowed(text, start, offset - 1, lines, candidates)
        elif raw[0] not in _CLASSIFY_START and raw[-1] not in _CLASSIFY_END and "\t" not in raw:
            # Plain prose: no markup, heading character, row sign or whitespace at either
            # end (what classify_raw makes of it, without the call).
            append(Line(_PARAGRAPH, _new_span(Span, (start, offset - 1)), raw))
        elif raw[-1] == "|" and raw[0] not in _WHITESPACE:  # a row, as classify_raw reads it
            if "-" not in raw or not _SEPARATOR.match(raw):
                append(Line(_ROW, _new_span(Span, (start, offset - 1)), raw))
        else:
            line = classify_raw(raw, start)
            if line is not None:
                if line.head is not None:
                    candidates.append(len(lines))
                append(line)
    ordinals = pick_sections([lines[index] for index in candidates])
    heads = [(index, ordinal) for index, ordinal in zip(candidates, ordinals)
             if lines[index].is_section]
    mark_tables(lines, heads)
    directives = []
    if "<!--" in text:  # (a directive needs one: most reports have none)
        directives = [index for index, line in enumerate(lines) if line.directive is not None]
    rejected = [lines[index] for index in candidates if lines[index].rejected]
    return Lexed(lines, heads, directives, rejected)


def _add_reflowed(text: str, start: int, end: int, lines: list[Line], candidates: list[int]
                  ) -> None:
    """Append the lines of the very long line ``text[start:end]`` (see ``lex``)."""
    for a, b in _reflow(text, start, end):
        line = classify_raw(text[a:b], a)
        if line is not None:
            if line.head is not None:
                candidates.append(len(lines))
            lines.append(line)
