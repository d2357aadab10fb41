"""Views of a report's text that several rules read, computed once per report.

Each helper keeps its result in ``Report.memo`` on first use, so the rules that
share it pay for it once.  Callers must not change what these return.

Most blocks of a report hold nothing a given rule looks for, and calling a regex
on each of them costs more than the rule's real work.  ``joined_text`` puts the
text of every block in one string (NUL between two blocks), so that a rule can
find its few candidate blocks with ``str.find`` / ``in`` (much faster than a regex
scan) and run its patterns on those blocks only.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable

from . import patterns
from . import template as tpl
from .model import Block, BlockKind, Report, Section

_FULLWIDTH_DIGIT = patterns.compile("[０-９]")
FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def halfwidth_digits(text: str) -> str:
    """``text`` with full-width digits (０-９) made ASCII; the same length, so offsets hold."""
    return text.translate(FULLWIDTH_DIGITS) if _FULLWIDTH_DIGIT.search(text) else text


# --------------------------------------------------------------- normalising

nfkc = tpl.nfkc  # re-exported: rules import their text helpers from here
normalise = tpl.normalise

_END_MARKS = "。.;；,，:：!！、"  # with spaces (\s): what ends a placeholder or a section


def strip_end(text: str) -> str:
    """``text`` without its trailing run of spaces and end marks."""
    while True:
        stripped = text.rstrip().rstrip(_END_MARKS)  # (str.isspace is \s)
        if stripped == text:
            return text
        text = stripped


_ITEM_NUMBERING = patterns.compile(r"^(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|"
                                   r"\d{1,2}[、.．](?!\d))\s*")
NON_WORD = patterns.compile(r"\W+")  # what it leaves are the letters and digits (\w)


def content(text: str) -> str:
    """``text`` normalised, without its leading item number (（一）, 一、, 1.) and its
    trailing spaces and end marks: what a line says."""
    return _said(normalise(text))


def _said(normalised: str) -> str:
    """``content`` of a text already normalised."""
    numbering = _ITEM_NUMBERING.match(normalised)  # (anchored: what .sub would cut)
    return strip_end(normalised[numbering.end():] if numbering else normalised)


def contents(texts: list[str]) -> list[str]:
    """``[content(text) for text in texts]``, normalised in one call: joined by NUL, which
    no text of a report holds (reading drops it) and which ``normalise`` leaves in place
    without changing what is on either side of it (it is not a space, and NFKC neither
    composes nor reorders across it)."""
    joined = "\x00".join(texts)
    if not texts or joined.count("\x00") != len(texts) - 1:
        return [content(text) for text in texts]
    return [_said(text) for text in normalise(joined).split("\x00")]


def word_chars(text: str, minimum: int) -> int:
    """The number of letters and digits of ``text``, exact when it is below ``minimum``
    (a long text is counted only as far as needed to tell)."""
    head = text[:4 * minimum]
    size = len(NON_WORD.sub("", head))
    if size >= minimum or len(head) == len(text):
        return size
    return len(NON_WORD.sub("", text))


# ------------------------------------------------------------------ matching

_META = set("\\.^$*+?{}[]()|")
_LITERALS: dict[re.Pattern[str], tuple[str, ...]] = {}


def _literal_alternatives(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The top-level alternatives of ``pattern`` that are plain text (``网站`` in
    ``平台|网站|(?:收到|受理)申请``); none for a verbose pattern."""
    if pattern.flags & re.VERBOSE:
        return ()
    alternatives: list[str] = []
    current: list[str] = []
    depth, in_class, escaped = 0, False, False
    for char in pattern.pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            alternatives.append("".join(current))
            current = []
            continue
        current.append(char)
    alternatives.append("".join(current))
    return tuple(a for a in alternatives if not _META.intersection(a))


