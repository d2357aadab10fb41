"""Which rules run and at what severity: all the policy in one place.

Codes are matched by prefix (``DL2`` selects DL201…DL217) or by rule name.
The longest matching selector wins; on a tie, ignore beats select
("explicit beats implicit", as in flake8's style guide).
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .rule import Rule, Severity


def _specificity(selector: str, rule: Rule) -> int:
    """How closely ``selector`` names ``rule``: its length, or -1 when it does not."""
    if selector.lower() == rule.name or selector.upper() == rule.code:
        return 100
    if selector.upper() == "ALL":
        return 0
    if rule.code.startswith(selector.upper()):
        return len(selector)
    return -1


def _best(selectors: Iterable[str], rule: Rule) -> int:
    return max((_specificity(s, rule) for s in selectors), default=-1)


@dataclass(frozen=True)
class Selection:
    select: Sequence[str] = ("ALL",)
    ignore: Sequence[str] = ()
    extend_select: Sequence[str] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    per_file_ignores: Mapping[str, Sequence[str]] = field(default_factory=dict)

    def enabled(self, rule: Rule, path: str | None = None) -> bool:
        chosen = max(_best(self.select, rule), _best(self.extend_select, rule))
        ignored = _best(self._ignores(path), rule)
        return chosen >= 0 and chosen > ignored

    def _ignores(self, path: str | None) -> list[str]:
        out = list(self.ignore)
        if path:
            for pattern, codes in self.per_file_ignores.items():
                if fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(path, f"*/{pattern}"):
                    out.extend(codes)
        return out

    def severity_of(self, rule: Rule) -> Severity:
        for key in (rule.code, rule.name):
            if key in self.severity:
                return self.severity[key]
        return rule.severity


def known_selector(selector: str, rules: Iterable[Rule]) -> bool:
    return any(_specificity(selector, r) >= 0 for r in rules)
