"""Machine-readable formats: JSON, SARIF 2.1.0, GitHub annotations, CSV."""

from __future__ import annotations

import csv
import json
from typing import Any

from ..diagnostics import Diagnostic
from .base import Renderer


def record(diag: Diagnostic) -> dict[str, Any]:
    """The stable JSON object of one finding (field names are a contract)."""
    return {
        "path": diag.path, "line": diag.line, "column": diag.column,
        "end_line": diag.end_line, "end_column": diag.end_column,
        "code": diag.code, "name": diag.name, "severity": diag.severity.value,
        "message": diag.message, "hint": diag.hint,
        "related": [{"line": r.line, "column": r.column, "note": r.note} for r in diag.related],
    }


class JsonRenderer(Renderer):
    """A top-level JSON list, written as results arrive (no list held in memory)."""

    def start(self) -> None:
        self.out.write("[")
        self._first = True

    def diagnostic(self, diag: Diagnostic) -> None:
        self.out.write("\n  " if self._first else ",\n  ")
        self._first = False
        self.out.write(json.dumps(record(diag), ensure_ascii=False))

    def stop(self) -> None:
        self.out.write("\n]\n" if not self._first else "]\n")


class GithubRenderer(Renderer):
    """GitHub Actions workflow commands (annotations on the pull request)."""

    _LEVEL = {"error": "error", "warning": "warning", "info": "notice"}

    def diagnostic(self, diag: Diagnostic) -> None:
        message = diag.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        self.out.write(f"::{self._LEVEL[diag.severity.value]} file={diag.path},"
                       f"line={diag.line},col={diag.column},endLine={diag.end_line},"
                       f"endColumn={diag.end_column},title={diag.code} {diag.name}::"
                       f"{message}\n")


class CsvRenderer(Renderer):
    """One row per finding, for spreadsheets (UTF-8 with a header row)."""

    FIELDS = ("path", "line", "column", "code", "name", "severity", "message", "hint")

    def start(self) -> None:
        self._writer = csv.writer(self.out)
        self._writer.writerow(self.FIELDS)

    def diagnostic(self, diag: Diagnostic) -> None:
        data = record(diag)
        self._writer.writerow([data[f] if data[f] is not None else "" for f in self.FIELDS])


class SarifRenderer(Renderer):
    """SARIF 2.1.0, the format code-scanning dashboards read."""

    _LEVEL = {"error": "error", "warning": "warning", "info": "note"}

    def start(self) -> None:
        self._results: list[dict[str, Any]] = []

    def diagnostic(self, diag: Diagnostic) -> None:
        self._results.append({
            "ruleId": diag.code,
            "level": self._LEVEL[diag.severity.value],
            "message": {"text": diag.message + (f" — {diag.hint}" if diag.hint else "")},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": diag.path},
                "region": {"startLine": diag.line, "startColumn": diag.column,
                           "endLine": diag.end_line, "endColumn": diag.end_column}}}],
        })

    def stop(self) -> None:
        from .. import __version__
        from ..registry import load_rules

        rules = [{"id": r.code, "name": r.name,
                  "shortDescription": {"text": r.summary.get(self.lang)},
                  "defaultConfiguration": {"level": self._LEVEL[r.severity.value]}}
                 for r in load_rules()]
        log = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
               "runs": [{"tool": {"driver": {"name": "disclosure-lint", "version": __version__,
                                             "rules": rules}},
                         "results": self._results}]}
        json.dump(log, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")
