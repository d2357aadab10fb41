"""Regular expressions compiled once per machine, not once per process.

``re.compile`` parses a pattern and assembles its matcher code in pure Python:
for this package's couple of hundred patterns (some with large CJK character
classes) that was about 30 % of the start-up of ``check`` on one file, paid
again by every pre-commit run.  Like Lark's ``cache=True`` for the grammar, this
module keeps the *assembled code* of each pattern in a file and rebuilds the
pattern object from it with ``_sre.compile`` — the constructor ``re`` itself ends
with — so the result is the very object ``re.compile`` returns.

There is one file per interpreter build and regex engine (``sys.version``,
``_sre.MAGIC``, ``_sre.CODESIZE``, checked again inside the file); anything
unexpected (no file, a damaged one, another user's, a private API that changed, an
unwritable folder) falls back to plain ``re.compile``.  It is a compile cache, not a
result cache, so ``--no-cache`` does not turn it off (``DISCLOSURE_LINT_NO_CACHE=1``
does).
"""

from __future__ import annotations

import re
import sys
from array import array
from typing import Any

try:  # private parts of ``re``: without them this is plain ``re.compile``
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _KEY: tuple[Any, ...] | None = (4, sys.version, _sre.MAGIC, _sre.CODESIZE)
except (ImportError, AttributeError):  # pragma: no cover - other Pythons
    _KEY = None

FILE_NAME = "patterns-{}.marshal"
_CODE_TYPE = "I" if array("I").itemsize * 8 >= 32 else "L"

# (pattern, flags) -> (flags, code as bytes, groups, groupindex, indexgroup)
_known: dict[tuple[str, int], tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]] | None = None
_added = False


def _path() -> str | None:
    from .cachedir import cache_file, caching_disabled

    if caching_disabled() or _KEY is None:
        return None
    return cache_file(FILE_NAME, repr(_KEY))  # two interpreters never share a file


def _load() -> dict[tuple[str, int], tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]]:
    global _known
    _known = {}
    path = _path()
    if path is None or _KEY is None:
        return _known
    from .cachedir import read_cache

    entries = read_cache(path, _KEY)
    if isinstance(entries, dict):
        _known = entries
    return _known


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re's name
    """``re.compile(pattern, flags)``, from the cache file when it is there."""
    global _added
    known = _known if _known is not None else _load()
    flags = int(flags)
    entry = known.get((pattern, flags))
    if entry is not None:
        try:
            return _sre.compile(pattern, entry[0], array(_CODE_TYPE, entry[1]).tolist(),
                                entry[2], entry[3], entry[4])  # type: ignore[no-any-return]
        except Exception:  # noqa: BLE001 - a stale entry: compile afresh
            pass
    if _KEY is None:
        return re.compile(pattern, flags)
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        state = parsed.state
        groupindex = dict(state.groupdict)
        indexgroup: list[str | None] = [None] * state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry = (int(flags | state.flags), array(_CODE_TYPE, code).tobytes(), state.groups - 1,
                 groupindex, tuple(indexgroup))
        compiled: re.Pattern[str] = _sre.compile(pattern, entry[0], list(code), entry[2],
                                                 groupindex, entry[4])
    except Exception:  # noqa: BLE001 - the private API changed: plain re
        return re.compile(pattern, flags)
    known[(pattern, flags)] = entry
    if not _added:
        _added = True
        import atexit

        atexit.register(save)
    return compiled


def save() -> None:
    """Write the patterns compiled in this process to the cache file (atomically;
    never raises: a cache that cannot be written is simply not used)."""
    global _added
    path = _path()
    if not _added or path is None or _known is None:
        return
    _added = False
    from .cachedir import write_cache

    write_cache(path, _KEY, _known)