def has_literal(pattern: re.Pattern[str], text: str) -> bool:
    """True when one of the plain-text alternatives of ``pattern`` occurs in ``text``; then
    ``pattern`` matches ``text`` (and any text that holds that occurrence).  ``in`` tells
    it much faster than a regex scan for several words."""
    literals = _LITERALS.get(pattern)
    if literals is None:
        literals = _LITERALS[pattern] = _literal_alternatives(pattern)
    for literal in literals:
        if literal in text:
            return True
    return False


# ------------------------------------------------------------------ blocks

def all_blocks(report: Report) -> list[Block]:
    """``report.blocks()``, built once."""
    blocks = report.memo.get("all_blocks")
    if blocks is None:
        blocks = report.memo["all_blocks"] = report.blocks()
    return blocks


def _prose(report: Report) -> tuple[list[Block], list[Block], dict[int, list[Block]]]:
    """The blocks that are not table rows: of the whole report, of the preamble, and of
    each section."""
    prose = report.memo.get("prose")
    if prose is None:
        row = BlockKind.ROW  # (an enum member looked up once, not per block)
        preamble = [b for b in report.preamble if b.kind is not row]
        every = list(preamble)
        by_section = {}
        for section in report.sections:
            blocks = by_section[id(section)] = [b for b in section.blocks if b.kind is not row]
            every += blocks
        prose = report.memo["prose"] = (every, preamble, by_section)
    return prose


def prose_blocks(report: Report) -> list[Block]:
    """Every body block that is not a table row, in document order (preamble first)."""
    return _prose(report)[0]


def section_prose(report: Report, section: Section) -> list[Block]:
    """The blocks of ``section`` (one of ``report.sections``) that are not table rows."""
    return _prose(report)[2][id(section)]


def in_a_table(report: Report) -> Callable[[int], bool]:
    """A test telling whether an offset lies inside the span of one of the report's tables."""
    test = report.memo.get("in_a_table")
    if test is None:
        spans = sorted((t.span.start, t.span.end) for t in report.tables.values())
        starts = [start for start, _ in spans]
        reach, furthest = [], -1  # reach[i]: the furthest end of spans[0..i]
        for _, end in spans:
            furthest = max(furthest, end)
            reach.append(furthest)

        def test(offset: int) -> bool:
            at = bisect_right(starts, offset) - 1
            return at >= 0 and offset < reach[at]

        report.memo["in_a_table"] = test
    return test


def prose_outside_tables(report: Report) -> list[Block]:
    """``prose_blocks`` without the blocks that start inside a table (notes, captions)."""
    blocks = report.memo.get("prose_outside_tables")
    if blocks is None:
        blocks = prose_blocks(report)
        if report.tables:
            blocks = _outside(blocks, sorted(t.span for t in report.tables.values()))
        report.memo["prose_outside_tables"] = blocks
    return blocks


def _outside(blocks: list[Block], spans: list) -> list[Block]:
    """The blocks that start in none of ``spans`` (sorted).  Blocks come in document order:
    the blocks inside a span are a run of them, found by bisection (blocks out of order
    are each tested against every span)."""
    starts = [block.span.start for block in blocks]
    if starts != sorted(starts):  # (not in document order)
        return [b for b in blocks if not any(s <= b.span.start < e for s, e in spans)]
    out: list[Block] = []
    kept_from = 0  # the blocks before it are placed (kept or dropped)
    for start, end in spans:
        inside = bisect_left(starts, start, kept_from)  # the first block not before the span
        out += blocks[kept_from:inside]
        kept_from = max(kept_from, bisect_left(starts, end, inside))
    out += blocks[kept_from:]
    return out


# ------------------------------------------------------ the joined block texts

def joined_text(report: Report) -> str:
    """The texts of ``all_blocks`` joined by NUL (a character no rule looks for)."""
    text = report.memo.get("joined_text")
    if text is None:
        text = report.memo["joined_text"] = "\x00".join([b.text for b in all_blocks(report)])
    return text


