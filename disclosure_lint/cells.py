"""Lines of a table region → a flat stream of cell tokens, whatever the layout.

Tab rows, pipe rows, one cell per line, markdown tables, PDF text with labels
and numbers on one line, and crawler text with every cell glued together all
come out as the same stream: labels, values, blanks and end-of-row marks.
Tables are then read by label (see ``tables``), never by column position.
"""

from __future__ import annotations

from typing import Any

from . import patterns
from .lexer import Line
from .model import BlockKind, Cell
from .template import nfkc

LABEL, NUM, BLANK, EOL = "label", "num", "blank", "eol"

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


# A token of the stream is a table cell (labels included); see ``model.Cell``.
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


def add_row_cells(body: str, start: int, out: list[Tok]) -> int:
    """Append to ``out`` the tokens of the tab- or pipe-separated row ``body`` (at offset
    ``start``), empty cells between values kept as blanks; return how many were appended.
    Empty cells before the row's first value are merged label cells and dropped; empty
    cells after the last non-empty one are dropped too."""
    sep = "\t" if "\t" in body else "|"
    count = len(out)
    append = out.append
    valued = False  # a value since the row's last label: only then is an empty cell a blank
    empties: list[int] = []  # offsets of the empty cells since the last non-empty one
    at = start
    shapes = _CELL_SHAPES
    for part in body.split(sep):
        try:
            width, shape = shapes[part]
        except KeyError:
            width, shape = _new_shape(part)
        if shape is None:
            if valued:
                empties.append(at)
            at += width
            continue
        if empties:
            for blank in empties:
                append(_new(Tok, (BLANK, "", blank, blank, None, False, False, False)))
            empties = []
        kind, raw, begin, end, value, fullwidth, glued, inferred, valued, more = shape
        append(_new(Tok, (kind, raw, at + begin, at + end, value, fullwidth, glued, inferred)))
        if more:
            for kind, raw, begin, end, value, fullwidth, glued, inferred in more:
                append(_new(Tok, (kind, raw, at + begin, at + end, value, fullwidth, glued,
                                  inferred)))
        at += width
    return len(out) - count


# How the text of one cell of a row reads (spaces around it included): None when it is
# empty, else the fields of its first token with offsets from the cell's start, whether
# it is a value (see ``add_row_cells``) and its further tokens.
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


def stream(lines: list[Line]) -> list[Tok]:
    """The token stream of a table region.  Prose ends a row; so does a full row line."""
    out: list[Tok] = []
    append = out.append
    row = BlockKind.ROW
    shapes = _LINE_SHAPES
    unread = _UNREAD
    for line in lines:
        if line.directive is not None:
            continue
        body = line.text
        shape = shapes.get(body, unread)
        if shape is unread:
            if line.kind is row and ("\t" in body or "|" in body):
                if add_row_cells(body, line.span.start, out) >= 2:  # two cells filled, at least
                    end = line.span.end
                    append(_new(Tok, (EOL, "", end, end, None, False, False, False)))
                continue
            # One cell on a line of its own, or a line of PDF / crawler text.
            shape = _read_line(body)
            if len(body) <= _MAX_SHAPED_LINE and "\t" not in body and "|" not in body:
                if len(shapes) >= _MAX_SHAPES:
                    shapes.clear()
                shapes[body] = shape
        if shape is None:  # prose
            end = line.span.end
            append(_new(Tok, (EOL, "", end, end, None, False, False, False)))
            continue
        start = line.span.start
        for kind, raw, begin, end, value, fullwidth, glued, inferred in shape:
            append(_new(Tok, (kind, raw, start + begin, start + end, value, fullwidth, glued,
                              inferred)))
    return out


# The fields of one token, as a plain tuple (it unpacks faster than a named one).
_Fields = tuple[str, str, int, int, "int | float | None", bool, bool, bool]
# The tokens of a line of one cell or of free text in a table region (offsets from the
# line's start), or None for prose: the short lines of a table (lone numbers, labels)
# recur from report to report.  A line with a tab or a pipe is never kept: the same text
# may be a row of cells elsewhere (see ``stream``).
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
