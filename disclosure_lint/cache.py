"""A cache of results per file, so that an unchanged report is not linted again.

Like ruff's cache: a pre-commit hook or an editor re-checks the same files over
and over.  An entry is keyed by everything that can change a result:

* the file's path and bytes;
* the command line's settings (selection, language, year, configuration flags);
* every configuration file that could apply (``disclosure-lint.toml`` and
  ``pyproject.toml`` from the file's folder up to the root, by path, size and
  modification time, read without parsing);
* the installed code: this package's version and source files, and every
  distribution on ``sys.path`` (so installing or upgrading a rule plugin, or
  editing a rule, starts afresh).

A hit is rendered without importing the parser, Lark or the rules.  The cache
lives in ``$DISCLOSURE_LINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/disclosure-lint``
(``~/.cache/disclosure-lint``); ``--no-cache`` turns it off.  A cache that cannot
be read or written is ignored: it never changes a result or fails a run.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterable

from . import __version__
from .cachedir import distributions, write_atomically
from .diagnostics import Diagnostic, RelatedPlace, Severity

FORMAT = "2"
CONFIG_NAMES = ("disclosure-lint.toml", "pyproject.toml")


def _stamp(path: str) -> str:
    try:
        info = os.stat(path)
    except OSError:
        return ""
    return f"{path}:{info.st_size}:{info.st_mtime_ns}"


def _tree_stamps(directory: str) -> Iterable[str]:
    """Name and time of every file below ``directory`` (this package's own code)."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        for name in files:
            yield _stamp(os.path.join(root, name))


def environment() -> str:
    """A fingerprint of the code that produces results."""
    parts = [FORMAT, __version__, sys.version]
    package = os.path.dirname(os.path.abspath(__file__))
    sources = [package, os.path.join(os.path.dirname(package), "rules"),
               os.path.join(os.path.dirname(package), "grammar")]
    for directory in sources:
        if os.path.isdir(directory):
            parts.extend(sorted(_tree_stamps(directory)))
    parts.append(distributions())
    return "\n".join(parts)


class ResultCache:
    def __init__(self, directory: str, settings: str, config_file: str | None = None,
                 isolated: bool = False) -> None:
        self.directory = directory
        self._base = hashlib.blake2b(
            (environment() + "\0" + settings).encode("utf-8", "surrogateescape"),
            digest_size=20).digest()
        self._config_file = config_file
        self._isolated = isolated
        self._configs: dict[str, str] = {}

    def _configs_for(self, directory: str) -> str:
        """Stamps of the configuration files that could apply in ``directory``."""
        if self._isolated:
            return ""
        if self._config_file:
            return _stamp(os.path.abspath(self._config_file))
        found = self._configs.get(directory)
        if found is None:
            parent = os.path.dirname(directory)
            own = "|".join(_stamp(os.path.join(directory, n)) for n in CONFIG_NAMES)
            above = self._configs_for(parent) if parent != directory else ""
            found = self._configs[directory] = own + "|" + above
        return found

    def key(self, path: str, data: bytes) -> str:
        absolute = os.path.abspath(path)
        digest = hashlib.blake2b(self._base, digest_size=20)
        digest.update(path.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(self._configs_for(os.path.dirname(absolute)).encode(
            "utf-8", "surrogateescape") + b"\0")
        digest.update(data)
        return digest.hexdigest()

    def _file(self, key: str) -> str:
        return os.path.join(self.directory, key[:2], key + ".json")

    def get(self, key: str) -> tuple[str, list[Diagnostic]] | None:
        """The language and the findings stored under ``key``, if any."""
        try:
            with open(self._file(key), encoding="utf-8") as handle:
                entry = json.load(handle)
            return entry["lang"], [_diagnostic(r) for r in entry["findings"]]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, lang: str, diagnostics: list[Diagnostic]) -> None:
        entry = {"lang": lang, "findings": [_record(d) for d in diagnostics]}
        try:  # atomically: a reader never sees half a file
            write_atomically(self._file(key), json.dumps(entry, ensure_ascii=False).encode())
        except OSError:
            pass


def _record(diag: Diagnostic) -> list[object]:
    return [diag.path, diag.line, diag.column, diag.end_line, diag.end_column, diag.code,
            diag.name, diag.severity.value, diag.message, diag.hint,
            [[r.line, r.column, r.note] for r in diag.related], diag.source_line,
            diag.source_column]


def _diagnostic(record: list[object]) -> Diagnostic:
    (path, line, column, end_line, end_column, code, name, severity, message, hint, related,
     source_line, source_column) = record
    return Diagnostic(path, line, column, end_line, end_column, code, name,  # type: ignore
                      Severity(severity), message, hint,  # type: ignore[arg-type]
                      tuple(RelatedPlace(*r) for r in related), source_line,  # type: ignore
                      source_column)  # type: ignore[arg-type]
