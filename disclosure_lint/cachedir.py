"""Where disclosure-lint keeps its caches (results, compiled patterns, entry points),
and the fingerprint of the installed distributions that they depend on."""

from __future__ import annotations

import os
import sys

_DIST_SUFFIXES = (".dist-info", ".egg-info", ".egg-link", ".pth")


def default_directory() -> str:
    explicit = os.environ.get("DISCLOSURE_LINT_CACHE_DIR")
    if explicit:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "disclosure-lint")


def distributions() -> str:
    """Every distribution on ``sys.path`` by name and modification time: installing,
    upgrading or removing a package (a rule plugin among them) changes it."""
    parts: list[str] = []
    for entry in sys.path:
        try:
            with os.scandir(entry or ".") as found:
                parts.extend(sorted(f"{d.name}:{d.stat().st_mtime_ns}" for d in found
                                    if d.name.endswith(_DIST_SUFFIXES)))
        except OSError:
            continue
    return "\n".join(parts)
