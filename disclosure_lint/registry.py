"""Rule discovery through the ``disclosure_lint.rules`` entry-point group.

The built-in rules register through the same group as third-party plugins
(see ``pyproject.toml``), so a rule from any installed distribution is found
the same way.

Reading entry points with ``importlib.metadata`` costs more than a tenth of a
second-long start-up (the module itself and a scan of every installed
distribution), so the group's list is kept in the cache folder, keyed on the
installed distributions (``cachedir.distributions``): installing, upgrading or
removing any package reads the metadata afresh.
"""

from __future__ import annotations

import importlib
import sys
from functools import lru_cache
from typing import Any

from .cachedir import cache_file, caching_disabled, distributions, read_cache, write_cache
from .rule import Rule

GROUP = "disclosure_lint.rules"


class RuleLoadError(Exception):
    """A plugin could not be loaded, or two rules claim one code or name."""


@lru_cache(maxsize=1)
def load_rules() -> tuple[Rule, ...]:
    """Every registered rule, sorted by code."""
    found: dict[str, Rule] = {}
    names: dict[str, str] = {}
    for name, value in entry_points():
        try:
            rule = _load(value)
        except Exception as error:  # a broken plugin must not crash with a traceback
            raise RuleLoadError(f"cannot load rule plugin {name} ({value}): "
                                f"{error}") from error
        if not isinstance(rule, Rule):
            raise RuleLoadError(f"entry point {name} ({value}) is not a Rule")
        if rule.code in found and found[rule.code] is not rule:
            raise RuleLoadError(f"two rules claim code {rule.code}")
        if names.get(rule.name, rule.code) != rule.code:
            raise RuleLoadError(f"two rules claim name {rule.name}")
        found[rule.code] = rule
        names[rule.name] = rule.code
    return tuple(found[code] for code in sorted(found))


CACHE_FILE = "entry-points-{}.marshal"  # one per import path (environment and start)


def _cache_path() -> str:
    """The cache file for this import path: ``python -m`` from a folder and the console
    script of the same environment see different distributions, and must not keep
    overwriting each other's list."""
    return cache_file(CACHE_FILE, "\n".join(map(str, [sys.prefix, *sys.path])))


def entry_points() -> list[tuple[str, str]]:
    """(name, value) of every entry point of the rules group, from the cache file when
    the installed distributions are the ones it was written for."""
    path = stamp = None
    if not caching_disabled():
        path, stamp = _cache_path(), distributions()
        points = read_cache(path, stamp)
        if isinstance(points, list):
            return [(str(name), str(value)) for name, value in points]
    from importlib.metadata import entry_points as read_entry_points

    found = [(point.name, point.value) for point in read_entry_points(group=GROUP)]
    if path is not None:
        write_cache(path, stamp, found)
    return found


def _load(value: str) -> Any:
    """What an entry point's value names: ``module:attribute.path`` (as
    ``importlib.metadata.EntryPoint.load``; extras in brackets are ignored)."""
    module, _, attributes = value.partition("[")[0].partition(":")
    target: Any = importlib.import_module(module.strip())
    for attribute in filter(None, attributes.strip().split(".")):
        target = getattr(target, attribute)
    return target


def find_rule(key: str) -> Rule | None:
    """A rule by code (any case) or by kebab-case name."""
    wanted = key.strip()
    for rule in load_rules():
        if rule.code.lower() == wanted.lower() or rule.name == wanted.lower():
            return rule
    return None
