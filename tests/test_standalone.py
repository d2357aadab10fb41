"""The parser is Lark's standalone module for report.lark, generated once and cached.

It must read every report exactly as Lark itself does, be regenerated whenever the
cached code cannot be trusted, and spare a warm run the import of Lark.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import FIXTURES, readable_fixtures

from disclosure_lint import parser, standalone
from disclosure_lint.commands.parse import model_json
from disclosure_lint.reading import UnreadableInput, read_source

REPORTS = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".txt", ".md", ".html"))


def _lark_parser():
    """The same grammar, builder and line tokens, parsed by the installed Lark itself."""
    from lark import Lark, Token

    builder = parser._Builder()
    lark = Lark(standalone.grammar_text(), parser="lalr", lexer="basic", transformer=builder)
    lark.parser.lexer = parser._LineTokens(Token)
    return lark, builder


def _models() -> list[dict | None]:
    out: list[dict | None] = []
    for path in REPORTS:
        try:
            source = read_source(path.read_bytes(), str(path))
        except UnreadableInput:
            out.append(None)
            continue
        out.append(model_json(parser.parse(source, str(path))))
    return out


def test_the_reports_read_the_same_as_with_lark_itself(monkeypatch):
    ours = _models()
    assert sum(m is not None for m in ours) > 40
    monkeypatch.setattr(parser, "_parser", _lark_parser)
    theirs = _models()
    assert ours == theirs
    ours = [m for m in ours if m is not None]
    assert sum(len(m["sections"]) for m in ours) > 100  # the fixtures do have structure


def _fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("DISCLOSURE_LINT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("DISCLOSURE_LINT_NO_CACHE", raising=False)


def test_the_module_is_written_once_and_read_back(tmp_path, monkeypatch):
    _fresh(tmp_path, monkeypatch)
    generated = []
    real = standalone.generate
    monkeypatch.setattr(standalone, "generate", lambda g: generated.append(g) or real(g))
    first = standalone.load()
    files = list(tmp_path.glob("report-parser-*.marshal"))
    assert len(files) == 1 and len(generated) == 1
    second = standalone.load()
    assert len(generated) == 1  # read from the file, not generated again
    assert second is not first and hasattr(second, "Lark_StandAlone")


@pytest.mark.parametrize("damage", [b"", b"not marshal", "wrong key"])
def test_a_damaged_or_stale_file_is_regenerated(tmp_path, monkeypatch, damage):
    import marshal

    _fresh(tmp_path, monkeypatch)
    standalone.load()
    (path,) = tmp_path.glob("report-parser-*.marshal")
    if damage == "wrong key":  # e.g. a file another build of the grammar wrote
        damage = marshal.dumps(((0, "other"), compile("x = 1", "f", "exec")))
    path.write_bytes(damage)
    generated = []
    real = standalone.generate
    monkeypatch.setattr(standalone, "generate", lambda g: generated.append(g) or real(g))
    module = standalone.load()
    assert generated and hasattr(module, "Lark_StandAlone")
    assert path.read_bytes() != damage  # and written anew


def test_caching_off_builds_the_parser_with_lark_itself(tmp_path, monkeypatch):
    from lark import Token

    monkeypatch.setenv("DISCLOSURE_LINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("DISCLOSURE_LINT_NO_CACHE", "1")
    monkeypatch.setattr(standalone, "generate", None)  # generating would fail
    made = standalone.load()
    assert made.Token is Token
    builder = parser._Builder()
    lark = made.Lark_StandAlone(transformer=builder)
    lark.parser.lexer = parser._LineTokens(made.Token)
    builder.lines, builder.directives = [], []
    assert lark.parse(([], [], [], [])) == ([], [])
    assert not list(tmp_path.iterdir())  # nothing written


def test_an_unwritable_cache_folder_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("DISCLOSURE_LINT_CACHE_DIR", str(blocker / "cache"))  # not a folder
    monkeypatch.delenv("DISCLOSURE_LINT_NO_CACHE", raising=False)
    assert hasattr(standalone.load(), "Lark_StandAlone")


def test_a_warm_run_does_not_import_lark(tmp_path):
    env = dict(os.environ, DISCLOSURE_LINT_CACHE_DIR=str(tmp_path))
    env.pop("DISCLOSURE_LINT_NO_CACHE", None)
    probe = ("import sys\n"
             "from disclosure_lint.cli import main\n"
             "code = main(['check', '--no-cache', '--format', 'json', sys.argv[1]])\n"
             "print(sorted(m for m in sys.modules if m == 'lark' or m.startswith('lark.')),"
             " file=sys.stderr)\n"
             "raise SystemExit(code)\n")
    command = [sys.executable, "-c", probe, str(FIXTURES / "huimeng-2021.txt")]
    cold = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    warm = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert cold.returncode == warm.returncode == 1, cold.stderr
    assert "'lark'" in cold.stderr.splitlines()[-1]  # the first run generates the module
    assert warm.stderr.splitlines()[-1] == "[]"
    assert json.loads(cold.stdout) == json.loads(warm.stdout) != []


def test_a_directive_splits_a_section_without_losing_or_moving_lines():
    text = ("标题\n一、总体情况\n甲\n<!-- disclosure-lint: disable DL101 -->\n乙\n"
            "<!-- disclosure-lint: enable -->\n二、主动公开政府信息情况\n丙\n")
    report = parser.parse(read_source(text.encode(), "x.txt"), "x.txt")
    assert [b.text for b in report.preamble] == ["标题"]
    assert [[b.text for b in s.blocks] for s in report.sections] == [["甲", "乙"], ["丙"]]
    assert [(d.action, d.codes) for d in report.directives] == [("disable", ("DL101",)),
                                                               ("enable", ())]


def test_a_report_is_a_handful_of_tokens():
    """One token per section (its heading and body), per directive, and per other run."""
    path = FIXTURES / "huimeng-2021.txt"
    from disclosure_lint import lexer

    lexed = lexer.lex_report(read_source(path.read_bytes(), str(path)).text)
    lines = lexed[0]

    class State:
        text = lexed

    module = standalone.load()
    tokens = list(parser._LineTokens(module.Token).lex(State, None))
    assert [t.type for t in tokens] == ["BODY"] + ["SECTION"] * 6
    assert [i for t in tokens for i in t.value] == list(range(len(lines)))  # each line once


def test_a_changed_byte_never_runs_and_the_module_is_made_afresh(tmp_path, monkeypatch):
    """Damaged compiled code could raise or crash the interpreter when run (found by
    review: one changed byte gave a segmentation fault on every later run): the file is
    sealed with a CRC-32 and a damaged one is generated anew."""
    _fresh(tmp_path, monkeypatch)
    standalone.load()
    (path,) = tmp_path.glob("report-parser-*.marshal")
    good = path.read_bytes()
    generated = []
    real = standalone.generate
    monkeypatch.setattr(standalone, "generate", lambda g: generated.append(g) or real(g))
    key = standalone._key(standalone.grammar_text())
    for position in [0, 3] + list(range(4, len(good), max(1, len(good) // 40))):
        damaged = bytearray(good)
        damaged[position] ^= 0x5A
        path.write_bytes(bytes(damaged))
        assert standalone._cached_code(str(path), key) is None  # never run
        assert hasattr(standalone.load(), "Lark_StandAlone")
        assert standalone._cached_code(str(path), key) is not None  # written anew
    assert len(generated) >= 40


def test_code_that_fails_to_run_is_made_afresh(tmp_path, monkeypatch):
    """A sealed file with the right key whose code raises (another Lark wrote it, say)."""
    from disclosure_lint.cachedir import write_cache

    _fresh(tmp_path, monkeypatch)
    standalone.load()
    (path,) = tmp_path.glob("report-parser-*.marshal")
    key = standalone._key(standalone.grammar_text())
    write_cache(str(path), key, compile("raise TypeError('x')", "f", "exec"))
    assert hasattr(standalone.load(), "Lark_StandAlone")
    assert standalone._cached_code(str(path), key) is not None  # and the good code stored
    assert standalone._module(standalone._cached_code(str(path), key)) is not None


def _tokens_by_scanning(lines):
    """The tokens as a scan of every line makes them (what ``_LineTokens`` must give)."""
    out, index = [], 0
    while index < len(lines):
        if lines[index].directive is not None:
            out.append(("DIRECTIVE", index, index + 1))
            index += 1
            continue
        end = index + 1
        while end < len(lines) and not lines[end].is_section and lines[end].directive is None:
            end += 1
        out.append(("SECTION" if lines[index].is_section else "BODY", index, end))
        index = end
    return out


@pytest.mark.parametrize("text", [
    "",
    "一、总体情况\n甲\n",
    "<!-- disclosure-lint: disable DL101 -->\n<!-- disclosure-lint: enable -->\n标题\n",
    "标题\n<!-- disclosure-lint:-->\n一、总体情况\n<!-- disclosure-lint: disable -->\n"
    "二、主动公开政府信息情况\n丙\n<!-- disclosure-lint: enable -->",
    "一、总体情况\n二、主动公开政府信息情况\n<!-- x -->\n丙\n",
])
def test_tokens_begin_where_the_lexer_says(text):
    from disclosure_lint import lexer

    lexed = lexer.lex_report(text)

    class State:
        pass

    State.text = lexed
    module = standalone.load()
    tokens = [(t.type, t.value.start, t.value.stop)
              for t in parser._LineTokens(module.Token).lex(State, None)]
    assert tokens == _tokens_by_scanning(lexed[0])


def test_tokens_begin_where_the_lexer_says_on_every_fixture():
    from disclosure_lint import lexer

    module = standalone.load()
    checked = 0
    for path, text in readable_fixtures():
        lexed = lexer.lex_report(text)

        class State:
            text = lexed

        tokens = [(t.type, t.value.start, t.value.stop)
                  for t in parser._LineTokens(module.Token).lex(State, None)]
        assert tokens == _tokens_by_scanning(lexed[0]), path
        checked += 1
    assert checked > 20


def test_the_cached_module_runs_without_asserts(tmp_path, monkeypatch):
    """Lark's asserts are sanity checks that cost a Python call per reduction: the module
    is compiled as ``python -O`` would compile it."""
    import dis

    _fresh(tmp_path, monkeypatch)
    standalone.load()
    key = standalone._key(standalone.grammar_text())
    code = standalone._cached_code(standalone._path(key), key)
    assert code is not None
    asserts, pending = 0, [code]
    while pending:
        current = pending.pop()
        asserts += sum(i.opname == "LOAD_ASSERTION_ERROR" for i in dis.get_instructions(current))
        pending += [c for c in current.co_consts if hasattr(c, "co_code")]
    assert asserts == 0