def blocks_matching(report: Report, pattern: re.Pattern[str]) -> list[int]:
    """Indices in ``all_blocks``, ascending, of the blocks whose text holds a match of
    ``pattern``: one regex scan of ``joined_text`` instead of a search per block.

    Exact only for a pattern that cannot match NUL and does not look around (a block's
    first character would see the end of the block before it).
    """
    text = joined_text(report)
    found = []
    index, counted = 0, 0  # the blocks before position ``counted``
    match = pattern.search(text)
    while match is not None:
        index += text.count("\x00", counted, match.start())
        found.append(index)
        counted = text.find("\x00", match.start())  # on with the next block
        if counted == -1:
            break
        index += 1
        counted += 1
        match = pattern.search(text, counted)
    return found


def blocks_containing(report: Report, words: Iterable[str]) -> list[int]:
    """Indices in ``all_blocks``, ascending, of the blocks whose text contains one of
    ``words`` (exactly: a word holds no NUL, so it cannot span two blocks)."""
    text = joined_text(report)
    found: set[int] = set()
    for word in words:
        search = _literal(word).search
        index, counted = 0, 0  # the blocks before position ``counted``
        match = search(text)
        while match is not None:
            at = match.start()
            index += text.count("\x00", counted, at)
            found.add(index)
            counted = text.find("\x00", at)  # on with the next block
            if counted == -1:
                break
            index += 1
            counted += 1
            match = search(text, counted)
    return sorted(found)


_LITERALS_COMPILED: dict[str, re.Pattern[str]] = {}


def _literal(word: str) -> re.Pattern[str]:
    """A pattern matching ``word`` as written: for a word of several characters, a regex
    search finds it (or its absence) in a long text faster than ``str.find``."""
    pattern = _LITERALS_COMPILED.get(word)
    if pattern is None:  # (the words are the rules' constants: a few, each compiled once)
        pattern = _LITERALS_COMPILED[word] = patterns.compile(re.escape(word))
    return pattern


def digit_marks(report: Report, char: str) -> list[tuple[int, int, int]]:
    """(index in ``all_blocks``, position in that block's text, digits) of every ``char``
    of the report that follows a run of digits (``\\d``), whitespace (``\\s``) allowed in
    between; ``digits`` is the run's length.  In document order.

    For patterns such as ``(?:19|20)\\d{2}\\s*年``: a block without such a mark cannot match.
    """
    key = "digit_marks" + char
    marks = report.memo.get(key)
    if marks is None:
        text = joined_text(report)
        marks = []
        index, counted = 0, 0  # the blocks before position ``counted``
        for at, digits in marks_after_digits(text, char):
            index += text.count("\x00", counted, at)
            counted = at
            marks.append((index, at - text.rfind("\x00", 0, at) - 1, digits))
        report.memo[key] = marks
    return marks


def mark_number(text: str, at: int, digits: int) -> int:
    """The number a ``digit_marks`` mark (at ``at`` in ``text``, after ``digits`` digits)
    follows: ``int`` reads full-width digits too."""
    end = at
    while text[end - 1].isspace():  # (a mark allows \s between the digits and itself)
        end -= 1
    return int(text[end - digits:end])


_AFTER_DIGIT: dict[str, re.Pattern[str]] = {}


def marks_after_digits(text: str, char: str) -> list[tuple[int, int]]:
    """(position, digits) of the ``digit_marks`` of one text."""
    pattern = _AFTER_DIGIT.get(char)
    if pattern is None:  # the char first (a fast literal scan), then a look behind it
        pattern = _AFTER_DIGIT[char] = patterns.compile(re.escape(char) + r"(?<=[\d\s]"
                                                        + re.escape(char) + ")")
    marks = []
    for match in pattern.finditer(text):
        at = match.start()
        i = at - 1
        while i >= 0 and text[i].isspace():
            i -= 1
        end = i
        while i >= 0 and text[i].isdecimal():
            i -= 1
        if end > i:
            marks.append((at, end - i))
    return marks
