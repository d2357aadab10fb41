"""Where disclosure-lint keeps its caches (results, compiled patterns, entry points),
the fingerprint of the installed distributions they depend on, and safe reading and
writing of cache files."""

from __future__ import annotations

import os
import stat
import sys
from typing import Any

_DIST_SUFFIXES = (".dist-info", ".egg-info", ".egg-link", ".pth")
_OFF = frozenset({"", "0", "false", "no", "off"})


def caching_disabled() -> bool:
    """``DISCLOSURE_LINT_NO_CACHE`` set to anything but an empty value, 0, false, no, off."""
    return os.environ.get("DISCLOSURE_LINT_NO_CACHE", "").strip().lower() not in _OFF


def default_directory() -> str:
    explicit = os.environ.get("DISCLOSURE_LINT_CACHE_DIR")
    if explicit:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "disclosure-lint")


def _time(path: str) -> str:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return "-"
    return f"{info.st_mtime_ns}:{info.st_size}"


def distributions() -> str:
    """A fingerprint of the distributions ``sys.path`` offers: each distribution's
    metadata folder and its ``entry_points.txt`` by time, a zip or egg file on the path
    by time and size, an egg folder's ``EGG-INFO/entry_points.txt`` by time.  Installing,
    upgrading or removing a package (a rule plugin among them), or editing its entry
    points in place, changes it; other files coming and going in those folders do not."""
    parts: list[str] = []
    for entry in sys.path:
        try:
            folder = os.fsdecode(entry) or "."
        except TypeError:
            continue  # not a path: the import system skips it too
        try:
            with os.scandir(folder) as found:
                names = sorted((d.name, d.path) for d in found
                               if d.name.lower().endswith(_DIST_SUFFIXES))
        except NotADirectoryError:
            parts.append(f"{folder}:{_time(folder)}")  # a zip or egg file
            continue
        except (OSError, ValueError):
            continue  # missing or unreadable: nothing to import from it either
        parts.append(_time(os.path.join(folder, "EGG-INFO", "entry_points.txt")))
        for name, path in names:
            parts.append(f"{name}:{_time(path)}")
            if name.lower().endswith((".dist-info", ".egg-info")):
                parts.append(_time(os.path.join(path, "entry_points.txt")))
    return "\n".join(parts)


def read_own_file(path: str) -> bytes | None:
    """The bytes of the regular file at ``path`` if it belongs to this user (POSIX), else
    None: a cache file that someone else put into a shared folder is not trusted, and a
    FIFO or device must not block the run.  Raises OSError."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(descriptor)
        getuid = getattr(os, "getuid", None)
        if not stat.S_ISREG(info.st_mode) or (getuid is not None and info.st_uid != getuid()):
            return None
        return handle.read()


def cache_file(template: str, identity: str) -> str:
    """``template`` (``name-{}.marshal``) in the cache folder, filled with a CRC-32 of
    ``identity``: one file per Python build, import path or grammar."""
    import zlib

    digest = zlib.crc32(identity.encode("utf-8", "surrogatepass"))
    return os.path.join(default_directory(), template.format(format(digest, "08x")))


def read_cache(path: str, key: object) -> Any:
    """The value ``write_cache(path, key, value)`` stored, or None when the file is
    missing, unreadable, another user's, damaged (its CRC-32 does not match: the start-up
    caches hold compiled code, which must never run if a byte changed) or written for
    another key."""
    import marshal
    import zlib

    try:
        data = read_own_file(path)
        if data is None or zlib.crc32(data[4:]).to_bytes(4, "big") != data[:4]:
            return None
        stored_key, value = marshal.loads(data[4:])
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return value if stored_key == key else None


def write_cache(path: str, key: object, value: object) -> None:
    """Store ``value`` under ``key`` at ``path`` (marshal, behind its CRC-32), atomically;
    never raises: a cache that cannot be written only costs the next run the same work."""
    import marshal
    import zlib

    try:
        payload = marshal.dumps((key, value))  # type: ignore[arg-type]
        write_atomically(path, zlib.crc32(payload).to_bytes(4, "big") + payload)
    except (OSError, ValueError):
        pass


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
