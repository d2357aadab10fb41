"""Lint one input: read, parse, run the selected rules, place and word the findings."""

from __future__ import annotations

from collections.abc import Sequence

from .diagnostics import Diagnostic, FileResult, RelatedPlace, Severity, source_window
from .model import Report, Span
from .parser import parse
from .reading import UnreadableInput, read_source
from .rule import Finding, Rule
from .selection import Selection
from .suppression import apply_suppressions

__all__ = ["Diagnostic", "FileResult", "Linter", "RelatedPlace"]

UNREADABLE = "DL001"


class Linter:
    def __init__(self, rules: Sequence[Rule], selection: Selection | None = None,
                 lang: str = "zh", year: int | None = None,
                 options: dict[str, object] | None = None, edition: str | None = None) -> None:
        self.rules = rules
        self.selection = Selection() if selection is None else selection
        self.lang = lang
        self.year = year
        self.options = {} if options is None else options  # rule code -> options object
        # the template edition rules see ('2021' | '2019'), forced by configuration
        # (``template``); None keeps the one detected from the tables
        self.edition = edition
        self._by_code = {r.code: r for r in self.rules}
        # Without per-file ignores every file runs the same rules: decide once.
        self._same_for_all = None if self.selection.per_file_ignores else \
            [r for r in self.rules if self.selection.enabled(r, None)]
        # What runs on a report of each edition (for ``_same_for_all``), made on first use.
        self._plans: dict[str | None, list[tuple[Rule, object]]] = {}

    def _active(self, path: str) -> list[Rule]:
        if self._same_for_all is not None:
            return self._same_for_all
        return [r for r in self.rules if self.selection.enabled(r, path)]

    def lint_bytes(self, data: bytes, path: str) -> FileResult:
        result = FileResult(path)
        active = self._active(path)
        by_code = self._by_code
        try:
            source = read_source(data, path)
        except UnreadableInput as error:
            rule = by_code.get(UNREADABLE)
            if rule is not None and rule in active:
                result.diagnostics.append(self._unreadable(rule, error, path))
            return result
        report = parse(source, path, self.year)
        if self.edition is not None:
            report.edition = self.edition
        findings: list[Finding] = []
        edition = report.edition
        plan = self._plans.get(edition) if active is self._same_for_all else None
        if plan is None:
            plan = self._plan(active, edition)
            if active is self._same_for_all:
                self._plans[edition] = plan
        for rule, options in plan:
            try:
                findings.extend(rule.check(report, options))
            except Exception as error:  # noqa: BLE001 - reported, never a traceback
                result.errors.append(f"{path}: internal error in {rule.code} "
                                     f"({rule.name}): {type(error).__name__}: {error}")
        findings = apply_suppressions(report, findings, by_code)
        result.diagnostics = sorted((self._place(report, by_code[f.code], f) for f in findings),
                                    key=_order)
        return result

    def _plan(self, active: list[Rule], edition: str | None) -> list[tuple[Rule, object]]:
        """The rules to run on a report of ``edition``, with their options: a rule runs on
        the editions it names; unknown or mixed reports get every rule."""
        every_edition = edition is None or edition == "mixed"
        return [(rule, self._options(rule)) for rule in active
                if rule.code != UNREADABLE and (every_edition or edition in rule.editions)]

    def _options(self, rule: Rule) -> object:
        configured = self.options.get(rule.code)
        if configured is None and rule.options is not None:
            configured = self.options[rule.code] = rule.options()
        return configured

    def _severity(self, rule: Rule) -> Severity:
        return self.selection.severity_of(rule)

    def _unreadable(self, rule: Rule, error: UnreadableInput, path: str) -> Diagnostic:
        finding = Finding(rule.code, Span(0, 0), error.kind,
                          {"detail": error.detail, "tried": ", ".join(error.tried) or "-"})
        message, hint = rule.render(finding, self.lang)
        return Diagnostic(path, 1, 1, 1, 1, rule.code, rule.name, self._severity(rule),
                          message, hint)

    def _place(self, report: Report, rule: Rule, finding: Finding) -> Diagnostic:
        message, hint = rule.render(finding, self.lang)
        line, column = report.lines.position(finding.span.start)
        end_line, end_column = report.lines.position(max(finding.span.start,
                                                         finding.span.end))
        related = tuple(RelatedPlace(*report.lines.position(r.span.start), r.note.get(self.lang))
                        for r in finding.related)
        idx = report.lines.line_of(finding.span.start)
        start = report.lines.line_start(idx)
        stop = report.text.find("\n", start)
        text_line, source_column = source_window(
            report.text, start, stop if stop != -1 else len(report.text), finding.span.start)
        return Diagnostic(report.path, line, column, end_line, end_column, rule.code, rule.name,
                          self._severity(rule), message, hint, related, text_line, source_column)


def _order(diag: Diagnostic) -> tuple[int, int, str]:
    return diag.line, diag.column, diag.code
