""".docx → the shared text form (see ``disclosure_lint.adapters``); no line map.

Callers may rely on: the body read in document order (paragraphs and tables interleaved,
content controls opened); one line per paragraph (a manual line break starts a new line of
the same block); each table row on one line with its cells joined by TAB. A merged cell is
written once, followed by empty strings for the rest of its span, horizontally and
vertically, as Word's own "save as text" does. Text in deleted revisions, in text boxes and
in the compatibility copy of drawings is not read. Any failure to open the package raises
``UnreadableInput("undecodable")``.

python-docx is imported only when a .docx file is read.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from disclosure_lint.adapters import TextBuilder, collapse_whitespace, join_fragments
from disclosure_lint.reading import SourceText, UnreadableInput, raise_for_magic

if TYPE_CHECKING:
    from docx.table import Table

__all__ = ["docx_to_text"]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_PARAGRAPH = f"{{{_W}}}p"
_TABLE = f"{{{_W}}}tbl"
_CONTENT_CONTROL = f"{{{_W}}}sdt"
_ZIP_MAGIC = b"PK\x03\x04"

# The visible text pieces of a paragraph, in order.
_TEXT_NODES = (
    ".//*[self::w:t or self::w:tab or self::w:br or self::w:cr or self::w:noBreakHyphen]"
    "[not(ancestor::w:del) and not(ancestor::w:txbxContent)"
    " and not(ancestor::*[local-name() = 'Fallback'])]"  # mc:Fallback, the VML copy
)


def docx_to_text(data: bytes) -> SourceText:
    """Convert a .docx document to text; raises ``UnreadableInput`` for anything else."""
    if not data:
        raise UnreadableInput("empty", "the input is empty")
    if not data.startswith(_ZIP_MAGIC):
        raise_for_magic(data)  # a PDF or a legacy .doc renamed to .docx says so
        raise UnreadableInput("undecodable", "not a .docx file (no ZIP signature)", ("docx",))
    out = TextBuilder()
    try:
        _write_document(data, out)
    except Exception as exc:  # noqa: BLE001 - python-docx, zipfile and lxml raise many types
        detail = f"not a valid .docx file ({type(exc).__name__}: {exc})"
        raise UnreadableInput("undecodable", detail, ("docx",)) from None
    return out.build("docx", with_line_map=False)


def _write_document(data: bytes, out: TextBuilder) -> None:
    import docx  # lazy: python-docx and lxml are heavy
    from docx.table import Table

    document = docx.Document(io.BytesIO(data))
    body = document.element.body
    for element in _iter_blocks(body):
        if element.tag == _PARAGRAPH:
            _write_paragraph(element, out)
        else:
            _write_table(Table(element, document._body), out)


def _iter_blocks(container: Any) -> Iterator[Any]:
    """Paragraph and table elements of a container, in order, opening content controls."""
    for child in container.iterchildren():
        if child.tag in (_PARAGRAPH, _TABLE):
            yield child
        elif child.tag == _CONTENT_CONTROL:
            for content in child.iterchildren(f"{{{_W}}}sdtContent"):
                yield from _iter_blocks(content)


def _write_paragraph(paragraph: Any, out: TextBuilder) -> None:
    first = True
    for line in _paragraph_text(paragraph).split("\n"):
        text = collapse_whitespace(line)
        if not text:
            continue
        if first:
            out.block(text)
            first = False
        else:
            out.continuation(text)


def _write_table(table: Table, out: TextBuilder) -> None:
    rows_written = 0
    emitted: dict[int, Any] = {}  # id → tc element; holding the element keeps the id unique
    for row in table.rows:
        cells = _row_cells(row.cells, emitted)
        if not any(cells):
            continue
        (out.continuation if rows_written else out.block)("\t".join(cells))
        rows_written += 1


def _row_cells(cells: tuple[Any, ...], emitted: dict[int, Any]) -> list[str]:
    """Cell texts of one row; a cell already written (same ``_tc``) becomes ``""``."""
    texts = []
    for cell in cells:
        tc = cell._tc
        if id(tc) in emitted and emitted[id(tc)] is tc:
            texts.append("")
        else:
            emitted[id(tc)] = tc
            texts.append(_cell_text(cell))
    return texts


def _cell_text(cell: Any) -> str:
    fragments: list[str] = []
    for element in _iter_blocks(cell._tc):
        if element.tag == _PARAGRAPH:
            fragments.extend(
                collapse_whitespace(line) for line in _paragraph_text(element).split("\n")
            )
        else:  # a table nested in a cell: flatten each row to one fragment
            for row in element.iterchildren(f"{{{_W}}}tr"):
                texts = [collapse_whitespace(_paragraph_text(p)) for p in row.iter(_PARAGRAPH)]
                fragments.append(" ".join(text for text in texts if text))
    return join_fragments(fragments)


def _paragraph_text(paragraph: Any) -> str:
    pieces = []
    for node in paragraph.xpath(_TEXT_NODES):  # python-docx elements know the w: prefix
        name = node.tag.rpartition("}")[2]
        if name == "t":
            pieces.append(node.text or "")
        elif name == "tab":
            pieces.append("\t")
        elif name == "noBreakHyphen":
            pieces.append("-")
        elif node.get(f"{{{_W}}}type") in (None, "textWrapping"):
            pieces.append("\n")  # w:cr, or a w:br that is a line (not a page or column) break
    return "".join(pieces)
