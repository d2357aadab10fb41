"""The base of the package's mutable record classes.

A record class lists its fields in ``__slots__`` (base classes first) and writes its
``__init__``; ``Record`` gives it the field-wise ``repr`` and ``==`` a dataclass
would.  Immutable records are ``typing.NamedTuple`` classes.

Why not ``dataclasses``: it writes the source of each class's methods and compiles
it while the module loads, about 0.3 ms a class.  With some thirty classes on the
path of every run that was about a tenth of the start-up of ``check`` on one file,
the cost a pre-commit hook pays on every commit.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

_FIELDS: dict[type, tuple[str, ...]] = {}


def _fields(cls: type) -> tuple[str, ...]:
    """The compared slots of ``cls``, base classes first (worked out once per class)."""
    found = _FIELDS.get(cls)
    if found is None:
        names: list[str] = []
        for klass in reversed(cls.__mro__):
            names.extend(n for n in klass.__dict__.get("__slots__", ())
                         if n not in klass.__dict__.get("_not_compared", ()))
        found = _FIELDS[cls] = tuple(names)
    return found


class _EmptyMapping(Mapping[Any, Any]):
    """An empty read-only mapping, the default of a named tuple's mapping field: a dict
    would be one object shared by every instance, and a ``MappingProxyType`` cannot be
    pickled for the worker processes of ``-j``."""

    __slots__ = ()

    def __getitem__(self, key: Any) -> Any:
        raise KeyError(key)

    def __iter__(self) -> Iterator[Any]:
        return iter(())

    def __len__(self) -> int:
        return 0

    def __repr__(self) -> str:
        return "{}"


EMPTY_MAPPING: Mapping[Any, Any] = _EmptyMapping()


class Record:
    __slots__ = ()
    _not_compared: tuple[str, ...] = ()  # slots left out of repr and ==

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in _fields(type(self)))

    def __repr__(self) -> str:
        pairs = (f"{name}={getattr(self, name)!r}" for name in _fields(type(self)))
        return f"{type(self).__name__}({', '.join(pairs)})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]  # mutable: like a dataclass with eq
