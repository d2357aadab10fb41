"""``python -m disclosure_lint``."""

from .cli import entry

entry()
