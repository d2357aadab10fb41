"""The fast paths of ``lexer.lex_report`` (lines it classifies without calling
``classify_raw``) give the same lines as ``classify_raw``."""

from __future__ import annotations

from conftest import readable_fixtures

from disclosure_lint import lexer

# No section heading among them: ``mark_tables`` leaves every line as classified.
EDGE_LINES = [
    "本机关认真贯彻落实条例",  # plain prose
    "本机关认真贯彻落实条例\u3000",  # trailing ideographic space
    " 本机关认真贯彻落实条例",  # leading space
    "本机关\t认真贯彻",  # a tab: a row
    "信息内容 | 本年制发件数 |",  # a row ending in a pipe
    "| 规章 | 0 |",
    "|---|---|",  # a separator: no line
    "| - |",  # a pipe row with a dash, no separator
    "规章-规范 |",
    " 规章 |",  # a row with a leading space
    "规章 |\u2003",  # a row with trailing whitespace
    "规章|x",  # a pipe inside prose
    "<!-- disclosure-lint: disable DL101 -->",
    "<p>本机关</p>",
    "# 标题",
    "**加粗**",
    "- 列表项",
    "（一）主动公开情况",
    "(二) 依申请公开",
    "3. 其他",
    "123",
    "12a",
    "•  项目",
    "\x85本机关",
    "本机关\x1c",
    "A 段落",
]


def _by_classify_raw(text: str) -> list[lexer.Line]:
    lines, offset = [], 0
    for raw in text.split("\n"):
        line = lexer.classify_raw(raw, offset) if raw else None
        if line is not None:
            lines.append(line)
        offset += len(raw) + 1
    return lines


def _fields(line: lexer.Line) -> tuple:
    head = line.head
    return (line.kind, line.span, line.text, line.level, line.style, line.directive,
            head and (head.span(), head.groups()), line.is_section, line.rejected)


def test_whitespace_is_what_strip_removes() -> None:
    every = {chr(code) for code in range(0x110000) if chr(code).isspace()}
    assert lexer._WHITESPACE == every


def test_edge_lines_equal_classify_raw() -> None:
    text = "\n".join(EDGE_LINES + ["", "结尾"])
    lexed = lexer.lex_report(text).lines
    assert [_fields(line) for line in lexed] == [_fields(line) for line in _by_classify_raw(text)]
    assert len(lexed) == len(EDGE_LINES)  # the separator is dropped, the ending line added


def test_fixture_lines_equal_classify_raw() -> None:
    """On every fixture, each line's classification before ``mark_tables`` and
    ``pick_sections`` (kind left aside for the table cells they turn into rows)."""
    checked = 0
    for _, text in readable_fixtures(None):
        if any(len(raw) > lexer.LONG_LINE for raw in text.split("\n")):
            continue
        lexed = lexer.lex_report(text).lines
        expected = _by_classify_raw(text)
        assert [(line.span, line.text, line.level, line.style, line.directive) for line in lexed] \
            == [(line.span, line.text, line.level, line.style, line.directive) for line in expected]
        for line, want in zip(lexed, expected):
            assert line.kind is want.kind or line.kind is lexer._ROW
        checked += 1
    assert checked > 10
