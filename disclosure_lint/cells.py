"""Lines of a table region → runs of cells (labels, then values), whatever the layout.

Tab rows, pipe rows, one cell per line, markdown tables, PDF text with labels
and numbers on one line, and crawler text with every cell glued together all
come out as the same runs: the label cells before a run, then its values and
blanks.  Tables are then read by label (see ``tables``), never by column position.
"""

from __future__ import annotations

from typing import Any

from . import patterns
from .lexer import Line
from .model import BlockKind, Cell, Span
from .template import nfkc

LABEL, NUM, BLANK = "label", "num", "blank"

_NUMBER = patterns.compile(r"^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_PLACEHOLDERS = frozenset({"/", "-", "—", "——", "－", "─", "–", "\\", "／", "*", "无", "空"})
_DIGITS_AND_SPACES = patterns.compile(r"^\d+(?:\s+\d+)+$")
_PAGE_FOOTER = patterns.compile(r"^[—\-－]\s*\d+\s*[—\-－]$")
_PROSE = patterns.compile(r"[。；;]")
_FULLWIDTH = patterns.compile(r"[０-９]")
_ANY_DIGIT = patterns.compile(r"\d")
_NON_SPACE = patterns.compile(r"\S+")
_MONEY = patterns.compile(r"^(\S+?)\s*(?:万元|元)$")
# In free text: a run of digits (with decimals), or an item number such as '2.'.
_FREE_NUMBER = patterns.compile(r"\d+(?:\.\d+)?")
_UNIT_AFTER = patterns.compile(r"^\s*[年月日号件条个项次%％位页名人家份批期篇余]")
_OPEN = "（(【[〔"
_CLOSE = "）)】]〕"


# A token of a table region is a table cell (labels included); see ``model.Cell``.
Tok = Cell
# On the hot paths a cell is made as ``_new(Tok, (all eight fields))``: a C call, without
# the named tuple's Python-level ``__new__``.
_new = tuple.__new__


def parse_number(text: str) -> int | float | None:
    """The value of a number cell (full-width digits, thousands separators accepted)."""
    norm = nfkc(text).strip().replace("−", "-")
    if not _NUMBER.match(norm):
        return None
    norm = norm.replace(",", "")
    if "." in norm:
        return float(norm)
    return int(norm)


def _cell_token(raw: str, start: int, out: list[Tok]) -> None:
    """Append the token(s) of one cell of a row to ``out``."""
    text = raw.strip()
    if not text:
        out.append(_new(Tok, (BLANK, "", start, start, None, False, False, False)))
        return
    lead = start + raw.find(text[0]) if raw[0] != text[0] else start
    end = lead + len(text)
    if text.isdecimal():  # a plain count (int() reads full-width digits too)
        if len(text) > 1 and text[0] in "0０":
            out.extend(_free_numbers(raw, start))
        else:
            out.append(_new(Tok, (NUM, text, lead, end, int(text), not text.isascii(), False,
                                  False)))
        return
    if text in _PLACEHOLDERS:
        out.append(_new(Tok, (BLANK, text, lead, end, None, False, False, False)))
        return
    if text[0].isdigit() or text[0] in "-−.":
        value = parse_number(text)
        if value is not None:
            out.append(Tok(NUM, text, lead, end, value, bool(_FULLWIDTH.search(text))))
            return
        if _DIGITS_AND_SPACES.match(nfkc(text)):
            out.extend(_free_numbers(raw, start))
            return
        money = _MONEY.match(text)  # '12500元', '3.5万元': a value with its unit (DL216)
        amount = parse_number(money.group(1)) if money else None
        if amount is not None:
            out.append(Tok(NUM, text, lead, end, amount, bool(_FULLWIDTH.search(text))))
            return
    out.append(_new(Tok, (LABEL, text, lead, end, None, False, False, False)))


def _glued(text: str, start: int) -> Tok:
    """A number cell out of glued digits (free text, digits split by spaces): a run with
    a leading zero ('007', '００７') is several numbers whose cut is not known yet."""
    plain = nfkc(text)
    leading_zero = len(plain) > 1 and plain[0] == "0" and "." not in plain
    return _new(Tok, (NUM, text, start, start + len(text),
                      None if leading_zero else parse_number(plain),
                      bool(_FULLWIDTH.search(text)), True, False))


def _free_numbers(raw: str, start: int) -> list[Tok]:
    return [_glued(match.group(), start + match.start()) for match in _NON_SPACE.finditer(raw)]


# How the text of one cell of a row reads (spaces around it included): None when it is
# empty, else the fields of its first token with offsets from the cell's start, whether
# it is a value (see ``runs``) and its further tokens.
_Shape = tuple[str, str, int, int, "int | float | None", bool, bool, bool, bool, tuple[Tok, ...]]
# Most cells of a report are the same few numbers and labels: each text is read once
# (with the offset of the next cell, separator included).
_CELL_SHAPES: dict[str, tuple[int, _Shape | None]] = {}
_MAX_SHAPES = 20_000


def _new_shape(part: str) -> tuple[int, _Shape | None]:
    """Read the cell ``part`` and remember how it reads."""
    if len(_CELL_SHAPES) >= _MAX_SHAPES:
        _CELL_SHAPES.clear()
    known = _CELL_SHAPES[part] = (len(part) + 1, _read_shape(part))
    return known


def _read_shape(part: str) -> _Shape | None:
    if not part or part.isspace():
        return None
    toks: list[Tok] = []
    _cell_token(part, 0, toks)  # (offsets from the cell's start)
    return (*toks[0], toks[-1].kind != LABEL, tuple(toks[1:]))


def free_cells(raw: str, start: int) -> list[Tok]:
    """Tokens of a line of free text: labels and the numbers glued to them."""
    norm = nfkc(raw)
    if len(norm) != len(raw):  # NFKC changed the length: keep the text whole
        norm = raw
    out: list[Tok] = []
    depth = 0
    label_from = 0
    pos = 0
    length = len(norm)
    while pos < length:
        char = norm[pos]
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        elif char.isdigit() and depth == 0 and char.isascii():
            match = _FREE_NUMBER.match(norm, pos)
            assert match is not None
            after = norm[match.end():match.end() + 8]  # (a slice of the rest would be quadratic)
            is_item = (match.end() - pos == 1 and after[:1] in ".、．" and after[1:2]
                       and not after[1:2].isdigit())
            if is_item or _UNIT_AFTER.match(after) or (pos and norm[pos - 1] in "第数"):
                pos = match.end()
                continue
            end = match.end()
            if end - pos > 1 and after[:1] in ".、．" and after[1:2] and not after[1:2].isdigit():
                end -= 1  # the last digit numbers the next label: '00000002.其他…'
            _flush_label(out, raw, start, label_from, pos)
            out.append(_glued(raw[pos:end], start + pos))
            pos = label_from = end
            continue
        pos += 1
    _flush_label(out, raw, start, label_from, length)
    return out


def _flush_label(out: list[Tok], raw: str, start: int, begin: int, end: int) -> None:
    piece = raw[begin:end]
    text = piece.strip()
    if text:
        lead = begin + (len(piece) - len(piece.lstrip()))
        out.append(Tok(LABEL, text, start + lead, start + lead + len(text)))


# A run of a table region: the label cells before it, and its value cells.
Run = tuple[list[Tok], list[Tok]]


def runs(lines: list[Line]) -> tuple[list[Tok], list[Run], Span]:
    """The runs of a table region, read in one pass over its lines: each run is the label
    cells since the previous run and the value cells that follow them.  Prose ends a row;
    so does a row line of two cells or more.  Empty cells before a run's first value are
    merged label cells and dropped, and so are those at a run's end.

    Also returns the labels before the first run (all of them when there is none) and the
    region's span, from the start of its first cell (or the end of a prose line before
    it) to the end of its last one (or of a closing row or prose line); (0, 0) when no
    line has any."""
    found: list[Run] = []
    pending: list[Tok] = []  # the label cells since the last run
    values: list[Tok] | None = None  # the values of the open run
    first = last = -1  # the span, once a line has a cell or ends a row
    label, blank = LABEL, BLANK
    row = BlockKind.ROW
    cell_shapes, line_shapes = _CELL_SHAPES, _LINE_SHAPES
    unread = _UNREAD
    for line in lines:
        if line.directive is not None:
            continue
        body = line.text
        shape = line_shapes.get(body, unread)
        if shape is unread:
            if line.kind is row and ("\t" in body or "|" in body):
                # A row of cells, each a label, a value or several glued numbers (values
                # too); empty cells between values are blanks (see ``_Shape``).
                at = line.span.start
                count = 0  # the tokens of the row (blanks aside: they come between two)
                valued = False  # a value since the row's last label
                empties: list[int] = []  # offsets of the empty cells since the last value
                for part in body.split("\t" if "\t" in body else "|"):
                    try:
                        width, cell = cell_shapes[part]
                    except KeyError:
                        width, cell = _new_shape(part)
                    if cell is None:
                        if valued:
                            empties.append(at)
                        at += width
                        continue
                    kind, raw, begin, end, value, fullwidth, glued, inferred, valued, more = cell
                    tok = _new(Tok, (kind, raw, at + begin, at + end, value, fullwidth, glued,
                                     inferred))
                    if first < 0:
                        first = tok[2]
                    count += 1
                    if not valued:  # a label: empty cells before it would end the run
                        pending.append(tok)
                        values = None
                        empties = []
                        at += width
                        continue
                    if values is None:
                        values = [tok]
                        found.append((pending, values))
                        pending = []
                    else:  # (empty cells before it follow a value of this run)
                        if empties:
                            values.extend([_new(Tok, (blank, "", offset, offset, None, False,
                                                      False, False)) for offset in empties])
                            empties = []
                        values.append(tok)
                    if more:
                        count += len(more)
                        values.extend([_new(Tok, (kind, raw, at + begin, at + end, value,
                                                  fullwidth, glued, inferred))
                                       for kind, raw, begin, end, value, fullwidth, glued,
                                       inferred in more])
                    at += width
                if count >= 2:  # two cells filled, at least: the row ends its run
                    values = None
                    last = line.span.end
                elif count:
                    last = tok[3]
                continue
            # One cell on a line of its own, or a line of PDF / crawler text.
            shape = _read_line(body)
            if len(body) <= _MAX_SHAPED_LINE and "\t" not in body and "|" not in body:
                if len(line_shapes) >= _MAX_SHAPES:
                    line_shapes.clear()
                line_shapes[body] = shape
        if shape is None:  # prose
            values = None
            last = line.span.end
            if first < 0:
                first = last
            continue
        if not shape:
            continue
        start = line.span.start
        for kind, raw, begin, end, value, fullwidth, glued, inferred in shape:
            tok = _new(Tok, (kind, raw, start + begin, start + end, value, fullwidth, glued,
                             inferred))
            if kind == label:
                values = None
                pending.append(tok)
            elif values is not None:
                values.append(tok)
            elif kind != blank or raw:  # (an empty cell before a run's first value: dropped)
                values = [tok]
                found.append((pending, values))
                pending = []
        if first < 0:
            first = start + shape[0][2]
        last = start + shape[-1][3]
    for _, values in found:  # (a run starts with a value that is not an empty cell)
        while values[-1].kind == blank and not values[-1].raw:
            values.pop()
    header = found[0][0] if found else pending
    span = _new(Span, (first, last)) if first >= 0 else _new(Span, (0, 0))
    return header, found, span


# The fields of one token, as a plain tuple (it unpacks faster than a named one).
_Fields = tuple[str, str, int, int, "int | float | None", bool, bool, bool]
# The tokens of a line of one cell or of free text in a table region (offsets from the
# line's start), or None for prose: the short lines of a table (lone numbers, labels)
# recur from report to report.  A line with a tab or a pipe is never kept: the same text
# may be a row of cells elsewhere (see ``runs``).
_LINE_SHAPES: dict[str, tuple[_Fields, ...] | None] = {}
_MAX_SHAPED_LINE = 60  # longer lines are read every time
_UNREAD: Any = object()  # (a line not in _LINE_SHAPES)


def _read_line(body: str) -> tuple[_Fields, ...] | None:
    """The fields of the tokens of the line ``body`` read from offset 0, or None for prose."""
    out: list[Tok] = []
    if not _ANY_DIGIT.search(body):
        if _PROSE.search(body):
            return None
        _cell_token(body, 0, out)
    elif (body[0].isdigit() or body[0] in "-−") and parse_number(body) is not None:
        _cell_token(body, 0, out)  # '-35', '4068.208', '1,234'
    elif _PAGE_FOOTER.match(body):
        pass
    elif _PROSE.search(body):
        return None
    else:  # '行政许可 0', '（七）总计20 0 00 0 121', glued crawler cells
        out = free_cells(body, 0)
    return tuple([(*tok,) for tok in out])  # (plain tuples unpack faster than named ones)
