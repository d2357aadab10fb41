"""disclosure-lint: a compliance linter for government information disclosure annual reports."""

import os as _os

__version__ = "0.1.0"

# The design card keeps rules/ and grammar/ beside the package in the source tree;
# installed, they are the subpackages disclosure_lint.rules and disclosure_lint.grammar.
# When this package is imported straight from a checkout (python -m from the repo
# root), let those subpackages resolve to the folders beside it.
_here = _os.path.dirname(__file__)
_root = _os.path.dirname(_here)
if not _os.path.isdir(_os.path.join(_here, "rules")) and _os.path.isfile(
        _os.path.join(_root, "rules", "__init__.py")):
    __path__.append(_root)  # type: ignore[name-defined]  # noqa: F821
