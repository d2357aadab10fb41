"""Rule discovery through the ``disclosure_lint.rules`` entry-point group.

The built-in rules register through the same group as third-party plugins
(see ``pyproject.toml``), so a rule from any installed distribution is found
the same way.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.metadata import entry_points

from .rule import Rule

GROUP = "disclosure_lint.rules"


class RuleLoadError(Exception):
    """A plugin could not be loaded, or two rules claim one code or name."""


@lru_cache(maxsize=1)
def load_rules() -> tuple[Rule, ...]:
    """Every registered rule, sorted by code."""
    found: dict[str, Rule] = {}
    names: dict[str, str] = {}
    for point in entry_points(group=GROUP):
        try:
            rule = point.load()
        except Exception as error:  # a broken plugin must not crash with a traceback
            raise RuleLoadError(f"cannot load rule plugin {point.name} ({point.value}): "
                                f"{error}") from error
        if not isinstance(rule, Rule):
            raise RuleLoadError(f"entry point {point.name} ({point.value}) is not a Rule")
        if rule.code in found and found[rule.code] is not rule:
            raise RuleLoadError(f"two rules claim code {rule.code}")
        if names.get(rule.name, rule.code) != rule.code:
            raise RuleLoadError(f"two rules claim name {rule.name}")
        found[rule.code] = rule
        names[rule.name] = rule.code
    return tuple(found[code] for code in sorted(found))


def find_rule(key: str) -> Rule | None:
    """A rule by code (any case) or by kebab-case name."""
    wanted = key.strip()
    for rule in load_rules():
        if rule.code.lower() == wanted.lower() or rule.name == wanted.lower():
            return rule
    return None
