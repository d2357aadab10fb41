"""HTML → the shared text form (see ``disclosure_lint.adapters``), with a line map.

Callers may rely on: one line per block element (p, div, h1-h6, li, …); a blank line
between blocks; each table row (``<tr>``) on one line with its cells joined by TAB, an empty
cell kept as an empty string and spans not expanded; ``<head>``, scripts, styles and other
non-rendered content dropped; ``line_map[i]`` is the source line where the block of output
line i starts (for a row, its first cell). ``<!-- disclosure-lint: … -->`` comments are kept
as lines of their own so inline suppressions work in .html input.

A table that contains another table, or a cell with many paragraphs, is page layout rather
than data: its cells are written out as ordinary blocks instead of one TAB-joined row.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from disclosure_lint.adapters import TextBuilder, collapse_whitespace, join_fragments
from disclosure_lint.reading import (
    SourceText,
    UnreadableInput,
    decode_bytes,
    normalise_newlines,
    raise_for_magic,
)

__all__ = ["html_to_text"]

_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main",
    "menu", "nav", "ol", "p", "pre", "section", "summary", "ul",
})  # fmt: skip
# Not rendered, or not report content: everything inside is dropped.
_SKIP_TAGS = frozenset({
    "head", "script", "style", "title", "noscript", "template", "iframe", "object", "select",
    "textarea", "svg",
})  # fmt: skip
_CELL_TAGS = frozenset({"td", "th"})
# Tags that end an unclosed <head>.
_BODY_START_TAGS = _BLOCK_TAGS | {"body", "table", "tr", "td", "th"}
# A cell with more paragraphs than this is a layout container, not a data cell.
_MAX_CELL_PARAGRAPHS = 12
_SUPPRESSION_PREFIX = "disclosure-lint:"

_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)
_CHARSET_SCAN = 65536
# GB2312 and GBK pages routinely contain characters only their supersets have.
_CHARSET_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
}
# Declarations not worth trusting: a Chinese report is never Latin-1 or ASCII (templates leave
# those in by mistake), and a page that really is UTF-16 has a BOM (as the HTML standard says).
_IGNORED_CHARSETS = frozenset({"ascii", "latin-1", "iso8859-1", "cp1252"})
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def html_to_text(data: bytes) -> SourceText:
    """Convert an HTML document to text; raises ``UnreadableInput`` like ``decode_bytes``."""
    markup, encoding = _decode_html(data)
    parser = _ReportHTMLParser()
    try:
        parser.feed(markup)
        parser.close()
    except AssertionError as exc:  # html.parser's reaction to some malformed declarations
        raise UnreadableInput("undecodable", f"malformed HTML ({exc})", (encoding,)) from None
    return parser.finish(f"html({encoding})")


def _decode_html(data: bytes) -> tuple[str, str]:
    """Decode by the declared charset; a BOM, NULs or no declaration leave it to sniffing.

    Valid UTF-8 wins over a declaration: sites that moved to UTF-8 often kept their old
    ``charset=gb2312``, while GBK text is practically never valid UTF-8.
    """
    if not data:
        raise UnreadableInput("empty", "the input is empty")
    raise_for_magic(data)
    declared = _declared_charset(data)
    if declared is not None and b"\x00" not in data and not data.startswith(_BOMS):
        for encoding in dict.fromkeys(("utf-8", declared)):
            try:
                return normalise_newlines(data.decode(encoding)), encoding
            except UnicodeDecodeError:
                continue
    source = decode_bytes(data)
    return source.text, source.encoding


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data, 0, _CHARSET_SCAN)
    if match is None:
        return None
    label = match.group(1).decode("ascii", "replace").lower()
    label = _CHARSET_ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return None if name in _IGNORED_CHARSETS or name.startswith(("utf-16", "utf-32")) else name


@dataclass
class _Table:
    """One open <table>: the row being built, or layout mode."""

    layout: bool = False
    row: list[str] | None = None
    row_line: int = 0
    cell: list[str] | None = None
    cell_line: int = 0
    cell_lines: list[int] = field(default_factory=list)
    rows_written: int = 0


class _ReportHTMLParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._out = TextBuilder()
        self._buffer: list[str] = []
        self._buffer_has_text = False
        self._buffer_line = 0
        self._block_line = 0  # line of the last block start tag not yet used by a flush
        self._continues = False  # the next flushed line continues the block (after <br>)
        self._skipping: list[str] = []
        self._tables: list[_Table] = []
        self._pre_depth = 0

    def finish(self, encoding: str) -> SourceText:
        self._flush()
        while self._tables:
            self._end_table()
        return self._out.build(encoding, with_line_map=True)

    # --- HTMLParser callbacks -------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        if self._skipping:
            if not (self._skipping == ["head"] and tag in _BODY_START_TAGS):
                if tag in _SKIP_TAGS:
                    self._skipping.append(tag)
                return
            self._skipping.clear()  # an unclosed <head> ends where the body starts
        if tag in _SKIP_TAGS:
            self._skipping.append(tag)
        elif tag == "br":
            self._flush()
            self._continues = True
        elif tag == "table":
            self._start_table()
        elif tag == "tr":
            self._start_row(line)
        elif tag in _CELL_TAGS:
            self._start_cell(line)
        elif tag in _BLOCK_TAGS:
            self._flush()
            self._block_line = line
            if tag == "pre":
                self._pre_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _SKIP_TAGS:  # <script/> or <iframe/> must not start skipping
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if self._skipping:
            if tag in self._skipping:
                del self._skipping[len(self._skipping) - 1 - self._skipping[::-1].index(tag) :]
            return
        if tag == "table":
            if self._tables:
                self._end_table()
        elif tag == "tr":
            self._end_row()
        elif tag in _CELL_TAGS:
            self._end_cell()
        elif tag in _BLOCK_TAGS:
            self._flush()
            self._block_line = 0
            if tag == "pre" and self._pre_depth:
                self._pre_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        if self._pre_depth and "\n" in data:
            self._handle_preformatted(data)
            return
        if not self._buffer_has_text:
            stripped = data.lstrip()
            if stripped:
                self._buffer_has_text = True
                self._buffer_line = self.getpos()[0] + data.count(
                    "\n", 0, len(data) - len(stripped)
                )
        self._buffer.append(data)

    def handle_comment(self, data: str) -> None:
        comment = data.strip()
        if not self._skipping and comment.startswith(_SUPPRESSION_PREFIX):
            self._flush()
            self._out.block(f"<!-- {comment} -->", self.getpos()[0])

    # --- blocks and lines -----------------------------------------------------------------

    def _handle_preformatted(self, data: str) -> None:
        first_line = self.getpos()[0]
        for offset, piece in enumerate(data.split("\n")):
            if offset:
                self._flush()
                self._continues = True
            if piece.strip() and not self._buffer_has_text:
                self._buffer_has_text = True
                self._buffer_line = first_line + offset
            self._buffer.append(piece)

    def _flush(self) -> None:
        """End the current line: write it out, or add it to the open cell."""
        text = collapse_whitespace("".join(self._buffer))
        self._buffer.clear()
        self._buffer_has_text = False
        continues, self._continues = self._continues, False
        if not text:
            return
        origin = self._block_line or self._buffer_line
        self._block_line = 0
        table = self._tables[-1] if self._tables else None
        if table is not None and not table.layout and table.cell is not None:
            self._add_to_cell(table, text)
        elif continues:
            self._out.continuation(text, origin)
        else:
            self._out.block(text, origin)

    def _add_to_cell(self, table: _Table, text: str) -> None:
        assert table.cell is not None
        table.cell.append(text)
        if len(table.cell) > _MAX_CELL_PARAGRAPHS:
            self._to_layout(table)

    # --- tables ---------------------------------------------------------------------------

    def _start_table(self) -> None:
        self._flush()
        if self._tables:
            outer = self._tables[-1]
            if outer.cell is not None and not outer.layout:
                self._to_layout(outer)
        self._tables.append(_Table())

    def _end_table(self) -> None:
        self._end_row()
        self._tables.pop()
        self._block_line = 0

    def _start_row(self, line: int) -> None:
        if not self._tables:
            return
        self._end_row()
        table = self._tables[-1]
        table.row, table.row_line, table.cell_lines = [], line, []

    def _end_row(self) -> None:
        if not self._tables:
            return
        self._end_cell()
        table = self._tables[-1]
        if table.layout or table.row is None:
            table.row = None
            return
        cells, table.row = table.row, None
        if any(cells):
            origin = table.cell_lines[0] if table.cell_lines else table.row_line
            write = self._out.continuation if table.rows_written else self._out.block
            write("\t".join(cells), origin)
            table.rows_written += 1

    def _start_cell(self, line: int) -> None:
        if not self._tables:
            return
        self._end_cell()
        table = self._tables[-1]
        if table.layout:
            self._block_line = line
            return
        if table.row is None:  # a cell without <tr>
            table.row, table.row_line, table.cell_lines = [], line, []
        table.cell, table.cell_line = [], line

    def _end_cell(self) -> None:
        if not self._tables:
            return
        self._flush()
        table = self._tables[-1]
        if table.layout or table.cell is None or table.row is None:
            table.cell = None
            return
        table.row.append(join_fragments(table.cell))
        table.cell_lines.append(table.cell_line)
        table.cell = None

    def _to_layout(self, table: _Table) -> None:
        """Write what the current row holds as ordinary blocks; the rest of the table follows."""
        pieces = list(zip(table.row or [], table.cell_lines, strict=True))
        pieces += [(text, table.cell_line) for text in table.cell or []]
        for text, line in pieces:
            if text:
                self._out.block(text, line)
        table.layout, table.row, table.cell, table.cell_lines = True, None, None, []
