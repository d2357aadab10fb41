"""The LALR parser for ``grammar/report.lark``, as Lark's standalone generator makes it.

``import lark`` pulls in the grammar compiler, the Earley and CYK parsers and their
imports: about a third of the start-up of ``check`` on one file, and all of it
needed only to turn the grammar into parse tables.  So, like Lark's own
``cache=True``, the work is done once: on the first run the installed Lark writes
the standalone parser module for our grammar (``lark.tools.standalone``: Lark's
runtime plus the serialised tables, with no dependency on Lark), and its compiled
code is kept in the cache folder.  Later runs execute that code and never import
Lark.

The file is keyed on the grammar's text, the interpreter build and the installed
distributions (``cachedir.distributions``: upgrading Lark changes it) and read through
``cachedir.read_cache``, which checks the key and a CRC-32.  Anything unexpected (no
file, a damaged one, another user's, an unwritable folder, code that fails to run)
makes the module afresh.  With ``DISCLOSURE_LINT_NO_CACHE=1`` nothing is kept, so Lark
itself builds the parser (generating the module costs more than that: about 110 ms
against 20 ms).  The module is compiled without its asserts (``optimize=1``).
"""

from __future__ import annotations

import os
import sys
from types import CodeType, ModuleType, SimpleNamespace

FILE_NAME = "report-parser-{}.marshal"
MODULE_NAME = "disclosure_lint._report_parser"
_FORMAT = 3  # bump when what the file holds changes shape (3: compiled without asserts)


def grammar_text() -> str:
    import importlib

    grammar = importlib.import_module(f"{__package__}.grammar")  # grammar/ in the source tree
    folder = os.path.dirname(grammar.__file__ or "")
    try:
        with open(os.path.join(folder, "report.lark"), encoding="utf-8") as handle:
            return handle.read()
    except OSError:  # not a plain folder (a zip, say): ask the import system
        from importlib import resources

        return resources.files(grammar).joinpath("report.lark").read_text(encoding="utf-8")


def generate(grammar: str) -> str:
    """The standalone parser module's source, from the installed Lark."""
    import io

    from lark import Lark
    from lark.tools.standalone import gen_standalone

    # The lexer named here is never used: parser.py feeds its own line tokens.
    out = io.StringIO()
    gen_standalone(Lark(grammar, parser="lalr", lexer="basic"), out=out)
    return out.getvalue()


def _key(grammar: str) -> tuple[object, ...]:
    from .cachedir import distributions

    return (_FORMAT, sys.version, grammar, distributions())


def _path(key: tuple[object, ...]) -> str:
    from .cachedir import cache_file

    return cache_file(FILE_NAME, repr(key))


def _cached_code(path: str, key: tuple[object, ...]) -> CodeType | None:
    from .cachedir import read_cache

    code = read_cache(path, key)  # (never one whose bytes changed: CRC-32)
    return code if isinstance(code, CodeType) else None


def _lark_itself(grammar: str) -> SimpleNamespace:
    """What ``load`` gives, from the installed Lark (no generated module)."""
    from functools import partial

    from lark import Lark, Token

    return SimpleNamespace(Lark_StandAlone=partial(Lark, grammar, parser="lalr", lexer="basic"),
                           Token=Token)


def _module(code: CodeType) -> ModuleType | None:
    """The module ``code`` makes, or None if running it fails."""
    module = ModuleType(MODULE_NAME)
    sys.modules[MODULE_NAME] = module  # dataclasses looks its classes' module up
    try:
        exec(code, module.__dict__)  # noqa: S102 - code we generated and compiled
    except Exception:  # noqa: BLE001 - not the code we wrote: made afresh by the caller
        del sys.modules[MODULE_NAME]
        return None
    return module


def load() -> ModuleType | SimpleNamespace:
    """The parser's maker ``Lark_StandAlone(transformer=…)`` and its ``Token`` class: the
    standalone module from the cache when it holds this build's, else generated and
    cached; Lark itself when caching is off."""
    from .cachedir import caching_disabled

    grammar = grammar_text()
    if caching_disabled():
        return _lark_itself(grammar)
    key = _key(grammar)
    path = _path(key)
    code = _cached_code(path, key)
    module = _module(code) if code is not None else None
    if module is not None:
        return module
    # Without asserts, as ``python -O`` would run it: Lark's are internal sanity checks,
    # and ``assert arg != end_state`` alone calls a Python ``Rule.__eq__`` on every
    # reduction of every report.
    code = compile(generate(grammar), "<lark standalone: report.lark>", "exec", optimize=1)
    from .cachedir import write_cache

    write_cache(path, key, code)
    module = _module(code)
    if module is None:  # Lark's generator itself failed us: build the parser with Lark
        return _lark_itself(grammar)
    return module
