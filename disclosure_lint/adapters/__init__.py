"""Adapters that turn rich inputs (.html, .docx) into the plain text form the parser reads.

The text form, shared by every adapter: one line per paragraph or block, a blank line
between blocks, and each table row on one line with its cells joined by TAB (an empty cell
stays an empty string between tabs). Table rows follow each other without blank lines.

Import the submodules directly (``disclosure_lint.adapters.html``,
``disclosure_lint.adapters.docx``). This package holds only the small helpers both share;
``disclosure_lint.reading`` imports it lazily, so reading a .txt file never pays for it,
for ``html.parser`` or for python-docx.
"""

from __future__ import annotations

import re

from disclosure_lint.reading import SourceText, UnreadableInput

from .. import patterns
from ..template import replace_chars

__all__ = ["TextBuilder", "collapse_whitespace", "join_fragments"]

_INVISIBLE = dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\xad", "")  # dropped
_SPACE_RUN = patterns.compile("[ \t\n\r\f\v\xa0]+")
_WIDE_FROM = 0x2E80  # CJK radicals onwards: ideographs, CJK punctuation, full-width forms


def _is_wide(char: str) -> bool:
    return ord(char) >= _WIDE_FROM


def collapse_whitespace(text: str) -> str:
    """Collapse runs of whitespace to one space and strip the ends.

    A run made of a source line break (and indentation) between two CJK characters
    disappears instead, as browsers render it for Chinese: Word's HTML export wraps long
    lines mid-sentence.
    """
    text = replace_chars(text, _INVISIBLE)

    def replace(match: re.Match[str]) -> str:
        start, end = match.span()
        run = match.group()
        if (
            "\n" in run
            and "\xa0" not in run  # &nbsp; is a space the author typed
            and start > 0
            and end < len(text)
            and _is_wide(text[start - 1])
            and _is_wide(text[end])
        ):
            return ""
        return " "

    return _SPACE_RUN.sub(replace, text).strip()


def join_fragments(fragments: list[str]) -> str:
    """Join the paragraphs of one table cell: no space next to CJK, one space otherwise."""
    joined = ""
    for fragment in fragments:
        if not fragment:
            continue
        if joined and not (_is_wide(joined[-1]) or _is_wide(fragment[0])):
            joined += " "
        joined += fragment
    return joined


class TextBuilder:
    """Accumulates output lines (with their source lines) in the shared text form."""

    def __init__(self) -> None:
        self._lines: list[str] = []
        self._origins: list[int] = []

    def block(self, text: str, origin: int = 0) -> None:
        """A new block: separated from the previous output by one blank line."""
        if self._lines:
            self._append("", origin)
        self._append(text, origin)

    def continuation(self, text: str, origin: int = 0) -> None:
        """The next line of the same block (a line break, or the next row of a table)."""
        self._append(text, origin)

    def build(self, encoding: str, *, with_line_map: bool) -> SourceText:
        """The finished text; raises ``UnreadableInput("empty")`` if nothing was written."""
        if not self._lines:
            raise UnreadableInput("empty", "the document contains no text")
        line_map = tuple(self._origins) if with_line_map else None
        return SourceText("\n".join(self._lines) + "\n", encoding, line_map)

    def _append(self, text: str, origin: int) -> None:
        self._lines.append(text)
        self._origins.append(origin)
