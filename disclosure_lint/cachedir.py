"""Where disclosure-lint keeps its caches (results, compiled patterns, entry points),
the fingerprint of the installed distributions they depend on, and safe reading and
writing of cache files."""

from __future__ import annotations

import os
import stat
import sys

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


def seal(payload: bytes) -> bytes:
    """``payload`` behind its CRC-32, so that ``unseal`` recognises a damaged file: the
    start-up caches hold compiled code, which must never run if a byte changed."""
    import zlib

    return zlib.crc32(payload).to_bytes(4, "big") + payload


def unseal(data: bytes | None) -> bytes | None:
    """The payload of what ``seal`` wrote, or None when ``data`` is missing or damaged."""
    if data is None or len(data) < 4:
        return None
    import zlib

    payload = data[4:]
    return payload if zlib.crc32(payload).to_bytes(4, "big") == data[:4] else None


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
