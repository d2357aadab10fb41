"""Which rules run and at what severity: all the policy in one place.

Codes are matched by prefix (``DL2`` selects DL201…DL217) or by rule name.
The longest matching selector wins; on a tie, ignore beats select
("explicit beats implicit", as in flake8's style guide).
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from .record import EMPTY_MAPPING
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


class Selection(NamedTuple):
    select: Sequence[str] = ("ALL",)
    ignore: Sequence[str] = ()
    extend_select: Sequence[str] = ()
    severity: Mapping[str, Severity] = EMPTY_MAPPING
    per_file_ignores: Mapping[str, Sequence[str]] = EMPTY_MAPPING
    # the directory ``per_file_ignores`` globs are relative to (a configuration file's);
    # None: globs match the path as given, or any tail of it
    root: str | None = None

    def enabled(self, rule: Rule, path: str | None = None) -> bool:
        chosen = max(_best(self.select, rule), _best(self.extend_select, rule))
        ignored = _best(self._ignores(path), rule)
        return chosen >= 0 and chosen > ignored

    def _ignores(self, path: str | None) -> list[str]:
        out = list(self.ignore)
        if path and self.per_file_ignores:
            relative = _relative(path, self.root) if self.root else None
            for pattern, codes in self.per_file_ignores.items():
                if relative is not None:
                    hit = _glob_match(relative, pattern)
                else:
                    hit = fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(path, f"*/{pattern}")
                if hit:
                    out.extend(codes)
        return out

    def severity_of(self, rule: Rule) -> Severity:
        for key in (rule.code, rule.name):
            if key in self.severity:
                return self.severity[key]
        return rule.severity


def _relative(path: str, root: str) -> str:
    """``path`` relative to ``root`` with ``/`` separators (may start with ``..``)."""
    try:
        relative = os.path.relpath(os.path.abspath(path), root)
    except ValueError:  # another drive (Windows)
        relative = os.path.abspath(path)
    return relative.replace(os.sep, "/")


def _glob_match(relative: str, pattern: str) -> bool:
    """A per-file-ignores glob against a path relative to the configuration's directory.

    ``*`` and ``?`` also match ``/`` (fnmatch), ``**/`` at the start matches any depth
    including none, a pattern ending in ``/`` matches everything below that directory,
    and a pattern without ``/`` matches the file name in any directory.
    """
    pattern = pattern.replace(os.sep, "/").removeprefix("./")
    if pattern.endswith("/"):
        pattern += "*"
    if fnmatch.fnmatchcase(relative, pattern):
        return True
    if pattern.startswith("**/") and fnmatch.fnmatchcase(relative, pattern[3:]):
        return True
    return "/" not in pattern and fnmatch.fnmatchcase(relative.rsplit("/", 1)[-1], pattern)


def known_selector(selector: str, rules: Iterable[Rule]) -> bool:
    return any(_specificity(selector, r) >= 0 for r in rules)
