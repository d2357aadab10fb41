"""Human output: a code frame per finding, drawn with Rich only when there is one.

Columns count characters; what a terminal shows counts cells, and a CJK
character takes two.  The underline is laid out in cells (``rich.cells``).
"""

from __future__ import annotations

from typing import Any

from ..diagnostics import Diagnostic
from .base import Renderer

_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}
_LABEL = {"zh": {"error": "错误", "warning": "警告", "info": "提示"},
          "en": {"error": "error", "warning": "warning", "info": "info"}}
_HINT = {"zh": "修改建议", "en": "fix"}
_SEE = {"zh": "相关", "en": "see"}
_WINDOW = 60  # characters of a long line shown around the span


class TextRenderer(Renderer):
    _console: Any = None

    def _rich(self) -> Any:
        if self._console is None:
            from rich.console import Console

            self._console = Console(file=self.out, highlight=False, soft_wrap=True)
        return self._console

    def diagnostic(self, diag: Diagnostic) -> None:
        from rich.markup import escape
        from rich.text import Text

        console = self._rich()
        severity = diag.severity.value
        head = Text()
        head.append(f"{diag.path}:{diag.line}:{diag.column}: ", style="bold")
        head.append(f"{diag.code} ", style=_STYLE[severity])
        head.append(f"[{_LABEL[self.lang][severity]}] ", style=_STYLE[severity])
        head.append(diag.message)
        console.print(head)
        frame = self._frame(diag)
        if frame:
            console.print(frame)
        for related in diag.related[:5]:
            console.print(f"   [dim]= {_SEE[self.lang]} {related.line}:{related.column}: "
                          f"{escape(related.note)}[/dim]")
        if diag.hint:
            console.print(f"   [green]= {_HINT[self.lang]}: {escape(diag.hint)}[/green]")

    def _frame(self, diag: Diagnostic) -> Any:
        from rich.cells import cell_len
        from rich.text import Text

        line = diag.source_line.replace("\t", " ")  # one character for one: columns stay
        if not line.strip():
            return None
        skipped = diag.source_column - 1  # a very long line is kept as a window
        start = max(diag.column - 1 - skipped, 0)
        end = diag.end_column - 1 - skipped if diag.end_line == diag.line else len(line)
        end = max(end, start + 1)
        prefix = ""
        if len(line) > 2 * _WINDOW or skipped:  # crawler text: a whole report on one line
            cut = max(0, start - _WINDOW // 2)
            line, prefix = line[cut:cut + 2 * _WINDOW], "…"
            start, end = start - cut + len(prefix), min(end - cut, 2 * _WINDOW) + len(prefix)
            line = prefix + line
        number = str(diag.line)
        gutter = " " * len(number)
        pad = cell_len(line[:start])
        width = max(1, cell_len(line[start:end]))
        text = Text()
        text.append(f" {number} │ ", style="dim")
        text.append(line)
        text.append(f"\n {gutter} │ ", style="dim")
        text.append(" " * pad + "^" * width, style=_STYLE[diag.severity.value])
        return text

    def stop(self) -> None:
        if self.statistics and self.by_code:
            for (code, name), count in sorted(self.by_code.items()):
                self.out.write(f"{count:>6}  {code}  {name}\n")
        if self.quiet:
            return
        summary = self.summary()
        if self.by_severity:
            self._rich().print(f"[bold]{summary}[/bold]")
        else:
            self.out.write(summary + "\n")
