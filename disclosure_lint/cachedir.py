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
    """Every distribution on ``sys.path`` by name and modification time, with the time of
    its ``entry_points.txt``: installing, upgrading or removing a package (a rule plugin
    among them), or editing its entry points in place, changes it."""
    parts: list[str] = []
    for entry in sys.path:
        try:
            with os.scandir(entry or ".") as found:
                names = sorted((d.name, d.path, d.stat().st_mtime_ns) for d in found
                               if d.name.endswith(_DIST_SUFFIXES))
        except OSError:
            continue
        for name, path, mtime in names:
            parts.append(f"{name}:{mtime}")
            if name.endswith((".dist-info", ".egg-info")):
                try:
                    parts.append(str(os.stat(os.path.join(path, "entry_points.txt")).st_mtime_ns))
                except OSError:
                    pass  # no entry points (or a file, as old egg-info can be)
    return "\n".join(parts)


def own_file(handle: object) -> bool:
    """True unless the open file belongs to another user (POSIX): a cache file that
    someone else wrote into a shared folder is not trusted."""
    getuid = getattr(os, "getuid", None)
    if getuid is None:
        return True
    return os.fstat(handle.fileno()).st_uid == getuid()  # type: ignore[attr-defined]


def write_atomically(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file of its own in the same folder
    (readers never see half a file; two writers never share a temporary file).
    Raises OSError."""
    import tempfile

    folder = os.path.dirname(path)
    os.makedirs(folder, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
