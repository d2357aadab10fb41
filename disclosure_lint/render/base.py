"""The renderer lifecycle and the counts every format can report."""

from __future__ import annotations

from collections import Counter
from typing import TextIO

from ..diagnostics import Diagnostic, FileResult


class Renderer:
    def __init__(self, lang: str, out: TextIO, statistics: bool = False,
                 quiet: bool = False) -> None:
        self.lang = lang
        self.out = out
        self.statistics = statistics
        self.quiet = quiet
        self.files = 0
        self.by_severity: Counter[str] = Counter()
        self.by_code: Counter[tuple[str, str]] = Counter()

    def start(self) -> None:
        pass

    def file(self, result: FileResult) -> None:
        self.files += 1
        for diag in result.diagnostics:
            self.by_severity[diag.severity.value] += 1
            self.by_code[(diag.code, diag.name)] += 1
            self.diagnostic(diag)

    def diagnostic(self, diag: Diagnostic) -> None:
        pass

    def stop(self) -> None:
        pass

    def summary(self) -> str:
        total = sum(self.by_severity.values())
        errors = self.by_severity["error"]
        warnings = self.by_severity["warning"]
        infos = self.by_severity["info"]
        if self.lang == "en":
            if not total:
                return f"Checked {self.files} file(s): no problems found."
            return (f"Found {total} problem(s) ({errors} error(s), {warnings} warning(s), "
                    f"{infos} info) in {self.files} file(s).")
        if not total:
            return f"检查了 {self.files} 个文件，未发现问题。"
        return (f"检查了 {self.files} 个文件，发现 {total} 个问题"
                f"（错误 {errors}，警告 {warnings}，提示 {infos}）。")
