"""Inline suppressions written in the report itself.

``<!-- disclosure-lint: disable DL301 -->`` … ``<!-- disclosure-lint: enable DL301 -->``
and ``<!-- disclosure-lint: disable-next-line DL401 -- reason -->``.  Codes may be
prefixes or rule names; no code means every rule.  A suppression that
suppresses nothing is itself reported (DL003, info).
"""

from __future__ import annotations

from collections.abc import Mapping

from .model import Directive, Report, Span
from .rule import Finding, Rule

UNUSED = "DL003"


class _Range:
    __slots__ = ("directive", "codes", "start", "end", "used")

    def __init__(self, directive: Directive, codes: tuple[str, ...], start: int,
                 end: int) -> None:
        self.directive = directive
        self.codes = codes
        self.start = start
        self.end = end
        self.used = False


def _matches(selector: str, rule: Rule) -> bool:
    return rule.code.startswith(selector.upper()) or selector.lower() == rule.name


def _codes(directive: Directive) -> tuple[str, ...]:
    """The codes a directive names; none (every rule) for no codes or ``ALL``, as in
    ``--select ALL``."""
    codes = directive.codes
    return () if any(code.upper() == "ALL" for code in codes) else codes


def _ranges(report: Report) -> list[_Range]:
    ranges: list[_Range] = []
    open_ranges: list[_Range] = []
    lines = report.lines
    for directive in report.directives:
        if directive.action == "disable-next-line":
            idx = lines.line_of(directive.span.start)
            # The next line that has text.
            nxt = idx + 1
            text = report.text
            while nxt < lines.line_count():
                start = lines.line_start(nxt)
                end = text.find("\n", start)
                if text[start:end if end != -1 else len(text)].strip():
                    break
                nxt += 1
            if nxt < lines.line_count():
                start = lines.line_start(nxt)
                end = text.find("\n", start)
                ranges.append(_Range(directive, _codes(directive), start,
                                     end if end != -1 else len(text)))
        elif directive.action == "disable":
            rng = _Range(directive, _codes(directive), directive.span.end, len(report.text))
            ranges.append(rng)
            open_ranges.append(rng)
        elif directive.action == "enable":
            codes = _codes(directive)
            for rng in open_ranges:
                if not codes or set(codes) & set(rng.codes) or not rng.codes:
                    rng.end = min(rng.end, directive.span.start)
            open_ranges = [r for r in open_ranges if r.end == len(report.text)]
    return ranges


def apply_suppressions(report: Report, findings: list[Finding],
                       rules: Mapping[str, Rule]) -> list[Finding]:
    """Drop suppressed findings; add one DL003 per directive that suppressed nothing."""
    if not report.directives:
        return findings
    ranges = _ranges(report)
    kept: list[Finding] = []
    for finding in findings:
        rule = rules[finding.code]
        hit = False
        for rng in ranges:
            if rng.start <= finding.span.start <= rng.end and (
                    not rng.codes or any(_matches(c, rule) for c in rng.codes)):
                rng.used = True
                hit = True
        if not hit:
            kept.append(finding)
    if UNUSED in rules:
        for rng in ranges:
            if not rng.used:
                kept.append(Finding(UNUSED, Span(rng.directive.span.start,
                                                 rng.directive.span.end), "unused",
                                    {"codes": ", ".join(rng.codes) or "*"}))
        for directive in report.directives:
            if directive.action == "invalid":
                kept.append(Finding(UNUSED, directive.span, "invalid",
                                    {"text": directive.reason}))
    return kept
